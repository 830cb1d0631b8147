<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="22"/>
        <source>Reload theirs (copy mine)</source>
        <translation>Reload theirs (copy mine)</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="30"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="48"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="50"/>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="52"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="58"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="60"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="66"/>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="69"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="70"/>
        <source>Remove last</source>
        <translation>Remove last</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="6"/>
        <source>Qalam</source>
        <translation>Qalam</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="24"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="31"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="38"/>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="54"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="57"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="68"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="93"/>
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="94"/>
        <source>Create a new draft article</source>
        <translation>Create a new draft article</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="95"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="99"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="100"/>
        <source>Save now and record a revision</source>
        <translation>Save now and record a revision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="101"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="104"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="105"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="109"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="110"/>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="111"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="115"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="116"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="117"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="120"/>
        <source>Paste as plain &amp;text</source>
        <translation>Paste as plain &amp;text</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="121"/>
        <source>Paste without any formatting</source>
        <translation>Paste without any formatting</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="122"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="126"/>
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="127"/>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="128"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="132"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="133"/>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="134"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="138"/>
        <source>&amp;Subheading</source>
        <translation>&amp;Subheading</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="139"/>
        <source>Turn the paragraph into a subheading</source>
        <translation>Turn the paragraph into a subheading</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="140"/>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="144"/>
        <source>&amp;Quotation block</source>
        <translation>&amp;Quotation block</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="145"/>
        <source>Turn the paragraph into a quotation block</source>
        <translation>Turn the paragraph into a quotation block</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="146"/>
        <source>Ctrl+Alt+Q</source>
        <translation>Ctrl+Alt+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="150"/>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="151"/>
        <source>Link the selected text</source>
        <translation>Link the selected text</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="152"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="156"/>
        <source>&amp;Bulleted list</source>
        <translation>&amp;Bulleted list</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="157"/>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="158"/>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="162"/>
        <source>&amp;Numbered list</source>
        <translation>&amp;Numbered list</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="163"/>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="164"/>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="168"/>
        <source>&amp;Revisions</source>
        <translation>&amp;Revisions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="169"/>
        <source>Show the revisions of this article</source>
        <translation>Show the revisions of this article</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="170"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="174"/>
        <source>&amp;Typography</source>
        <translation>&amp;Typography</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="175"/>
        <source>Apply the house typography: quotation marks, dashes, non-breaking spaces</source>
        <translation>Apply the house typography: quotation marks, dashes, non-breaking spaces</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="176"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="180"/>
        <source>Typography on &amp;paste</source>
        <translation>Typography on &amp;paste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="184"/>
        <source>En dash between words</source>
        <translation>En dash between words</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="185"/>
        <source>Write «», – сказал with an en dash instead of the em dash</source>
        <translation>Write «», – сказал with an en dash instead of the em dash</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="188"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="189"/>
        <source>List of keyboard shortcuts</source>
        <translation>List of keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="190"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="193"/>
        <source>&amp;About Qalam</source>
        <translation>&amp;About Qalam</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleDocument</name>
    <message>
        <location filename="../app/model/articledocument.cpp" line="17"/>
        <source>Edit field</source>
        <translation>Edit field</translation>
    </message>
    <message>
        <location filename="../app/model/articledocument.cpp" line="142"/>
        <source>Change byline</source>
        <translation>Change byline</translation>
    </message>
    <message>
        <location filename="../app/model/articledocument.cpp" line="151"/>
        <source>Change pull quotes</source>
        <translation>Change pull quotes</translation>
    </message>
    <message>
        <location filename="../app/model/articledocument.cpp" line="63"/>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleEditor</name>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="125"/>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="126"/>
        <source>Lead: the news in one or two sentences</source>
        <translation>Lead: the news in one or two sentences</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="127"/>
        <source>Text of the article</source>
        <translation>Text of the article</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="128"/>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="129"/>
        <source>e.g. передает Акорда</source>
        <translation>e.g. передает Акорда</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="130"/>
        <source>Choose an author to add to the byline</source>
        <translation>Choose an author to add to the byline</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="226"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="227"/>
        <source>(no author)</source>
        <translation>(no author)</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="317"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="317"/>
        <source>Address (https://…):</source>
        <translation>Address (https://…):</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="431"/>
        <source>Typography</source>
        <translation>Typography</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="497"/>
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="501"/>
        <source>Add «%1» to the newsroom dictionary</source>
        <translation>Add «%1» to the newsroom dictionary</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListDelegate</name>
    <message numerus="yes">
        <location filename="../ui/desk/articlelistdelegate.cpp" line="98"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListModel</name>
    <message>
        <location filename="../app/model/articlelistmodel.cpp" line="22"/>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/articlelistmodel.cpp" line="24"/>
        <source>%1
%2 · %3 · %n words</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n word</numerusform>
            <numerusform>%1
%2 · %3 · %n words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/articlelistmodel.cpp" line="26"/>
        <source>no byline</source>
        <translation>no byline</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStatus</name>
    <message>
        <location filename="../app/model/article.cpp" line="16"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="17"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="18"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="19"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="20"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStore</name>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="62"/>
        <source>The database is busy; your text is kept, try again.</source>
        <translation>The database is busy; your text is kept, try again.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="73"/>
        <source>The change could not be written; your text is kept.</source>
        <translation>The change could not be written; your text is kept.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="180"/>
        <source>This article was changed elsewhere (it is now at version %1; your edit is based on version %2). Nothing was overwritten and your text is kept in the editor: reload the article and apply your change again.</source>
        <translation>This article was changed elsewhere (it is now at version %1; your edit is based on version %2). Nothing was overwritten and your text is kept in the editor: reload the article and apply your change again.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="213"/>
        <source>The new article could not be stored.</source>
        <translation>The new article could not be stored.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="233"/>
        <location filename="../app/storage/articlestore.cpp" line="288"/>
        <source>The article could not be read.</source>
        <translation>The article could not be read.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="236"/>
        <location filename="../app/storage/articlestore.cpp" line="275"/>
        <source>There is no article with id %1.</source>
        <translation>There is no article with id %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="266"/>
        <location filename="../app/storage/articlestore.cpp" line="272"/>
        <source>The article could not be saved; your text is kept.</source>
        <translation>The article could not be saved; your text is kept.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="335"/>
        <location filename="../app/storage/articlestore.cpp" line="359"/>
        <source>The article list could not be read.</source>
        <translation>The article list could not be read.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="372"/>
        <location filename="../app/storage/articlestore.cpp" line="383"/>
        <source>The pull quotes could not be saved.</source>
        <translation>The pull quotes could not be saved.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="399"/>
        <source>The pull quotes could not be read.</source>
        <translation>The pull quotes could not be read.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="413"/>
        <location filename="../app/storage/articlestore.cpp" line="434"/>
        <source>The byline could not be saved.</source>
        <translation>The byline could not be saved.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="447"/>
        <source>The byline could not be read.</source>
        <translation>The byline could not be read.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="476"/>
        <source>The revision could not be recorded.</source>
        <translation>The revision could not be recorded.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="507"/>
        <source>The revisions could not be read.</source>
        <translation>The revisions could not be read.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="524"/>
        <source>The revision could not be read.</source>
        <translation>The revision could not be read.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="527"/>
        <source>There is no revision #%1.</source>
        <translation>There is no revision #%1.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="568"/>
        <location filename="../app/storage/articlestore.cpp" line="588"/>
        <source>The authors could not be read.</source>
        <translation>The authors could not be read.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="581"/>
        <source>An author needs a name.</source>
        <translation>An author needs a name.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="600"/>
        <source>The author could not be added.</source>
        <translation>The author could not be added.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="613"/>
        <source>The regions could not be read.</source>
        <translation>The regions could not be read.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="631"/>
        <source>The editor position could not be remembered.</source>
        <translation>The editor position could not be remembered.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="642"/>
        <source>The editor position could not be read.</source>
        <translation>The editor position could not be read.</translation>
    </message>
</context>
<context>
    <name>Qalam::ChecksDock</name>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="41"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="42"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="42"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="67"/>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="69"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="69"/>
        <source>headline</source>
        <translation>headline</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="73"/>
        <source>%1 — «%2»</source>
        <translation>%1 — «%2»</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="86"/>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checks/checksdock.cpp" line="87"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checks/checksdock.cpp" line="88"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="97"/>
        <location filename="../app/cli/cliapp.cpp" line="281"/>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="116"/>
        <source>Database file (default: $QALAM_DB, else the per-user data folder)</source>
        <translation>Database file (default: $QALAM_DB, else the per-user data folder)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="117"/>
        <source>Machine-readable JSON output</source>
        <translation>Machine-readable JSON output</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="118"/>
        <source>Describe the command</source>
        <translation>Describe the command</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="142"/>
        <source>Create a draft article and print its id. The body file is HTML (reduced to the allowed subset) or plain text (one paragraph per line), UTF-8.</source>
        <translation>Create a draft article and print its id. The body file is HTML (reduced to the allowed subset) or plain text (one paragraph per line), UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="144"/>
        <source>Headline (required)</source>
        <translation>Headline (required)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="145"/>
        <source>Lead paragraph</source>
        <translation>Lead paragraph</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="146"/>
        <source>Body from a .html or .txt file</source>
        <translation>Body from a .html or .txt file</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="147"/>
        <source>Region, e.g. Алматы</source>
        <translation>Region, e.g. Алматы</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="148"/>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="149"/>
        <source>A tag (repeatable)</source>
        <translation>A tag (repeatable)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="151"/>
        <source>Source attribution, e.g. &quot;передает Акорда&quot;</source>
        <translation>Source attribution, e.g. &quot;передает Акорда&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="152"/>
        <source>Article language (default ru)</source>
        <translation>Article language (default ru)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="154"/>
        <source>Byline author, created when new (repeatable)</source>
        <translation>Byline author, created when new (repeatable)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="159"/>
        <source>List articles, most recently changed first.</source>
        <translation>List articles, most recently changed first.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="161"/>
        <source>draft, in_review, returned, approved or published</source>
        <translation>draft, in_review, returned, approved or published</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="163"/>
        <source>Full-text search (prefix match on every word)</source>
        <translation>Full-text search (prefix match on every word)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="164"/>
        <source>Only this region</source>
        <translation>Only this region</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="165"/>
        <source>At most N articles</source>
        <translation>At most N articles</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="170"/>
        <source>Print one article.</source>
        <translation>Print one article.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="176"/>
        <source>Export one article as Qalam JSON or a sanitised HTML page.</source>
        <translation>Export one article as Qalam JSON or a sanitised HTML page.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="177"/>
        <source>Output format (required)</source>
        <translation>Output format (required)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="178"/>
        <source>Write to FILE instead of standard output</source>
        <translation>Write to FILE instead of standard output</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="183"/>
        <source>List an article&apos;s revisions, newest first.</source>
        <translation>List an article&apos;s revisions, newest first.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="189"/>
        <source>Run SQLite&apos;s integrity check and print the schema version; exit 1 when the check finds damage.</source>
        <translation>Run SQLite&apos;s integrity check and print the schema version; exit 1 when the check finds damage.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="195"/>
        <source>Create or upgrade the database; with --sample, load the sample newsroom into an empty one.</source>
        <translation>Create or upgrade the database; with --sample, load the sample newsroom into an empty one.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="198"/>
        <source>Load the bundled sample newsroom when the database has no articles</source>
        <translation>Load the bundled sample newsroom when the database has no articles</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="203"/>
        <source>Print the direct quotations of a text file or an article, with who said them. Offsets count UTF-16 code units; an article&apos;s text is its headline, lead and body, one per line.</source>
        <translation>Print the direct quotations of a text file or an article, with who said them. Offsets count UTF-16 code units; an article&apos;s text is its headline, lead and body, one per line.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="205"/>
        <source>Analyse this article instead of a file</source>
        <translation>Analyse this article instead of a file</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="211"/>
        <source>Print every finding in an article or a text file: quotations, placeholders, spelling and typography, with line:column and severity. Exits 1 when an error-level finding exists.</source>
        <translation>Print every finding in an article or a text file: quotations, placeholders, spelling and typography, with line:column and severity. Exits 1 when an error-level finding exists.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="214"/>
        <source>Language of a text file (an article has its own; default ru)</source>
        <translation>Language of a text file (an article has its own; default ru)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="216"/>
        <source>The house dash for the typography check (default em)</source>
        <translation>The house dash for the typography check (default em)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="223"/>
        <source>Import a picture (stored once, whatever the number of articles using it) and attach it to an article; prints the photo id.</source>
        <translation>Import a picture (stored once, whatever the number of articles using it) and attach it to an article; prints the photo id.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="122"/>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="124"/>
        <source>Alt text for readers who cannot see the picture</source>
        <translation>Alt text for readers who cannot see the picture</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="125"/>
        <source>Credit source, e.g. Акорда</source>
        <translation>Credit source, e.g. Акорда</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="127"/>
        <source>staff, agency, press-service, ugc, archive or handout</source>
        <translation>staff, agency, press-service, ugc, archive or handout</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="128"/>
        <source>Photographer or creator</source>
        <translation>Photographer or creator</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="129"/>
        <source>Licence or usage note</source>
        <translation>Licence or usage note</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="130"/>
        <source>Who sent a user-generated picture</source>
        <translation>Who sent a user-generated picture</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="132"/>
        <source>The sender&apos;s contact (never published)</source>
        <translation>The sender&apos;s contact (never published)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="134"/>
        <source>How it came: messenger, e-mail, social network</source>
        <translation>How it came: messenger, e-mail, social network</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="136"/>
        <source>Whether the sender gave permission</source>
        <translation>Whether the sender gave permission</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="138"/>
        <source>The permission wording or message reference</source>
        <translation>The permission wording or message reference</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="225"/>
        <source>Make it the article&apos;s lead photo</source>
        <translation>Make it the article&apos;s lead photo</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="229"/>
        <source>List an article&apos;s photos with their captions and credit lines.</source>
        <translation>List an article&apos;s photos with their captions and credit lines.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="235"/>
        <source>Change a photo&apos;s caption, alt text, credit or consent record.</source>
        <translation>Change a photo&apos;s caption, alt text, credit or consent record.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="239"/>
        <source>Write the publishing rendition: orientation applied, size limited, caption, creator and credit line in IPTC and XMP, GPS and serial numbers removed (always for UGC).</source>
        <translation>Write the publishing rendition: orientation applied, size limited, caption, creator and credit line in IPTC and XMP, GPS and serial numbers removed (always for UGC).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="242"/>
        <source>Longest edge in pixels (default 2048)</source>
        <translation>Longest edge in pixels (default 2048)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="243"/>
        <source>JPEG quality 1–100 (default 85)</source>
        <translation>JPEG quality 1–100 (default 85)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="244"/>
        <source>Remove private metadata from any picture, not only UGC</source>
        <translation>Remove private metadata from any picture, not only UGC</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="250"/>
        <source>Show or change the newsroom&apos;s photo settings: the credit-line template (with {source}), the rendition size and quality, and whether every rendition loses its private metadata.</source>
        <translation>Show or change the newsroom's photo settings: the credit-line template (with {source}), the rendition size and quality, and whether every rendition loses its private metadata.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="252"/>
        <source>e.g. &quot;Фото: {source}&quot;</source>
        <translation>e.g. "Фото: {source}"</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="253"/>
        <source>Longest edge of renditions in pixels</source>
        <translation>Longest edge of renditions in pixels</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="254"/>
        <source>JPEG quality of renditions, 1–100</source>
        <translation>JPEG quality of renditions, 1–100</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="256"/>
        <source>Remove GPS, serials and owner names from every rendition, not only UGC</source>
        <translation>Remove GPS, serials and owner names from every rendition, not only UGC</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="261"/>
        <source>Read UTF-8 text on standard input and write it with the house typography applied.</source>
        <translation>Read UTF-8 text on standard input and write it with the house typography applied.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="262"/>
        <source>Language of the text (default ru)</source>
        <translation>Language of the text (default ru)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="263"/>
        <source>The dash between words (default em)</source>
        <translation>The dash between words (default em)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="289"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="293"/>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="301"/>
        <source>qalam-cli: the Qalam newsroom editor&apos;s command line.</source>
        <translation>qalam-cli: the Qalam newsroom editor&apos;s command line.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="302"/>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="305"/>
        <source>Global options (before or after the command): --db PATH, --json, --help</source>
        <translation>Global options (before or after the command): --db PATH, --json, --help</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="306"/>
        <source>Run &quot;qalam-cli help COMMAND&quot; for one command&apos;s options.</source>
        <translation>Run &quot;qalam-cli help COMMAND&quot; for one command&apos;s options.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="307"/>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or input.</source>
        <translation>Exit codes: 0 success, 1 the operation failed, 2 bad usage or input.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="392"/>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="416"/>
        <location filename="../app/cli/cliapp.cpp" line="424"/>
        <source>Unknown command &quot;%1&quot;. Run &quot;qalam-cli help&quot;.</source>
        <translation>Unknown command &quot;%1&quot;. Run &quot;qalam-cli help&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="423"/>
        <source>&quot;db&quot; needs a subcommand: check or init.</source>
        <translation>&quot;db&quot; needs a subcommand: check or init.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="440"/>
        <source>Unknown option --%1 for &quot;%2&quot;.</source>
        <translation>Unknown option --%1 for &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="442"/>
        <source>The option --%1 takes no value.</source>
        <translation>The option --%1 takes no value.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="444"/>
        <source>The option --%1 is given twice.</source>
        <translation>The option --%1 is given twice.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="454"/>
        <source>&quot;%1&quot; needs more arguments.</source>
        <translation>&quot;%1&quot; needs more arguments.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="455"/>
        <source>&quot;%1&quot; needs an article id.</source>
        <translation>&quot;%1&quot; needs an article id.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="456"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="472"/>
        <source>A new article needs --headline.</source>
        <translation>A new article needs --headline.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="482"/>
        <location filename="../app/cli/cliapp.cpp" line="815"/>
        <location filename="../app/cli/cliapp.cpp" line="846"/>
        <source>Unknown language &quot;%1&quot;: use ru, kk or en.</source>
        <translation>Unknown language &quot;%1&quot;: use ru, kk or en.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="487"/>
        <source>Cannot read the body file %1: %2</source>
        <translation>Cannot read the body file %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="492"/>
        <source>The body file %1 is not UTF-8 text.</source>
        <translation>The body file %1 is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="530"/>
        <source>Unknown status &quot;%1&quot;: use draft, in_review, returned, approved or published.</source>
        <translation>Unknown status &quot;%1&quot;: use draft, in_review, returned, approved or published.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="536"/>
        <source>--limit needs a whole number.</source>
        <translation>--limit needs a whole number.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="592"/>
        <source>Id: %1 · version %2 · %3 · %4</source>
        <translation>Id: %1 · version %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="594"/>
        <source>Byline: %1</source>
        <translation>Byline: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="596"/>
        <source>Region: %1 · Rubric: %2 · Tags: %3</source>
        <translation>Region: %1 · Rubric: %2 · Tags: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="598"/>
        <location filename="../app/cli/cliapp.cpp" line="806"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="599"/>
        <source>Updated: %1 UTC · %2 words · %3 characters with spaces</source>
        <translation>Updated: %1 UTC · %2 words · %3 characters with spaces</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="616"/>
        <source>Unknown or missing --format: use json or html.</source>
        <translation>Unknown or missing --format: use json or html.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="627"/>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="636"/>
        <location filename="../app/cli/cliapp.cpp" line="1131"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="676"/>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="699"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="700"/>
        <source>Schema version: %1 (latest %2)</source>
        <translation>Schema version: %1 (latest %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="701"/>
        <source>Integrity: ok</source>
        <translation>Integrity: ok</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="701"/>
        <source>Integrity: damaged</source>
        <translation>Integrity: damaged</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliapp.cpp" line="732"/>
        <source>Database %1 is at schema %2; %n sample article(s) added.</source>
        <translation>
            <numerusform>Database %1 is at schema %2; %n sample article added.</numerusform>
            <numerusform>Database %1 is at schema %2; %n sample articles added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="744"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="750"/>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="758"/>
        <source>Name a text file or an article (--id ID).</source>
        <translation>Name a text file or an article (--id ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="770"/>
        <source>%1 is neither a file nor an article id.</source>
        <translation>%1 is neither a file nor an article id.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="798"/>
        <source>(title)</source>
        <translation>(title)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="799"/>
        <source>(attributed)</source>
        <translation>(attributed)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="800"/>
        <source>(unattributed)</source>
        <translation>(unattributed)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="818"/>
        <location filename="../app/cli/cliapp.cpp" line="849"/>
        <source>--dash takes em or en.</source>
        <translation>--dash takes em or en.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="822"/>
        <source>Cannot read standard input.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="826"/>
        <source>The input is not UTF-8 text.</source>
        <translation>The input is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="856"/>
        <source>spelling not checked: %1</source>
        <translation>spelling not checked: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="935"/>
        <source>Unknown credit type &quot;%1&quot;: use staff, agency, press-service, ugc, archive or handout.</source>
        <translation>Unknown credit type &quot;%1&quot;: use staff, agency, press-service, ugc, archive or handout.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="953"/>
        <source>--ugc-permission takes yes or no.</source>
        <translation>--ugc-permission takes yes or no.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1067"/>
        <location filename="../app/cli/cliapp.cpp" line="1094"/>
        <source>A photo id is a number.</source>
        <translation>A photo id is a number.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1108"/>
        <location filename="../app/cli/cliapp.cpp" line="1151"/>
        <source>--max-edge needs a number of pixels (16 or more).</source>
        <translation>--max-edge needs a number of pixels (16 or more).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1113"/>
        <location filename="../app/cli/cliapp.cpp" line="1156"/>
        <source>--quality takes 1 to 100.</source>
        <translation>--quality takes 1 to 100.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1161"/>
        <source>--strip-all-photos takes yes or no.</source>
        <translation>--strip-all-photos takes yes or no.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1175"/>
        <source>Credit template: %1</source>
        <translation>Credit template: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1176"/>
        <source>Renditions: %1 px, quality %2</source>
        <translation>Renditions: %1 px, quality %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1177"/>
        <source>Private metadata removed from every rendition</source>
        <translation>Private metadata removed from every rendition</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1178"/>
        <source>Private metadata removed from UGC renditions</source>
        <translation>Private metadata removed from UGC renditions</translation>
    </message>
</context>
<context>
    <name>Qalam::Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="56"/>
        <source>%1 is a folder, not a Qalam database.</source>
        <translation>%1 is a folder, not a Qalam database.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="59"/>
        <source>Cannot read the database file %1.</source>
        <translation>Cannot read the database file %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="65"/>
        <source>%1 is not a Qalam database (not an SQLite file). It was left untouched.</source>
        <translation>%1 is not a Qalam database (not an SQLite file). It was left untouched.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="69"/>
        <source>The database file %1 is not writable.</source>
        <translation>The database file %1 is not writable.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="74"/>
        <source>Cannot create the database in %1: the folder is not writable.</source>
        <translation>Cannot create the database in %1: the folder is not writable.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="86"/>
        <location filename="../app/storage/database.cpp" line="98"/>
        <location filename="../app/storage/database.cpp" line="159"/>
        <source>%1 is not a readable Qalam database. It was left untouched.</source>
        <translation>%1 is not a readable Qalam database. It was left untouched.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="103"/>
        <source>%1 is an SQLite database of another program, not Qalam&apos;s. It was left untouched.</source>
        <translation>%1 is an SQLite database of another program, not Qalam&apos;s. It was left untouched.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="109"/>
        <source>%1 was written by a newer Qalam (schema %2; this version knows up to %3). It was left untouched; update Qalam to open it.</source>
        <translation>%1 was written by a newer Qalam (schema %2; this version knows up to %3). It was left untouched; update Qalam to open it.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="119"/>
        <source>%1 has schema %2 and needs migrating to %3.</source>
        <translation>%1 has schema %2 and needs migrating to %3.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="150"/>
        <source>Cannot open the database %1.</source>
        <translation>Cannot open the database %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="171"/>
        <source>Cannot start the database upgrade.</source>
        <translation>Cannot start the database upgrade.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="177"/>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2.</source>
        <translation>Upgrading the database to schema %1 failed; it was left at schema %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="189"/>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation>Upgrading the database to schema %1 failed.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="214"/>
        <source>The integrity check could not run.</source>
        <translation>The integrity check could not run.</translation>
    </message>
</context>
<context>
    <name>Qalam::DeskPanel</name>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="58"/>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="59"/>
        <source>Search headlines, leads and text (every word, as a prefix)</source>
        <translation>Search headlines, leads and text (every word, as a prefix)</translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="62"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="67"/>
        <location filename="../ui/desk/deskpanel.cpp" line="69"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="71"/>
        <location filename="../ui/desk/deskpanel.cpp" line="73"/>
        <source>All authors</source>
        <translation>All authors</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/desk/deskpanel.cpp" line="128"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::DictionaryStore</name>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="34"/>
        <source>The newsroom dictionary has no language &quot;%1&quot;; use ru, kk or en.</source>
        <translation>The newsroom dictionary has no language &quot;%1&quot;; use ru, kk or en.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="46"/>
        <source>An empty word cannot be added to the newsroom dictionary.</source>
        <translation>An empty word cannot be added to the newsroom dictionary.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="51"/>
        <source>&quot;%1&quot; is more than one word. The newsroom dictionary holds single words: add each word on its own.</source>
        <translation>&quot;%1&quot; is more than one word. The newsroom dictionary holds single words: add each word on its own.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="72"/>
        <source>The newsroom dictionary could not be read; spelling is checked without the newsroom&apos;s words.</source>
        <translation>The newsroom dictionary could not be read; spelling is checked without the newsroom&apos;s words.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="102"/>
        <source>&quot;%1&quot; could not be added to the newsroom dictionary; try again.</source>
        <translation>&quot;%1&quot; could not be added to the newsroom dictionary; try again.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="114"/>
        <source>Choose a word to remove from the newsroom dictionary.</source>
        <translation>Choose a word to remove from the newsroom dictionary.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="123"/>
        <source>&quot;%1&quot; could not be removed from the newsroom dictionary; try again.</source>
        <translation>&quot;%1&quot; could not be removed from the newsroom dictionary; try again.</translation>
    </message>
</context>
<context>
    <name>Qalam::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="133"/>
        <source>«%1» is now in the newsroom dictionary.</source>
        <translation>«%1» is now in the newsroom dictionary.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="195"/>
        <source>Cleaning the pasted text…</source>
        <translation>Cleaning the pasted text…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="243"/>
        <source>About Qalam</source>
        <translation>About Qalam</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;A newsroom editor for regional editors, photo editors and chief editors.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;A newsroom editor for regional editors, photo editors and chief editors.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="365"/>
        <source>it was changed elsewhere in the meantime</source>
        <translation>it was changed elsewhere in the meantime</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="408"/>
        <source>The open article has changes that could not be saved (%1). Nothing was discarded; resolve that before opening another article.</source>
        <translation>The open article has changes that could not be saved (%1). Nothing was discarded; resolve that before opening another article.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="540"/>
        <source>Revision restored; the previous text is kept as a revision.</source>
        <translation>Revision restored; the previous text is kept as a revision.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="562"/>
        <source>Reloaded the stored version; your text is on the clipboard.</source>
        <translation>Reloaded the stored version; your text is on the clipboard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="612"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="614"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n quotation</numerusform>
            <numerusform>%n quotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="613"/>
        <source>%n unattributed</source>
        <translation>
            <numerusform>%n unattributed</numerusform>
            <numerusform>%n unattributed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="624"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="625"/>
        <source>%1 characters with spaces · %2 without</source>
        <translation>%1 characters with spaces · %2 without</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="628"/>
        <source>%n min reading</source>
        <translation>
            <numerusform>%n min reading</numerusform>
            <numerusform>%n min reading</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="635"/>
        <source>No article open</source>
        <translation>No article open</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="642"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="646"/>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="649"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="652"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="655"/>
        <source>Version conflict: not saved</source>
        <translation>Version conflict: not saved</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="664"/>
        <source>Qalam</source>
        <translation>Qalam</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="664"/>
        <source>%1 — Qalam</source>
        <translation>%1 — Qalam</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="670"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="674"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="674"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="699"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="700"/>
        <source>The article could not be saved: %1

Close anyway? Your text will be copied to the clipboard.</source>
        <translation>The article could not be saved: %1

Close anyway? Your text will be copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoFile</name>
    <message>
        <location filename="../app/media/photofile.cpp" line="62"/>
        <location filename="../app/media/photofile.cpp" line="80"/>
        <source>Cannot read the picture %1. Check that the file exists and that you may open it.</source>
        <translation>Cannot read the picture %1. Check that the file exists and that you may open it.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="69"/>
        <source>%1 is empty. Choose the picture again from its original source.</source>
        <translation>%1 is empty. Choose the picture again from its original source.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="100"/>
        <source>%1 is not an image Qalam can read. Use a JPEG, PNG, GIF or WebP file.</source>
        <translation>%1 is not an image Qalam can read. Use a JPEG, PNG, GIF or WebP file.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="108"/>
        <source>%1 is damaged: the picture cannot be decoded completely. Ask the sender for the file again.</source>
        <translation>%1 is damaged: the picture cannot be decoded completely. Ask the sender for the file again.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="126"/>
        <source>%1 is too large: %2 × %3 pixels, more than the %4 megapixels Qalam accepts. Reduce the picture in an image editor and import it again.</source>
        <translation>%1 is too large: %2 × %3 pixels, more than the %4 megapixels Qalam accepts. Reduce the picture in an image editor and import it again.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="306"/>
        <location filename="../app/media/photofile.cpp" line="310"/>
        <source>The metadata of %1 cannot be read.</source>
        <translation>The metadata of %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="433"/>
        <source>A thumbnail needs a size of at least one pixel.</source>
        <translation>A thumbnail needs a size of at least one pixel.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="459"/>
        <source>The rendition settings are out of range.</source>
        <translation>The rendition settings are out of range.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="495"/>
        <location filename="../app/media/photofile.cpp" line="560"/>
        <source>The rendition of %1 cannot be written.</source>
        <translation>The rendition of %1 cannot be written.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="564"/>
        <location filename="../app/media/photofile.cpp" line="570"/>
        <source>The caption and credit cannot be written into the rendition of %1. The original is unchanged; try again or report the file to the photo desk.</source>
        <translation>The caption and credit cannot be written into the rendition of %1. The original is unchanged; try again or report the file to the photo desk.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoRules</name>
    <message>
        <location filename="../app/media/photorules.cpp" line="24"/>
        <source>Photo %1 (%2)</source>
        <translation>Photo %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="26"/>
        <source>%1 has no caption.</source>
        <translation>%1 has no caption.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="29"/>
        <source>%1 has no alt text for readers who cannot see it.</source>
        <translation>%1 has no alt text for readers who cannot see it.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="31"/>
        <source>%1 has no credit source.</source>
        <translation>%1 has no credit source.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="33"/>
        <source>%1 has no credit type.</source>
        <translation>%1 has no credit type.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="36"/>
        <source>%1 is user-generated and its sender&apos;s permission is not recorded.</source>
        <translation>%1 is user-generated and its sender&apos;s permission is not recorded.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="40"/>
        <source>%1: the sender&apos;s permission has expired.</source>
        <translation>%1: the sender&apos;s permission has expired.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoStore</name>
    <message>
        <location filename="../app/storage/photostore.cpp" line="100"/>
        <location filename="../app/storage/photostore.cpp" line="282"/>
        <source>The photos could not be read.</source>
        <translation>The photos could not be read.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="120"/>
        <location filename="../app/storage/photostore.cpp" line="311"/>
        <source>There is no photo %1.</source>
        <translation>There is no photo %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="150"/>
        <source>Cannot create the photo folder %1.</source>
        <translation>Cannot create the photo folder %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="155"/>
        <location filename="../app/storage/photostore.cpp" line="160"/>
        <location filename="../app/storage/photostore.cpp" line="164"/>
        <source>Cannot copy %1 into the photo folder.</source>
        <translation>Cannot copy %1 into the photo folder.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="208"/>
        <source>The photo could not be stored.</source>
        <translation>The photo could not be stored.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="221"/>
        <source>The database is busy; try again.</source>
        <translation>The database is busy; try again.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="227"/>
        <source>The photo could not be attached.</source>
        <translation>The photo could not be attached.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="243"/>
        <location filename="../app/storage/photostore.cpp" line="249"/>
        <source>The photo could not be attached to the article.</source>
        <translation>The photo could not be attached to the article.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="264"/>
        <source>The photo could not be removed from the article.</source>
        <translation>The photo could not be removed from the article.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="308"/>
        <source>The photo could not be saved.</source>
        <translation>The photo could not be saved.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="323"/>
        <source>The photo settings could not be read.</source>
        <translation>The photo settings could not be read.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="340"/>
        <source>The credit template must contain {source}.</source>
        <translation>The credit template must contain {source}.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="353"/>
        <source>The photo settings could not be saved.</source>
        <translation>The photo settings could not be saved.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotosDock</name>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="131"/>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="131"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="153"/>
        <location filename="../ui/photos/photosdock.cpp" line="435"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="172"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="173"/>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="174"/>
        <source>Or drop image files here</source>
        <translation>Or drop image files here</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="175"/>
        <source>Make lead</source>
        <translation>Make lead</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="176"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="177"/>
        <source>Insert into text</source>
        <translation>Insert into text</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="178"/>
        <source>Copy credit and consent to the selected photos</source>
        <translation>Copy credit and consent to the selected photos</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="179"/>
        <source>Photo library: caption, credit or sender, then Enter</source>
        <translation>Photo library: caption, credit or sender, then Enter</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="180"/>
        <source>Use here</source>
        <translation>Use here</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="181"/>
        <source>Adds the found photo to this article; the original is not copied again</source>
        <translation>Adds the found photo to this article; the original is not copied again</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="182"/>
        <source>Select several photos (Ctrl+click); the current one&apos;s credit, photographer and consent record go to the others</source>
        <translation>Select several photos (Ctrl+click); the current one&apos;s credit, photographer and consent record go to the others</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="184"/>
        <source>Puts the photo with its caption and credit line at the cursor</source>
        <translation>Puts the photo with its caption and credit line at the cursor</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="185"/>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="185"/>
        <source>Alt text</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="185"/>
        <source>Credit source</source>
        <translation>Credit source</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="186"/>
        <source>Credit type</source>
        <translation>Credit type</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="186"/>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="186"/>
        <source>UGC: sender</source>
        <translation>UGC: sender</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="187"/>
        <source>UGC: contact</source>
        <translation>UGC: contact</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="187"/>
        <source>UGC: came through</source>
        <translation>UGC: came through</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="190"/>
        <source>The sender gave permission to publish</source>
        <translation>The sender gave permission to publish</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="191"/>
        <source>never published</source>
        <translation>never published</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="192"/>
        <source>what the picture shows, for readers who cannot see it</source>
        <translation>what the picture shows, for readers who cannot see it</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="195"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="196"/>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="197"/>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="198"/>
        <source>press service</source>
        <translation>press service</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="199"/>
        <source>UGC (reader&apos;s picture)</source>
        <translation>UGC (reader&apos;s picture)</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="200"/>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="201"/>
        <source>handout</source>
        <translation>handout</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="316"/>
        <source>No credit line yet: name the source.</source>
        <translation>No credit line yet: name the source.</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="334"/>
        <source>GPS position</source>
        <translation>GPS position</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="336"/>
        <source>device serial number</source>
        <translation>device serial number</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="338"/>
        <source>owner name</source>
        <translation>owner name</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="341"/>
        <source>capture time %1</source>
        <translation>capture time %1</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="343"/>
        <source>Privacy: the file carries no location, device or owner data.</source>
        <translation>Privacy: the file carries no location, device or owner data.</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="347"/>
        <source>Privacy: the file carries %1.</source>
        <translation>Privacy: the file carries %1.</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="348"/>
        <source>The published copy removes the GPS position, serial numbers and owner name.</source>
        <translation>The published copy removes the GPS position, serial numbers and owner name.</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="349"/>
        <source>The published copy keeps them unless the rendition strips private data.</source>
        <translation>The published copy keeps them unless the rendition strips private data.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/photos/photosdock.cpp" line="416"/>
        <source>Credit copied to %n photo(s).</source>
        <translation>
            <numerusform>Credit copied to %n photo.</numerusform>
            <numerusform>Credit copied to %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file carries a GPS position; the published copy leaves it out.</source>
        <translation type="vanished">The file carries a GPS position; the published copy leaves it out.</translation>
    </message>
    <message>
        <source>The file carries a GPS position (removed from UGC renditions).</source>
        <translation type="vanished">The file carries a GPS position (removed from UGC renditions).</translation>
    </message>
    <message>
        <source>No location in the file.</source>
        <translation type="vanished">No location in the file.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/photos/photosdock.cpp" line="463"/>
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Importing %n photo…</numerusform>
            <numerusform>Importing %n photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/photos/photosdock.cpp" line="481"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteAnalyzer</name>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1058"/>
        <source>This quotation mark has no partner.</source>
        <translation>This quotation mark has no partner.</translation>
    </message>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1075"/>
        <source>Quotation marks of another style than in the rest of the article.</source>
        <translation>Quotation marks of another style than in the rest of the article.</translation>
    </message>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1084"/>
        <source>Nobody is named as saying this quotation.</source>
        <translation>Nobody is named as saying this quotation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/quoteanalyzer.cpp" line="1087"/>
        <source>A long quotation: %n words.</source>
        <translation>
            <numerusform>A long quotation: %n word.</numerusform>
            <numerusform>A long quotation: %n words.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1100"/>
        <source>The headline quotes words that the text does not contain.</source>
        <translation>The headline quotes words that the text does not contain.</translation>
    </message>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1134"/>
        <location filename="../app/text/quoteanalyzer.cpp" line="1149"/>
        <source>A placeholder is left in the text.</source>
        <translation>A placeholder is left in the text.</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteHighlighter</name>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="479"/>
        <location filename="../ui/editor/quotehighlighter.cpp" line="111"/>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteTableModel</name>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="42"/>
        <source>(inside a quotation)</source>
        <translation>(inside a quotation)</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="43"/>
        <source>(named before)</source>
        <translation>(named before)</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="43"/>
        <source>no attribution</source>
        <translation>no attribution</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="45"/>
        <source>headline</source>
        <translation>headline</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="46"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="47"/>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="49"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="49"/>
        <source>speech</source>
        <translation>speech</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="61"/>
        <source>Quotation</source>
        <translation>Quotation</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="63"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="65"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="67"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>Qalam::QuotesDock</name>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="96"/>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="97"/>
        <source>Unattributed only</source>
        <translation>Unattributed only</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="98"/>
        <source>Copy with attribution</source>
        <translation>Copy with attribution</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="99"/>
        <source>Copies «quotation», – verb speaker.</source>
        <translation>Copies «quotation», – verb speaker.</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="100"/>
        <source>Mark as pull quote</source>
        <translation>Mark as pull quote</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="101"/>
        <source>Pull quotes</source>
        <translation>Pull quotes</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="102"/>
        <source>Remove pull quote</source>
        <translation>Remove pull quote</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quotes/quotesdock.cpp" line="120"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n quotation</numerusform>
            <numerusform>%n quotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quotes/quotesdock.cpp" line="122"/>
        <source>%n without attribution</source>
        <translation>
            <numerusform>%n without attribution</numerusform>
            <numerusform>%n without attribution</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="125"/>
        <source>Source of the report: %1</source>
        <translation>Source of the report: %1</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="134"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Qalam::RevisionsDock</name>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="34"/>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="35"/>
        <source>Restore this revision</source>
        <translation>Restore this revision</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="37"/>
        <source>Makes the selected revision the current text; the current text stays in the list</source>
        <translation>Makes the selected revision the current text; the current text stays in the list</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="50"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="52"/>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="54"/>
        <source>autosave</source>
        <translation>autosave</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="56"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="58"/>
        <source>sample newsroom</source>
        <translation>sample newsroom</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="60"/>
        <source>restored %1</source>
        <translation>restored %1</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="70"/>
        <source>#%1 · %2
%3 · %4</source>
        <translation>#%1 · %2
%3 · %4</translation>
    </message>
</context>
<context>
    <name>Qalam::SampleNewsroom</name>
    <message>
        <location filename="../app/storage/samplenewsroom.cpp" line="62"/>
        <source>The sample photos could not be drawn.</source>
        <translation>The sample photos could not be drawn.</translation>
    </message>
    <message>
        <location filename="../app/storage/samplenewsroom.cpp" line="88"/>
        <source>The sample newsroom file is not valid JSON.</source>
        <translation>The sample newsroom file is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../app/storage/samplenewsroom.cpp" line="110"/>
        <source>The sample article &quot;%1&quot; names an unknown author %2.</source>
        <translation>The sample article &quot;%1&quot; names an unknown author %2.</translation>
    </message>
</context>
<context>
    <name>Qalam::SpellChecker</name>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="36"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="41"/>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="46"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="231"/>
        <source>Qalam has no spelling dictionary for the language &quot;%1&quot;; spelling can be checked in Russian (ru), Kazakh (kk) and English (en).</source>
        <translation>Qalam has no spelling dictionary for the language &quot;%1&quot;; spelling can be checked in Russian (ru), Kazakh (kk) and English (en).</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="256"/>
        <source>The %1 spelling dictionary is not installed: %2 was not found. Spelling is not checked in %1 texts; install the package %3, or set QALAM_HUNSPELL_DIR to a folder that holds the dictionary.</source>
        <translation>The %1 spelling dictionary is not installed: %2 was not found. Spelling is not checked in %1 texts; install the package %3, or set QALAM_HUNSPELL_DIR to a folder that holds the dictionary.</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="264"/>
        <source>The %1 spelling dictionary %2 cannot be read. Spelling is not checked in %1 texts; check the file&apos;s permissions.</source>
        <translation>The %1 spelling dictionary %2 cannot be read. Spelling is not checked in %1 texts; check the file&apos;s permissions.</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="279"/>
        <source>The %1 spelling dictionary %2 uses the encoding %3, which Qalam cannot read. Spelling is not checked in %1 texts; install a UTF-8 version of the dictionary.</source>
        <translation>The %1 spelling dictionary %2 uses the encoding %3, which Qalam cannot read. Spelling is not checked in %1 texts; install a UTF-8 version of the dictionary.</translation>
    </message>
</context>
<context>
    <name>Qalam::TextChecks</name>
    <message>
        <location filename="../app/text/textchecks.cpp" line="36"/>
        <source>Unknown word: %1</source>
        <translation>Unknown word: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::Typography</name>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="980"/>
        <source>%n straight apostrophe(s): use ’</source>
        <translation>
            <numerusform>%n straight apostrophe: use ’</numerusform>
            <numerusform>%n straight apostrophes: use ’</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="984"/>
        <source>%n ellipsis(es) typed as three dots: use …</source>
        <translation>
            <numerusform>%n ellipsis typed as three dots: use …</numerusform>
            <numerusform>%n ellipses typed as three dots: use …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="989"/>
        <source>%n short word(s) should be joined to the neighbouring word by a non-breaking space</source>
        <translation>
            <numerusform>%n short word should be joined to the neighbouring word by a non-breaking space</numerusform>
            <numerusform>%n short words should be joined to the neighbouring word by a non-breaking space</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="994"/>
        <source>%n initial(s) should be joined to the surname by a non-breaking space</source>
        <translation>
            <numerusform>%n initial should be joined to the surname by a non-breaking space</numerusform>
            <numerusform>%n initials should be joined to the surname by a non-breaking space</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="999"/>
        <source>%n number(s) should be joined to their unit by a non-breaking space</source>
        <translation>
            <numerusform>%n number should be joined to its unit by a non-breaking space</numerusform>
            <numerusform>%n numbers should be joined to their unit by a non-breaking space</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1036"/>
        <source>Straight quote mark: use %1</source>
        <translation>Straight quote mark: use %1</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1041"/>
        <source>Quote mark of the wrong kind or nesting level: use %1</source>
        <translation>Quote mark of the wrong kind or nesting level: use %1</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1045"/>
        <source>Number range with a hyphen or em dash: use an en dash (10–15)</source>
        <translation>Number range with a hyphen or em dash: use an en dash (10–15)</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1058"/>
        <source>Hyphen or wrong dash between words: use a spaced en dash</source>
        <translation>Hyphen or wrong dash between words: use a spaced en dash</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1061"/>
        <source>Dialogue line: start it with an en dash and a non-breaking space</source>
        <translation>Dialogue line: start it with an en dash and a non-breaking space</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1062"/>
        <source>Dialogue line: start it with an em dash and a non-breaking space</source>
        <translation>Dialogue line: start it with an em dash and a non-breaking space</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1064"/>
        <source>Hyphen or wrong dash between words: use an en dash with a non-breaking space before it</source>
        <translation>Hyphen or wrong dash between words: use an en dash with a non-breaking space before it</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1066"/>
        <source>Hyphen or wrong dash between words: use an em dash with a non-breaking space before it</source>
        <translation>Hyphen or wrong dash between words: use an em dash with a non-breaking space before it</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="111"/>
        <source>Qalam cannot open the database</source>
        <translation>Qalam cannot open the database</translation>
    </message>
</context>
</TS>
