<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Reload theirs (copy mine)</source>
        <translation>Reload theirs (copy mine)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Take the article over: the other editor can no longer save it</source>
        <translation>Take the article over: the other editor can no longer save it</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>Compare and merge…</translation>
    </message>
    <message>
        <source>Show their version and yours side by side with the word changes, then keep one</source>
        <translation>Show their version and yours side by side with the word changes, then keep one</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qalam</source>
        <translation>Qalam</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <source>Create a new draft article</source>
        <translation>Create a new draft article</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save now and record a revision</source>
        <translation>Save now and record a revision</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Paste as plain &amp;text</source>
        <translation>Paste as plain &amp;text</translation>
    </message>
    <message>
        <source>Paste without any formatting</source>
        <translation>Paste without any formatting</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Subheading</source>
        <translation>&amp;Subheading</translation>
    </message>
    <message>
        <source>Turn the paragraph into a subheading</source>
        <translation>Turn the paragraph into a subheading</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>&amp;Quotation block</source>
        <translation>&amp;Quotation block</translation>
    </message>
    <message>
        <source>Turn the paragraph into a quotation block</source>
        <translation>Turn the paragraph into a quotation block</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Q</source>
        <translation>Ctrl+Alt+Q</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>Link the selected text</source>
        <translation>Link the selected text</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Bulleted list</source>
        <translation>&amp;Bulleted list</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>&amp;Numbered list</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>&amp;Revisions</source>
        <translation>&amp;Revisions</translation>
    </message>
    <message>
        <source>Show the revisions of this article</source>
        <translation>Show the revisions of this article</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>&amp;Typography</source>
        <translation>&amp;Typography</translation>
    </message>
    <message>
        <source>Apply the house typography: quotation marks, dashes, non-breaking spaces</source>
        <translation>Apply the house typography: quotation marks, dashes, non-breaking spaces</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Typography on &amp;paste</source>
        <translation>Typography on &amp;paste</translation>
    </message>
    <message>
        <source>En dash between words</source>
        <translation>En dash between words</translation>
    </message>
    <message>
        <source>Write «», – сказал with an en dash instead of the em dash</source>
        <translation>Write «», – сказал with an en dash instead of the em dash</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>List of keyboard shortcuts</source>
        <translation>List of keyboard shortcuts</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Qalam</source>
        <translation>&amp;About Qalam</translation>
    </message>
    <message>
        <source>Work&amp;flow</source>
        <translation>Work&amp;flow</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Submit for review</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Send the article to the chief editor for review</source>
        <translation>Send the article to the chief editor for review</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Withdraw from review</source>
        <translation>&amp;Withdraw from review</translation>
    </message>
    <message>
        <source>Take the submission back to edit it again</source>
        <translation>Take the submission back to edit it again</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>Re&amp;view…</translation>
    </message>
    <message>
        <source>Review the article: changes, checks, comments, approve or return</source>
        <translation>Review the article: changes, checks, comments, approve or return</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Approve the article for publication, at once or at a set time</source>
        <translation>Approve the article for publication, at once or at a set time</translation>
    </message>
    <message>
        <source>&amp;Return with comment…</source>
        <translation>&amp;Return with comment…</translation>
    </message>
    <message>
        <source>Send the article back to the writer with a comment</source>
        <translation>Send the article back to the writer with a comment</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Unpublish…</translation>
    </message>
    <message>
        <source>Take the published article off the site, with a reason</source>
        <translation>Take the published article off the site, with a reason</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Make a draft from agency copy, a press release or a saved web page (text or HTML)</source>
        <translation>Make a draft from agency copy, a press release or a saved web page (text or HTML)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import from &amp;clipboard</source>
        <translation>Import from &amp;clipboard</translation>
    </message>
    <message>
        <source>Make a draft from the text or web page on the clipboard</source>
        <translation>Make a draft from the text or web page on the clipboard</translation>
    </message>
    <message>
        <source>Show &amp;original…</source>
        <translation>Show &amp;original…</translation>
    </message>
    <message>
        <source>The text this article was imported from, for reference; never published</source>
        <translation>The text this article was imported from, for reference; never published</translation>
    </message>
</context>
<context>
    <name>Qalam::ApprovalDialog</name>
    <message>
        <source>Approve the article</source>
        <translation>Approve the article</translation>
    </message>
    <message>
        <source>Comment for the writer (optional):</source>
        <translation>Comment for the writer (optional):</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Publish at</translation>
    </message>
    <message>
        <source>Schedule the publication; without it the article may go out at once</source>
        <translation>Schedule the publication; without it the article may go out at once</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleDiff</name>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Caption of photo %1</source>
        <translation>Caption of photo %1</translation>
    </message>
    <message>
        <source>Caption of photo %1 (added)</source>
        <translation>Caption of photo %1 (added)</translation>
    </message>
    <message>
        <source>Credit line of photo %1</source>
        <translation>Credit line of photo %1</translation>
    </message>
    <message>
        <source>Credit line of photo %1 (added)</source>
        <translation>Credit line of photo %1 (added)</translation>
    </message>
    <message>
        <source>Caption of removed photo %1</source>
        <translation>Caption of removed photo %1</translation>
    </message>
    <message>
        <source>Credit line of removed photo %1</source>
        <translation>Credit line of removed photo %1</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>No changes.</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleDocument</name>
    <message>
        <source>Edit field</source>
        <translation>Edit field</translation>
    </message>
    <message>
        <source>Change byline</source>
        <translation>Change byline</translation>
    </message>
    <message>
        <source>Change pull quotes</source>
        <translation>Change pull quotes</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleEditor</name>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Lead: the news in one or two sentences</source>
        <translation>Lead: the news in one or two sentences</translation>
    </message>
    <message>
        <source>Text of the article</source>
        <translation>Text of the article</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>e.g. передает Акорда</source>
        <translation>e.g. передает Акорда</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(no author)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Address (https://…):</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Typography</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <source>Add «%1» to the newsroom dictionary</source>
        <translation>Add «%1» to the newsroom dictionary</translation>
    </message>
    <message>
        <source>Change the byline in the Authors panel</source>
        <translation>Change the byline in the Authors panel</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListDelegate</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Being edited by %1 (active %2)</source>
        <translation>Being edited by %1 (active %2)</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Scheduled for %1</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListModel</name>
    <message>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message numerus="yes">
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
        <source>no byline</source>
        <translation>no byline</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Updated, not yet republished</source>
        <translation>Updated, not yet republished</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Unpublished</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStore</name>
    <message>
        <source>The database is busy; your text is kept, try again.</source>
        <translation>The database is busy; your text is kept, try again.</translation>
    </message>
    <message>
        <source>The change could not be written; your text is kept.</source>
        <translation>The change could not be written; your text is kept.</translation>
    </message>
    <message>
        <source>This article was changed elsewhere (it is now at version %1; your edit is based on version %2). Nothing was overwritten and your text is kept in the editor: reload the article and apply your change again.</source>
        <translation>This article was changed elsewhere (it is now at version %1; your edit is based on version %2). Nothing was overwritten and your text is kept in the editor: reload the article and apply your change again.</translation>
    </message>
    <message>
        <source>The new article could not be stored.</source>
        <translation>The new article could not be stored.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>The article could not be read.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>There is no article with id %1.</translation>
    </message>
    <message>
        <source>The article could not be saved; your text is kept.</source>
        <translation>The article could not be saved; your text is kept.</translation>
    </message>
    <message>
        <source>The article list could not be read.</source>
        <translation>The article list could not be read.</translation>
    </message>
    <message>
        <source>The pull quotes could not be saved.</source>
        <translation>The pull quotes could not be saved.</translation>
    </message>
    <message>
        <source>The pull quotes could not be read.</source>
        <translation>The pull quotes could not be read.</translation>
    </message>
    <message>
        <source>The byline could not be saved.</source>
        <translation>The byline could not be saved.</translation>
    </message>
    <message>
        <source>The byline could not be read.</source>
        <translation>The byline could not be read.</translation>
    </message>
    <message>
        <source>The revision could not be recorded.</source>
        <translation>The revision could not be recorded.</translation>
    </message>
    <message>
        <source>The revisions could not be read.</source>
        <translation>The revisions could not be read.</translation>
    </message>
    <message>
        <source>The revision could not be read.</source>
        <translation>The revision could not be read.</translation>
    </message>
    <message>
        <source>There is no revision #%1.</source>
        <translation>There is no revision #%1.</translation>
    </message>
    <message>
        <source>The authors could not be read.</source>
        <translation>The authors could not be read.</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>An author needs a name.</translation>
    </message>
    <message>
        <source>The author could not be added.</source>
        <translation>The author could not be added.</translation>
    </message>
    <message>
        <source>The regions could not be read.</source>
        <translation>The regions could not be read.</translation>
    </message>
    <message>
        <source>The editor position could not be remembered.</source>
        <translation>The editor position could not be remembered.</translation>
    </message>
    <message>
        <source>The editor position could not be read.</source>
        <translation>The editor position could not be read.</translation>
    </message>
    <message>
        <source>%1: your change was not saved and is kept in the editor.</source>
        <translation>%1: your change was not saved and is kept in the editor.</translation>
    </message>
    <message>
        <source>The database server cannot be reached; your text is kept.</source>
        <translation>The database server cannot be reached; your text is kept.</translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorDirectory</name>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <source>Published
this month</source>
        <translation>Published
this month</translation>
    </message>
    <message>
        <source>Last
published</source>
        <translation>Last
published</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Articles with this author not published yet</source>
        <translation>Articles with this author not published yet</translation>
    </message>
    <message>
        <source>Search: name, position, region or desk</source>
        <translation>Search: name, position, region or desk</translation>
    </message>
    <message>
        <source>New author…</source>
        <translation>New author…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n author</numerusform>
            <numerusform>%n authors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorPickerDialog</name>
    <message>
        <source>Add an author to the byline</source>
        <translation>Add an author to the byline</translation>
    </message>
    <message>
        <source>Search: name, position, region or desk</source>
        <translation>Search: name, position, region or desk</translation>
    </message>
    <message>
        <source>Add to byline</source>
        <translation>Add to byline</translation>
    </message>
    <message>
        <source>%1 (left the newsroom)</source>
        <translation>%1 (left the newsroom)</translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorProfileDialog</name>
    <message>
        <source>New author</source>
        <translation>New author</translation>
    </message>
    <message>
        <source>Author profile</source>
        <translation>Author profile</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>A portrait; it is cropped to a square and stored small</source>
        <translation>A portrait; it is cropped to a square and stored small</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Remove picture</translation>
    </message>
    <message>
        <source>e.g. Редактор региональных новостей</source>
        <translation>e.g. Редактор региональных новостей</translation>
    </message>
    <message>
        <source>e.g. Новости регионов</source>
        <translation>e.g. Новости регионов</translation>
    </message>
    <message>
        <source>name@newsroom.kz</source>
        <translation>name@newsroom.kz</translation>
    </message>
    <message>
        <source>+7 701 000 00 00</source>
        <translation>+7 701 000 00 00</translation>
    </message>
    <message>
        <source>One link a line: https://t.me/…, https://instagram.com/…</source>
        <translation>One link a line: https://t.me/…, https://instagram.com/…</translation>
    </message>
    <message>
        <source>Two or three sentences for the author&apos;s page</source>
        <translation>Two or three sentences for the author&apos;s page</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Left the newsroom (stays on the bylines of old articles)</source>
        <translation>Left the newsroom (stays on the bylines of old articles)</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Family name:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Given name:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Desk:</translation>
    </message>
    <message>
        <source>Short bio:</source>
        <translation>Short bio:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Author&apos;s picture</source>
        <translation>Author&apos;s picture</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Read only: %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>The name as bylines print it</source>
        <translation>The name as bylines print it</translation>
    </message>
    <message>
        <source>%1 is not a picture Qalam can read (%2). The profile keeps its picture.</source>
        <translation>%1 is not a picture Qalam can read (%2). The profile keeps its picture.</translation>
    </message>
    <message>
        <source>Type the author&apos;s family name; bylines print it.</source>
        <translation>Type the author&apos;s family name; bylines print it.</translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorStore</name>
    <message>
        <source>The author&apos;s photo must be a PNG or JPEG picture of at most 20 MB.</source>
        <translation>The author&apos;s photo must be a PNG or JPEG picture of at most 20 MB.</translation>
    </message>
    <message>
        <source>The author&apos;s photo could not be read; it may be damaged. Try another PNG or JPEG file.</source>
        <translation>The author&apos;s photo could not be read; it may be damaged. Try another PNG or JPEG file.</translation>
    </message>
    <message>
        <source>The author&apos;s photo could not be converted.</source>
        <translation>The author&apos;s photo could not be converted.</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>An author needs a name.</translation>
    </message>
    <message>
        <source>The newsroom settings could not be read.</source>
        <translation>The newsroom settings could not be read.</translation>
    </message>
    <message>
        <source>The author profiles could not be read.</source>
        <translation>The author profiles could not be read.</translation>
    </message>
    <message>
        <source>There is already a profile for %1 (author %2). Edit that profile, or tell the two apart, for example by a middle name.</source>
        <translation>There is already a profile for %1 (author %2). Edit that profile, or tell the two apart, for example by a middle name.</translation>
    </message>
    <message>
        <source>The author profile could not be read.</source>
        <translation>The author profile could not be read.</translation>
    </message>
    <message>
        <source>There is no author %1.</source>
        <translation>There is no author %1.</translation>
    </message>
    <message>
        <source>Give an author&apos;s name to look for.</source>
        <translation>Give an author&apos;s name to look for.</translation>
    </message>
    <message>
        <source>There is no author named %1.</source>
        <translation>There is no author named %1.</translation>
    </message>
    <message>
        <source>The profile of %1 could not be added.</source>
        <translation>The profile of %1 could not be added.</translation>
    </message>
    <message>
        <source>The profile of %1 could not be saved.</source>
        <translation>The profile of %1 could not be saved.</translation>
    </message>
    <message>
        <source>The authors&apos; article counts could not be read.</source>
        <translation>The authors&apos; article counts could not be read.</translation>
    </message>
    <message>
        <source>The byline name order could not be saved.</source>
        <translation>The byline name order could not be saved.</translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorsDock</name>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add an author to the byline</source>
        <translation>Add an author to the byline</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Take the selected author off the byline (Delete)</source>
        <translation>Take the selected author off the byline (Delete)</translation>
    </message>
    <message>
        <source>Move the selected author up (Alt+Up)</source>
        <translation>Move the selected author up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected author down (Alt+Down)</source>
        <translation>Move the selected author down (Alt+Down)</translation>
    </message>
    <message>
        <source>All authors…</source>
        <translation>All authors…</translation>
    </message>
    <message>
        <source>The newsroom&apos;s authors with their article counts</source>
        <translation>The newsroom&apos;s authors with their article counts</translation>
    </message>
    <message>
        <source>%1
Left the newsroom</source>
        <translation>%1
Left the newsroom</translation>
    </message>
    <message>
        <source>Open an article to see its byline.</source>
        <translation>Open an article to see its byline.</translation>
    </message>
    <message>
        <source>No author in the byline yet.</source>
        <translation>No author in the byline yet.</translation>
    </message>
    <message>
        <source>The article is read-only.</source>
        <translation>The article is read-only.</translation>
    </message>
    <message>
        <source>Read-only: you may not change this byline.</source>
        <translation>Read-only: you may not change this byline.</translation>
    </message>
    <message>
        <source>Left the newsroom; stays on old bylines</source>
        <translation>Left the newsroom; stays on old bylines</translation>
    </message>
    <message>
        <source>No short bio in %1 yet.</source>
        <translation>No short bio in %1 yet.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Edit profile…</translation>
    </message>
    <message>
        <source>Show profile…</source>
        <translation>Show profile…</translation>
    </message>
</context>
<context>
    <name>Qalam::ChangeFeed</name>
    <message>
        <source>The change could not be announced to the other desks.</source>
        <translation>The change could not be announced to the other desks.</translation>
    </message>
</context>
<context>
    <name>Qalam::ChecksDock</name>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>headline</translation>
    </message>
    <message>
        <source>%1 — «%2»</source>
        <translation>%1 — «%2»</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Machine-readable JSON output</source>
        <translation>Machine-readable JSON output</translation>
    </message>
    <message>
        <source>Describe the command</source>
        <translation>Describe the command</translation>
    </message>
    <message>
        <source>Create a draft article and print its id. The body file is HTML (reduced to the allowed subset) or plain text (one paragraph per line), UTF-8.</source>
        <translation>Create a draft article and print its id. The body file is HTML (reduced to the allowed subset) or plain text (one paragraph per line), UTF-8.</translation>
    </message>
    <message>
        <source>Headline (required)</source>
        <translation>Headline (required)</translation>
    </message>
    <message>
        <source>Lead paragraph</source>
        <translation>Lead paragraph</translation>
    </message>
    <message>
        <source>Body from a .html or .txt file</source>
        <translation>Body from a .html or .txt file</translation>
    </message>
    <message>
        <source>Region, e.g. Алматы</source>
        <translation>Region, e.g. Алматы</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <source>A tag (repeatable)</source>
        <translation>A tag (repeatable)</translation>
    </message>
    <message>
        <source>Source attribution, e.g. &quot;передает Акорда&quot;</source>
        <translation>Source attribution, e.g. &quot;передает Акорда&quot;</translation>
    </message>
    <message>
        <source>Article language (default ru)</source>
        <translation>Article language (default ru)</translation>
    </message>
    <message>
        <source>Byline author, created when new (repeatable)</source>
        <translation>Byline author, created when new (repeatable)</translation>
    </message>
    <message>
        <source>List articles, most recently changed first.</source>
        <translation>List articles, most recently changed first.</translation>
    </message>
    <message>
        <source>Full-text search (prefix match on every word)</source>
        <translation>Full-text search (prefix match on every word)</translation>
    </message>
    <message>
        <source>Only this region</source>
        <translation>Only this region</translation>
    </message>
    <message>
        <source>At most N articles</source>
        <translation>At most N articles</translation>
    </message>
    <message>
        <source>Print one article.</source>
        <translation>Print one article.</translation>
    </message>
    <message>
        <source>Export one article as Qalam JSON or a sanitised HTML page.</source>
        <translation>Export one article as Qalam JSON or a sanitised HTML page.</translation>
    </message>
    <message>
        <source>Output format (required)</source>
        <translation>Output format (required)</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output</source>
        <translation>Write to FILE instead of standard output</translation>
    </message>
    <message>
        <source>List an article&apos;s revisions, newest first.</source>
        <translation>List an article&apos;s revisions, newest first.</translation>
    </message>
    <message>
        <source>Create or upgrade the database; with --sample, load the sample newsroom into an empty one.</source>
        <translation>Create or upgrade the database; with --sample, load the sample newsroom into an empty one.</translation>
    </message>
    <message>
        <source>Load the bundled sample newsroom when the database has no articles</source>
        <translation>Load the bundled sample newsroom when the database has no articles</translation>
    </message>
    <message>
        <source>Print the direct quotations of a text file or an article, with who said them. Offsets count UTF-16 code units; an article&apos;s text is its headline, lead and body, one per line.</source>
        <translation>Print the direct quotations of a text file or an article, with who said them. Offsets count UTF-16 code units; an article&apos;s text is its headline, lead and body, one per line.</translation>
    </message>
    <message>
        <source>Analyse this article instead of a file</source>
        <translation>Analyse this article instead of a file</translation>
    </message>
    <message>
        <source>Print every finding in an article or a text file: quotations, placeholders, spelling and typography, with line:column and severity. Exits 1 when an error-level finding exists.</source>
        <translation>Print every finding in an article or a text file: quotations, placeholders, spelling and typography, with line:column and severity. Exits 1 when an error-level finding exists.</translation>
    </message>
    <message>
        <source>Language of a text file (an article has its own; default ru)</source>
        <translation>Language of a text file (an article has its own; default ru)</translation>
    </message>
    <message>
        <source>The house dash for the typography check (default em)</source>
        <translation>The house dash for the typography check (default em)</translation>
    </message>
    <message>
        <source>Import a picture (stored once, whatever the number of articles using it) and attach it to an article; prints the photo id.</source>
        <translation>Import a picture (stored once, whatever the number of articles using it) and attach it to an article; prints the photo id.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Alt text for readers who cannot see the picture</source>
        <translation>Alt text for readers who cannot see the picture</translation>
    </message>
    <message>
        <source>Credit source, e.g. Акорда</source>
        <translation>Credit source, e.g. Акорда</translation>
    </message>
    <message>
        <source>staff, agency, press-service, ugc, archive or handout</source>
        <translation>staff, agency, press-service, ugc, archive or handout</translation>
    </message>
    <message>
        <source>Photographer or creator</source>
        <translation>Photographer or creator</translation>
    </message>
    <message>
        <source>Licence or usage note</source>
        <translation>Licence or usage note</translation>
    </message>
    <message>
        <source>Who sent a user-generated picture</source>
        <translation>Who sent a user-generated picture</translation>
    </message>
    <message>
        <source>The sender&apos;s contact (never published)</source>
        <translation>The sender&apos;s contact (never published)</translation>
    </message>
    <message>
        <source>How it came: messenger, e-mail, social network</source>
        <translation>How it came: messenger, e-mail, social network</translation>
    </message>
    <message>
        <source>Whether the sender gave permission</source>
        <translation>Whether the sender gave permission</translation>
    </message>
    <message>
        <source>The permission wording or message reference</source>
        <translation>The permission wording or message reference</translation>
    </message>
    <message>
        <source>Make it the article&apos;s lead photo</source>
        <translation>Make it the article&apos;s lead photo</translation>
    </message>
    <message>
        <source>List an article&apos;s photos with their captions and credit lines.</source>
        <translation>List an article&apos;s photos with their captions and credit lines.</translation>
    </message>
    <message>
        <source>Change a photo&apos;s caption, alt text, credit or consent record.</source>
        <translation>Change a photo&apos;s caption, alt text, credit or consent record.</translation>
    </message>
    <message>
        <source>Write the publishing rendition: orientation applied, size limited, caption, creator and credit line in IPTC and XMP, GPS and serial numbers removed (always for UGC).</source>
        <translation>Write the publishing rendition: orientation applied, size limited, caption, creator and credit line in IPTC and XMP, GPS and serial numbers removed (always for UGC).</translation>
    </message>
    <message>
        <source>Longest edge in pixels (default 2048)</source>
        <translation>Longest edge in pixels (default 2048)</translation>
    </message>
    <message>
        <source>JPEG quality 1–100 (default 85)</source>
        <translation>JPEG quality 1–100 (default 85)</translation>
    </message>
    <message>
        <source>Remove private metadata from any picture, not only UGC</source>
        <translation>Remove private metadata from any picture, not only UGC</translation>
    </message>
    <message>
        <source>Show or change the newsroom&apos;s photo settings: the credit-line template (with {source}), the rendition size and quality, and whether every rendition loses its private metadata.</source>
        <translation>Show or change the newsroom&apos;s photo settings: the credit-line template (with {source}), the rendition size and quality, and whether every rendition loses its private metadata.</translation>
    </message>
    <message>
        <source>e.g. &quot;Фото: {source}&quot;</source>
        <translation>e.g. &quot;Фото: {source}&quot;</translation>
    </message>
    <message>
        <source>Longest edge of renditions in pixels</source>
        <translation>Longest edge of renditions in pixels</translation>
    </message>
    <message>
        <source>JPEG quality of renditions, 1–100</source>
        <translation>JPEG quality of renditions, 1–100</translation>
    </message>
    <message>
        <source>Remove GPS, serials and owner names from every rendition, not only UGC</source>
        <translation>Remove GPS, serials and owner names from every rendition, not only UGC</translation>
    </message>
    <message>
        <source>Read UTF-8 text on standard input and write it with the house typography applied.</source>
        <translation>Read UTF-8 text on standard input and write it with the house typography applied.</translation>
    </message>
    <message>
        <source>Language of the text (default ru)</source>
        <translation>Language of the text (default ru)</translation>
    </message>
    <message>
        <source>The dash between words (default em)</source>
        <translation>The dash between words (default em)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>qalam-cli: the Qalam newsroom editor&apos;s command line.</source>
        <translation>qalam-cli: the Qalam newsroom editor&apos;s command line.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &quot;qalam-cli help COMMAND&quot; for one command&apos;s options.</source>
        <translation>Run &quot;qalam-cli help COMMAND&quot; for one command&apos;s options.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or input.</source>
        <translation>Exit codes: 0 success, 1 the operation failed, 2 bad usage or input.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;qalam-cli help&quot;.</source>
        <translation>Unknown command &quot;%1&quot;. Run &quot;qalam-cli help&quot;.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2&quot;.</source>
        <translation>Unknown option --%1 for &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>The option --%1 takes no value.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>The option --%1 is given twice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs more arguments.</source>
        <translation>&quot;%1&quot; needs more arguments.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an article id.</source>
        <translation>&quot;%1&quot; needs an article id.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A new article needs --headline.</source>
        <translation>A new article needs --headline.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ru, kk or en.</source>
        <translation>Unknown language &quot;%1&quot;: use ru, kk or en.</translation>
    </message>
    <message>
        <source>Cannot read the body file %1: %2</source>
        <translation>Cannot read the body file %1: %2</translation>
    </message>
    <message>
        <source>The body file %1 is not UTF-8 text.</source>
        <translation>The body file %1 is not UTF-8 text.</translation>
    </message>
    <message>
        <source>--limit needs a whole number.</source>
        <translation>--limit needs a whole number.</translation>
    </message>
    <message>
        <source>Id: %1 · version %2 · %3 · %4</source>
        <translation>Id: %1 · version %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>Byline: %1</translation>
    </message>
    <message>
        <source>Region: %1 · Rubric: %2 · Tags: %3</source>
        <translation>Region: %1 · Rubric: %2 · Tags: %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Updated: %1 UTC · %2 words · %3 characters with spaces</source>
        <translation>Updated: %1 UTC · %2 words · %3 characters with spaces</translation>
    </message>
    <message>
        <source>Unknown or missing --format: use json or html.</source>
        <translation>Unknown or missing --format: use json or html.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation>Schema version: %1 (latest %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrity: ok</translation>
    </message>
    <message>
        <source>Integrity: damaged</source>
        <translation>Integrity: damaged</translation>
    </message>
    <message numerus="yes">
        <source>Database %1 is at schema %2; %n sample article(s) added.</source>
        <translation>
            <numerusform>Database %1 is at schema %2; %n sample article added.</numerusform>
            <numerusform>Database %1 is at schema %2; %n sample articles added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 is not UTF-8 text.</translation>
    </message>
    <message>
        <source>Name a text file or an article (--id ID).</source>
        <translation>Name a text file or an article (--id ID).</translation>
    </message>
    <message>
        <source>%1 is neither a file nor an article id.</source>
        <translation>%1 is neither a file nor an article id.</translation>
    </message>
    <message>
        <source>(title)</source>
        <translation>(title)</translation>
    </message>
    <message>
        <source>(attributed)</source>
        <translation>(attributed)</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(unattributed)</translation>
    </message>
    <message>
        <source>--dash takes em or en.</source>
        <translation>--dash takes em or en.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <source>The input is not UTF-8 text.</source>
        <translation>The input is not UTF-8 text.</translation>
    </message>
    <message>
        <source>spelling not checked: %1</source>
        <translation>spelling not checked: %1</translation>
    </message>
    <message>
        <source>Unknown credit type &quot;%1&quot;: use staff, agency, press-service, ugc, archive or handout.</source>
        <translation>Unknown credit type &quot;%1&quot;: use staff, agency, press-service, ugc, archive or handout.</translation>
    </message>
    <message>
        <source>--ugc-permission takes yes or no.</source>
        <translation>--ugc-permission takes yes or no.</translation>
    </message>
    <message>
        <source>A photo id is a number.</source>
        <translation>A photo id is a number.</translation>
    </message>
    <message>
        <source>--max-edge needs a number of pixels (16 or more).</source>
        <translation>--max-edge needs a number of pixels (16 or more).</translation>
    </message>
    <message>
        <source>--quality takes 1 to 100.</source>
        <translation>--quality takes 1 to 100.</translation>
    </message>
    <message>
        <source>--strip-all-photos takes yes or no.</source>
        <translation>--strip-all-photos takes yes or no.</translation>
    </message>
    <message>
        <source>Credit template: %1</source>
        <translation>Credit template: %1</translation>
    </message>
    <message>
        <source>Renditions: %1 px, quality %2</source>
        <translation>Renditions: %1 px, quality %2</translation>
    </message>
    <message>
        <source>Private metadata removed from every rendition</source>
        <translation>Private metadata removed from every rendition</translation>
    </message>
    <message>
        <source>Private metadata removed from UGC renditions</source>
        <translation>Private metadata removed from UGC renditions</translation>
    </message>
    <message>
        <source>This newsroom has user accounts: pass --user LOGIN (the password comes from QALAM_PASSWORD or a prompt).</source>
        <translation>This newsroom has user accounts: pass --user LOGIN (the password comes from QALAM_PASSWORD or a prompt).</translation>
    </message>
    <message>
        <source>Act as this user; the password comes from $QALAM_PASSWORD or a prompt on a terminal</source>
        <translation>Act as this user; the password comes from $QALAM_PASSWORD or a prompt on a terminal</translation>
    </message>
    <message>
        <source>regional-editor, photo-editor, chief-editor or administrator (repeatable)</source>
        <translation>regional-editor, photo-editor, chief-editor or administrator (repeatable)</translation>
    </message>
    <message>
        <source>A region whose articles a regional editor edits (repeatable)</source>
        <translation>A region whose articles a regional editor edits (repeatable)</translation>
    </message>
    <message>
        <source>Display name, e.g. &quot;Колмакова Виктория&quot;</source>
        <translation>Display name, e.g. &quot;Колмакова Виктория&quot;</translation>
    </message>
    <message>
        <source>The user&apos;s byline profile</source>
        <translation>The user&apos;s byline profile</translation>
    </message>
    <message>
        <source>Position, e.g. &quot;Редактор региональных новостей&quot;</source>
        <translation>Position, e.g. &quot;Редактор региональных новостей&quot;</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Short biography in Russian</source>
        <translation>Short biography in Russian</translation>
    </message>
    <message>
        <source>Short biography in Kazakh</source>
        <translation>Short biography in Kazakh</translation>
    </message>
    <message>
        <source>Short biography in English</source>
        <translation>Short biography in English</translation>
    </message>
    <message>
        <source>A social profile (repeatable; replaces the list)</source>
        <translation>A social profile (repeatable; replaces the list)</translation>
    </message>
    <message>
        <source>Family name (the byline order uses the parts)</source>
        <translation>Family name (the byline order uses the parts)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>A comment for the audit trail</source>
        <translation>A comment for the audit trail</translation>
    </message>
    <message>
        <source>Change an article&apos;s text or details and record a revision. Changing an approved article&apos;s text voids the approval.</source>
        <translation>Change an article&apos;s text or details and record a revision. Changing an approved article&apos;s text voids the approval.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>A tag (repeatable; replaces the tags)</source>
        <translation>A tag (repeatable; replaces the tags)</translation>
    </message>
    <message>
        <source>Source attribution</source>
        <translation>Source attribution</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Article language</translation>
    </message>
    <message>
        <source>draft, in_review, returned, approved, published, withdrawn, updated or unpublished</source>
        <translation>draft, in_review, returned, approved, published, withdrawn, updated or unpublished</translation>
    </message>
    <message>
        <source>Set an article&apos;s byline: these author profiles, in this order.</source>
        <translation>Set an article&apos;s byline: these author profiles, in this order.</translation>
    </message>
    <message>
        <source>An author profile id (repeatable; the order is kept)</source>
        <translation>An author profile id (repeatable; the order is kept)</translation>
    </message>
    <message>
        <source>Send an article for review. Refused while a photo lacks its caption, alt text or credit.</source>
        <translation>Send an article for review. Refused while a photo lacks its caption, alt text or credit.</translation>
    </message>
    <message>
        <source>Take one&apos;s own submission back from review.</source>
        <translation>Take one&apos;s own submission back from review.</translation>
    </message>
    <message>
        <source>Approve an article in review, optionally for publication at a set local time.</source>
        <translation>Approve an article in review, optionally for publication at a set local time.</translation>
    </message>
    <message>
        <source>Scheduled publication, local time</source>
        <translation>Scheduled publication, local time</translation>
    </message>
    <message>
        <source>Return an article to its writer with a comment saying what to fix.</source>
        <translation>Return an article to its writer with a comment saying what to fix.</translation>
    </message>
    <message>
        <source>What to fix (required)</source>
        <translation>What to fix (required)</translation>
    </message>
    <message>
        <source>Why it is taken off (required)</source>
        <translation>Why it is taken off (required)</translation>
    </message>
    <message>
        <source>Add a comment to an article&apos;s editorial thread (never published).</source>
        <translation>Add a comment to an article&apos;s editorial thread (never published).</translation>
    </message>
    <message>
        <source>Print an article&apos;s editorial comment thread, oldest first.</source>
        <translation>Print an article&apos;s editorial comment thread, oldest first.</translation>
    </message>
    <message>
        <source>Print an article&apos;s audit trail, oldest first: when, who, what, from which state to which, the comment and the revision.</source>
        <translation>Print an article&apos;s audit trail, oldest first: when, who, what, from which state to which, the comment and the revision.</translation>
    </message>
    <message>
        <source>Print the word-level changes of an article, [-removed-] and {+added+}: by default from the last approved revision (or the first) to the current text.</source>
        <translation>Print the word-level changes of an article, [-removed-] and {+added+}: by default from the last approved revision (or the first) to the current text.</translation>
    </message>
    <message>
        <source>Compare from this revision id</source>
        <translation>Compare from this revision id</translation>
    </message>
    <message>
        <source>Compare up to this revision id</source>
        <translation>Compare up to this revision id</translation>
    </message>
    <message>
        <source>List the signed-in user&apos;s unread notifications, newest first, or mark one read.</source>
        <translation>List the signed-in user&apos;s unread notifications, newest first, or mark one read.</translation>
    </message>
    <message>
        <source>Read ones too</source>
        <translation>Read ones too</translation>
    </message>
    <message>
        <source>Mark this notification read</source>
        <translation>Mark this notification read</translation>
    </message>
    <message>
        <source>Add a user account. The password comes from $QALAM_NEW_PASSWORD (or $QALAM_PASSWORD when not signing in with --user) or a prompt. While the newsroom has no user, the first administrator needs no --user.</source>
        <translation>Add a user account. The password comes from $QALAM_NEW_PASSWORD (or $QALAM_PASSWORD when not signing in with --user) or a prompt. While the newsroom has no user, the first administrator needs no --user.</translation>
    </message>
    <message>
        <source>List the user accounts with their roles and regions.</source>
        <translation>List the user accounts with their roles and regions.</translation>
    </message>
    <message>
        <source>Change a user&apos;s roles, regions, display name, author profile or active flag. --role and --region replace the lists.</source>
        <translation>Change a user&apos;s roles, regions, display name, author profile or active flag. --role and --region replace the lists.</translation>
    </message>
    <message>
        <source>Whether the account may sign in</source>
        <translation>Whether the account may sign in</translation>
    </message>
    <message>
        <source>Set a user&apos;s password from $QALAM_NEW_PASSWORD or a prompt.</source>
        <translation>Set a user&apos;s password from $QALAM_NEW_PASSWORD or a prompt.</translation>
    </message>
    <message>
        <source>Add an author profile and print its id.</source>
        <translation>Add an author profile and print its id.</translation>
    </message>
    <message>
        <source>List the author profiles with their articles drafted, published this month and last published.</source>
        <translation>List the author profiles with their articles drafted, published this month and last published.</translation>
    </message>
    <message>
        <source>Match name, position, region or desk</source>
        <translation>Match name, position, region or desk</translation>
    </message>
    <message>
        <source>Print one author profile with its counts.</source>
        <translation>Print one author profile with its counts.</translation>
    </message>
    <message>
        <source>Change an author profile. --left marks an author who left (old bylines keep them).</source>
        <translation>Change an author profile. --left marks an author who left (old bylines keep them).</translation>
    </message>
    <message>
        <source>Name as printed</source>
        <translation>Name as printed</translation>
    </message>
    <message>
        <source>The author has left the newsroom</source>
        <translation>The author has left the newsroom</translation>
    </message>
    <message>
        <source>The author works here again</source>
        <translation>The author works here again</translation>
    </message>
    <message>
        <source>Global options (before or after the command): --db PATH, --user LOGIN, --json, --help</source>
        <translation>Global options (before or after the command): --db PATH, --user LOGIN, --json, --help</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>&quot;%1&quot; needs a subcommand: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <translation>&quot;%1&quot; needs %2.</translation>
    </message>
    <message>
        <source>--user needs a login.</source>
        <translation>--user needs a login.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password for %1: set QALAM_PASSWORD, or run qalam-cli on a terminal to be asked.</source>
        <translation>No password for %1: set QALAM_PASSWORD, or run qalam-cli on a terminal to be asked.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>The passwords do not match; nothing was changed.</source>
        <translation>The passwords do not match; nothing was changed.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>No password for %1: set QALAM_NEW_PASSWORD, or run qalam-cli on a terminal to be asked.</source>
        <translation>No password for %1: set QALAM_NEW_PASSWORD, or run qalam-cli on a terminal to be asked.</translation>
    </message>
    <message>
        <source>Nothing to change: give --headline, --lead, --body-file or another option.</source>
        <translation>Nothing to change: give --headline, --lead, --body-file or another option.</translation>
    </message>
    <message>
        <source>The headline cannot be empty.</source>
        <translation>The headline cannot be empty.</translation>
    </message>
    <message>
        <source>The article is now %1.</source>
        <translation>The article is now %1.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use one of %2.</source>
        <translation>Unknown status &quot;%1&quot;: use one of %2.</translation>
    </message>
    <message>
        <source>Created by: %1</source>
        <translation>Created by: %1</translation>
    </message>
    <message>
        <source>Publication scheduled: %1</source>
        <translation>Publication scheduled: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use %2.</source>
        <translation>Unknown role &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>--role needs a role: %1.</source>
        <translation>--role needs a role: %1.</translation>
    </message>
    <message>
        <source>A user needs at least one --role.</source>
        <translation>A user needs at least one --role.</translation>
    </message>
    <message>
        <source>--author needs an author id (a number; 0 for none).</source>
        <translation>--author needs an author id (a number; 0 for none).</translation>
    </message>
    <message>
        <source>--active takes yes or no.</source>
        <translation>--active takes yes or no.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>author %1</source>
        <translation>author %1</translation>
    </message>
    <message>
        <source>An author&apos;s name cannot be empty.</source>
        <translation>An author&apos;s name cannot be empty.</translation>
    </message>
    <message>
        <source>Give --left or --active, not both.</source>
        <translation>Give --left or --active, not both.</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>An author needs a name.</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (left)</translation>
    </message>
    <message>
        <source>%1 drafted, %2 published this month, last %3</source>
        <translation>%1 drafted, %2 published this month, last %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>An author id is a number.</source>
        <translation>An author id is a number.</translation>
    </message>
    <message>
        <source>Id: %1 · %2</source>
        <translation>Id: %1 · %2</translation>
    </message>
    <message>
        <source>left the newsroom</source>
        <translation>left the newsroom</translation>
    </message>
    <message>
        <source>Family name: %1</source>
        <translation>Family name: %1</translation>
    </message>
    <message>
        <source>Given name: %1</source>
        <translation>Given name: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Desk: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Bio (ru): %1</source>
        <translation>Bio (ru): %1</translation>
    </message>
    <message>
        <source>Bio (kk): %1</source>
        <translation>Bio (kk): %1</translation>
    </message>
    <message>
        <source>Bio (en): %1</source>
        <translation>Bio (en): %1</translation>
    </message>
    <message>
        <source>Drafted: %1 · Published this month: %2 · Last published: %3</source>
        <translation>Drafted: %1 · Published this month: %2 · Last published: %3</translation>
    </message>
    <message>
        <source>--author takes an author id (see &quot;qalam-cli author list&quot;).</source>
        <translation>--author takes an author id (see &quot;qalam-cli author list&quot;).</translation>
    </message>
    <message>
        <source>A byline needs at least one --author.</source>
        <translation>A byline needs at least one --author.</translation>
    </message>
    <message>
        <source>Returning an article needs --comment saying what to fix.</source>
        <translation>Returning an article needs --comment saying what to fix.</translation>
    </message>
    <message>
        <source>Unpublishing an article needs --comment with the reason.</source>
        <translation>Unpublishing an article needs --comment with the reason.</translation>
    </message>
    <message>
        <source>--at takes a local date and time as &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>--at takes a local date and time as &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>publishes %1</source>
        <translation>publishes %1</translation>
    </message>
    <message>
        <source>--from and --to take revision ids (see &quot;qalam-cli revisions ID&quot;).</source>
        <translation>--from and --to take revision ids (see &quot;qalam-cli revisions ID&quot;).</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>A comment needs some text.</translation>
    </message>
    <message>
        <source>Give --read or --all, not both.</source>
        <translation>Give --read or --all, not both.</translation>
    </message>
    <message>
        <source>--read takes a notification id (the first column of &quot;qalam-cli inbox&quot;).</source>
        <translation>--read takes a notification id (the first column of &quot;qalam-cli inbox&quot;).</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>unread</translation>
    </message>
    <message>
        <source>Make a draft out of agency copy, a press release or a saved web page and print its id: headline, byline, lead, source, body, quotations and photo slots are recognised, site chrome is left out, and the original is kept with the draft (never published). With --json, print the draft as &quot;show --json&quot; does.</source>
        <translation>Make a draft out of agency copy, a press release or a saved web page and print its id: headline, byline, lead, source, body, quotations and photo slots are recognised, site chrome is left out, and the original is kept with the draft (never published). With --json, print the draft as &quot;show --json&quot; does.</translation>
    </message>
    <message>
        <source>How to read the file (default: guessed)</source>
        <translation>How to read the file (default: guessed)</translation>
    </message>
    <message>
        <source>The text&apos;s language (default: detected)</source>
        <translation>The text&apos;s language (default: detected)</translation>
    </message>
    <message>
        <source>Apply the house typography to the recognised text</source>
        <translation>Apply the house typography to the recognised text</translation>
    </message>
    <message>
        <source>Print what was recognised and save nothing</source>
        <translation>Print what was recognised and save nothing</translation>
    </message>
    <message>
        <source>Print the original text an imported article was made from.</source>
        <translation>Print the original text an imported article was made from.</translation>
    </message>
    <message>
        <source>List the photo slots of an imported article: the pictures its source mentions (caption and credit line) that wait for their files.</source>
        <translation>List the photo slots of an imported article: the pictures its source mentions (caption and credit line) that wait for their files.</translation>
    </message>
    <message>
        <source>Fill a photo slot with a picture: the file is imported, takes the slot&apos;s caption and credit where it has none, and is attached to the article; prints the photo id.</source>
        <translation>Fill a photo slot with a picture: the file is imported, takes the slot&apos;s caption and credit where it has none, and is attached to the article; prints the photo id.</translation>
    </message>
    <message>
        <source>--format takes text or html.</source>
        <translation>--format takes text or html.</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>Cannot read %1: there is no such file.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 is empty: there is nothing to import.</translation>
    </message>
    <message>
        <source>Headline: %1</source>
        <translation>Headline: %1</translation>
    </message>
    <message>
        <source>(none recognised)</source>
        <translation>(none recognised)</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <source>Dateline: %1</source>
        <translation>Dateline: %1</translation>
    </message>
    <message>
        <source>Language: %1 · format: %2</source>
        <translation>Language: %1 · format: %2</translation>
    </message>
    <message numerus="yes">
        <source>Body: %n paragraph(s)</source>
        <translation>
            <numerusform>Body: %n paragraph</numerusform>
            <numerusform>Body: %n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotations: %n</source>
        <translation>
            <numerusform>Quotations: %n</numerusform>
            <numerusform>Quotations: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Photo slots: %n</source>
        <translation>
            <numerusform>Photo slots: %n</numerusform>
            <numerusform>Photo slots: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>lead: </source>
        <translation>lead: </translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(no caption)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n line(s)</source>
        <translation>
            <numerusform>Left out: %n line</numerusform>
            <numerusform>Left out: %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>No headline was recognised in %1; an import would save nothing.</source>
        <translation>No headline was recognised in %1; an import would save nothing.</translation>
    </message>
    <message>
        <source>No headline was recognised in %1; nothing was saved. Add a headline line at the top and import again, or use the import preview in Qalam.</source>
        <translation>No headline was recognised in %1; nothing was saved. Add a headline line at the top and import again, or use the import preview in Qalam.</translation>
    </message>
    <message>
        <source>The article %1 was not imported: it has no original text.</source>
        <translation>The article %1 was not imported: it has no original text.</translation>
    </message>
    <message>
        <source>A photo slot id is a number.</source>
        <translation>A photo slot id is a number.</translation>
    </message>
    <message>
        <source>The endpoint to publish to</source>
        <translation>The endpoint to publish to</translation>
    </message>
    <message>
        <source>The endpoint to remove it from</source>
        <translation>The endpoint to remove it from</translation>
    </message>
    <message>
        <source>Print every attempt to publish or unpublish an article, oldest first: when, who, what, which endpoint, the result and the remote address.</source>
        <translation>Print every attempt to publish or unpublish an article, oldest first: when, who, what, which endpoint, the result and the remote address.</translation>
    </message>
    <message>
        <source>Add a publishing endpoint (administrators). The password or token is read from standard input with --secret-stdin and kept in the keychain (or, where no keychain service runs, in a private fallback file), never in the database or on the command line.</source>
        <translation>Add a publishing endpoint (administrators). The password or token is read from standard input with --secret-stdin and kept in the keychain (or, where no keychain service runs, in a private fallback file), never in the database or on the command line.</translation>
    </message>
    <message>
        <source>wordpress, ninjs-http or folder (required)</source>
        <translation>wordpress, ninjs-http or folder (required)</translation>
    </message>
    <message>
        <source>The site&apos;s base address, or the folder to write to (required)</source>
        <translation>The site&apos;s base address, or the folder to write to (required)</translation>
    </message>
    <message>
        <source>The CMS user an application password belongs to</source>
        <translation>The CMS user an application password belongs to</translation>
    </message>
    <message>
        <source>app-password, bearer, header or none (default: by type)</source>
        <translation>app-password, bearer, header or none (default: by type)</translation>
    </message>
    <message>
        <source>The header that carries the secret, for --auth header</source>
        <translation>The header that carries the secret, for --auth header</translation>
    </message>
    <message>
        <source>Seconds to wait for the CMS, 1–600 (default 30)</source>
        <translation>Seconds to wait for the CMS, 1–600 (default 30)</translation>
    </message>
    <message>
        <source>Parallel uploads, 1–16 (default 2)</source>
        <translation>Parallel uploads, 1–16 (default 2)</translation>
    </message>
    <message>
        <source>An extra CA certificate for an in-house CMS</source>
        <translation>An extra CA certificate for an in-house CMS</translation>
    </message>
    <message>
        <source>The ninjs version to send (default 3.1)</source>
        <translation>The ninjs version to send (default 3.1)</translation>
    </message>
    <message>
        <source>Unpublishing trashes the post instead of making it a draft</source>
        <translation>Unpublishing trashes the post instead of making it a draft</translation>
    </message>
    <message>
        <source>Read the password or token from standard input</source>
        <translation>Read the password or token from standard input</translation>
    </message>
    <message>
        <source>List the publishing endpoints and whether their secret is stored (never the secret).</source>
        <translation>List the publishing endpoints and whether their secret is stored (never the secret).</translation>
    </message>
    <message>
        <source>Remove a publishing endpoint and its secret (administrators).</source>
        <translation>Remove a publishing endpoint and its secret (administrators).</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 exists but is not a folder.</translation>
    </message>
    <message>
        <source>%1 exists and is writable.</source>
        <translation>%1 exists and is writable.</translation>
    </message>
    <message>
        <source>No part of %1 exists.</source>
        <translation>No part of %1 exists.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; it will be created on the first publication.</source>
        <translation>%1 does not exist yet; it will be created on the first publication.</translation>
    </message>
    <message>
        <source>Qalam cannot write into %1: check the folder&apos;s owner and permissions.</source>
        <translation>Qalam cannot write into %1: check the folder&apos;s owner and permissions.</translation>
    </message>
    <message>
        <source>An endpoint needs --type and --url.</source>
        <translation>An endpoint needs --type and --url.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds (1 to 600).</source>
        <translation>--timeout takes a number of seconds (1 to 600).</translation>
    </message>
    <message>
        <source>--concurrency takes a number of parallel uploads (1 to 16).</source>
        <translation>--concurrency takes a number of parallel uploads (1 to 16).</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; uses no authentication: --secret-stdin has nothing to store.</source>
        <translation>The endpoint &quot;%1&quot; uses no authentication: --secret-stdin has nothing to store.</translation>
    </message>
    <message>
        <source>Secret for %1: </source>
        <translation>Secret for %1: </translation>
    </message>
    <message>
        <source>--secret-stdin read nothing: pipe the password or token into qalam-cli.</source>
        <translation>--secret-stdin read nothing: pipe the password or token into qalam-cli.</translation>
    </message>
    <message>
        <source>Its secret is in the fallback file %1 (readable only by you), because no keychain service answered%2.</source>
        <translation>Its secret is in the fallback file %1 (readable only by you), because no keychain service answered%2.</translation>
    </message>
    <message>
        <source>Its secret is in the keychain.</source>
        <translation>Its secret is in the keychain.</translation>
    </message>
    <message>
        <source>No secret was given: remove the endpoint and add it again with --secret-stdin before publishing to it.</source>
        <translation>No secret was given: remove the endpoint and add it again with --secret-stdin before publishing to it.</translation>
    </message>
    <message>
        <source>Endpoint %1 added: %2 %3.</source>
        <translation>Endpoint %1 added: %2 %3.</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unreadable: %1</translation>
    </message>
    <message>
        <source>secret: %1</source>
        <translation>secret: %1</translation>
    </message>
    <message>
        <source>The endpoint %1 was removed, but its secret could not be.</source>
        <translation>The endpoint %1 was removed, but its secret could not be.</translation>
    </message>
    <message>
        <source>Endpoint %1 removed.</source>
        <translation>Endpoint %1 removed.</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <source>The attempt could not be recorded in the publish log: %1</source>
        <translation>The attempt could not be recorded in the publish log: %1</translation>
    </message>
    <message>
        <source>Publish an approved article (chief editors). With --endpoint the job goes through the publishing outbox: photos are uploaded, the post is created or updated, and the article is marked published only once the endpoint confirmed; the remote address is printed. A folder endpoint gets &lt;slug&gt;/article.json (ninjs), article.html and the photo renditions. Exit 3: the job waits in the outbox (a scheduled time, or a long retry). Without --endpoint the article is only marked published.</source>
        <translation>Publish an approved article (chief editors). With --endpoint the job goes through the publishing outbox: photos are uploaded, the post is created or updated, and the article is marked published only once the endpoint confirmed; the remote address is printed. A folder endpoint gets &lt;slug&gt;/article.json (ninjs), article.html and the photo renditions. Exit 3: the job waits in the outbox (a scheduled time, or a long retry). Without --endpoint the article is only marked published.</translation>
    </message>
    <message>
        <source>Wait through retries and a scheduled time until the job ends</source>
        <translation>Wait through retries and a scheduled time until the job ends</translation>
    </message>
    <message>
        <source>Take a published article off the site, with the reason; with --endpoint, remove it there too (WordPress: the post becomes a draft, or goes to the trash per profile; ninjs: pubStatus withheld; folder: the package is removed).</source>
        <translation>Take a published article off the site, with the reason; with --endpoint, remove it there too (WordPress: the post becomes a draft, or goes to the trash per profile; ninjs: pubStatus withheld; folder: the package is removed).</translation>
    </message>
    <message>
        <source>Wait through retries until the job ends</source>
        <translation>Wait through retries until the job ends</translation>
    </message>
    <message>
        <source>List the publishing jobs not finished yet (with --all, every job): state, attempts, the next try and the last error.</source>
        <translation>List the publishing jobs not finished yet (with --all, every job): state, attempts, the next try and the last error.</translation>
    </message>
    <message>
        <source>Finished, failed and cancelled jobs too</source>
        <translation>Finished, failed and cancelled jobs too</translation>
    </message>
    <message>
        <source>Only this article&apos;s jobs</source>
        <translation>Only this article&apos;s jobs</translation>
    </message>
    <message>
        <source>Start a failed or cancelled job again; the steps it completed are not repeated.</source>
        <translation>Start a failed or cancelled job again; the steps it completed are not repeated.</translation>
    </message>
    <message>
        <source>Stop a job that has not finished; it can be retried later.</source>
        <translation>Stop a job that has not finished; it can be retried later.</translation>
    </message>
    <message>
        <source>Run your unfinished jobs whose time has come (after a crash, or for scheduled publications, e.g. from cron).</source>
        <translation>Run your unfinished jobs whose time has come (after a crash, or for scheduled publications, e.g. from cron).</translation>
    </message>
    <message>
        <source>Also wait for jobs scheduled later and for long retries</source>
        <translation>Also wait for jobs scheduled later and for long retries</translation>
    </message>
    <message>
        <source>Check that an endpoint can be published to: a folder exists (or can be created) and is writable; a CMS answers, accepts the credentials and lets the account upload and publish (with the CMS&apos;s own error text when not).</source>
        <translation>Check that an endpoint can be published to: a folder exists (or can be created) and is writable; a CMS answers, accepts the credentials and lets the account upload and publish (with the CMS&apos;s own error text when not).</translation>
    </message>
    <message>
        <source>Run the database&apos;s integrity check (SQLite&apos;s; on a server, that the schema is complete) and print the schema version; exit 1 when the check finds damage.</source>
        <translation>Run the database&apos;s integrity check (SQLite&apos;s; on a server, that the schema is complete) and print the schema version; exit 1 when the check finds damage.</translation>
    </message>
    <message>
        <source>Create the database or bring its schema up to date (a file, or a postgresql:// database), and print the schema version.</source>
        <translation>Create the database or bring its schema up to date (a file, or a postgresql:// database), and print the schema version.</translation>
    </message>
    <message>
        <source>Database %1 is at schema %2.</source>
        <translation>Database %1 is at schema %2.</translation>
    </message>
    <message>
        <source>No secret is stored for endpoint %1: add it again with --secret-stdin.</source>
        <translation>No secret is stored for endpoint %1: add it again with --secret-stdin.</translation>
    </message>
    <message>
        <source>Job %1 waits in the outbox: %2 Qalam or `qalam-cli outbox run` finishes it.</source>
        <translation>Job %1 waits in the outbox: %2 Qalam or `qalam-cli outbox run` finishes it.</translation>
    </message>
    <message>
        <source>Job %1 %2: %3</source>
        <translation>Job %1 %2: %3</translation>
    </message>
    <message>
        <source>it runs at %1.</source>
        <translation>it runs at %1.</translation>
    </message>
    <message>
        <source>it runs later.</source>
        <translation>it runs later.</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <source>The outbox has no unfinished job of yours.</source>
        <translation>The outbox has no unfinished job of yours.</translation>
    </message>
    <message>
        <source>attempts: %1</source>
        <translation>attempts: %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>next: %1</translation>
    </message>
    <message>
        <source>JOB is the number `outbox list` shows.</source>
        <translation>JOB is the number `outbox list` shows.</translation>
    </message>
    <message>
        <source>Job %1 cancelled; `qalam-cli outbox retry %1` starts it again.</source>
        <translation>Job %1 cancelled; `qalam-cli outbox retry %1` starts it again.</translation>
    </message>
    <message>
        <source>Copy a whole database (articles, revisions, photos and their originals, authors, accounts, the audit log, publishing) into an empty one: an SQLite file into a postgresql:// database or back. Ids are kept; every table and every photo is verified by counts and checksums before the copy is committed. Needs an administrator (--user) when the source has accounts.</source>
        <translation>Copy a whole database (articles, revisions, photos and their originals, authors, accounts, the audit log, publishing) into an empty one: an SQLite file into a postgresql:// database or back. Ids are kept; every table and every photo is verified by counts and checksums before the copy is committed. Needs an administrator (--user) when the source has accounts.</translation>
    </message>
    <message>
        <source>The database to copy: a file or a postgresql:// URL (only read)</source>
        <translation>The database to copy: a file or a postgresql:// URL (only read)</translation>
    </message>
    <message>
        <source>The empty database to copy into: a new file or an empty postgresql:// database</source>
        <translation>The empty database to copy into: a new file or an empty postgresql:// database</translation>
    </message>
    <message>
        <source>&quot;db copy&quot; needs --from and --to.</source>
        <translation>&quot;db copy&quot; needs --from and --to.</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (schema %3):</source>
        <translation>Copied %1 to %2 (schema %3):</translation>
    </message>
    <message>
        <source>  photo originals: %1 (%2 bytes)</source>
        <translation>  photo originals: %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Verified: every table&apos;s rows and every photo original match the source.</source>
        <translation>Verified: every table&apos;s rows and every photo original match the source.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Not verified.</translation>
    </message>
    <message>
        <source>Database file, or a team database as postgresql://USER@HOST:PORT/DATABASE (default: $QALAM_DB, else the database chosen in the app, else the per-user data folder)</source>
        <translation>Database file, or a team database as postgresql://USER@HOST:PORT/DATABASE (default: $QALAM_DB, else the database chosen in the app, else the per-user data folder)</translation>
    </message>
    <message>
        <source>Keep the password of a team database in the keychain (where no keychain service runs, in a private fallback file). It is read from standard input, one line, never echoed, and checked by connecting before it is kept. qalam-cli and the app then use it for this user, server and database, whatever the URL&apos;s sslmode; it comes before PGPASSWORD and ~/.pgpass.</source>
        <translation>Keep the password of a team database in the keychain (where no keychain service runs, in a private fallback file). It is read from standard input, one line, never echoed, and checked by connecting before it is kept. qalam-cli and the app then use it for this user, server and database, whatever the URL&apos;s sslmode; it comes before PGPASSWORD and ~/.pgpass.</translation>
    </message>
    <message>
        <source>Forget the stored password of a team database.</source>
        <translation>Forget the stored password of a team database.</translation>
    </message>
    <message>
        <source>The stored password could not be read (%1); PGPASSWORD or ~/.pgpass are used instead.</source>
        <translation>The stored password could not be read (%1); PGPASSWORD or ~/.pgpass are used instead.</translation>
    </message>
    <message>
        <source>&quot;db login&quot; is for a team database: give --db postgresql://USER@HOST:PORT/DATABASE (a file needs no password).</source>
        <translation>&quot;db login&quot; is for a team database: give --db postgresql://USER@HOST:PORT/DATABASE (a file needs no password).</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: &quot;db login&quot; reads it from standard input.</source>
        <translation>Leave the password out of the URL: &quot;db login&quot; reads it from standard input.</translation>
    </message>
    <message>
        <source>&quot;db login&quot; read no password: type it, or pipe it into qalam-cli.</source>
        <translation>&quot;db login&quot; read no password: type it, or pipe it into qalam-cli.</translation>
    </message>
    <message>
        <source>The password for %1 is stored in the fallback file %2 (readable only by you), because no keychain service answered%3.</source>
        <translation>The password for %1 is stored in the fallback file %2 (readable only by you), because no keychain service answered%3.</translation>
    </message>
    <message>
        <source>The password for %1 is stored in the keychain.</source>
        <translation>The password for %1 is stored in the keychain.</translation>
    </message>
    <message>
        <source>&quot;db logout&quot; is for a team database: give --db postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>&quot;db logout&quot; is for a team database: give --db postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The password for %1 is no longer stored.</source>
        <translation>The password for %1 is no longer stored.</translation>
    </message>
    <message>
        <source>Waiting for it.</source>
        <translation>Waiting for it.</translation>
    </message>
    <message>
        <source>run by: %1</source>
        <translation>run by: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::ConnectionCheck</name>
    <message>
        <source>No secret is stored for %1: type the password or token and save the endpoint first.</source>
        <translation>No secret is stored for %1: type the password or token and save the endpoint first.</translation>
    </message>
</context>
<context>
    <name>Qalam::Database</name>
    <message>
        <source>%1 is a folder, not a Qalam database.</source>
        <translation>%1 is a folder, not a Qalam database.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation>Cannot read the database file %1.</translation>
    </message>
    <message>
        <source>%1 is not a Qalam database (not an SQLite file). It was left untouched.</source>
        <translation>%1 is not a Qalam database (not an SQLite file). It was left untouched.</translation>
    </message>
    <message>
        <source>The database file %1 is not writable.</source>
        <translation>The database file %1 is not writable.</translation>
    </message>
    <message>
        <source>Cannot create the database in %1: the folder is not writable.</source>
        <translation>Cannot create the database in %1: the folder is not writable.</translation>
    </message>
    <message>
        <source>%1 is not a readable Qalam database. It was left untouched.</source>
        <translation>%1 is not a readable Qalam database. It was left untouched.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not Qalam&apos;s. It was left untouched.</source>
        <translation>%1 is an SQLite database of another program, not Qalam&apos;s. It was left untouched.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Qalam (schema %2; this version knows up to %3). It was left untouched; update Qalam to open it.</source>
        <translation>%1 was written by a newer Qalam (schema %2; this version knows up to %3). It was left untouched; update Qalam to open it.</translation>
    </message>
    <message>
        <source>%1 has schema %2 and needs migrating to %3.</source>
        <translation>%1 has schema %2 and needs migrating to %3.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Cannot open the database %1.</translation>
    </message>
    <message>
        <source>Cannot start the database upgrade.</source>
        <translation>Cannot start the database upgrade.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2.</source>
        <translation>Upgrading the database to schema %1 failed; it was left at schema %2.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation>Upgrading the database to schema %1 failed.</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>The integrity check could not run.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 would break references between its tables; it was left at schema %2.</source>
        <translation>Upgrading the database to schema %1 would break references between its tables; it was left at schema %2.</translation>
    </message>
    <message>
        <source>%1 is not a database server address (%2). Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 is not a database server address (%2). Write it as postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>not a valid URL</translation>
    </message>
    <message>
        <source>the database name contains &quot;/&quot;</source>
        <translation>the database name contains &quot;/&quot;</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not a connection option</source>
        <translation>the option &quot;%1&quot; is not a connection option</translation>
    </message>
    <message>
        <source>Qalam cannot reach %1: its PostgreSQL support is not installed (the Debian package libqt6sql6-psql).</source>
        <translation>Qalam cannot reach %1: its PostgreSQL support is not installed (the Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not Qalam&apos;s. It was left untouched; give Qalam a database of its own.</source>
        <translation>%1 holds the tables of another program, not Qalam&apos;s. It was left untouched; give Qalam a database of its own.</translation>
    </message>
    <message>
        <source>The schema version could not be read.</source>
        <translation>The schema version could not be read.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached.</source>
        <translation>The database server %1 cannot be reached.</translation>
    </message>
    <message>
        <source>The database server %1 refused the login: the password is wrong or missing, or the account may not use this database. Give the password in the Database dialog or with &quot;qalam-cli db login&quot; (kept in the keychain), or in PGPASSWORD or ~/.pgpass.</source>
        <translation>The database server %1 refused the login: the password is wrong or missing, or the account may not use this database. Give the password in the Database dialog or with &quot;qalam-cli db login&quot; (kept in the keychain), or in PGPASSWORD or ~/.pgpass.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1. Check the address, that the server runs and lets you in (the password comes from the keychain, PGPASSWORD or ~/.pgpass).</source>
        <translation>Cannot connect to the database server %1. Check the address, that the server runs and lets you in (the password comes from the keychain, PGPASSWORD or ~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>Qalam::DatabaseChooser</name>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>Work on this computer&apos;s file or on the newsroom&apos;s server</source>
        <translation>Work on this computer&apos;s file or on the newsroom&apos;s server</translation>
    </message>
    <message>
        <source>After OK, Qalam closes this window, opens the chosen database and asks you to sign in.</source>
        <translation>After OK, Qalam closes this window, opens the chosen database and asks you to sign in.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>This window stays open on the current database; Qalam opens the chosen one at its next start.</source>
        <translation>This window stays open on the current database; Qalam opens the chosen one at its next start.</translation>
    </message>
</context>
<context>
    <name>Qalam::DatabaseCopy</name>
    <message>
        <source>The column %1.%2 has the type %3, which the copy does not know; nothing was copied.</source>
        <translation>The column %1.%2 has the type %3, which the copy does not know; nothing was copied.</translation>
    </message>
    <message>
        <source>The database has a table or column named &quot;%1&quot;, which is not Qalam&apos;s; nothing was copied.</source>
        <translation>The database has a table or column named &quot;%1&quot;, which is not Qalam&apos;s; nothing was copied.</translation>
    </message>
    <message>
        <source>The tables of the database could not be read.</source>
        <translation>The tables of the database could not be read.</translation>
    </message>
    <message>
        <source>The database&apos;s id sequences could not be read.</source>
        <translation>The database&apos;s id sequences could not be read.</translation>
    </message>
    <message>
        <source>The tables %1 refer to each other in a circle; the copy cannot order them. Nothing was copied.</source>
        <translation>The tables %1 refer to each other in a circle; the copy cannot order them. Nothing was copied.</translation>
    </message>
    <message>
        <source>%1 has tables that are not part of this Qalam&apos;s schema: %2. Nothing was copied.</source>
        <translation>%1 has tables that are not part of this Qalam&apos;s schema: %2. Nothing was copied.</translation>
    </message>
    <message>
        <source>%1 lacks tables of this Qalam&apos;s schema: %2. Nothing was copied.</source>
        <translation>%1 lacks tables of this Qalam&apos;s schema: %2. Nothing was copied.</translation>
    </message>
    <message>
        <source>%1 only in %2</source>
        <translation>%1 only in %2</translation>
    </message>
    <message>
        <source>%1 is %2 in %3 and %4 in %5</source>
        <translation>%1 is %2 in %3 and %4 in %5</translation>
    </message>
    <message>
        <source>The table %1 differs between the two databases (%2). Nothing was copied.</source>
        <translation>The table %1 differs between the two databases (%2). Nothing was copied.</translation>
    </message>
    <message>
        <source>The table %1 holds &quot;%2&quot; in its whole-number column %3; nothing was copied.</source>
        <translation>The table %1 holds &quot;%2&quot; in its whole-number column %3; nothing was copied.</translation>
    </message>
    <message>
        <source>The table %1 could not be read.</source>
        <translation>The table %1 could not be read.</translation>
    </message>
    <message>
        <source>The rows of %1 could not be written.</source>
        <translation>The rows of %1 could not be written.</translation>
    </message>
    <message>
        <source>The photos could not be read.</source>
        <translation>The photos could not be read.</translation>
    </message>
    <message>
        <source>The original of photo %1 could not be read.</source>
        <translation>The original of photo %1 could not be read.</translation>
    </message>
    <message>
        <source>%1 has no original for photo %2 (%3); nothing was copied.</source>
        <translation>%1 has no original for photo %2 (%3); nothing was copied.</translation>
    </message>
    <message>
        <source>The original of photo %1 is missing: %2. Nothing was copied.</source>
        <translation>The original of photo %1 is missing: %2. Nothing was copied.</translation>
    </message>
    <message>
        <source>%1 has no original for photo %2 (%3).</source>
        <translation>%1 has no original for photo %2 (%3).</translation>
    </message>
    <message>
        <source>The original of photo %1 in %2 is damaged: its bytes do not match its SHA-256.</source>
        <translation>The original of photo %1 in %2 is damaged: its bytes do not match its SHA-256.</translation>
    </message>
    <message>
        <source>The database %1 could not be read.</source>
        <translation>The database %1 could not be read.</translation>
    </message>
    <message>
        <source>The original of photo %1 could not be written.</source>
        <translation>The original of photo %1 could not be written.</translation>
    </message>
    <message>
        <source>Cannot write the original of photo %1 into %2; nothing was copied.</source>
        <translation>Cannot write the original of photo %1 into %2; nothing was copied.</translation>
    </message>
    <message>
        <source>The id sequences of the copy could not be set.</source>
        <translation>The id sequences of the copy could not be set.</translation>
    </message>
    <message>
        <source>photo originals</source>
        <translation>photo originals</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>%1 Bring it up to date first (qalam-cli --db %2 db migrate), then copy it. Nothing was copied.</source>
        <translation>%1 Bring it up to date first (qalam-cli --db %2 db migrate), then copy it. Nothing was copied.</translation>
    </message>
    <message>
        <source>Only an administrator of %1 may copy it (the copy includes its accounts). Nothing was copied.</source>
        <translation>Only an administrator of %1 may copy it (the copy includes its accounts). Nothing was copied.</translation>
    </message>
    <message>
        <source>%1 has schema %2; this Qalam copies schema %3. Run qalam-cli --db %1 db migrate first. Nothing was copied.</source>
        <translation>%1 has schema %2; this Qalam copies schema %3. Run qalam-cli --db %1 db migrate first. Nothing was copied.</translation>
    </message>
    <message>
        <source>%1 The copy goes into an empty database, or one at this Qalam&apos;s schema with no rows. Nothing was copied.</source>
        <translation>%1 The copy goes into an empty database, or one at this Qalam&apos;s schema with no rows. Nothing was copied.</translation>
    </message>
    <message>
        <source>%1 is both the source and the target of the copy.</source>
        <translation>%1 is both the source and the target of the copy.</translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 schema %4; both must be at this Qalam&apos;s schema %5. Nothing was copied.</source>
        <translation>%1 has schema %2 and %3 schema %4; both must be at this Qalam&apos;s schema %5. Nothing was copied.</translation>
    </message>
    <message>
        <source>%1 is not empty (rows in %2). The copy goes into an empty database only; nothing was copied.</source>
        <translation>%1 is not empty (rows in %2). The copy goes into an empty database only; nothing was copied.</translation>
    </message>
    <message>
        <source>The photo counts of the copy could not be set.</source>
        <translation>The photo counts of the copy could not be set.</translation>
    </message>
    <message>
        <source>The original of photo %1 in %2 is damaged: its bytes do not match its SHA-256. Nothing was copied.</source>
        <translation>The original of photo %1 in %2 is damaged: its bytes do not match its SHA-256. Nothing was copied.</translation>
    </message>
    <message>
        <source>The search index of the copy does not match its articles.</source>
        <translation>The search index of the copy does not match its articles.</translation>
    </message>
    <message>
        <source>The copy in %1 differs from %2 in %3; it was rolled back and nothing was copied.</source>
        <translation>The copy in %1 differs from %2 in %3; it was rolled back and nothing was copied.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to copy.</source>
        <translation>%1 is empty: there is nothing to copy.</translation>
    </message>
</context>
<context>
    <name>Qalam::DatabaseDialog</name>
    <message>
        <source>disable: no encryption</source>
        <translation>disable: no encryption</translation>
    </message>
    <message>
        <source>Nothing is encrypted: the password and the drafts cross the network readable. Only for a server on this computer.</source>
        <translation>Nothing is encrypted: the password and the drafts cross the network readable. Only for a server on this computer.</translation>
    </message>
    <message>
        <source>allow: encrypted only if the server insists</source>
        <translation>allow: encrypted only if the server insists</translation>
    </message>
    <message>
        <source>Plain unless the server demands encryption, and the server is not checked. Not for a newsroom network.</source>
        <translation>Plain unless the server demands encryption, and the server is not checked. Not for a newsroom network.</translation>
    </message>
    <message>
        <source>prefer: encrypted when offered</source>
        <translation>prefer: encrypted when offered</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, but nobody checks who answers: someone in between can pose as the server. PostgreSQL&apos;s default.</source>
        <translation>Encrypted when the server offers it, but nobody checks who answers: someone in between can pose as the server. PostgreSQL&apos;s default.</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require: always encrypted</translation>
    </message>
    <message>
        <source>Always encrypted, so nobody can read along, but the server&apos;s certificate is not checked: a fake server could still collect the password.</source>
        <translation>Always encrypted, so nobody can read along, but the server&apos;s certificate is not checked: a fake server could still collect the password.</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation>verify-ca: encrypted, certificate checked</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate must be signed by your newsroom&apos;s certificate authority (the CA certificate below); its host name is not compared.</source>
        <translation>Encrypted, and the server&apos;s certificate must be signed by your newsroom&apos;s certificate authority (the CA certificate below); its host name is not compared.</translation>
    </message>
    <message>
        <source>verify-full: encrypted, server verified</source>
        <translation>verify-full: encrypted, server verified</translation>
    </message>
    <message>
        <source>Encrypted, and the certificate must be signed by your certificate authority and issued for this host name: nobody can read or divert the connection. Recommended for a newsroom.</source>
        <translation>Encrypted, and the certificate must be signed by your certificate authority and issued for this host name: nobody can read or divert the connection. Recommended for a newsroom.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Qalam databases (*.sqlite *.db);;All files (*)</source>
        <translation>Qalam databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>This computer (a file)</source>
        <translation>This computer (a file)</translation>
    </message>
    <message>
        <source>Newsroom server (PostgreSQL)</source>
        <translation>Newsroom server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>db.newsroom.kz</source>
        <translation>db.newsroom.kz</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation>newsroom</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Blank: keep the stored password</source>
        <translation>Blank: keep the stored password</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>Remember in the keychain</translation>
    </message>
    <message>
        <source>Unticked, the password is used until Qalam closes, and a stored one is forgotten; PGPASSWORD or ~/.pgpass may still provide one.</source>
        <translation>Unticked, the password is used until Qalam closes, and a stored one is forgotten; PGPASSWORD or ~/.pgpass may still provide one.</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Encryption (TLS):</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt when blank</source>
        <translation>~/.postgresql/root.crt when blank</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>The saved server address %1 cannot be read; enter it again.</source>
        <translation>The saved server address %1 cannot be read; enter it again.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choose the database file.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Enter the server&apos;s host name.</translation>
    </message>
    <message>
        <source>Enter the name of the newsroom&apos;s database.</source>
        <translation>Enter the name of the newsroom&apos;s database.</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Enter your user name on the server.</translation>
    </message>
    <message>
        <source>The host, database or user name contains characters a server address cannot hold.</source>
        <translation>The host, database or user name contains characters a server address cannot hold.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
</context>
<context>
    <name>Qalam::DeskPanel</name>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Search headlines, leads and text (every word, as a prefix)</source>
        <translation>Search headlines, leads and text (every word, as a prefix)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>All authors</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Only the articles I created</source>
        <translation>Only the articles I created</translation>
    </message>
    <message>
        <source>Awaiting me</source>
        <translation>Awaiting me</translation>
    </message>
    <message>
        <source>articles in review, and approved ones whose publication time has passed</source>
        <translation>articles in review, and approved ones whose publication time has passed</translation>
    </message>
    <message>
        <source>my articles returned to me</source>
        <translation>my articles returned to me</translation>
    </message>
    <message>
        <source>articles in review or approved that have photos</source>
        <translation>articles in review or approved that have photos</translation>
    </message>
    <message>
        <source>Articles waiting for me</source>
        <translation>Articles waiting for me</translation>
    </message>
    <message>
        <source>Waiting for me: %1</source>
        <translation>Waiting for me: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::DictionaryStore</name>
    <message>
        <source>The newsroom dictionary has no language &quot;%1&quot;; use ru, kk or en.</source>
        <translation>The newsroom dictionary has no language &quot;%1&quot;; use ru, kk or en.</translation>
    </message>
    <message>
        <source>An empty word cannot be added to the newsroom dictionary.</source>
        <translation>An empty word cannot be added to the newsroom dictionary.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more than one word. The newsroom dictionary holds single words: add each word on its own.</source>
        <translation>&quot;%1&quot; is more than one word. The newsroom dictionary holds single words: add each word on its own.</translation>
    </message>
    <message>
        <source>The newsroom dictionary could not be read; spelling is checked without the newsroom&apos;s words.</source>
        <translation>The newsroom dictionary could not be read; spelling is checked without the newsroom&apos;s words.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added to the newsroom dictionary; try again.</source>
        <translation>&quot;%1&quot; could not be added to the newsroom dictionary; try again.</translation>
    </message>
    <message>
        <source>Choose a word to remove from the newsroom dictionary.</source>
        <translation>Choose a word to remove from the newsroom dictionary.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be removed from the newsroom dictionary; try again.</source>
        <translation>&quot;%1&quot; could not be removed from the newsroom dictionary; try again.</translation>
    </message>
</context>
<context>
    <name>Qalam::DraftCreator</name>
    <message>
        <source>No headline was recognised in the imported text. Give the draft a headline; nothing was saved.</source>
        <translation>No headline was recognised in the imported text. Give the draft a headline; nothing was saved.</translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; was created (id %2), but not all of the import was kept: %3</source>
        <translation>The draft &quot;%1&quot; was created (id %2), but not all of the import was kept: %3</translation>
    </message>
    <message>
        <source>The original text could not be kept.</source>
        <translation>The original text could not be kept.</translation>
    </message>
    <message>
        <source>The original text could not be read.</source>
        <translation>The original text could not be read.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>There is no article with id %1.</translation>
    </message>
</context>
<context>
    <name>Qalam::EditRights</name>
    <message>
        <source>Read-only: photo editors change the pictures of an article (Photos dock), not its text.</source>
        <translation>Read-only: photo editors change the pictures of an article (Photos dock), not its text.</translation>
    </message>
    <message>
        <source>Read-only: your role does not include editing articles.</source>
        <translation>Read-only: your role does not include editing articles.</translation>
    </message>
    <message>
        <source>In review: withdraw it to edit.</source>
        <translation>In review: withdraw it to edit.</translation>
    </message>
    <message>
        <source>In review: the chief editor is looking at it.</source>
        <translation>In review: the chief editor is looking at it.</translation>
    </message>
    <message>
        <source>Approved: only a chief editor can change it now.</source>
        <translation>Approved: only a chief editor can change it now.</translation>
    </message>
    <message>
        <source>Published: only a chief editor can change it now.</source>
        <translation>Published: only a chief editor can change it now.</translation>
    </message>
    <message>
        <source>Read-only: this article is neither yours nor from your regions.</source>
        <translation>Read-only: this article is neither yours nor from your regions.</translation>
    </message>
    <message>
        <source>%1 · single desk</source>
        <translation>%1 · single desk</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Qalam::EndpointEditDialog</name>
    <message>
        <source>New publishing endpoint</source>
        <translation>New publishing endpoint</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpoint %1</translation>
    </message>
    <message>
        <source>e.g. site-export (letters, digits, . _ -)</source>
        <translation>e.g. site-export (letters, digits, . _ -)</translation>
    </message>
    <message>
        <source>The name files the secret; it does not change</source>
        <translation>The name files the secret; it does not change</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Pick the folder packages are written to</source>
        <translation>Pick the folder packages are written to</translation>
    </message>
    <message>
        <source>the WordPress user the application password belongs to</source>
        <translation>the WordPress user the application password belongs to</translation>
    </message>
    <message>
        <source>e.g. X-Api-Key</source>
        <translation>e.g. X-Api-Key</translation>
    </message>
    <message>
        <source>the application password, token or header value</source>
        <translation>the application password, token or header value</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>leave empty to keep the stored secret</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How many photos are uploaded at the same time</source>
        <translation>How many photos are uploaded at the same time</translation>
    </message>
    <message>
        <source>Send photo renditions (resized, captions and credits written in)</source>
        <translation>Send photo renditions (resized, captions and credits written in)</translation>
    </message>
    <message>
        <source>Pictures from readers (UGC) always lose their GPS position and device data</source>
        <translation>Pictures from readers (UGC) always lose their GPS position and device data</translation>
    </message>
    <message>
        <source>Move the post to the trash on unpublishing (else it becomes a draft)</source>
        <translation>Move the post to the trash on unpublishing (else it becomes a draft)</translation>
    </message>
    <message>
        <source>only for an in-house CMS with its own certificate authority</source>
        <translation>only for an in-house CMS with its own certificate authority</translation>
    </message>
    <message>
        <source>3.1 (current)</source>
        <translation>3.1 (current)</translation>
    </message>
    <message>
        <source>2.2 (older consumers)</source>
        <translation>2.2 (older consumers)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentication:</translation>
    </message>
    <message>
        <source>CMS login:</source>
        <translation>CMS login:</translation>
    </message>
    <message>
        <source>Header name:</source>
        <translation>Header name:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Timeout:</translation>
    </message>
    <message>
        <source>Parallel uploads:</source>
        <translation>Parallel uploads:</translation>
    </message>
    <message>
        <source>Extra CA certificate:</source>
        <translation>Extra CA certificate:</translation>
    </message>
    <message>
        <source>A PEM file; certificate verification itself always stays on</source>
        <translation>A PEM file; certificate verification itself always stays on</translation>
    </message>
    <message>
        <source>ninjs version:</source>
        <translation>ninjs version:</translation>
    </message>
    <message>
        <source>Categories: a Qalam region, rubric or tag → the CMS category id (tag:ID for a CMS tag).</source>
        <translation>Categories: a Qalam region, rubric or tag → the CMS category id (tag:ID for a CMS tag).</translation>
    </message>
    <message>
        <source>Region, rubric or tag</source>
        <translation>Region, rubric or tag</translation>
    </message>
    <message>
        <source>CMS category</source>
        <translation>CMS category</translation>
    </message>
    <message>
        <source>Authors: a Qalam author → the CMS user id, or the byline text to print.</source>
        <translation>Authors: a Qalam author → the CMS user id, or the byline text to print.</translation>
    </message>
    <message>
        <source>Qalam author</source>
        <translation>Qalam author</translation>
    </message>
    <message>
        <source>CMS user id or byline</source>
        <translation>CMS user id or byline</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Categories and authors</source>
        <translation>Categories and authors</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Check the endpoint as typed here, with the typed secret or else the stored one</source>
        <translation>Check the endpoint as typed here, with the typed secret or else the stored one</translation>
    </message>
    <message>
        <source>Add the endpoint</source>
        <translation>Add the endpoint</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>https://news.example.kz</source>
        <translation>https://news.example.kz</translation>
    </message>
    <message>
        <source>an absolute folder path</source>
        <translation>an absolute folder path</translation>
    </message>
    <message>
        <source>Connection ok: %1</source>
        <translation>Connection ok: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Looking up the stored secret…</source>
        <translation>Looking up the stored secret…</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain. Type a new one to replace it.</source>
        <translation>A secret is stored in the keychain. Type a new one to replace it.</translation>
    </message>
    <message>
        <source>A secret is stored in the fallback file %1 (readable only by you), since no keychain service answered. Type a new one to replace it.</source>
        <translation>A secret is stored in the fallback file %1 (readable only by you), since no keychain service answered. Type a new one to replace it.</translation>
    </message>
    <message>
        <source>No secret is stored yet: type it above. It goes to the keychain, never into the database.</source>
        <translation>No secret is stored yet: type it above. It goes to the keychain, never into the database.</translation>
    </message>
    <message>
        <source>The stored secret cannot be read: %1</source>
        <translation>The stored secret cannot be read: %1</translation>
    </message>
    <message>
        <source>Author #%1</source>
        <translation>Author #%1</translation>
    </message>
    <message>
        <source>Folder for published packages</source>
        <translation>Folder for published packages</translation>
    </message>
    <message>
        <source>CA certificate of the CMS</source>
        <translation>CA certificate of the CMS</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Type the %1: this endpoint cannot publish without it.</source>
        <translation>Type the %1: this endpoint cannot publish without it.</translation>
    </message>
</context>
<context>
    <name>Qalam::EndpointStore</name>
    <message>
        <source>&quot;%1&quot; cannot be an endpoint name: use 1 to 64 letters, digits, dots, underscores or hyphens, without spaces.</source>
        <translation>&quot;%1&quot; cannot be an endpoint name: use 1 to 64 letters, digits, dots, underscores or hyphens, without spaces.</translation>
    </message>
    <message>
        <source>Unknown endpoint type &quot;%1&quot;: use wordpress, ninjs-http or folder.</source>
        <translation>Unknown endpoint type &quot;%1&quot;: use wordpress, ninjs-http or folder.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use app-password, bearer, header or none.</source>
        <translation>Unknown authentication &quot;%1&quot;: use app-password, bearer, header or none.</translation>
    </message>
    <message>
        <source>A folder endpoint needs an absolute folder path, such as /srv/qalam/outbox; &quot;%1&quot; is not one.</source>
        <translation>A folder endpoint needs an absolute folder path, such as /srv/qalam/outbox; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>A folder endpoint has no authentication: use --auth none.</source>
        <translation>A folder endpoint has no authentication: use --auth none.</translation>
    </message>
    <message>
        <source>The %1 endpoint &quot;%2&quot; needs an http:// or https:// address, such as https://news.example.kz; &quot;%3&quot; is not one.</source>
        <translation>The %1 endpoint &quot;%2&quot; needs an http:// or https:// address, such as https://news.example.kz; &quot;%3&quot; is not one.</translation>
    </message>
    <message>
        <source>The address of &quot;%1&quot; carries a user name or password. Give the address without them, the CMS user with --login and the password with --secret-stdin, which keeps it in the keychain.</source>
        <translation>The address of &quot;%1&quot; carries a user name or password. Give the address without them, the CMS user with --login and the password with --secret-stdin, which keeps it in the keychain.</translation>
    </message>
    <message>
        <source>The address of &quot;%1&quot; must be the site&apos;s base address, without ? or #.</source>
        <translation>The address of &quot;%1&quot; must be the site&apos;s base address, without ? or #.</translation>
    </message>
    <message>
        <source>An application password belongs to a CMS user: give it with --login.</source>
        <translation>An application password belongs to a CMS user: give it with --login.</translation>
    </message>
    <message>
        <source>Authentication by header needs the header&apos;s name, such as X-Api-Key (--header).</source>
        <translation>Authentication by header needs the header&apos;s name, such as X-Api-Key (--header).</translation>
    </message>
    <message>
        <source>The timeout is %1 seconds; use 1 to 600.</source>
        <translation>The timeout is %1 seconds; use 1 to 600.</translation>
    </message>
    <message>
        <source>The number of parallel uploads is %1; use 1 to 16.</source>
        <translation>The number of parallel uploads is %1; use 1 to 16.</translation>
    </message>
    <message>
        <source>ninjs version &quot;%1&quot; is not supported: use 3.1 or 2.2.</source>
        <translation>ninjs version &quot;%1&quot; is not supported: use 3.1 or 2.2.</translation>
    </message>
    <message>
        <source>The CA certificate file must be given as an absolute path; &quot;%1&quot; is not one.</source>
        <translation>The CA certificate file must be given as an absolute path; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>The publishing endpoints could not be read.</source>
        <translation>The publishing endpoints could not be read.</translation>
    </message>
    <message>
        <source>There is no publishing endpoint named &quot;%1&quot; (see &quot;qalam-cli endpoint list&quot;).</source>
        <translation>There is no publishing endpoint named &quot;%1&quot; (see &quot;qalam-cli endpoint list&quot;).</translation>
    </message>
    <message>
        <source>There is already an endpoint named &quot;%1&quot;; choose another name or change that one.</source>
        <translation>There is already an endpoint named &quot;%1&quot;; choose another name or change that one.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; could not be added.</source>
        <translation>The endpoint &quot;%1&quot; could not be added.</translation>
    </message>
    <message>
        <source>An endpoint&apos;s name cannot be changed (&quot;%1&quot; stays &quot;%1&quot;): its secret is filed under it. Add a new endpoint instead.</source>
        <translation>An endpoint&apos;s name cannot be changed (&quot;%1&quot; stays &quot;%1&quot;): its secret is filed under it. Add a new endpoint instead.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; could not be changed.</source>
        <translation>The endpoint &quot;%1&quot; could not be changed.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; could not be removed.</source>
        <translation>The endpoint &quot;%1&quot; could not be removed.</translation>
    </message>
</context>
<context>
    <name>Qalam::EndpointTester</name>
    <message>
        <source>%1 exists and is writable.</source>
        <translation>%1 exists and is writable.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; it will be created on the first publication.</source>
        <translation>%1 does not exist yet; it will be created on the first publication.</translation>
    </message>
    <message>
        <source>Qalam cannot write into %1: check the folder&apos;s owner and permissions.</source>
        <translation>Qalam cannot write into %1: check the folder&apos;s owner and permissions.</translation>
    </message>
    <message>
        <source>The ninjs endpoint at %1 answers and accepts the credentials.</source>
        <translation>The ninjs endpoint at %1 answers and accepts the credentials.</translation>
    </message>
    <message>
        <source>The ninjs endpoint at %1 refused: %2</source>
        <translation>The ninjs endpoint at %1 refused: %2</translation>
    </message>
    <message>
        <source>WordPress did not accept the login %1 with this application password (it treats a wrong one as no login at all): %2</source>
        <translation>WordPress did not accept the login %1 with this application password (it treats a wrong one as no login at all): %2</translation>
    </message>
    <message>
        <source>WordPress at %1 could not be reached: %2</source>
        <translation>WordPress at %1 could not be reached: %2</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Signed in to WordPress as %1, but the account may not: %2. Give it the Editor or Author role.</source>
        <translation>Signed in to WordPress as %1, but the account may not: %2. Give it the Editor or Author role.</translation>
    </message>
    <message>
        <source>Signed in to WordPress as %1: may upload files and publish posts.</source>
        <translation>Signed in to WordPress as %1: may upload files and publish posts.</translation>
    </message>
</context>
<context>
    <name>Qalam::EndpointsDialog</name>
    <message>
        <source>not needed</source>
        <translation>not needed</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>none stored</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>stored in the keychain</translation>
    </message>
    <message>
        <source>stored in the fallback file</source>
        <translation>stored in the fallback file</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unreadable: %1</translation>
    </message>
    <message>
        <source>Publishing endpoints</source>
        <translation>Publishing endpoints</translation>
    </message>
    <message>
        <source>Where approved articles are published. Passwords and tokens are kept in the keychain, never in the newsroom&apos;s database.</source>
        <translation>Where approved articles are published. Passwords and tokens are kept in the keychain, never in the newsroom&apos;s database.</translation>
    </message>
    <message>
        <source>Where approved articles are published. Only an administrator changes endpoints; you can test them.</source>
        <translation>Where approved articles are published. Only an administrator changes endpoints; you can test them.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation>Address or folder</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>View…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the endpoint and its stored secret</source>
        <translation>Remove the endpoint and its stored secret</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Check that the endpoint answers, accepts the credentials and allows publishing</source>
        <translation>Check that the endpoint answers, accepts the credentials and allows publishing</translation>
    </message>
    <message>
        <source>Only an administrator adds, changes or removes endpoints</source>
        <translation>Only an administrator adds, changes or removes endpoints</translation>
    </message>
    <message>
        <source>Connection ok: %1</source>
        <translation>Connection ok: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No endpoint yet: Add… sets up a folder, a WordPress site or a CMS that takes ninjs.</source>
        <translation>No endpoint yet: Add… sets up a folder, a WordPress site or a CMS that takes ninjs.</translation>
    </message>
    <message>
        <source>No endpoint yet: an administrator sets them up.</source>
        <translation>No endpoint yet: an administrator sets them up.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Remove endpoint</translation>
    </message>
    <message>
        <source>Remove the endpoint %1 and its stored secret? What was published there stays on the site.</source>
        <translation>Remove the endpoint %1 and its stored secret? What was published there stays on the site.</translation>
    </message>
    <message>
        <source>The endpoint %1 was removed, but its secret could not be: %2</source>
        <translation>The endpoint %1 was removed, but its secret could not be: %2</translation>
    </message>
</context>
<context>
    <name>Qalam::FirstAdministratorDialog</name>
    <message>
        <source>Newsroom accounts</source>
        <translation>Newsroom accounts</translation>
    </message>
    <message>
        <source>This newsroom has no accounts yet, so Qalam works as a single desk: everything is allowed and recorded under the computer&apos;s account name (%1).

Create the administrator&apos;s account to start using accounts and roles. From then on everyone signs in, and Qalam asks you to sign in right after this step.</source>
        <translation>This newsroom has no accounts yet, so Qalam works as a single desk: everything is allowed and recorded under the computer&apos;s account name (%1).

Create the administrator&apos;s account to start using accounts and roles. From then on everyone signs in, and Qalam asks you to sign in right after this step.</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>letters, digits, . _ -</translation>
    </message>
    <message>
        <source>e.g. Омаров Серик</source>
        <translation>e.g. Омаров Серик</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>Also a chief editor (approves and publishes articles)</source>
        <translation>Also a chief editor (approves and publishes articles)</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>Qalam::FolderPublisher</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>The package could not be moved to %1.</source>
        <translation>The package could not be moved to %1.</translation>
    </message>
    <message>
        <source>The earlier package at %1 could not be replaced.</source>
        <translation>The earlier package at %1 could not be replaced.</translation>
    </message>
    <message>
        <source>No folder is set for publishing. Choose one in the endpoint settings.</source>
        <translation>No folder is set for publishing. Choose one in the endpoint settings.</translation>
    </message>
    <message>
        <source>The article has no usable web address name (slug).</source>
        <translation>The article has no usable web address name (slug).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Nothing was published; choose a folder for the packages.</source>
        <translation>%1 is a file, not a folder. Nothing was published; choose a folder for the packages.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Nothing was published; choose a folder you may write to.</source>
        <translation>The folder %1 cannot be created. Nothing was published; choose a folder you may write to.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Nothing was published there; choose a folder you may write to, or ask for write access.</source>
        <translation>The folder %1 cannot be written to. Nothing was published there; choose a folder you may write to, or ask for write access.</translation>
    </message>
    <message>
        <source>The article could not be published to %1: %2 The earlier package, if any, was kept.</source>
        <translation>The article could not be published to %1: %2 The earlier package, if any, was kept.</translation>
    </message>
    <message>
        <source>There is no package to take down: no folder or slug.</source>
        <translation>There is no package to take down: no folder or slug.</translation>
    </message>
    <message>
        <source>The package %1 could not be removed. It is still published; check that the folder may be written to.</source>
        <translation>The package %1 could not be removed. It is still published; check that the folder may be written to.</translation>
    </message>
</context>
<context>
    <name>Qalam::ImportDialog</name>
    <message>
        <source>Use this paragraph as the headline</source>
        <translation>Use this paragraph as the headline</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop recognising; nothing is created</source>
        <translation>Stop recognising; nothing is created</translation>
    </message>
    <message>
        <source>What the import noticed</source>
        <translation>What the import noticed</translation>
    </message>
    <message>
        <source>No headline was recognised. Write the headline: the draft is not created without one.</source>
        <translation>No headline was recognised. Write the headline: the draft is not created without one.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Attribution as written</source>
        <translation>Attribution as written</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The headline, as it will stand over the article</source>
        <translation>The headline, as it will stand over the article</translation>
    </message>
    <message>
        <source>e.g. Акорда</source>
        <translation>e.g. Акорда</translation>
    </message>
    <message>
        <source>e.g. передает Акорда</source>
        <translation>e.g. передает Акорда</translation>
    </message>
    <message>
        <source>e.g. АСТАНА. 12 марта. КАЗИНФОРМ</source>
        <translation>e.g. АСТАНА. 12 марта. КАЗИНФОРМ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Add author</source>
        <translation>Add author</translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation>Remove author</translation>
    </message>
    <message>
        <source>Body: one paragraph per block, a blank line between blocks</source>
        <translation>Body: one paragraph per block, a blank line between blocks</translation>
    </message>
    <message>
        <source>Restore into body</source>
        <translation>Restore into body</translation>
    </message>
    <message>
        <source>Puts the line back into the body where it stood in the original</source>
        <translation>Puts the line back into the body where it stood in the original</translation>
    </message>
    <message>
        <source>Use as headline</source>
        <translation>Use as headline</translation>
    </message>
    <message>
        <source>The line becomes the headline (the current one goes back to the list)</source>
        <translation>The line becomes the headline (the current one goes back to the list)</translation>
    </message>
    <message>
        <source>Right-click a paragraph to make it the headline</source>
        <translation>Right-click a paragraph to make it the headline</translation>
    </message>
    <message>
        <source>Lines the import took for site chrome: menus, counters, prompts</source>
        <translation>Lines the import took for site chrome: menus, counters, prompts</translation>
    </message>
    <message>
        <source>Pictures the source mentions. Each becomes a slot in the Photos dock that waits for its file; fill in what is missing now or later.</source>
        <translation>Pictures the source mentions. Each becomes a slot in the Photos dock that waits for its file; fill in what is missing now or later.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <source>Credit source</source>
        <translation>Credit source</translation>
    </message>
    <message>
        <source>Credit type</source>
        <translation>Credit type</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>As found</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Remove slot</source>
        <translation>Remove slot</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Create draft</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Reading and recognising %1 (%2)…</source>
        <translation>Reading and recognising %1 (%2)…</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <source>There is no text to import.</source>
        <translation>There is no text to import.</translation>
    </message>
    <message>
        <source>Recognising %1 (%2)…</source>
        <translation>Recognising %1 (%2)…</translation>
    </message>
    <message>
        <source>Clipboard (HTML)</source>
        <translation>Clipboard (HTML)</translation>
    </message>
    <message>
        <source>Clipboard (text)</source>
        <translation>Clipboard (text)</translation>
    </message>
    <message>
        <source>Stopped. The fields show the previous recognition.</source>
        <translation>Stopped. The fields show the previous recognition.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was recognised and nothing is created.</source>
        <translation>Stopped. Nothing was recognised and nothing is created.</translation>
    </message>
    <message>
        <source>no speaker found</source>
        <translation>no speaker found</translation>
    </message>
    <message>
        <source>«%1» — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message>
        <source>No quotations found.</source>
        <translation>No quotations found.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>press service</source>
        <translation>press service</translation>
    </message>
    <message>
        <source>UGC (reader&apos;s picture)</source>
        <translation>UGC (reader&apos;s picture)</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>handout</translation>
    </message>
    <message>
        <source>under the headline</source>
        <translation>under the headline</translation>
    </message>
    <message>
        <source>after ¶ %1</source>
        <translation>after ¶ %1</translation>
    </message>
    <message>
        <source>No caption: every published photo needs one</source>
        <translation>No caption: every published photo needs one</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Creating the draft…</source>
        <translation>Creating the draft…</translation>
    </message>
    <message>
        <source>Write the headline first</source>
        <translation>Write the headline first</translation>
    </message>
    <message numerus="yes">
        <source>Left out as site chrome: %n line(s)</source>
        <translation>
            <numerusform>Left out as site chrome: %n line</numerusform>
            <numerusform>Left out as site chrome: %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>The text as it was read (the first %1 of %2 characters are shown). It stays with the draft for reference and is never published.</source>
        <translation>The text as it was read (the first %1 of %2 characters are shown). It stays with the draft for reference and is never published.</translation>
    </message>
    <message>
        <source>The text as it was read. It stays with the draft for reference and is never published.</source>
        <translation>The text as it was read. It stays with the draft for reference and is never published.</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Quotes (%1)</translation>
    </message>
</context>
<context>
    <name>Qalam::Importer</name>
    <message>
        <source>No headline was recognised. Write the headline or pick the line that is one; nothing was guessed.</source>
        <translation>No headline was recognised. Write the headline or pick the line that is one; nothing was guessed.</translation>
    </message>
    <message>
        <source>No story text was recognised: everything read looks like site chrome. Check the left-out lines.</source>
        <translation>No story text was recognised: everything read looks like site chrome. Check the left-out lines.</translation>
    </message>
    <message>
        <source>No author was recognised: choose the byline.</source>
        <translation>No author was recognised: choose the byline.</translation>
    </message>
    <message>
        <source>No source attribution was recognised.</source>
        <translation>No source attribution was recognised.</translation>
    </message>
    <message>
        <source>The lead photo has no caption: write one.</source>
        <translation>The lead photo has no caption: write one.</translation>
    </message>
    <message>
        <source>Photo %1 has no caption: write one.</source>
        <translation>Photo %1 has no caption: write one.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; import takes files of up to %3 MB. Save only the article (its page or its text) and import that. Nothing was imported.</source>
        <translation>%1 is %2 MB; import takes files of up to %3 MB. Save only the article (its page or its text) and import that. Nothing was imported.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; import takes files of up to that size. Nothing was imported.</source>
        <translation>%1 is larger than %2 MB; import takes files of up to that size. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to import.</source>
        <translation>%1 is empty: there is no text to import.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like a picture, an archive or a program). Import takes plain text or an HTML page. Nothing was imported.</source>
        <translation>%1 is not a text file (it looks like a picture, an archive or a program). Import takes plain text or an HTML page. Nothing was imported.</translation>
    </message>
    <message>
        <source>The text of %1 could not be read: it is neither UTF-8, UTF-16, Windows-1251 nor KOI8-R. Save it as UTF-8 and import it again. Nothing was imported.</source>
        <translation>The text of %1 could not be read: it is neither UTF-8, UTF-16, Windows-1251 nor KOI8-R. Save it as UTF-8 and import it again. Nothing was imported.</translation>
    </message>
    <message>
        <source>Unknown import format &quot;%1&quot;: use text or html.</source>
        <translation>Unknown import format &quot;%1&quot;: use text or html.</translation>
    </message>
</context>
<context>
    <name>Qalam::LocalCopies</name>
    <message>
        <source>Cannot keep the unsaved text in %1.</source>
        <translation>Cannot keep the unsaved text in %1.</translation>
    </message>
</context>
<context>
    <name>Qalam::MainWindow</name>
    <message>
        <source>«%1» is now in the newsroom dictionary.</source>
        <translation>«%1» is now in the newsroom dictionary.</translation>
    </message>
    <message>
        <source>Cleaning the pasted text…</source>
        <translation>Cleaning the pasted text…</translation>
    </message>
    <message>
        <source>About Qalam</source>
        <translation>About Qalam</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;A newsroom editor for regional editors, photo editors and chief editors.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;A newsroom editor for regional editors, photo editors and chief editors.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>it was changed elsewhere in the meantime</source>
        <translation>it was changed elsewhere in the meantime</translation>
    </message>
    <message>
        <source>The open article has changes that could not be saved (%1). Nothing was discarded; resolve that before opening another article.</source>
        <translation>The open article has changes that could not be saved (%1). Nothing was discarded; resolve that before opening another article.</translation>
    </message>
    <message>
        <source>Revision restored; the previous text is kept as a revision.</source>
        <translation>Revision restored; the previous text is kept as a revision.</translation>
    </message>
    <message>
        <source>Reloaded the stored version; your text is on the clipboard.</source>
        <translation>Reloaded the stored version; your text is on the clipboard.</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n quotation</numerusform>
            <numerusform>%n quotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unattributed</source>
        <translation>
            <numerusform>%n unattributed</numerusform>
            <numerusform>%n unattributed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters with spaces · %2 without</source>
        <translation>%1 characters with spaces · %2 without</translation>
    </message>
    <message numerus="yes">
        <source>%n min reading</source>
        <translation>
            <numerusform>%n min reading</numerusform>
            <numerusform>%n min reading</numerusform>
        </translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>No article open</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Version conflict: not saved</source>
        <translation>Version conflict: not saved</translation>
    </message>
    <message>
        <source>Qalam</source>
        <translation>Qalam</translation>
    </message>
    <message>
        <source>%1 — Qalam</source>
        <translation>%1 — Qalam</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The article could not be saved: %1

Close anyway? Your text will be copied to the clipboard.</source>
        <translation>The article could not be saved: %1

Close anyway? Your text will be copied to the clipboard.</translation>
    </message>
    <message>
        <source>%1 · regions: %2</source>
        <translation>%1 · regions: %2</translation>
    </message>
    <message>
        <source>Returned by %1 (%2): %3</source>
        <translation>Returned by %1 (%2): %3</translation>
    </message>
    <message>
        <source>The article is yours to edit now.</source>
        <translation>The article is yours to edit now.</translation>
    </message>
    <message>
        <source>Someone else took this article over. What you see stays here; copy anything you typed since the last save.</source>
        <translation>Someone else took this article over. What you see stays here; copy anything you typed since the last save.</translation>
    </message>
    <message>
        <source>Return to the writer</source>
        <translation>Return to the writer</translation>
    </message>
    <message>
        <source>Unpublish the article</source>
        <translation>Unpublish the article</translation>
    </message>
    <message>
        <source>What should the writer change? The comment goes to the writer and into the article&apos;s log.</source>
        <translation>What should the writer change? The comment goes to the writer and into the article&apos;s log.</translation>
    </message>
    <message>
        <source>Why is the article taken off the site? The reason is recorded in the article&apos;s log.</source>
        <translation>Why is the article taken off the site? The reason is recorded in the article&apos;s log.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Unpublish</translation>
    </message>
    <message>
        <source>Save the article first: %1</source>
        <translation>Save the article first: %1</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>Submitted for review.</translation>
    </message>
    <message>
        <source>Withdrawn from review: you can edit it again.</source>
        <translation>Withdrawn from review: you can edit it again.</translation>
    </message>
    <message>
        <source>Approved for publication at %1.</source>
        <translation>Approved for publication at %1.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <source>Returned to the writer with your comment.</source>
        <translation>Returned to the writer with your comment.</translation>
    </message>
    <message>
        <source>Unpublished.</source>
        <translation>Unpublished.</translation>
    </message>
    <message>
        <source>Draft created from the import: %1</source>
        <translation>Draft created from the import: %1</translation>
    </message>
    <message>
        <source>Import agency copy or a web page</source>
        <translation>Import agency copy or a web page</translation>
    </message>
    <message>
        <source>Text and web pages (*.txt *.html *.htm);;All files (*)</source>
        <translation>Text and web pages (*.txt *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <source>This article was saved elsewhere (version %1) while you were editing. Your changes are not saved yet: compare and merge, or reload theirs.</source>
        <translation>This article was saved elsewhere (version %1) while you were editing. Your changes are not saved yet: compare and merge, or reload theirs.</translation>
    </message>
    <message>
        <source>The article was changed elsewhere; this is the stored version %1.</source>
        <translation>The article was changed elsewhere; this is the stored version %1.</translation>
    </message>
    <message>
        <source>Your version is saved on top of theirs; theirs is kept in the revisions.</source>
        <translation>Your version is saved on top of theirs; theirs is kept in the revisions.</translation>
    </message>
    <message>
        <source>Their version is shown; yours is on the clipboard.</source>
        <translation>Their version is shown; yours is on the clipboard.</translation>
    </message>
    <message>
        <source>Their version is shown; Edit → Undo brings yours back.</source>
        <translation>Their version is shown; Edit → Undo brings yours back.</translation>
    </message>
    <message>
        <source>Their version is shown.</source>
        <translation>Their version is shown.</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>The server answers again.</translation>
    </message>
    <message>
        <source>the server cannot be reached; your text is kept on this computer and is saved when you open the article again</source>
        <translation>the server cannot be reached; your text is kept on this computer and is saved when you open the article again</translation>
    </message>
    <message>
        <source>What you typed while the server could not be reached (%1) is kept on this computer; it comes back when you can edit this article again.</source>
        <translation>What you typed while the server could not be reached (%1) is kept on this computer; it comes back when you can edit this article again.</translation>
    </message>
    <message>
        <source>Restored what you typed while the server could not be reached (kept on this computer at %1). It is being saved.</source>
        <translation>Restored what you typed while the server could not be reached (kept on this computer at %1). It is being saved.</translation>
    </message>
    <message>
        <source>Not saved yet: kept on this computer</source>
        <translation>Not saved yet: kept on this computer</translation>
    </message>
</context>
<context>
    <name>Qalam::MergeDialog</name>
    <message>
        <source>Compare and merge</source>
        <translation>Compare and merge</translation>
    </message>
    <message>
        <source>This article was saved elsewhere at %1 (version %2) while you were editing version %3. Struck-through words are only in their version, underlined words only in yours. Choose which to keep; nothing is overwritten until you do.</source>
        <translation>This article was saved elsewhere at %1 (version %2) while you were editing version %3. Struck-through words are only in their version, underlined words only in yours. Choose which to keep; nothing is overwritten until you do.</translation>
    </message>
    <message>
        <source>The texts are the same.</source>
        <translation>The texts are the same.</translation>
    </message>
    <message>
        <source>The texts are the same; the details (region, rubric, tags, source or language) differ.</source>
        <translation>The texts are the same; the details (region, rubric, tags, source or language) differ.</translation>
    </message>
    <message>
        <source>Word changes</source>
        <translation>Word changes</translation>
    </message>
    <message numerus="yes">
        <source>Word changes (%n field(s))</source>
        <translation>
            <numerusform>Word changes (%n field)</numerusform>
            <numerusform>Word changes (%n fields)</numerusform>
        </translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Their version</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>Show their version; Edit → Undo brings yours back</source>
        <translation>Show their version; Edit → Undo brings yours back</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Save your version on top of theirs; theirs stays in the revisions</source>
        <translation>Save your version on top of theirs; theirs stays in the revisions</translation>
    </message>
    <message>
        <source>Copy mine to clipboard and reload</source>
        <translation>Copy mine to clipboard and reload</translation>
    </message>
    <message>
        <source>Put your text on the clipboard, then show their version</source>
        <translation>Put your text on the clipboard, then show their version</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>Keep their version</translation>
    </message>
</context>
<context>
    <name>Qalam::NotificationsDock</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Mark all read</translation>
    </message>
    <message numerus="yes">
        <source>Notifications (%n unread)</source>
        <translation>
            <numerusform>Notifications (%n unread)</numerusform>
            <numerusform>Notifications (%n unread)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: nothing unread</source>
        <translation>Notifications: nothing unread</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>No notifications.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Publication overdue</source>
        <translation>Publication overdue</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>Open the article</translation>
    </message>
    <message>
        <source>Unread: open the article and mark it read</source>
        <translation>Unread: open the article and mark it read</translation>
    </message>
    <message>
        <source>Qalam</source>
        <translation>Qalam</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::OriginalDialog</name>
    <message>
        <source>Original text</source>
        <translation>Original text</translation>
    </message>
    <message>
        <source>Reading the original…</source>
        <translation>Reading the original…</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copy all</translation>
    </message>
    <message>
        <source>This article was not imported: there is no original text to show.</source>
        <translation>This article was not imported: there is no original text to show.</translation>
    </message>
    <message>
        <source>Imported from an HTML page on %1 by %2. The original stays with the article for reference and is never published.</source>
        <translation>Imported from an HTML page on %1 by %2. The original stays with the article for reference and is never published.</translation>
    </message>
    <message>
        <source>Imported from text on %1 by %2. The original stays with the article for reference and is never published.</source>
        <translation>Imported from text on %1 by %2. The original stays with the article for reference and is never published.</translation>
    </message>
    <message>
        <source>The first %1 of %2 characters are shown; Copy all copies everything.</source>
        <translation>The first %1 of %2 characters are shown; Copy all copies everything.</translation>
    </message>
</context>
<context>
    <name>Qalam::Outbox</name>
    <message>
        <source>A job publishes or unpublishes, not &quot;%1&quot;.</source>
        <translation>A job publishes or unpublishes, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the reason: unpublishing an article needs one. Nothing was changed.</source>
        <translation>Give the reason: unpublishing an article needs one. Nothing was changed.</translation>
    </message>
    <message>
        <source>This article is %1: only an approved article can be published. Nothing was sent.</source>
        <translation>This article is %1: only an approved article can be published. Nothing was sent.</translation>
    </message>
    <message>
        <source>This article is %1: only a published article can be unpublished. Nothing was removed.</source>
        <translation>This article is %1: only a published article can be unpublished. Nothing was removed.</translation>
    </message>
    <message>
        <source>The publishing outbox could not be read.</source>
        <translation>The publishing outbox could not be read.</translation>
    </message>
    <message>
        <source>Job %1 (%2) for this article at %3 is not finished yet: wait for it or cancel it first.</source>
        <translation>Job %1 (%2) for this article at %3 is not finished yet: wait for it or cancel it first.</translation>
    </message>
    <message>
        <source>The job could not be put into the publishing outbox.</source>
        <translation>The job could not be put into the publishing outbox.</translation>
    </message>
    <message>
        <source>There is no publishing job %1.</source>
        <translation>There is no publishing job %1.</translation>
    </message>
    <message>
        <source>Job %1 is %2: only a failed or cancelled job can be retried.</source>
        <translation>Job %1 is %2: only a failed or cancelled job can be retried.</translation>
    </message>
    <message>
        <source>Job %1 is %2 already: there is nothing to cancel.</source>
        <translation>Job %1 is %2 already: there is nothing to cancel.</translation>
    </message>
    <message>
        <source>Another job for this article at %1 is not finished yet.</source>
        <translation>Another job for this article at %1 is not finished yet.</translation>
    </message>
    <message>
        <source>Cancelled by %1.</source>
        <translation>Cancelled by %1.</translation>
    </message>
    <message>
        <source>The publishing outbox could not be updated.</source>
        <translation>The publishing outbox could not be updated.</translation>
    </message>
    <message>
        <source>A completed publishing step could not be recorded.</source>
        <translation>A completed publishing step could not be recorded.</translation>
    </message>
    <message>
        <source>Where the article was published could not be recorded.</source>
        <translation>Where the article was published could not be recorded.</translation>
    </message>
    <message>
        <source>Job %1 is no longer run from here: it was cancelled, finished or taken over.</source>
        <translation>Job %1 is no longer run from here: it was cancelled, finished or taken over.</translation>
    </message>
    <message>
        <source>The publishing job could not be claimed.</source>
        <translation>The publishing job could not be claimed.</translation>
    </message>
    <message>
        <source>Taken over from %1: its program (process %2) has ended.</source>
        <translation>Taken over from %1: its program (process %2) has ended.</translation>
    </message>
    <message>
        <source>Taken over from %1 (no sign of life since %2).</source>
        <translation>Taken over from %1 (no sign of life since %2).</translation>
    </message>
    <message>
        <source>The claim on a publishing job could not be renewed.</source>
        <translation>The claim on a publishing job could not be renewed.</translation>
    </message>
    <message>
        <source>The claim on a publishing job could not be released.</source>
        <translation>The claim on a publishing job could not be released.</translation>
    </message>
</context>
<context>
    <name>Qalam::PasswordResetDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>Set the password</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>Qalam::PeopleMenu</name>
    <message>
        <source>&amp;Newsroom</source>
        <translation>&amp;Newsroom</translation>
    </message>
    <message>
        <source>&amp;Authors…</source>
        <translation>&amp;Authors…</translation>
    </message>
    <message>
        <source>Every author with their article counts; profiles</source>
        <translation>Every author with their article counts; profiles</translation>
    </message>
    <message>
        <source>Newsroom &amp;accounts…</source>
        <translation>Newsroom &amp;accounts…</translation>
    </message>
    <message>
        <source>Create the administrator&apos;s account; then everyone signs in</source>
        <translation>Create the administrator&apos;s account; then everyone signs in</translation>
    </message>
    <message>
        <source>Users, roles, regions and passwords</source>
        <translation>Users, roles, regions and passwords</translation>
    </message>
    <message>
        <source>Only an administrator manages the newsroom&apos;s accounts</source>
        <translation>Only an administrator manages the newsroom&apos;s accounts</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>Sign &amp;out (%1)</source>
        <translation>Sign &amp;out (%1)</translation>
    </message>
    <message>
        <source>Store everything, close the window and sign in as someone else</source>
        <translation>Store everything, close the window and sign in as someone else</translation>
    </message>
</context>
<context>
    <name>Qalam::Permissions</name>
    <message>
        <source>Reading the newsroom&apos;s articles</source>
        <translation>Reading the newsroom&apos;s articles</translation>
    </message>
    <message>
        <source>an active account</source>
        <translation>an active account</translation>
    </message>
    <message>
        <source>Creating an article</source>
        <translation>Creating an article</translation>
    </message>
    <message>
        <source>the regional editor or chief editor role</source>
        <translation>the regional editor or chief editor role</translation>
    </message>
    <message>
        <source>Editing the text</source>
        <translation>Editing the text</translation>
    </message>
    <message>
        <source>the regional editor role for one&apos;s own or own-region articles while they are drafts, returned, withdrawn or updated, or the chief editor role</source>
        <translation>the regional editor role for one&apos;s own or own-region articles while they are drafts, returned, withdrawn or updated, or the chief editor role</translation>
    </message>
    <message>
        <source>Changing the byline</source>
        <translation>Changing the byline</translation>
    </message>
    <message>
        <source>Submitting for review</source>
        <translation>Submitting for review</translation>
    </message>
    <message>
        <source>the regional editor role for one&apos;s own or own-region articles, or the chief editor role</source>
        <translation>the regional editor role for one&apos;s own or own-region articles, or the chief editor role</translation>
    </message>
    <message>
        <source>Withdrawing a submission</source>
        <translation>Withdrawing a submission</translation>
    </message>
    <message>
        <source>being the one who submitted it, or the chief editor role</source>
        <translation>being the one who submitted it, or the chief editor role</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>Approving</translation>
    </message>
    <message>
        <source>the chief editor role</source>
        <translation>the chief editor role</translation>
    </message>
    <message>
        <source>Returning to the writer</source>
        <translation>Returning to the writer</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source>Unpublishing</source>
        <translation>Unpublishing</translation>
    </message>
    <message>
        <source>Adding a photo</source>
        <translation>Adding a photo</translation>
    </message>
    <message>
        <source>the photo editor role (before publication), the regional editor role for articles one may edit, or the chief editor role</source>
        <translation>the photo editor role (before publication), the regional editor role for articles one may edit, or the chief editor role</translation>
    </message>
    <message>
        <source>Changing photos and credits</source>
        <translation>Changing photos and credits</translation>
    </message>
    <message>
        <source>Commenting</source>
        <translation>Commenting</translation>
    </message>
    <message>
        <source>an editorial role</source>
        <translation>an editorial role</translation>
    </message>
    <message>
        <source>Taking over someone else&apos;s article</source>
        <translation>Taking over someone else&apos;s article</translation>
    </message>
    <message>
        <source>Managing users</source>
        <translation>Managing users</translation>
    </message>
    <message>
        <source>the administrator role</source>
        <translation>the administrator role</translation>
    </message>
    <message>
        <source>Changing newsroom settings</source>
        <translation>Changing newsroom settings</translation>
    </message>
    <message>
        <source>Changing publishing endpoints</source>
        <translation>Changing publishing endpoints</translation>
    </message>
    <message>
        <source>Editing an author profile</source>
        <translation>Editing an author profile</translation>
    </message>
    <message>
        <source>the chief editor or administrator role, or being that author</source>
        <translation>the chief editor or administrator role, or being that author</translation>
    </message>
    <message>
        <source>Permission denied: %1 needs %2; %3 does not have it. Nothing was changed.</source>
        <translation>Permission denied: %1 needs %2; %3 does not have it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The newsroom&apos;s accounts could not be read.</source>
        <translation>The newsroom&apos;s accounts could not be read.</translation>
    </message>
    <message>
        <source>This newsroom has user accounts: sign in first (in qalam-cli, --user LOGIN). Nothing was changed.</source>
        <translation>This newsroom has user accounts: sign in first (in qalam-cli, --user LOGIN). Nothing was changed.</translation>
    </message>
    <message>
        <source>The account %1 does not exist or is no longer active. Nothing was changed.</source>
        <translation>The account %1 does not exist or is no longer active. Nothing was changed.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>The article could not be read.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>There is no article with id %1.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoFile</name>
    <message>
        <source>Cannot read the picture %1. Check that the file exists and that you may open it.</source>
        <translation>Cannot read the picture %1. Check that the file exists and that you may open it.</translation>
    </message>
    <message>
        <source>%1 is empty. Choose the picture again from its original source.</source>
        <translation>%1 is empty. Choose the picture again from its original source.</translation>
    </message>
    <message>
        <source>%1 is not an image Qalam can read. Use a JPEG, PNG, GIF or WebP file.</source>
        <translation>%1 is not an image Qalam can read. Use a JPEG, PNG, GIF or WebP file.</translation>
    </message>
    <message>
        <source>%1 is damaged: the picture cannot be decoded completely. Ask the sender for the file again.</source>
        <translation>%1 is damaged: the picture cannot be decoded completely. Ask the sender for the file again.</translation>
    </message>
    <message>
        <source>%1 is too large: %2 × %3 pixels, more than the %4 megapixels Qalam accepts. Reduce the picture in an image editor and import it again.</source>
        <translation>%1 is too large: %2 × %3 pixels, more than the %4 megapixels Qalam accepts. Reduce the picture in an image editor and import it again.</translation>
    </message>
    <message>
        <source>The metadata of %1 cannot be read.</source>
        <translation>The metadata of %1 cannot be read.</translation>
    </message>
    <message>
        <source>A thumbnail needs a size of at least one pixel.</source>
        <translation>A thumbnail needs a size of at least one pixel.</translation>
    </message>
    <message>
        <source>The rendition settings are out of range.</source>
        <translation>The rendition settings are out of range.</translation>
    </message>
    <message>
        <source>The rendition of %1 cannot be written.</source>
        <translation>The rendition of %1 cannot be written.</translation>
    </message>
    <message>
        <source>The caption and credit cannot be written into the rendition of %1. The original is unchanged; try again or report the file to the photo desk.</source>
        <translation>The caption and credit cannot be written into the rendition of %1. The original is unchanged; try again or report the file to the photo desk.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoRules</name>
    <message>
        <source>Photo %1 (%2)</source>
        <translation>Photo %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no caption.</source>
        <translation>%1 has no caption.</translation>
    </message>
    <message>
        <source>%1 has no alt text for readers who cannot see it.</source>
        <translation>%1 has no alt text for readers who cannot see it.</translation>
    </message>
    <message>
        <source>%1 has no credit source.</source>
        <translation>%1 has no credit source.</translation>
    </message>
    <message>
        <source>%1 has no credit type.</source>
        <translation>%1 has no credit type.</translation>
    </message>
    <message>
        <source>%1 is user-generated and its sender&apos;s permission is not recorded.</source>
        <translation>%1 is user-generated and its sender&apos;s permission is not recorded.</translation>
    </message>
    <message>
        <source>%1: the sender&apos;s permission has expired.</source>
        <translation>%1: the sender&apos;s permission has expired.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoStore</name>
    <message>
        <source>The photos could not be read.</source>
        <translation>The photos could not be read.</translation>
    </message>
    <message>
        <source>There is no photo %1.</source>
        <translation>There is no photo %1.</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>Cannot create the photo folder %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the photo folder.</source>
        <translation>Cannot copy %1 into the photo folder.</translation>
    </message>
    <message>
        <source>The photo could not be stored.</source>
        <translation>The photo could not be stored.</translation>
    </message>
    <message>
        <source>The photo could not be attached.</source>
        <translation>The photo could not be attached.</translation>
    </message>
    <message>
        <source>The photo could not be attached to the article.</source>
        <translation>The photo could not be attached to the article.</translation>
    </message>
    <message>
        <source>The photo could not be removed from the article.</source>
        <translation>The photo could not be removed from the article.</translation>
    </message>
    <message>
        <source>The photo could not be saved.</source>
        <translation>The photo could not be saved.</translation>
    </message>
    <message>
        <source>The photo settings could not be read.</source>
        <translation>The photo settings could not be read.</translation>
    </message>
    <message>
        <source>The credit template must contain {source}.</source>
        <translation>The credit template must contain {source}.</translation>
    </message>
    <message>
        <source>The photo settings could not be saved.</source>
        <translation>The photo settings could not be saved.</translation>
    </message>
    <message>
        <source>The lead photo could not be set.</source>
        <translation>The lead photo could not be set.</translation>
    </message>
    <message>
        <source>The article&apos;s photos changed meanwhile; the order was not saved. Reload and try again.</source>
        <translation>The article&apos;s photos changed meanwhile; the order was not saved. Reload and try again.</translation>
    </message>
    <message>
        <source>The photo order could not be saved.</source>
        <translation>The photo order could not be saved.</translation>
    </message>
    <message>
        <source>The photo slots could not be read.</source>
        <translation>The photo slots could not be read.</translation>
    </message>
    <message>
        <source>There is no photo slot %1: it may have been filled or removed already.</source>
        <translation>There is no photo slot %1: it may have been filled or removed already.</translation>
    </message>
    <message>
        <source>The photo slot could not be stored.</source>
        <translation>The photo slot could not be stored.</translation>
    </message>
    <message>
        <source>The photo slot could not be removed.</source>
        <translation>The photo slot could not be removed.</translation>
    </message>
    <message>
        <source>The photo could not be read.</source>
        <translation>The photo could not be read.</translation>
    </message>
    <message>
        <source>The database holds no original for photo %1.</source>
        <translation>The database holds no original for photo %1.</translation>
    </message>
    <message>
        <source>Cannot copy the photo into %1.</source>
        <translation>Cannot copy the photo into %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotosDock</name>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Or drop image files here</source>
        <translation>Or drop image files here</translation>
    </message>
    <message>
        <source>Make lead</source>
        <translation>Make lead</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Insert into text</source>
        <translation>Insert into text</translation>
    </message>
    <message>
        <source>Copy credit and consent to the selected photos</source>
        <translation>Copy credit and consent to the selected photos</translation>
    </message>
    <message>
        <source>Photo library: caption, credit or sender, then Enter</source>
        <translation>Photo library: caption, credit or sender, then Enter</translation>
    </message>
    <message>
        <source>Use here</source>
        <translation>Use here</translation>
    </message>
    <message>
        <source>Adds the found photo to this article; the original is not copied again</source>
        <translation>Adds the found photo to this article; the original is not copied again</translation>
    </message>
    <message>
        <source>Select several photos (Ctrl+click); the current one&apos;s credit, photographer and consent record go to the others</source>
        <translation>Select several photos (Ctrl+click); the current one&apos;s credit, photographer and consent record go to the others</translation>
    </message>
    <message>
        <source>Puts the photo with its caption and credit line at the cursor</source>
        <translation>Puts the photo with its caption and credit line at the cursor</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <source>Credit source</source>
        <translation>Credit source</translation>
    </message>
    <message>
        <source>Credit type</source>
        <translation>Credit type</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <source>UGC: sender</source>
        <translation>UGC: sender</translation>
    </message>
    <message>
        <source>UGC: contact</source>
        <translation>UGC: contact</translation>
    </message>
    <message>
        <source>UGC: came through</source>
        <translation>UGC: came through</translation>
    </message>
    <message>
        <source>The sender gave permission to publish</source>
        <translation>The sender gave permission to publish</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>never published</translation>
    </message>
    <message>
        <source>what the picture shows, for readers who cannot see it</source>
        <translation>what the picture shows, for readers who cannot see it</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>press service</source>
        <translation>press service</translation>
    </message>
    <message>
        <source>UGC (reader&apos;s picture)</source>
        <translation>UGC (reader&apos;s picture)</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>handout</translation>
    </message>
    <message>
        <source>No credit line yet: name the source.</source>
        <translation>No credit line yet: name the source.</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>GPS position</translation>
    </message>
    <message>
        <source>device serial number</source>
        <translation>device serial number</translation>
    </message>
    <message>
        <source>owner name</source>
        <translation>owner name</translation>
    </message>
    <message>
        <source>capture time %1</source>
        <translation>capture time %1</translation>
    </message>
    <message>
        <source>Privacy: the file carries no location, device or owner data.</source>
        <translation>Privacy: the file carries no location, device or owner data.</translation>
    </message>
    <message>
        <source>Privacy: the file carries %1.</source>
        <translation>Privacy: the file carries %1.</translation>
    </message>
    <message>
        <source>The published copy removes the GPS position, serial numbers and owner name.</source>
        <translation>The published copy removes the GPS position, serial numbers and owner name.</translation>
    </message>
    <message>
        <source>The published copy keeps them unless the rendition strips private data.</source>
        <translation>The published copy keeps them unless the rendition strips private data.</translation>
    </message>
    <message numerus="yes">
        <source>Credit copied to %n photo(s).</source>
        <translation>
            <numerusform>Credit copied to %n photo.</numerusform>
            <numerusform>Credit copied to %n photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Importing %n photo…</numerusform>
            <numerusform>Importing %n photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo for the slot</source>
        <translation>Photo for the slot</translation>
    </message>
    <message>
        <source>Fill from file…</source>
        <translation>Fill from file…</translation>
    </message>
    <message>
        <source>The picture gets the slot&apos;s caption and credit and takes its place</source>
        <translation>The picture gets the slot&apos;s caption and credit and takes its place</translation>
    </message>
    <message>
        <source>Remove slot</source>
        <translation>Remove slot</translation>
    </message>
    <message>
        <source>The photo took its slot: %1</source>
        <translation>The photo took its slot: %1</translation>
    </message>
    <message>
        <source>no caption</source>
        <translation>no caption</translation>
    </message>
    <message>
        <source>Waiting for a file: %1</source>
        <translation>Waiting for a file: %1</translation>
    </message>
    <message>
        <source>Waiting for a file: %1 / %2</source>
        <translation>Waiting for a file: %1 / %2</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>caption</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>alt text</translation>
    </message>
    <message>
        <source>credit source</source>
        <translation>credit source</translation>
    </message>
    <message>
        <source>credit type</source>
        <translation>credit type</translation>
    </message>
    <message>
        <source>photographer</source>
        <translation>photographer</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>sender</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>permission</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Saves what you typed over the other desk&apos;s change</source>
        <translation>Saves what you typed over the other desk&apos;s change</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Shows the other desk&apos;s text; what you typed in other fields stays</source>
        <translation>Shows the other desk&apos;s text; what you typed in other fields stays</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>This photo was changed on another desk while you were editing it (%1). Your text is kept here and is not saved yet: keep yours, or take theirs.</source>
        <translation>This photo was changed on another desk while you were editing it (%1). Your text is kept here and is not saved yet: keep yours, or take theirs.</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Theirs: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::PublicationBuilder</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>A reader&apos;s picture, published with the sender&apos;s permission.</source>
        <translation>A reader&apos;s picture, published with the sender&apos;s permission.</translation>
    </message>
    <message>
        <source>A reader&apos;s picture, published with the sender&apos;s permission for: %1.</source>
        <translation>A reader&apos;s picture, published with the sender&apos;s permission for: %1.</translation>
    </message>
    <message>
        <source>Photo %1 (%2) could not be prepared for publishing: %3</source>
        <translation>Photo %1 (%2) could not be prepared for publishing: %3</translation>
    </message>
    <message>
        <source>Photo %1 (%2) could not be written to %3.</source>
        <translation>Photo %1 (%2) could not be written to %3.</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishLog</name>
    <message>
        <source>A publish log entry is a publish or an unpublish, not &quot;%1&quot;.</source>
        <translation>A publish log entry is a publish or an unpublish, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A publish log entry needs the article and the result.</source>
        <translation>A publish log entry needs the article and the result.</translation>
    </message>
    <message>
        <source>The publish log could not be written.</source>
        <translation>The publish log could not be written.</translation>
    </message>
    <message>
        <source>The publish log could not be read.</source>
        <translation>The publish log could not be read.</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishRunner</name>
    <message>
        <source>no answer within the time limit</source>
        <translation>no answer within the time limit</translation>
    </message>
    <message>
        <source>the server answered %1 with a %2 page instead of the API: check the address (for a local WordPress use 127.0.0.1, not localhost)</source>
        <translation>the server answered %1 with a %2 page instead of the API: check the address (for a local WordPress use 127.0.0.1, not localhost)</translation>
    </message>
    <message>
        <source>the server answered %1 but not with readable JSON (%2)</source>
        <translation>the server answered %1 but not with readable JSON (%2)</translation>
    </message>
    <message>
        <source>the prepared photo %1 could not be read</source>
        <translation>the prepared photo %1 could not be read</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed %2 times; the last answer: %3</source>
        <translation>%1 failed %2 times; the last answer: %3</translation>
    </message>
    <message>
        <source>%1; it is retried at %2.</source>
        <translation>%1; it is retried at %2.</translation>
    </message>
    <message>
        <source>Waiting %1 s to retry. %2</source>
        <translation>Waiting %1 s to retry. %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Preparing the article and its photos…</source>
        <translation>Preparing the article and its photos…</translation>
    </message>
    <message>
        <source>No secret is stored for endpoint %1: add it again with its password or token.</source>
        <translation>No secret is stored for endpoint %1: add it again with its password or token.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The article is %1 now: only an approved article can be published. Nothing more was sent.</source>
        <translation>The article is %1 now: only an approved article can be published. Nothing more was sent.</translation>
    </message>
    <message>
        <source>The article is %1 now: only a published article can be unpublished.</source>
        <translation>The article is %1 now: only a published article can be unpublished.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n photo(s)…</source>
        <translation>
            <numerusform>Uploading %n photo…</numerusform>
            <numerusform>Uploading %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploading photo %1</source>
        <translation>Uploading photo %1</translation>
    </message>
    <message>
        <source>WordPress accepted photo %1 but gave no media id.</source>
        <translation>WordPress accepted photo %1 but gave no media id.</translation>
    </message>
    <message>
        <source>Captioning photo %1</source>
        <translation>Captioning photo %1</translation>
    </message>
    <message>
        <source>Sending the post…</source>
        <translation>Sending the post…</translation>
    </message>
    <message>
        <source>Sending the post</source>
        <translation>Sending the post</translation>
    </message>
    <message>
        <source>WordPress answered without the post&apos;s id or address.</source>
        <translation>WordPress answered without the post&apos;s id or address.</translation>
    </message>
    <message>
        <source>WordPress did not keep the featured image (media %1); the post is %2.</source>
        <translation>WordPress did not keep the featured image (media %1); the post is %2.</translation>
    </message>
    <message>
        <source>WordPress keeps the post as &quot;%1&quot;, not published; see %2.</source>
        <translation>WordPress keeps the post as &quot;%1&quot;, not published; see %2.</translation>
    </message>
    <message>
        <source>Qalam has no record of this article at %1: there is nothing to unpublish there.</source>
        <translation>Qalam has no record of this article at %1: there is nothing to unpublish there.</translation>
    </message>
    <message>
        <source>Unpublishing the post</source>
        <translation>Unpublishing the post</translation>
    </message>
    <message>
        <source>Sending the story…</source>
        <translation>Sending the story…</translation>
    </message>
    <message>
        <source>Sending the story</source>
        <translation>Sending the story</translation>
    </message>
    <message>
        <source>Withholding the story</source>
        <translation>Withholding the story</translation>
    </message>
    <message>
        <source>The endpoint has the story at %1, but Qalam could not mark it published: %2</source>
        <translation>The endpoint has the story at %1, but Qalam could not mark it published: %2</translation>
    </message>
    <message>
        <source>Job %1 is no longer claimed by this desk; it was stopped here.</source>
        <translation>Job %1 is no longer claimed by this desk; it was stopped here.</translation>
    </message>
    <message>
        <source>Job %1 was taken over by %2; it was stopped here.</source>
        <translation>Job %1 was taken over by %2; it was stopped here.</translation>
    </message>
    <message>
        <source>Job %1 is running on another desk, %2; it is left to it (its claim holds until %3).</source>
        <translation>Job %1 is running on another desk, %2; it is left to it (its claim holds until %3).</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishTargetDialog</name>
    <message>
        <source>Publish to</source>
        <translation>Publish to</translation>
    </message>
    <message>
        <source>Unpublish from</source>
        <translation>Unpublish from</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <source>Publish «%1» to:</source>
        <translation>Publish «%1» to:</translation>
    </message>
    <message>
        <source>Take «%1» off:</source>
        <translation>Take «%1» off:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Why is the article taken off? The reason is recorded in the article&apos;s log.</source>
        <translation>Why is the article taken off? The reason is recorded in the article&apos;s log.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Unpublish</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishUi</name>
    <message>
        <source>WordPress</source>
        <translation>WordPress</translation>
    </message>
    <message>
        <source>ninjs over HTTP</source>
        <translation>ninjs over HTTP</translation>
    </message>
    <message>
        <source>Folder (ninjs package)</source>
        <translation>Folder (ninjs package)</translation>
    </message>
    <message>
        <source>WordPress application password</source>
        <translation>WordPress application password</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation>Custom header</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishingController</name>
    <message>
        <source>Publishing &amp;endpoints…</source>
        <translation>Publishing &amp;endpoints…</translation>
    </message>
    <message>
        <source>Where articles are published: folders, WordPress sites, ninjs CMSs, and their secrets</source>
        <translation>Where articles are published: folders, WordPress sites, ninjs CMSs, and their secrets</translation>
    </message>
    <message>
        <source>Where articles are published (only an administrator changes them)</source>
        <translation>Where articles are published (only an administrator changes them)</translation>
    </message>
    <message>
        <source>&amp;Publish to…</source>
        <translation>&amp;Publish to…</translation>
    </message>
    <message>
        <source>Send the approved article to a publishing endpoint</source>
        <translation>Send the approved article to a publishing endpoint</translation>
    </message>
    <message>
        <source>Unpublish &amp;from…</source>
        <translation>Unpublish &amp;from…</translation>
    </message>
    <message>
        <source>Take the published article off an endpoint, with the reason</source>
        <translation>Take the published article off an endpoint, with the reason</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No publishing endpoint is set up yet: an administrator adds one in Newsroom → Publishing endpoints…</source>
        <translation>No publishing endpoint is set up yet: an administrator adds one in Newsroom → Publishing endpoints…</translation>
    </message>
    <message>
        <source>Scheduled: the article goes to %1 at %2.</source>
        <translation>Scheduled: the article goes to %1 at %2.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publishing to %1…</translation>
    </message>
    <message>
        <source>Unpublishing from %1…</source>
        <translation>Unpublishing from %1…</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <source>Unpublished from %1.</source>
        <translation>Unpublished from %1.</translation>
    </message>
    <message>
        <source>Publishing to %1 failed: %2</source>
        <translation>Publishing to %1 failed: %2</translation>
    </message>
    <message>
        <source>Unpublishing from %1 failed: %2</source>
        <translation>Unpublishing from %1 failed: %2</translation>
    </message>
    <message>
        <source>Publishing job %1 cancelled.</source>
        <translation>Publishing job %1 cancelled.</translation>
    </message>
    <message>
        <source>The publishing job waits: %1</source>
        <translation>The publishing job waits: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishingDock</name>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Last error or step</source>
        <translation>Last error or step</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the job; it stays in the list and can be retried</source>
        <translation>Stop the job; it stays in the list and can be retried</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Send a failed or cancelled job again; steps already done are not repeated</source>
        <translation>Send a failed or cancelled job again; steps already done are not repeated</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Unpublishing</source>
        <translation>Unpublishing</translation>
    </message>
    <message>
        <source>Waiting until %1</source>
        <translation>Waiting until %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Unpublished</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <source>%1
Queued %2 by %3</source>
        <translation>%1
Queued %2 by %3</translation>
    </message>
    <message>
        <source>No publishing jobs yet. Workflow → Publish to… sends an approved article.</source>
        <translation>No publishing jobs yet. Workflow → Publish to… sends an approved article.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) unfinished</source>
        <translation>
            <numerusform>%n job unfinished</numerusform>
            <numerusform>%n jobs unfinished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed job(s): fix the cause, then Retry.</source>
        <translation>
            <numerusform>%n failed job: fix the cause, then Retry.</numerusform>
            <numerusform>%n failed jobs: fix the cause, then Retry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every job is finished.</source>
        <translation>Every job is finished.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>The job waits until %1; Qalam sends it then.</source>
        <translation>The job waits until %1; Qalam sends it then.</translation>
    </message>
    <message>
        <source>Running on another desk</source>
        <translation>Running on another desk</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>Claimed by %1 until %2</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteAnalyzer</name>
    <message>
        <source>This quotation mark has no partner.</source>
        <translation>This quotation mark has no partner.</translation>
    </message>
    <message>
        <source>Quotation marks of another style than in the rest of the article.</source>
        <translation>Quotation marks of another style than in the rest of the article.</translation>
    </message>
    <message>
        <source>Nobody is named as saying this quotation.</source>
        <translation>Nobody is named as saying this quotation.</translation>
    </message>
    <message numerus="yes">
        <source>A long quotation: %n words.</source>
        <translation>
            <numerusform>A long quotation: %n word.</numerusform>
            <numerusform>A long quotation: %n words.</numerusform>
        </translation>
    </message>
    <message>
        <source>The headline quotes words that the text does not contain.</source>
        <translation>The headline quotes words that the text does not contain.</translation>
    </message>
    <message>
        <source>A placeholder is left in the text.</source>
        <translation>A placeholder is left in the text.</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteHighlighter</name>
    <message>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteTableModel</name>
    <message>
        <source>(inside a quotation)</source>
        <translation>(inside a quotation)</translation>
    </message>
    <message>
        <source>(named before)</source>
        <translation>(named before)</translation>
    </message>
    <message>
        <source>no attribution</source>
        <translation>no attribution</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>headline</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>speech</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Quotation</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>Qalam::QuotesDock</name>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Unattributed only</source>
        <translation>Unattributed only</translation>
    </message>
    <message>
        <source>Copy with attribution</source>
        <translation>Copy with attribution</translation>
    </message>
    <message>
        <source>Copies «quotation», – verb speaker.</source>
        <translation>Copies «quotation», – verb speaker.</translation>
    </message>
    <message>
        <source>Mark as pull quote</source>
        <translation>Mark as pull quote</translation>
    </message>
    <message>
        <source>Pull quotes</source>
        <translation>Pull quotes</translation>
    </message>
    <message>
        <source>Remove pull quote</source>
        <translation>Remove pull quote</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n quotation</numerusform>
            <numerusform>%n quotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without attribution</source>
        <translation>
            <numerusform>%n without attribution</numerusform>
            <numerusform>%n without attribution</numerusform>
        </translation>
    </message>
    <message>
        <source>Source of the report: %1</source>
        <translation>Source of the report: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Qalam::ReviewQueueDock</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Open the review view: changes, checks, comments, approve or return</source>
        <translation>Open the review view: changes, checks, comments, approve or return</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n finding(s)</source>
        <translation>
            <numerusform>⚠ %n finding</numerusform>
            <numerusform>⚠ %n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Submitted %2 by %3</source>
        <translation>%1
Submitted %2 by %3</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Nothing is waiting for review.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in review, oldest first.</source>
        <translation>
            <numerusform>%n article in review, oldest first.</numerusform>
            <numerusform>%n articles in review, oldest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::ReviewView</name>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Checks: %1 of %2 looked at</source>
        <translation>Checks: %1 of %2 looked at</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>A comment for the writer; required to return the article</source>
        <translation>A comment for the writer; required to return the article</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>Add the comment to the thread without changing the article&apos;s state</source>
        <translation>Add the comment to the thread without changing the article&apos;s state</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Publish at</translation>
    </message>
    <message>
        <source>Approve for publication at this time; without it the article may go out at once</source>
        <translation>Approve for publication at this time; without it the article may go out at once</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>Return with comment</translation>
    </message>
    <message>
        <source>Send the article back to the writer with the comment above</source>
        <translation>Send the article back to the writer with the comment above</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve the submitted version (with the comment above, if any)</source>
        <translation>Approve the submitted version (with the comment above, if any)</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Open in editor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The version the changes are counted from</source>
        <translation>The version the changes are counted from</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Cannot open the article</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>submitted by %1, %2</source>
        <translation>submitted by %1, %2</translation>
    </message>
    <message>
        <source>to be published %1</source>
        <translation>to be published %1</translation>
    </message>
    <message>
        <source>since the last approved version</source>
        <translation>since the last approved version</translation>
    </message>
    <message>
        <source>since the first version (never approved)</source>
        <translation>since the first version (never approved)</translation>
    </message>
    <message>
        <source>since the submission of %1</source>
        <translation>since the submission of %1</translation>
    </message>
    <message>
        <source>%1 — «%2»</source>
        <translation>%1 — «%2»</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (changed)</translation>
    </message>
    <message>
        <source>The article is empty.</source>
        <translation>The article is empty.</translation>
    </message>
    <message>
        <source>Changes: none</source>
        <translation>Changes: none</translation>
    </message>
    <message numerus="yes">
        <source>Changes: %n field(s)</source>
        <translation>
            <numerusform>Changes: %n field</numerusform>
            <numerusform>Changes: %n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick it once you have looked at it (not stored).</source>
        <translation>Tick it once you have looked at it (not stored).</translation>
    </message>
    <message>
        <source>No quotation, placeholder or photo findings.</source>
        <translation>No quotation, placeholder or photo findings.</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n finding(s)</source>
        <translation>
            <numerusform>Checks: %n finding</numerusform>
            <numerusform>Checks: %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Write the comment first.</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>Comment added.</translation>
    </message>
    <message>
        <source>Write in the comment box what the writer should change, then return the article.</source>
        <translation>Write in the comment box what the writer should change, then return the article.</translation>
    </message>
    <message>
        <source>Returned to the writer with your comment.</source>
        <translation>Returned to the writer with your comment.</translation>
    </message>
    <message>
        <source>Approved for publication at %1.</source>
        <translation>Approved for publication at %1.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
</context>
<context>
    <name>Qalam::RevisionsDock</name>
    <message>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Restore this revision</translation>
    </message>
    <message>
        <source>Makes the selected revision the current text; the current text stays in the list</source>
        <translation>Makes the selected revision the current text; the current text stays in the list</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>autosave</source>
        <translation>autosave</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>sample newsroom</source>
        <translation>sample newsroom</translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>restored %1</translation>
    </message>
    <message>
        <source>#%1 · %2
%3 · %4</source>
        <translation>#%1 · %2
%3 · %4</translation>
    </message>
</context>
<context>
    <name>Qalam::Role</name>
    <message>
        <source>Regional editor</source>
        <translation>Regional editor</translation>
    </message>
    <message>
        <source>Photo editor</source>
        <translation>Photo editor</translation>
    </message>
    <message>
        <source>Chief editor</source>
        <translation>Chief editor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Qalam::SampleNewsroom</name>
    <message>
        <source>The sample photos could not be drawn.</source>
        <translation>The sample photos could not be drawn.</translation>
    </message>
    <message>
        <source>The sample newsroom file is not valid JSON.</source>
        <translation>The sample newsroom file is not valid JSON.</translation>
    </message>
    <message>
        <source>The sample article &quot;%1&quot; names an unknown author %2.</source>
        <translation>The sample article &quot;%1&quot; names an unknown author %2.</translation>
    </message>
    <message>
        <source>Please check the figures.</source>
        <translation>Please check the figures.</translation>
    </message>
    <message>
        <source>The sample page %1 could not be read.</source>
        <translation>The sample page %1 could not be read.</translation>
    </message>
</context>
<context>
    <name>Qalam::SecretStore</name>
    <message>
        <source>The keychain did not answer earlier in this run.</source>
        <translation>The keychain did not answer earlier in this run.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secret needs the endpoint it belongs to.</source>
        <translation>A secret needs the endpoint it belongs to.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; is empty.</source>
        <translation>The secret for &quot;%1&quot; is empty.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; could not be stored in the keychain; nothing was stored.</source>
        <translation>The secret for &quot;%1&quot; could not be stored in the keychain; nothing was stored.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; could not be read from the keychain.</source>
        <translation>The secret for &quot;%1&quot; could not be read from the keychain.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; could not be removed from the keychain.</source>
        <translation>The secret for &quot;%1&quot; could not be removed from the keychain.</translation>
    </message>
    <message>
        <source>The secrets file %1 may be read by other users (mode %2), so Qalam does not use it. Make it private (chmod 600 %1) and change the passwords and tokens it holds if others could have read them.</source>
        <translation>The secrets file %1 may be read by other users (mode %2), so Qalam does not use it. Make it private (chmod 600 %1) and change the passwords and tokens it holds if others could have read them.</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be read.</source>
        <translation>The secrets file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged; nothing in it was used. Store the endpoints&apos; secrets again.</source>
        <translation>The secrets file %1 is damaged; nothing in it was used. Store the endpoints&apos; secrets again.</translation>
    </message>
    <message>
        <source>The folder for the secrets file, %1, cannot be created.</source>
        <translation>The folder for the secrets file, %1, cannot be created.</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be created.</source>
        <translation>The secrets file %1 cannot be created.</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be written.</source>
        <translation>The secrets file %1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>Qalam::ServerLogin</name>
    <message>
        <source>%1 is not a database server address; only a server needs a password.</source>
        <translation>%1 is not a database server address; only a server needs a password.</translation>
    </message>
    <message>
        <source>The password for %1 is empty; nothing was stored.</source>
        <translation>The password for %1 is empty; nothing was stored.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 over TLS (%2)</source>
        <translation>Connected to PostgreSQL %1 over TLS (%2)</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 without TLS</source>
        <translation>Connected to PostgreSQL %1 without TLS</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>SQLite file %1</translation>
    </message>
    <message numerus="yes">
        <source>Qalam database, schema %1 (Qalam upgrades it to %2 when it opens it), %Ln articles</source>
        <translation><numerusform>Qalam database, schema %1 (Qalam upgrades it to %2 when it opens it), %Ln article</numerusform><numerusform>Qalam database, schema %1 (Qalam upgrades it to %2 when it opens it), %Ln articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Qalam database, schema %1, %Ln articles</source>
        <translation><numerusform>Qalam database, schema %1, %Ln article</numerusform><numerusform>Qalam database, schema %1, %Ln articles</numerusform></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>%1; empty database: Qalam will create its tables.</source>
        <translation>%1; empty database: Qalam will create its tables.</translation>
    </message>
    <message>
        <source>%1 is empty: Qalam will create its tables.</source>
        <translation>%1 is empty: Qalam will create its tables.</translation>
    </message>
    <message>
        <source>No file at %1 yet: Qalam will create the database there.</source>
        <translation>No file at %1 yet: Qalam will create the database there.</translation>
    </message>
    <message>
        <source>this computer&apos;s account</source>
        <translation>this computer&apos;s account</translation>
    </message>
    <message>
        <source>No answer from the database server %1. Check the host name and port, that the server runs, and that this computer may reach it.</source>
        <translation>No answer from the database server %1. Check the host name and port, that the server runs, and that this computer may reach it.</translation>
    </message>
    <message>
        <source>The server %1 refused the login of %2: the password is wrong or missing, or the account may not use this database.</source>
        <translation>The server %1 refused the login of %2: the password is wrong or missing, or the account may not use this database.</translation>
    </message>
    <message>
        <source>The server %1 has no database &quot;%2&quot;. Ask its administrator to create it (createdb -E UTF8 --locale=C.UTF-8 -T template0).</source>
        <translation>The server %1 has no database &quot;%2&quot;. Ask its administrator to create it (createdb -E UTF8 --locale=C.UTF-8 -T template0).</translation>
    </message>
    <message>
        <source>The database server %1 could not be used: %2</source>
        <translation>The database server %1 could not be used: %2</translation>
    </message>
    <message>
        <source>The database server %1 answered, but could not be asked about its database.</source>
        <translation>The database server %1 answered, but could not be asked about its database.</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not Qalam&apos;s. Give Qalam a database of its own.</source>
        <translation>%1 holds the tables of another program, not Qalam&apos;s. Give Qalam a database of its own.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Qalam (schema %2; this version knows up to %3). Update Qalam to use it.</source>
        <translation>%1 was written by a newer Qalam (schema %2; this version knows up to %3). Update Qalam to use it.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choose the database file.</translation>
    </message>
    <message>
        <source>Qalam cannot create %1: the folder %2 is not writable.</source>
        <translation>Qalam cannot create %1: the folder %2 is not writable.</translation>
    </message>
    <message>
        <source>%1 is not a readable Qalam database.</source>
        <translation>%1 is not a readable Qalam database.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not Qalam&apos;s.</source>
        <translation>%1 is an SQLite database of another program, not Qalam&apos;s.</translation>
    </message>
</context>
<context>
    <name>Qalam::ServerWatch</name>
    <message>
        <source>Server unreachable — your text is kept on this computer; retrying now…</source>
        <translation>Server unreachable — your text is kept on this computer; retrying now…</translation>
    </message>
    <message>
        <source>Server unreachable; retrying now…</source>
        <translation>Server unreachable; retrying now…</translation>
    </message>
    <message numerus="yes">
        <source>Server unreachable — your text is kept on this computer; retrying in %n s</source>
        <translation>
            <numerusform>Server unreachable — your text is kept on this computer; retrying in %n s</numerusform>
            <numerusform>Server unreachable — your text is kept on this computer; retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server unreachable; retrying in %n s</source>
        <translation>
            <numerusform>Server unreachable; retrying in %n s</numerusform>
            <numerusform>Server unreachable; retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::SignInDialog</name>
    <message>
        <source>Sign in — Qalam</source>
        <translation>Sign in — Qalam</translation>
    </message>
    <message>
        <source>Sign in to the newsroom</source>
        <translation>Sign in to the newsroom</translation>
    </message>
    <message>
        <source>Newsroom database: %1</source>
        <translation>Newsroom database: %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Qalam::SpellChecker</name>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Qalam has no spelling dictionary for the language &quot;%1&quot;; spelling can be checked in Russian (ru), Kazakh (kk) and English (en).</source>
        <translation>Qalam has no spelling dictionary for the language &quot;%1&quot;; spelling can be checked in Russian (ru), Kazakh (kk) and English (en).</translation>
    </message>
    <message>
        <source>The %1 spelling dictionary is not installed: %2 was not found. Spelling is not checked in %1 texts; install the package %3, or set QALAM_HUNSPELL_DIR to a folder that holds the dictionary.</source>
        <translation>The %1 spelling dictionary is not installed: %2 was not found. Spelling is not checked in %1 texts; install the package %3, or set QALAM_HUNSPELL_DIR to a folder that holds the dictionary.</translation>
    </message>
    <message>
        <source>The %1 spelling dictionary %2 cannot be read. Spelling is not checked in %1 texts; check the file&apos;s permissions.</source>
        <translation>The %1 spelling dictionary %2 cannot be read. Spelling is not checked in %1 texts; check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>The %1 spelling dictionary %2 uses the encoding %3, which Qalam cannot read. Spelling is not checked in %1 texts; install a UTF-8 version of the dictionary.</source>
        <translation>The %1 spelling dictionary %2 uses the encoding %3, which Qalam cannot read. Spelling is not checked in %1 texts; install a UTF-8 version of the dictionary.</translation>
    </message>
</context>
<context>
    <name>Qalam::TextChecks</name>
    <message>
        <source>Unknown word: %1</source>
        <translation>Unknown word: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::Typography</name>
    <message numerus="yes">
        <source>%n straight apostrophe(s): use ’</source>
        <translation>
            <numerusform>%n straight apostrophe: use ’</numerusform>
            <numerusform>%n straight apostrophes: use ’</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ellipsis(es) typed as three dots: use …</source>
        <translation>
            <numerusform>%n ellipsis typed as three dots: use …</numerusform>
            <numerusform>%n ellipses typed as three dots: use …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short word(s) should be joined to the neighbouring word by a non-breaking space</source>
        <translation>
            <numerusform>%n short word should be joined to the neighbouring word by a non-breaking space</numerusform>
            <numerusform>%n short words should be joined to the neighbouring word by a non-breaking space</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initial(s) should be joined to the surname by a non-breaking space</source>
        <translation>
            <numerusform>%n initial should be joined to the surname by a non-breaking space</numerusform>
            <numerusform>%n initials should be joined to the surname by a non-breaking space</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) should be joined to their unit by a non-breaking space</source>
        <translation>
            <numerusform>%n number should be joined to its unit by a non-breaking space</numerusform>
            <numerusform>%n numbers should be joined to their unit by a non-breaking space</numerusform>
        </translation>
    </message>
    <message>
        <source>Straight quote mark: use %1</source>
        <translation>Straight quote mark: use %1</translation>
    </message>
    <message>
        <source>Quote mark of the wrong kind or nesting level: use %1</source>
        <translation>Quote mark of the wrong kind or nesting level: use %1</translation>
    </message>
    <message>
        <source>Number range with a hyphen or em dash: use an en dash (10–15)</source>
        <translation>Number range with a hyphen or em dash: use an en dash (10–15)</translation>
    </message>
    <message>
        <source>Hyphen or wrong dash between words: use a spaced en dash</source>
        <translation>Hyphen or wrong dash between words: use a spaced en dash</translation>
    </message>
    <message>
        <source>Dialogue line: start it with an en dash and a non-breaking space</source>
        <translation>Dialogue line: start it with an en dash and a non-breaking space</translation>
    </message>
    <message>
        <source>Dialogue line: start it with an em dash and a non-breaking space</source>
        <translation>Dialogue line: start it with an em dash and a non-breaking space</translation>
    </message>
    <message>
        <source>Hyphen or wrong dash between words: use an en dash with a non-breaking space before it</source>
        <translation>Hyphen or wrong dash between words: use an en dash with a non-breaking space before it</translation>
    </message>
    <message>
        <source>Hyphen or wrong dash between words: use an em dash with a non-breaking space before it</source>
        <translation>Hyphen or wrong dash between words: use an em dash with a non-breaking space before it</translation>
    </message>
</context>
<context>
    <name>Qalam::UserEditDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>letters, digits, . _ -</translation>
    </message>
    <message>
        <source>e.g. Колмакова Виктория</source>
        <translation>e.g. Колмакова Виктория</translation>
    </message>
    <message>
        <source>A regional editor edits the articles of these regions</source>
        <translation>A regional editor edits the articles of these regions</translation>
    </message>
    <message>
        <source>Another region, then Enter</source>
        <translation>Another region, then Enter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (left)</translation>
    </message>
    <message>
        <source>Articles this user creates get this profile in the byline</source>
        <translation>Articles this user creates get this profile in the byline</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>Active (may sign in)</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regions:</translation>
    </message>
    <message>
        <source>Author profile:</source>
        <translation>Author profile:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Add the account</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>Qalam::UserStore</name>
    <message>
        <source>&quot;%1&quot; cannot be a login: use 2 to 64 letters, digits, dots, underscores or hyphens, without spaces.</source>
        <translation>&quot;%1&quot; cannot be a login: use 2 to 64 letters, digits, dots, underscores or hyphens, without spaces.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>The password is too short: use at least 8 characters.</translation>
    </message>
    <message>
        <source>The password is too long: use at most 1024 characters.</source>
        <translation>The password is too long: use at most 1024 characters.</translation>
    </message>
    <message>
        <source>%1 needs at least one role: regional editor, photo editor, chief editor or administrator.</source>
        <translation>%1 needs at least one role: regional editor, photo editor, chief editor or administrator.</translation>
    </message>
    <message>
        <source>The author profiles could not be read.</source>
        <translation>The author profiles could not be read.</translation>
    </message>
    <message>
        <source>There is no author profile %1 to link the account to.</source>
        <translation>There is no author profile %1 to link the account to.</translation>
    </message>
    <message>
        <source>The login or the password is not right, or the account is no longer active. Check both and try again; an administrator can reset the password.</source>
        <translation>The login or the password is not right, or the account is no longer active. Check both and try again; an administrator can reset the password.</translation>
    </message>
    <message>
        <source>The newsroom&apos;s accounts could not be read.</source>
        <translation>The newsroom&apos;s accounts could not be read.</translation>
    </message>
    <message>
        <source>There is already an account with the login %1; choose another login.</source>
        <translation>There is already an account with the login %1; choose another login.</translation>
    </message>
    <message>
        <source>The first account of a newsroom must be an administrator, so that someone can add and manage the others. Add the administrator role to %1.</source>
        <translation>The first account of a newsroom must be an administrator, so that someone can add and manage the others. Add the administrator role to %1.</translation>
    </message>
    <message>
        <source>The account %1 could not be added.</source>
        <translation>The account %1 could not be added.</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>There is no account with id %1.</translation>
    </message>
    <message>
        <source>There is no account with the login %1.</source>
        <translation>There is no account with the login %1.</translation>
    </message>
    <message>
        <source>A login cannot be changed (%1 stays %1); add a new account instead.</source>
        <translation>A login cannot be changed (%1 stays %1); add a new account instead.</translation>
    </message>
    <message>
        <source>%1 is the newsroom&apos;s last active administrator: give another account the administrator role first. Nothing was changed.</source>
        <translation>%1 is the newsroom&apos;s last active administrator: give another account the administrator role first. Nothing was changed.</translation>
    </message>
    <message>
        <source>The account %1 could not be changed.</source>
        <translation>The account %1 could not be changed.</translation>
    </message>
    <message>
        <source>The password of %1 could not be changed.</source>
        <translation>The password of %1 could not be changed.</translation>
    </message>
</context>
<context>
    <name>Qalam::UsersDialog</name>
    <message>
        <source>Newsroom accounts</source>
        <translation>Newsroom accounts</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Author profile</source>
        <translation>Author profile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Name, roles, regions, author profile and whether the account is active</source>
        <translation>Name, roles, regions, author profile and whether the account is active</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>Give the user a new password, e.g. when they forgot theirs</source>
        <translation>Give the user a new password, e.g. when they forgot theirs</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
</context>
<context>
    <name>Qalam::Workflow</name>
    <message>
        <source>Being edited by %1 since %2</source>
        <translation>Being edited by %1 since %2</translation>
    </message>
    <message>
        <source>The article&apos;s history could not be recorded.</source>
        <translation>The article&apos;s history could not be recorded.</translation>
    </message>
    <message>
        <source>The workflow settings could not be read.</source>
        <translation>The workflow settings could not be read.</translation>
    </message>
    <message>
        <source>The article&apos;s lock could not be read.</source>
        <translation>The article&apos;s lock could not be read.</translation>
    </message>
    <message>
        <source>The article&apos;s revisions could not be read.</source>
        <translation>The article&apos;s revisions could not be read.</translation>
    </message>
    <message>
        <source>Say what needs to change: returning an article needs a comment. Nothing was changed.</source>
        <translation>Say what needs to change: returning an article needs a comment. Nothing was changed.</translation>
    </message>
    <message>
        <source>Give the reason: unpublishing an article needs one. Nothing was changed.</source>
        <translation>Give the reason: unpublishing an article needs one. Nothing was changed.</translation>
    </message>
    <message>
        <source>This article is %1: it cannot be %2 now. Nothing was changed.</source>
        <translation>This article is %1: it cannot be %2 now. Nothing was changed.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>The article could not be read.</translation>
    </message>
    <message>
        <source>The article cannot go to review until its photos are in order: %1</source>
        <translation>The article cannot go to review until its photos are in order: %1</translation>
    </message>
    <message>
        <source>The scheduled publication time has already passed; approve without a time to publish at once.</source>
        <translation>The scheduled publication time has already passed; approve without a time to publish at once.</translation>
    </message>
    <message>
        <source>This article is scheduled for %1 and cannot be published before then.</source>
        <translation>This article is scheduled for %1 and cannot be published before then.</translation>
    </message>
    <message>
        <source>The revision could not be recorded.</source>
        <translation>The revision could not be recorded.</translation>
    </message>
    <message>
        <source>The article&apos;s status could not be changed.</source>
        <translation>The article&apos;s status could not be changed.</translation>
    </message>
    <message>
        <source>The comment could not be saved.</source>
        <translation>The comment could not be saved.</translation>
    </message>
    <message>
        <source>%1 submitted “%2” for review</source>
        <translation>%1 submitted “%2” for review</translation>
    </message>
    <message>
        <source>The newsroom&apos;s accounts could not be read.</source>
        <translation>The newsroom&apos;s accounts could not be read.</translation>
    </message>
    <message>
        <source>%1 returned “%2”: %3</source>
        <translation>%1 returned “%2”: %3</translation>
    </message>
    <message>
        <source>%1 approved “%2”</source>
        <translation>%1 approved “%2”</translation>
    </message>
    <message>
        <source>The notification could not be recorded.</source>
        <translation>The notification could not be recorded.</translation>
    </message>
    <message>
        <source>The article&apos;s history could not be read.</source>
        <translation>The article&apos;s history could not be read.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>The comments could not be read.</translation>
    </message>
    <message>
        <source>The article could not be locked for editing.</source>
        <translation>The article could not be locked for editing.</translation>
    </message>
    <message>
        <source>The article&apos;s lock could not be released.</source>
        <translation>The article&apos;s lock could not be released.</translation>
    </message>
    <message>
        <source>The review queue could not be read.</source>
        <translation>The review queue could not be read.</translation>
    </message>
    <message>
        <source>Revision #%1 belongs to another article.</source>
        <translation>Revision #%1 belongs to another article.</translation>
    </message>
    <message>
        <source>The notifications could not be read.</source>
        <translation>The notifications could not be read.</translation>
    </message>
    <message>
        <source>The notification could not be marked as read.</source>
        <translation>The notification could not be marked as read.</translation>
    </message>
    <message>
        <source>There is no such notification for you.</source>
        <translation>There is no such notification for you.</translation>
    </message>
    <message>
        <source>The scheduled publications could not be read.</source>
        <translation>The scheduled publications could not be read.</translation>
    </message>
    <message>
        <source>“%1” was scheduled for %2 and is not published yet</source>
        <translation>“%1” was scheduled for %2 and is not published yet</translation>
    </message>
    <message>
        <source>The workflow settings could not be saved.</source>
        <translation>The workflow settings could not be saved.</translation>
    </message>
    <message>
        <source>Photo slot %1 waits for its file</source>
        <translation>Photo slot %1 waits for its file</translation>
    </message>
    <message>
        <source>Photo slot %1 (“%2”) waits for its file</source>
        <translation>Photo slot %1 (“%2”) waits for its file</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>this newsroom has no user accounts yet; --user is ignored</source>
        <translation>this newsroom has no user accounts yet; --user is ignored</translation>
    </message>
    <message>
        <source>this newsroom has user accounts; --screenshot needs --user LOGIN and the password in QALAM_PASSWORD</source>
        <translation>this newsroom has user accounts; --screenshot needs --user LOGIN and the password in QALAM_PASSWORD</translation>
    </message>
    <message>
        <source>Correct the address or the password, or choose a file on this computer. Cancel closes Qalam.</source>
        <translation>Correct the address or the password, or choose a file on this computer. Cancel closes Qalam.</translation>
    </message>
    <message>
        <source>This window&apos;s database was given by --db or QALAM_DB, which choose it again at the next start. After OK, Qalam opens the chosen database now and at starts without them.</source>
        <translation>This window&apos;s database was given by --db or QALAM_DB, which choose it again at the next start. After OK, Qalam opens the chosen database now and at starts without them.</translation>
    </message>
</context>
</TS>
