<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="22"/>
        <source>Reload theirs (copy mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="30"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="45"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="47"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="49"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="51"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="53"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="55"/>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="60"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="61"/>
        <source>Remove last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="6"/>
        <source>Qalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="24"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="31"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="38"/>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="50"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="53"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="64"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="88"/>
        <source>&amp;New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="89"/>
        <source>Create a new draft article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="90"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="94"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="95"/>
        <source>Save now and record a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="96"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="99"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="100"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="104"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="105"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="106"/>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="110"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="111"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="112"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="115"/>
        <source>Paste as plain &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="116"/>
        <source>Paste without any formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="117"/>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="121"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="122"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="123"/>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="127"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="128"/>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="129"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="133"/>
        <source>&amp;Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="134"/>
        <source>Turn the paragraph into a subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="135"/>
        <source>Ctrl+Alt+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="139"/>
        <source>&amp;Quotation block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="140"/>
        <source>Turn the paragraph into a quotation block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="141"/>
        <source>Ctrl+Alt+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="145"/>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="146"/>
        <source>Link the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="147"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="151"/>
        <source>&amp;Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="152"/>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="153"/>
        <source>Ctrl+Alt+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="157"/>
        <source>&amp;Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="158"/>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="159"/>
        <source>Ctrl+Alt+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="163"/>
        <source>&amp;Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="164"/>
        <source>Show the revisions of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="165"/>
        <source>Ctrl+Alt+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="168"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="169"/>
        <source>List of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="170"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="173"/>
        <source>&amp;About Qalam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleDocument</name>
    <message>
        <location filename="../app/model/articledocument.cpp" line="17"/>
        <source>Edit field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/articledocument.cpp" line="42"/>
        <source>Change byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/articledocument.cpp" line="60"/>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleEditor</name>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="107"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="108"/>
        <source>Lead: the news in one or two sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="109"/>
        <source>Text of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="110"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="111"/>
        <source>e.g. передает Акорда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="112"/>
        <source>Choose an author to add to the byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="193"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="194"/>
        <source>(no author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="282"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="282"/>
        <source>Address (https://…):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListDelegate</name>
    <message numerus="yes">
        <location filename="../ui/desk/articlelistdelegate.cpp" line="92"/>
        <source>%n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListModel</name>
    <message>
        <location filename="../app/model/articlelistmodel.cpp" line="22"/>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/articlelistmodel.cpp" line="24"/>
        <source>%1
%2 · %3 · %n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/articlelistmodel.cpp" line="26"/>
        <source>no byline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStatus</name>
    <message>
        <location filename="../app/model/article.cpp" line="16"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="17"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="18"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="19"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="20"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStore</name>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="62"/>
        <source>The database is busy; your text is kept, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="73"/>
        <source>The change could not be written; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="163"/>
        <source>This article was changed elsewhere (it is now at version %1; your edit is based on version %2). Nothing was overwritten and your text is kept in the editor: reload the article and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="205"/>
        <source>The new article could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="229"/>
        <location filename="../app/storage/articlestore.cpp" line="300"/>
        <source>The article could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="232"/>
        <location filename="../app/storage/articlestore.cpp" line="283"/>
        <source>There is no article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="274"/>
        <location filename="../app/storage/articlestore.cpp" line="280"/>
        <source>The article could not be saved; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="347"/>
        <location filename="../app/storage/articlestore.cpp" line="371"/>
        <source>The article list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="382"/>
        <location filename="../app/storage/articlestore.cpp" line="403"/>
        <source>The byline could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="416"/>
        <source>The byline could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="444"/>
        <source>The revision could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="475"/>
        <source>The revisions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="492"/>
        <source>The revision could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="495"/>
        <source>There is no revision #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="521"/>
        <location filename="../app/storage/articlestore.cpp" line="541"/>
        <source>The authors could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="534"/>
        <source>An author needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="553"/>
        <source>The author could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="565"/>
        <source>The regions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="583"/>
        <source>The editor position could not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="594"/>
        <source>The editor position could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qalam::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="60"/>
        <location filename="../app/cli/cliapp.cpp" line="135"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="78"/>
        <source>Database file (default: $QALAM_DB, else the per-user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="79"/>
        <source>Machine-readable JSON output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="80"/>
        <source>Describe the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="84"/>
        <source>Create a draft article and print its id. The body file is HTML (reduced to the allowed subset) or plain text (one paragraph per line), UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="86"/>
        <source>Headline (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="87"/>
        <source>Lead paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="88"/>
        <source>Body from a .html or .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="89"/>
        <source>Region, e.g. Алматы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="90"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="91"/>
        <source>A tag (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="92"/>
        <source>Source attribution, e.g. &quot;передает Акорда&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="93"/>
        <source>Article language (default ru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="94"/>
        <source>Byline author, created when new (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="97"/>
        <source>List articles, most recently changed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="99"/>
        <source>draft, in_review, returned, approved or published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="100"/>
        <source>Full-text search (prefix match on every word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="101"/>
        <source>Only this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="102"/>
        <source>At most N articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="104"/>
        <source>Print one article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="107"/>
        <source>Export one article as Qalam JSON or a sanitised HTML page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="108"/>
        <source>Output format (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="109"/>
        <source>Write to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="112"/>
        <source>List an article&apos;s revisions, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="114"/>
        <source>Run SQLite&apos;s integrity check and print the schema version; exit 1 when the check finds damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="117"/>
        <source>Create or upgrade the database; with --sample, load the sample newsroom into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="118"/>
        <source>Load the bundled sample newsroom when the database has no articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="143"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="147"/>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="155"/>
        <source>qalam-cli: the Qalam newsroom editor&apos;s command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="156"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="159"/>
        <source>Global options (before or after the command): --db PATH, --json, --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="160"/>
        <source>Run &quot;qalam-cli help COMMAND&quot; for one command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="161"/>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="206"/>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="235"/>
        <location filename="../app/cli/cliapp.cpp" line="243"/>
        <source>Unknown command &quot;%1&quot;. Run &quot;qalam-cli help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="242"/>
        <source>&quot;db&quot; needs a subcommand: check or init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="259"/>
        <source>Unknown option --%1 for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="261"/>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="263"/>
        <source>The option --%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="270"/>
        <source>&quot;%1&quot; needs an article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="271"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="287"/>
        <source>A new article needs --headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="297"/>
        <source>Unknown language &quot;%1&quot;: use ru, kk or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="302"/>
        <source>Cannot read the body file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="307"/>
        <source>The body file %1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="342"/>
        <source>Unknown status &quot;%1&quot;: use draft, in_review, returned, approved or published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="349"/>
        <source>--limit needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="396"/>
        <source>Id: %1 · version %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="397"/>
        <source>Byline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="398"/>
        <source>Region: %1 · Rubric: %2 · Tags: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="400"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="401"/>
        <source>Updated: %1 UTC · %2 words · %3 characters with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="418"/>
        <source>Unknown or missing --format: use json or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="429"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="438"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="478"/>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="500"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="500"/>
        <source>Schema version: %1 (latest %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="501"/>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="501"/>
        <source>Integrity: damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliapp.cpp" line="532"/>
        <source>Database %1 is at schema %2; %n sample article(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="56"/>
        <source>%1 is a folder, not a Qalam database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="59"/>
        <source>Cannot read the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="63"/>
        <source>%1 is not a Qalam database (not an SQLite file). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="67"/>
        <source>The database file %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="72"/>
        <source>Cannot create the database in %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="83"/>
        <location filename="../app/storage/database.cpp" line="139"/>
        <source>%1 is not a readable Qalam database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="91"/>
        <source>%1 was written by a newer Qalam (schema %2; this version knows up to %3). It was left untouched; update Qalam to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="101"/>
        <source>%1 has schema %2 and needs migrating to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="132"/>
        <source>Cannot open the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="151"/>
        <source>Cannot start the database upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="157"/>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="167"/>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="193"/>
        <source>The integrity check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qalam::DeskPanel</name>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="58"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="59"/>
        <source>Search headlines, leads and text (every word, as a prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="62"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="67"/>
        <location filename="../ui/desk/deskpanel.cpp" line="69"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="71"/>
        <location filename="../ui/desk/deskpanel.cpp" line="73"/>
        <source>All authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/desk/deskpanel.cpp" line="128"/>
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="94"/>
        <source>Cleaning the pasted text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="141"/>
        <source>About Qalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="142"/>
        <source>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;A newsroom editor for regional editors, photo editors and chief editors.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="161"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="390"/>
        <source>Revision restored; the previous text is kept as a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="412"/>
        <source>Reloaded the stored version; your text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="420"/>
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="421"/>
        <source>%1 characters with spaces · %2 without</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="424"/>
        <source>%n min reading</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="431"/>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="438"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="441"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="442"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="443"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="444"/>
        <source>Version conflict: not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="452"/>
        <source>Qalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="452"/>
        <source>%1 — Qalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="462"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="462"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qalam::RevisionsDock</name>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="33"/>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="34"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="35"/>
        <source>Makes the selected revision the current text; the current text stays in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="48"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="50"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="52"/>
        <source>autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="54"/>
        <source>sample newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="56"/>
        <source>restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="65"/>
        <source>#%1 · %2
%3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qalam::SampleNewsroom</name>
    <message>
        <location filename="../app/storage/samplenewsroom.cpp" line="23"/>
        <source>The sample newsroom file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/samplenewsroom.cpp" line="45"/>
        <source>The sample article &quot;%1&quot; names an unknown author %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="95"/>
        <source>Qalam cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
