<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Reload theirs (copy mine)</source>
        <translation>Сақталған нұсқаны жүктеу (менікін көшіру)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Айдар</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Өзіме алу</translation>
    </message>
    <message>
        <source>Take the article over: the other editor can no longer save it</source>
        <translation>Мақаланы өзіңізге алу: басқа редактор оны енді сақтай алмайды</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>Салыстыру және біріктіру…</translation>
    </message>
    <message>
        <source>Show their version and yours side by side with the word changes, then keep one</source>
        <translation>Олардың нұсқасы мен сіздің нұсқаңызды сөз өзгерістерімен қатар көрсету, содан кейін біреуін қалдыру</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Мақала</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;Жаңа мақала</translation>
    </message>
    <message>
        <source>Create a new draft article</source>
        <translation>Жаңа мақаланың жобасын жасау</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save now and record a revision</source>
        <translation>Қазір сақтау және нұсқаны тіркеу</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Соңғы өзгерісті болдырмау</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Paste as plain &amp;text</source>
        <translation>Қарапайым &amp;мәтін ретінде қою</translation>
    </message>
    <message>
        <source>Paste without any formatting</source>
        <translation>Пішімдеусіз қою</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Қалың</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Қалың</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Subheading</source>
        <translation>&amp;Тақырыпша</translation>
    </message>
    <message>
        <source>Turn the paragraph into a subheading</source>
        <translation>Абзацты тақырыпшаға айналдыру</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>&amp;Quotation block</source>
        <translation>&amp;Дәйексөз блогы</translation>
    </message>
    <message>
        <source>Turn the paragraph into a quotation block</source>
        <translation>Абзацты дәйексөз блогына айналдыру</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Q</source>
        <translation>Ctrl+Alt+Q</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Сілтеме…</translation>
    </message>
    <message>
        <source>Link the selected text</source>
        <translation>Белгіленген мәтінге сілтеме қою</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Bulleted list</source>
        <translation>&amp;Маркерлі тізім</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Маркерлі тізім</translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>&amp;Нөмірленген тізім</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Нөмірленген тізім</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>&amp;Revisions</source>
        <translation>Нұсқа&amp;лар</translation>
    </message>
    <message>
        <source>Show the revisions of this article</source>
        <translation>Осы мақаланың нұсқаларын көрсету</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>&amp;Typography</source>
        <translation>Типо&amp;графика</translation>
    </message>
    <message>
        <source>Apply the house typography: quotation marks, dashes, non-breaking spaces</source>
        <translation>Редакцияның типографика ережелерін қолдану: тырнақшалар, тирелер, бөлінбейтін бос орындар</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Typography on &amp;paste</source>
        <translation>Қ&amp;ою кезінде типографиканы қолдану</translation>
    </message>
    <message>
        <source>En dash between words</source>
        <translation>Сөздер арасында қысқа тире</translation>
    </message>
    <message>
        <source>Write «», – сказал with an en dash instead of the em dash</source>
        <translation>«», – деді түрінде ұзын тиренің (—) орнына қысқа тирені (–) қолдану</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Жылдам пернелер</translation>
    </message>
    <message>
        <source>List of keyboard shortcuts</source>
        <translation>Жылдам пернелер тізімі</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Qalam</source>
        <translation>Qalam &amp;туралы</translation>
    </message>
    <message>
        <source>Work&amp;flow</source>
        <translation>К&amp;елісу</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Тексеруге жіберу</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Тексеруге</translation>
    </message>
    <message>
        <source>Send the article to the chief editor for review</source>
        <translation>Мақаланы бас редакторға тексеруге жіберу</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Withdraw from review</source>
        <translation>Тексеруден &amp;кері алу</translation>
    </message>
    <message>
        <source>Take the submission back to edit it again</source>
        <translation>Мақаланы қайта өңдеу үшін тексеруден кері алу</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>Т&amp;ексеру…</translation>
    </message>
    <message>
        <source>Review the article: changes, checks, comments, approve or return</source>
        <translation>Мақаланы тексеру: өзгерістер, ескертулер, түсініктемелер; мақұлдау немесе қайтару</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Мақұлдау…</translation>
    </message>
    <message>
        <source>Approve the article for publication, at once or at a set time</source>
        <translation>Мақаланы жариялауға мақұлдау — бірден немесе белгіленген уақытқа</translation>
    </message>
    <message>
        <source>&amp;Return with comment…</source>
        <translation>Түсініктемемен &amp;қайтару…</translation>
    </message>
    <message>
        <source>Send the article back to the writer with a comment</source>
        <translation>Мақаланы авторға түсініктемемен қайтару</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Жариялаудан алу…</translation>
    </message>
    <message>
        <source>Take the published article off the site, with a reason</source>
        <translation>Жарияланған мақаланы себебін көрсетіп сайттан алу</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Make a draft from agency copy, a press release or a saved web page (text or HTML)</source>
        <translation>Агенттік хабарынан, баспасөз релизінен немесе сақталған веб-беттен жоба жасау (мәтін немесе HTML)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import from &amp;clipboard</source>
        <translation>Алмасу &amp;буферінен импорттау</translation>
    </message>
    <message>
        <source>Make a draft from the text or web page on the clipboard</source>
        <translation>Алмасу буферіндегі мәтіннен немесе веб-беттен жоба жасау</translation>
    </message>
    <message>
        <source>Show &amp;original…</source>
        <translation>Т&amp;үпнұсқаны көрсету…</translation>
    </message>
    <message>
        <source>The text this article was imported from, for reference; never published</source>
        <translation>Мақала импортталған мәтін — анықтама үшін; жарияланбайды</translation>
    </message>
</context>
<context>
    <name>Qalam::ApprovalDialog</name>
    <message>
        <source>Approve the article</source>
        <translation>Мақаланы мақұлдау</translation>
    </message>
    <message>
        <source>Comment for the writer (optional):</source>
        <translation>Авторға түсініктеме (міндетті емес):</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Жариялау уақыты</translation>
    </message>
    <message>
        <source>Schedule the publication; without it the article may go out at once</source>
        <translation>Жариялауды жоспарлау; онсыз мақала бірден шығуы мүмкін</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Мақұлдау</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleDiff</name>
    <message>
        <source>Headline</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Caption of photo %1</source>
        <translation>Фото %1: сурет жазуы</translation>
    </message>
    <message>
        <source>Caption of photo %1 (added)</source>
        <translation>Фото %1: сурет жазуы (жаңа фото)</translation>
    </message>
    <message>
        <source>Credit line of photo %1</source>
        <translation>Фото %1: дереккөз жолы</translation>
    </message>
    <message>
        <source>Credit line of photo %1 (added)</source>
        <translation>Фото %1: дереккөз жолы (жаңа фото)</translation>
    </message>
    <message>
        <source>Caption of removed photo %1</source>
        <translation>Өшірілген фото %1: сурет жазуы</translation>
    </message>
    <message>
        <source>Credit line of removed photo %1</source>
        <translation>Өшірілген фото %1: дереккөз жолы</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Өзгеріс жоқ.</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleDocument</name>
    <message>
        <source>Edit field</source>
        <translation>Өрісті түзету</translation>
    </message>
    <message>
        <source>Change byline</source>
        <translation>Авторларды өзгерту</translation>
    </message>
    <message>
        <source>Change pull quotes</source>
        <translation>Шығарылған дәйексөздерді өзгерту</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Мәтінді түзету</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleEditor</name>
    <message>
        <source>Headline</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Lead: the news in one or two sentences</source>
        <translation>Лид: жаңалықтың мәні бір-екі сөйлеммен</translation>
    </message>
    <message>
        <source>Text of the article</source>
        <translation>Мақала мәтіні</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>үтір арқылы</translation>
    </message>
    <message>
        <source>e.g. передает Акорда</source>
        <translation>мысалы, Ақорда хабарлайды</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(автор жоқ)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Мекенжай (https://…):</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Типографика</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Түзету нұсқалары жоқ</translation>
    </message>
    <message>
        <source>Add «%1» to the newsroom dictionary</source>
        <translation>«%1» сөзін редакция сөздігіне қосу</translation>
    </message>
    <message>
        <source>Change the byline in the Authors panel</source>
        <translation>Мақала авторларын «Авторлар» панелінде өзгертуге болады</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListDelegate</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n сөз</numerusform>
            <numerusform>%n сөз</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>%1 бастап мерзімі өтті</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>%1 уақытына</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <source>Being edited by %1 (active %2)</source>
        <translation>%1 өңдеп отыр (соңғы белсенділік: %2)</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Жариялау %1 уақытына жоспарланған</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListModel</name>
    <message>
        <source>(no headline)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %3 · %n words</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n сөз</numerusform>
            <numerusform>%1
%2 · %3 · %n сөз</numerusform>
        </translation>
    </message>
    <message>
        <source>no byline</source>
        <translation>автор көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Тексерісте</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Мақұлданды</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кері алынды</translation>
    </message>
    <message>
        <source>Updated, not yet republished</source>
        <translation>Жаңартылды, қайта жарияланбаған</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Жариялаудан алынды</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStore</name>
    <message>
        <source>The database is busy; your text is kept, try again.</source>
        <translation>Дерекқор бос емес; мәтініңіз жоғалған жоқ, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The change could not be written; your text is kept.</source>
        <translation>Өзгерісті жазу мүмкін болмады; мәтініңіз жоғалған жоқ.</translation>
    </message>
    <message>
        <source>This article was changed elsewhere (it is now at version %1; your edit is based on version %2). Nothing was overwritten and your text is kept in the editor: reload the article and apply your change again.</source>
        <translation>Бұл мақала басқа жерде өзгертілген (қазір ол %1-нұсқада, ал сіздің түзетуіңіз %2-нұсқаға негізделген). Ештеңе қайта жазылған жоқ, мәтініңіз редакторда қалды: мақаланы қайта жүктеп, өзгерісіңізді қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>The new article could not be stored.</source>
        <translation>Жаңа мақаланы сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>Мақаланы оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Идентификаторы %1 болатын мақала жоқ.</translation>
    </message>
    <message>
        <source>The article could not be saved; your text is kept.</source>
        <translation>Мақаланы сақтау мүмкін болмады; мәтініңіз жоғалған жоқ.</translation>
    </message>
    <message>
        <source>The article list could not be read.</source>
        <translation>Мақалалар тізімін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The pull quotes could not be saved.</source>
        <translation>Шығарылған дәйексөздерді сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The pull quotes could not be read.</source>
        <translation>Шығарылған дәйексөздерді оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The byline could not be saved.</source>
        <translation>Мақала авторларын сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The byline could not be read.</source>
        <translation>Мақала авторларын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The revision could not be recorded.</source>
        <translation>Нұсқаны жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The revisions could not be read.</source>
        <translation>Нұсқаларды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The revision could not be read.</source>
        <translation>Нұсқаны оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no revision #%1.</source>
        <translation>#%1 нұсқасы жоқ.</translation>
    </message>
    <message>
        <source>The authors could not be read.</source>
        <translation>Авторлар тізімін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>Автордың атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The author could not be added.</source>
        <translation>Авторды қосу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The regions could not be read.</source>
        <translation>Өңірлер тізімін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The editor position could not be remembered.</source>
        <translation>Редактордағы орынды есте сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The editor position could not be read.</source>
        <translation>Редактордағы орынды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>%1: your change was not saved and is kept in the editor.</source>
        <translation>%1: өзгерісіңіз сақталмады, ол редакторда қалды.</translation>
    </message>
    <message>
        <source>The database server cannot be reached; your text is kept.</source>
        <translation>Дерекқор серверіне қосылу мүмкін емес; мәтініңіз жоғалған жоқ.</translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorDirectory</name>
    <message>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Әзірленуде</translation>
    </message>
    <message>
        <source>Published
this month</source>
        <translation>Осы айда
жарияланды</translation>
    </message>
    <message>
        <source>Last
published</source>
        <translation>Соңғы
жариялым</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Articles with this author not published yet</source>
        <translation>Осы автордың әлі жарияланбаған мақалалары</translation>
    </message>
    <message>
        <source>Search: name, position, region or desk</source>
        <translation>Іздеу: аты-жөні, лауазымы, өңірі немесе бөлімі</translation>
    </message>
    <message>
        <source>New author…</source>
        <translation>Жаңа автор…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>істейді</translation>
    </message>
    <message>
        <source>left</source>
        <translation>кеткен</translation>
    </message>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n автор</numerusform>
            <numerusform>%n автор</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n істейді</numerusform>
            <numerusform>%n істейді</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorPickerDialog</name>
    <message>
        <source>Add an author to the byline</source>
        <translation>Авторлар тізіміне автор қосу</translation>
    </message>
    <message>
        <source>Search: name, position, region or desk</source>
        <translation>Іздеу: аты-жөні, лауазымы, өңірі немесе бөлімі</translation>
    </message>
    <message>
        <source>Add to byline</source>
        <translation>Авторларға қосу</translation>
    </message>
    <message>
        <source>%1 (left the newsroom)</source>
        <translation>%1 (редакциядан кеткен)</translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorProfileDialog</name>
    <message>
        <source>New author</source>
        <translation>Жаңа автор</translation>
    </message>
    <message>
        <source>Author profile</source>
        <translation>Автор профилі</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Фото таңдау…</translation>
    </message>
    <message>
        <source>A portrait; it is cropped to a square and stored small</source>
        <translation>Портрет; ол шаршы етіп қиылып, кішірейтіліп сақталады</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Фотоны алып тастау</translation>
    </message>
    <message>
        <source>e.g. Редактор региональных новостей</source>
        <translation>мысалы, Өңірлік жаңалықтар редакторы</translation>
    </message>
    <message>
        <source>e.g. Новости регионов</source>
        <translation>мысалы, Өңір жаңалықтары</translation>
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
        <translation>Әр жолға бір сілтеме: https://t.me/…, https://instagram.com/…</translation>
    </message>
    <message>
        <source>Two or three sentences for the author&apos;s page</source>
        <translation>Автор парағына арналған екі-үш сөйлем</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>Left the newsroom (stays on the bylines of old articles)</source>
        <translation>Редакциядан кеткен (бұрынғы мақалалардың авторы болып қалады)</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Өңір:</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Бөлім:</translation>
    </message>
    <message>
        <source>Short bio:</source>
        <translation>Қысқаша өмірбаян:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. пошта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Сілтемелер:</translation>
    </message>
    <message>
        <source>Author&apos;s picture</source>
        <translation>Автордың фотосы</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Суреттер (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Тек оқу: %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(аты әлі көрсетілмеген)</translation>
    </message>
    <message>
        <source>The name as bylines print it</source>
        <translation>Мақалаларда аты осылай көрсетіледі</translation>
    </message>
    <message>
        <source>%1 is not a picture Qalam can read (%2). The profile keeps its picture.</source>
        <translation>%1 — Qalam оқи алатын сурет емес (%2). Профильде бұрынғы фото қалды.</translation>
    </message>
    <message>
        <source>Type the author&apos;s family name; bylines print it.</source>
        <translation>Автордың тегін енгізіңіз: ол мақалаларда көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorStore</name>
    <message>
        <source>The author&apos;s photo must be a PNG or JPEG picture of at most 20 MB.</source>
        <translation>Автордың фотосы көлемі 20 МБ-тан аспайтын PNG немесе JPEG суреті болуы керек.</translation>
    </message>
    <message>
        <source>The author&apos;s photo could not be read; it may be damaged. Try another PNG or JPEG file.</source>
        <translation>Автордың фотосын оқу мүмкін болмады; файл зақымдалған болуы мүмкін. Басқа PNG немесе JPEG файлын қолданып көріңіз.</translation>
    </message>
    <message>
        <source>The author&apos;s photo could not be converted.</source>
        <translation>Автордың фотосын түрлендіру мүмкін болмады.</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>Автордың атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The newsroom settings could not be read.</source>
        <translation>Редакция баптауларын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The author profiles could not be read.</source>
        <translation>Автор профильдерін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is already a profile for %1 (author %2). Edit that profile, or tell the two apart, for example by a middle name.</source>
        <translation>%1 үшін профиль бұрыннан бар (автор %2). Сол профильді өзгертіңіз немесе екеуін ажыратыңыз, мысалы, әкесінің атын қосыңыз.</translation>
    </message>
    <message>
        <source>The author profile could not be read.</source>
        <translation>Автор профилін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no author %1.</source>
        <translation>%1 авторы жоқ.</translation>
    </message>
    <message>
        <source>Give an author&apos;s name to look for.</source>
        <translation>Іздеу үшін автордың атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no author named %1.</source>
        <translation>%1 есімді автор жоқ.</translation>
    </message>
    <message>
        <source>The profile of %1 could not be added.</source>
        <translation>%1 профилін қосу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The profile of %1 could not be saved.</source>
        <translation>%1 профилін сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The authors&apos; article counts could not be read.</source>
        <translation>Авторлардың мақала санын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The byline name order could not be saved.</source>
        <translation>Авторлар есімдерінің жазылу ретін сақтау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorsDock</name>
    <message>
        <source>Kazakh</source>
        <translation>қазақ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ағылшын</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Мақала авторлары</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Add an author to the byline</source>
        <translation>Авторлар тізіміне автор қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Take the selected author off the byline (Delete)</source>
        <translation>Таңдалған авторды авторлар тізімінен алып тастау (Delete)</translation>
    </message>
    <message>
        <source>Move the selected author up (Alt+Up)</source>
        <translation>Таңдалған авторды жоғары жылжыту (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected author down (Alt+Down)</source>
        <translation>Таңдалған авторды төмен жылжыту (Alt+Down)</translation>
    </message>
    <message>
        <source>All authors…</source>
        <translation>Барлық авторлар…</translation>
    </message>
    <message>
        <source>The newsroom&apos;s authors with their article counts</source>
        <translation>Редакция авторлары және олардың мақала саны</translation>
    </message>
    <message>
        <source>%1
Left the newsroom</source>
        <translation>%1
Редакциядан кеткен</translation>
    </message>
    <message>
        <source>Open an article to see its byline.</source>
        <translation>Авторларын көру үшін мақаланы ашыңыз.</translation>
    </message>
    <message>
        <source>No author in the byline yet.</source>
        <translation>Мақала авторлары әлі көрсетілмеген.</translation>
    </message>
    <message>
        <source>The article is read-only.</source>
        <translation>Мақала тек оқуға ашық.</translation>
    </message>
    <message>
        <source>Read-only: you may not change this byline.</source>
        <translation>Тек оқу: бұл мақаланың авторларын өзгерте алмайсыз.</translation>
    </message>
    <message>
        <source>Left the newsroom; stays on old bylines</source>
        <translation>Редакциядан кеткен; бұрынғы мақалалардың авторы болып қалады</translation>
    </message>
    <message>
        <source>No short bio in %1 yet.</source>
        <translation>%1 тіліндегі қысқаша өмірбаян әлі жоқ.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Профильді өзгерту…</translation>
    </message>
    <message>
        <source>Show profile…</source>
        <translation>Профильді көрсету…</translation>
    </message>
</context>
<context>
    <name>Qalam::ChangeFeed</name>
    <message>
        <source>The change could not be announced to the other desks.</source>
        <translation>Өзгеріс туралы басқа жұмыс орындарына хабарлау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Qalam::ChecksDock</name>
    <message>
        <source>Checks</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <source>%1 — «%2»</source>
        <translation>%1 — «%2»</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Ескерту жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::CliApp</name>
    <message>
        <source>Usage: %1</source>
        <translation>Қолданылуы: %1</translation>
    </message>
    <message>
        <source>Machine-readable JSON output</source>
        <translation>Машинамен оқылатын JSON шығысы</translation>
    </message>
    <message>
        <source>Describe the command</source>
        <translation>Команданың сипаттамасын көрсету</translation>
    </message>
    <message>
        <source>Create a draft article and print its id. The body file is HTML (reduced to the allowed subset) or plain text (one paragraph per line), UTF-8.</source>
        <translation>Жоба мақала жасап, оның идентификаторын шығару. Мәтін файлы — HTML (рұқсат етілген ішкі жиынға дейін қысқартылады) немесе қарапайым мәтін (әр жолда бір абзац), UTF-8 кодтауында.</translation>
    </message>
    <message>
        <source>Headline (required)</source>
        <translation>Тақырып (міндетті)</translation>
    </message>
    <message>
        <source>Lead paragraph</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Body from a .html or .txt file</source>
        <translation>.html немесе .txt файлындағы мәтін</translation>
    </message>
    <message>
        <source>Region, e.g. Алматы</source>
        <translation>Өңір, мысалы Алматы</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Айдар</translation>
    </message>
    <message>
        <source>A tag (repeatable)</source>
        <translation>Тег (бірнеше рет көрсетуге болады)</translation>
    </message>
    <message>
        <source>Source attribution, e.g. &quot;передает Акорда&quot;</source>
        <translation>Дереккөзге сілтеме, мысалы «Ақорда хабарлайды»</translation>
    </message>
    <message>
        <source>Article language (default ru)</source>
        <translation>Мақала тілі (әдепкі ru)</translation>
    </message>
    <message>
        <source>Byline author, created when new (repeatable)</source>
        <translation>Мақала авторы; жаңа автор автоматты түрде жасалады (бірнеше рет көрсетуге болады)</translation>
    </message>
    <message>
        <source>List articles, most recently changed first.</source>
        <translation>Мақалалар тізімін шығару, соңғы өзгертілгендері бірінші.</translation>
    </message>
    <message>
        <source>Full-text search (prefix match on every word)</source>
        <translation>Толық мәтінді іздеу (әр сөздің басы бойынша)</translation>
    </message>
    <message>
        <source>Only this region</source>
        <translation>Тек осы өңір</translation>
    </message>
    <message>
        <source>At most N articles</source>
        <translation>Ең көбі N мақала</translation>
    </message>
    <message>
        <source>Print one article.</source>
        <translation>Бір мақаланы шығару.</translation>
    </message>
    <message>
        <source>Export one article as Qalam JSON or a sanitised HTML page.</source>
        <translation>Бір мақаланы Qalam JSON немесе тазартылған HTML беті ретінде экспорттау.</translation>
    </message>
    <message>
        <source>Output format (required)</source>
        <translation>Шығыс пішімі (міндетті)</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output</source>
        <translation>Стандартты шығыстың орнына FILE файлына жазу</translation>
    </message>
    <message>
        <source>List an article&apos;s revisions, newest first.</source>
        <translation>Мақала нұсқаларының тізімін шығару, ең жаңасы бірінші.</translation>
    </message>
    <message>
        <source>Create or upgrade the database; with --sample, load the sample newsroom into an empty one.</source>
        <translation>Дерекқорды жасау немесе жаңарту; --sample берілсе, бос дерекқорға үлгі редакцияны жүктеу.</translation>
    </message>
    <message>
        <source>Load the bundled sample newsroom when the database has no articles</source>
        <translation>Дерекқорда мақала болмаса, кірістірілген үлгі редакцияны жүктеу</translation>
    </message>
    <message>
        <source>Print the direct quotations of a text file or an article, with who said them. Offsets count UTF-16 code units; an article&apos;s text is its headline, lead and body, one per line.</source>
        <translation>Мәтін файлындағы немесе мақаладағы тура дәйексөздерді сөз иелерімен бірге шығару. Ығысулар UTF-16 код бірліктерімен есептеледі; мақала мәтіні — оның тақырыбы, лиді және негізгі мәтіні, әрқайсысы жеке жолда.</translation>
    </message>
    <message>
        <source>Analyse this article instead of a file</source>
        <translation>Файлдың орнына осы мақаланы талдау</translation>
    </message>
    <message>
        <source>Print every finding in an article or a text file: quotations, placeholders, spelling and typography, with line:column and severity. Exits 1 when an error-level finding exists.</source>
        <translation>Мақаладағы немесе мәтін файлындағы барлық ескертулерді шығару: дәйексөздер, толтырғыштар, емле және типографика — орнымен (жол:баған) және маңыздылық деңгейімен. «Қате» деңгейіндегі ескерту болса, шығу коды 1.</translation>
    </message>
    <message>
        <source>Language of a text file (an article has its own; default ru)</source>
        <translation>Мәтін файлының тілі (мақаланың тілі өзінде көрсетілген; әдепкі ru)</translation>
    </message>
    <message>
        <source>The house dash for the typography check (default em)</source>
        <translation>Типографиканы тексеру үшін редакцияда қабылданған тире (әдепкі em)</translation>
    </message>
    <message>
        <source>Import a picture (stored once, whatever the number of articles using it) and attach it to an article; prints the photo id.</source>
        <translation>Суретті импорттап (оны қанша мақала пайдаланса да, бір данада сақталады), мақалаға тіркеу; фото идентификаторын шығарады.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Сурет жазуы</translation>
    </message>
    <message>
        <source>Alt text for readers who cannot see the picture</source>
        <translation>Суретті көре алмайтын оқырмандарға арналған балама мәтін</translation>
    </message>
    <message>
        <source>Credit source, e.g. Акорда</source>
        <translation>Фото дереккөзі, мысалы Ақорда</translation>
    </message>
    <message>
        <source>staff, agency, press-service, ugc, archive or handout</source>
        <translation>staff, agency, press-service, ugc, archive немесе handout</translation>
    </message>
    <message>
        <source>Photographer or creator</source>
        <translation>Фотограф немесе сурет авторы</translation>
    </message>
    <message>
        <source>Licence or usage note</source>
        <translation>Лицензия немесе пайдалану шарттары</translation>
    </message>
    <message>
        <source>Who sent a user-generated picture</source>
        <translation>Оқырман суретінің (UGC) жіберушісі</translation>
    </message>
    <message>
        <source>The sender&apos;s contact (never published)</source>
        <translation>Жіберушінің байланыс деректері (жарияланбайды)</translation>
    </message>
    <message>
        <source>How it came: messenger, e-mail, social network</source>
        <translation>Қалай келді: мессенджер, электрондық пошта, әлеуметтік желі</translation>
    </message>
    <message>
        <source>Whether the sender gave permission</source>
        <translation>Жіберуші рұқсат берді ме</translation>
    </message>
    <message>
        <source>The permission wording or message reference</source>
        <translation>Рұқсат мәтіні немесе хабарламаға сілтеме</translation>
    </message>
    <message>
        <source>Make it the article&apos;s lead photo</source>
        <translation>Мақаланың басты фотосы ету</translation>
    </message>
    <message>
        <source>List an article&apos;s photos with their captions and credit lines.</source>
        <translation>Мақаланың фотоларын сурет жазуларымен және дереккөз жолдарымен тізіп шығару.</translation>
    </message>
    <message>
        <source>Change a photo&apos;s caption, alt text, credit or consent record.</source>
        <translation>Фотоның сурет жазуын, балама мәтінін, дереккөзін немесе рұқсат туралы жазбасын өзгерту.</translation>
    </message>
    <message>
        <source>Write the publishing rendition: orientation applied, size limited, caption, creator and credit line in IPTC and XMP, GPS and serial numbers removed (always for UGC).</source>
        <translation>Жариялауға арналған нұсқаны жазу: бағдары қолданылады, өлшемі шектеледі, сурет жазуы, авторы және дереккөз жолы IPTC мен XMP-ке жазылады, GPS координаттары мен сериялық нөмірлер өшіріледі (UGC үшін әрдайым).</translation>
    </message>
    <message>
        <source>Longest edge in pixels (default 2048)</source>
        <translation>Ұзын жағының өлшемі пиксельмен (әдепкі 2048)</translation>
    </message>
    <message>
        <source>JPEG quality 1–100 (default 85)</source>
        <translation>JPEG сапасы 1–100 (әдепкі 85)</translation>
    </message>
    <message>
        <source>Remove private metadata from any picture, not only UGC</source>
        <translation>Жеке метадеректерді UGC-ден ғана емес, кез келген суреттен өшіру</translation>
    </message>
    <message>
        <source>Show or change the newsroom&apos;s photo settings: the credit-line template (with {source}), the rendition size and quality, and whether every rendition loses its private metadata.</source>
        <translation>Редакцияның фото баптауларын көрсету немесе өзгерту: дереккөз жолының үлгісі ({source} бар), жариялау нұсқаларының өлшемі мен сапасы және әр нұсқадан жеке метадеректерді жою керек пе.</translation>
    </message>
    <message>
        <source>e.g. &quot;Фото: {source}&quot;</source>
        <translation>мысалы, «Фото: {source}»</translation>
    </message>
    <message>
        <source>Longest edge of renditions in pixels</source>
        <translation>Жариялау нұсқаларының ұзын жағы, пиксель</translation>
    </message>
    <message>
        <source>JPEG quality of renditions, 1–100</source>
        <translation>Жариялау нұсқаларының JPEG сапасы, 1–100</translation>
    </message>
    <message>
        <source>Remove GPS, serials and owner names from every rendition, not only UGC</source>
        <translation>GPS, сериялық нөмірлер мен иелерінің атын UGC ғана емес, барлық нұсқадан жою</translation>
    </message>
    <message>
        <source>Read UTF-8 text on standard input and write it with the house typography applied.</source>
        <translation>Стандартты кірістен UTF-8 мәтінін оқып, оны редакцияның типографика ережелерін қолданып шығару.</translation>
    </message>
    <message>
        <source>Language of the text (default ru)</source>
        <translation>Мәтін тілі (әдепкі ru)</translation>
    </message>
    <message>
        <source>The dash between words (default em)</source>
        <translation>Сөздер арасындағы тире (әдепкі em)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметрлер:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Жалпы параметрлер:</translation>
    </message>
    <message>
        <source>qalam-cli: the Qalam newsroom editor&apos;s command line.</source>
        <translation>qalam-cli: Qalam редакциялық жүйесінің командалық жолы.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Командалар:</translation>
    </message>
    <message>
        <source>Run &quot;qalam-cli help COMMAND&quot; for one command&apos;s options.</source>
        <translation>Бір команданың параметрлерін көру үшін «qalam-cli help COMMAND» іске қосыңыз.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or input.</source>
        <translation>Шығу кодтары: 0 — сәтті, 1 — операция орындалмады, 2 — қате қолдану немесе кіріс деректер.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>--%1 параметріне мән қажет.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;qalam-cli help&quot;.</source>
        <translation>Белгісіз команда «%1». «qalam-cli help» іске қосыңыз.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2&quot;.</source>
        <translation>«%2» үшін белгісіз параметр: --%1.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>--%1 параметрі мән қабылдамайды.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>--%1 параметрі екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs more arguments.</source>
        <translation>«%1» үшін көбірек аргумент қажет.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an article id.</source>
        <translation>«%1» үшін мақала идентификаторы қажет.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Күтпеген аргумент «%1».</translation>
    </message>
    <message>
        <source>A new article needs --headline.</source>
        <translation>Жаңа мақала үшін --headline қажет.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ru, kk or en.</source>
        <translation>Белгісіз тіл «%1»: ru, kk немесе en қолданыңыз.</translation>
    </message>
    <message>
        <source>Cannot read the body file %1: %2</source>
        <translation>%1 мәтін файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The body file %1 is not UTF-8 text.</source>
        <translation>%1 мәтін файлы UTF-8 мәтіні емес.</translation>
    </message>
    <message>
        <source>--limit needs a whole number.</source>
        <translation>--limit үшін бүтін сан қажет.</translation>
    </message>
    <message>
        <source>Id: %1 · version %2 · %3 · %4</source>
        <translation>ID: %1 · нұсқа %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>Авторлар: %1</translation>
    </message>
    <message>
        <source>Region: %1 · Rubric: %2 · Tags: %3</source>
        <translation>Өңір: %1 · Айдар: %2 · Тегтер: %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message>
        <source>Updated: %1 UTC · %2 words · %3 characters with spaces</source>
        <translation>Жаңартылды: %1 UTC · %2 сөз · бос орындарымен %3 таңба</translation>
    </message>
    <message>
        <source>Unknown or missing --format: use json or html.</source>
        <translation>--format белгісіз немесе көрсетілмеген: json немесе html қолданыңыз.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Экспорттау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 жолында дерекқор жоқ.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation>Схема нұсқасы: %1 (ең соңғысы — %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Тұтастық: қалыпты</translation>
    </message>
    <message>
        <source>Integrity: damaged</source>
        <translation>Тұтастық: бұзылған</translation>
    </message>
    <message numerus="yes">
        <source>Database %1 is at schema %2; %n sample article(s) added.</source>
        <translation>
            <numerusform>%1 дерекқоры: схема %2; %n үлгі мақала қосылды.</numerusform>
            <numerusform>%1 дерекқоры: схема %2; %n үлгі мақала қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 файлы UTF-8 мәтіні емес.</translation>
    </message>
    <message>
        <source>Name a text file or an article (--id ID).</source>
        <translation>Мәтін файлын немесе мақаланы көрсетіңіз (--id ID).</translation>
    </message>
    <message>
        <source>%1 is neither a file nor an article id.</source>
        <translation>%1 — файл да, мақала идентификаторы да емес.</translation>
    </message>
    <message>
        <source>(title)</source>
        <translation>(атау)</translation>
    </message>
    <message>
        <source>(attributed)</source>
        <translation>(авторы көрсетілген)</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(авторы көрсетілмеген)</translation>
    </message>
    <message>
        <source>--dash takes em or en.</source>
        <translation>--dash мәні em немесе en болуы керек.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Стандартты кірісті оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The input is not UTF-8 text.</source>
        <translation>Кіріс деректер UTF-8 мәтіні емес.</translation>
    </message>
    <message>
        <source>spelling not checked: %1</source>
        <translation>емле тексерілмеді: %1</translation>
    </message>
    <message>
        <source>Unknown credit type &quot;%1&quot;: use staff, agency, press-service, ugc, archive or handout.</source>
        <translation>Белгісіз дереккөз түрі «%1»: staff, agency, press-service, ugc, archive немесе handout қолданыңыз.</translation>
    </message>
    <message>
        <source>--ugc-permission takes yes or no.</source>
        <translation>--ugc-permission мәні yes немесе no болуы керек.</translation>
    </message>
    <message>
        <source>A photo id is a number.</source>
        <translation>Фото идентификаторы сан болуы керек.</translation>
    </message>
    <message>
        <source>--max-edge needs a number of pixels (16 or more).</source>
        <translation>--max-edge үшін пиксель саны қажет (16 немесе одан көп).</translation>
    </message>
    <message>
        <source>--quality takes 1 to 100.</source>
        <translation>--quality мәні 1-ден 100-ге дейін болуы керек.</translation>
    </message>
    <message>
        <source>--strip-all-photos takes yes or no.</source>
        <translation>--strip-all-photos мәні yes немесе no.</translation>
    </message>
    <message>
        <source>Credit template: %1</source>
        <translation>Дереккөз жолының үлгісі: %1</translation>
    </message>
    <message>
        <source>Renditions: %1 px, quality %2</source>
        <translation>Жариялау нұсқалары: %1 пикс., сапасы %2</translation>
    </message>
    <message>
        <source>Private metadata removed from every rendition</source>
        <translation>Жеке метадеректер барлық нұсқадан жойылады</translation>
    </message>
    <message>
        <source>Private metadata removed from UGC renditions</source>
        <translation>Жеке метадеректер UGC нұсқаларынан жойылады</translation>
    </message>
    <message>
        <source>This newsroom has user accounts: pass --user LOGIN (the password comes from QALAM_PASSWORD or a prompt).</source>
        <translation>Бұл редакцияда тіркелгілер бар: --user LOGIN көрсетіңіз (құпиясөз QALAM_PASSWORD айнымалысынан алынады немесе сұралады).</translation>
    </message>
    <message>
        <source>Act as this user; the password comes from $QALAM_PASSWORD or a prompt on a terminal</source>
        <translation>Осы пайдаланушы атынан әрекет ету; құпиясөз $QALAM_PASSWORD айнымалысынан алынады немесе терминалда сұралады</translation>
    </message>
    <message>
        <source>regional-editor, photo-editor, chief-editor or administrator (repeatable)</source>
        <translation>regional-editor, photo-editor, chief-editor немесе administrator (бірнеше рет көрсетуге болады)</translation>
    </message>
    <message>
        <source>A region whose articles a regional editor edits (repeatable)</source>
        <translation>Өңірлік жаңалықтар редакторы мақалаларын өңдейтін өңір (бірнеше рет көрсетуге болады)</translation>
    </message>
    <message>
        <source>Display name, e.g. &quot;Колмакова Виктория&quot;</source>
        <translation>Көрсетілетін аты, мысалы «Колмакова Виктория»</translation>
    </message>
    <message>
        <source>The user&apos;s byline profile</source>
        <translation>Пайдаланушыға байланыстырылған автор профилі</translation>
    </message>
    <message>
        <source>Position, e.g. &quot;Редактор региональных новостей&quot;</source>
        <translation>Лауазымы, мысалы «Өңірлік жаңалықтар редакторы»</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Электрондық пошта мекенжайы</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Телефон нөмірі</translation>
    </message>
    <message>
        <source>Short biography in Russian</source>
        <translation>Орыс тіліндегі қысқаша өмірбаян</translation>
    </message>
    <message>
        <source>Short biography in Kazakh</source>
        <translation>Қазақ тіліндегі қысқаша өмірбаян</translation>
    </message>
    <message>
        <source>Short biography in English</source>
        <translation>Ағылшын тіліндегі қысқаша өмірбаян</translation>
    </message>
    <message>
        <source>A social profile (repeatable; replaces the list)</source>
        <translation>Әлеуметтік желідегі профиль (бірнеше рет көрсетуге болады; тізімді алмастырады)</translation>
    </message>
    <message>
        <source>Family name (the byline order uses the parts)</source>
        <translation>Тегі (автордың атын редакцияда қабылданған ретпен көрсету үшін қажет)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>A comment for the audit trail</source>
        <translation>Әрекеттер журналына арналған түсініктеме</translation>
    </message>
    <message>
        <source>Change an article&apos;s text or details and record a revision. Changing an approved article&apos;s text voids the approval.</source>
        <translation>Мақаланың мәтінін немесе мәліметтерін өзгертіп, нұсқаны тіркеу. Мақұлданған мақаланың мәтінін өзгерту мақұлдауды жояды.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>A tag (repeatable; replaces the tags)</source>
        <translation>Тег (бірнеше рет көрсетуге болады; тегтерді алмастырады)</translation>
    </message>
    <message>
        <source>Source attribution</source>
        <translation>Дереккөзге сілтеме</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Мақала тілі</translation>
    </message>
    <message>
        <source>draft, in_review, returned, approved, published, withdrawn, updated or unpublished</source>
        <translation>draft, in_review, returned, approved, published, withdrawn, updated немесе unpublished</translation>
    </message>
    <message>
        <source>Set an article&apos;s byline: these author profiles, in this order.</source>
        <translation>Мақала авторларын белгілеу: көрсетілген автор профильдері, көрсетілген ретпен.</translation>
    </message>
    <message>
        <source>An author profile id (repeatable; the order is kept)</source>
        <translation>Автор профилінің идентификаторы (бірнеше рет көрсетуге болады; реті сақталады)</translation>
    </message>
    <message>
        <source>Send an article for review. Refused while a photo lacks its caption, alt text or credit.</source>
        <translation>Мақаланы тексеруге жіберу. Қандай да бір фотоның жазуы, балама мәтіні немесе дереккөзі жоқ болса, орындалмайды.</translation>
    </message>
    <message>
        <source>Take one&apos;s own submission back from review.</source>
        <translation>Өз мақалаңызды тексеруден кері алу.</translation>
    </message>
    <message>
        <source>Approve an article in review, optionally for publication at a set local time.</source>
        <translation>Тексерістегі мақаланы мақұлдау, қажет болса, белгіленген жергілікті уақытта жариялау шартымен.</translation>
    </message>
    <message>
        <source>Scheduled publication, local time</source>
        <translation>Жоспарланған жариялау, жергілікті уақыт</translation>
    </message>
    <message>
        <source>Return an article to its writer with a comment saying what to fix.</source>
        <translation>Мақаланы авторына нені түзету керегі туралы түсініктемемен қайтару.</translation>
    </message>
    <message>
        <source>What to fix (required)</source>
        <translation>Нені түзету керек (міндетті)</translation>
    </message>
    <message>
        <source>Why it is taken off (required)</source>
        <translation>Алу себебі (міндетті)</translation>
    </message>
    <message>
        <source>Add a comment to an article&apos;s editorial thread (never published).</source>
        <translation>Мақаланың редакциялық талқылауына түсініктеме қосу (жарияланбайды).</translation>
    </message>
    <message>
        <source>Print an article&apos;s editorial comment thread, oldest first.</source>
        <translation>Мақаланың редакциялық талқылауын шығару, ең ескі түсініктемелер бірінші.</translation>
    </message>
    <message>
        <source>Print an article&apos;s audit trail, oldest first: when, who, what, from which state to which, the comment and the revision.</source>
        <translation>Мақаламен жасалған әрекеттер журналын шығару, ең ескі жазбалар бірінші: қашан, кім, не істеді, қай күйден қай күйге, түсініктеме және нұсқа.</translation>
    </message>
    <message>
        <source>Print the word-level changes of an article, [-removed-] and {+added+}: by default from the last approved revision (or the first) to the current text.</source>
        <translation>Мақаланың сөз деңгейіндегі өзгерістерін шығару, [-өшірілгені-] және {+қосылғаны+}: әдепкі бойынша соңғы мақұлданған нұсқадан (немесе біріншісінен) ағымдағы мәтінге дейін.</translation>
    </message>
    <message>
        <source>Compare from this revision id</source>
        <translation>Осы идентификаторлы нұсқадан бастап салыстыру</translation>
    </message>
    <message>
        <source>Compare up to this revision id</source>
        <translation>Осы идентификаторлы нұсқаға дейін салыстыру</translation>
    </message>
    <message>
        <source>List the signed-in user&apos;s unread notifications, newest first, or mark one read.</source>
        <translation>Жүйеге кірген пайдаланушының оқылмаған хабарландыруларын шығару, ең жаңасы бірінші, немесе біреуін оқылды деп белгілеу.</translation>
    </message>
    <message>
        <source>Read ones too</source>
        <translation>Оқылғандарын да қоса</translation>
    </message>
    <message>
        <source>Mark this notification read</source>
        <translation>Осы хабарландыруды оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>Add a user account. The password comes from $QALAM_NEW_PASSWORD (or $QALAM_PASSWORD when not signing in with --user) or a prompt. While the newsroom has no user, the first administrator needs no --user.</source>
        <translation>Тіркелгі қосу. Құпиясөз $QALAM_NEW_PASSWORD айнымалысынан (--user арқылы кірмесе, $QALAM_PASSWORD айнымалысынан) алынады немесе сұралады. Редакцияда пайдаланушы болмаған кезде бірінші әкімшіге --user қажет емес.</translation>
    </message>
    <message>
        <source>List the user accounts with their roles and regions.</source>
        <translation>Тіркелгілер тізімін рөлдерімен және өңірлерімен шығару.</translation>
    </message>
    <message>
        <source>Change a user&apos;s roles, regions, display name, author profile or active flag. --role and --region replace the lists.</source>
        <translation>Пайдаланушының рөлдерін, өңірлерін, көрсетілетін атын, автор профилін немесе белсенділігін өзгерту. --role және --region тізімдерді алмастырады.</translation>
    </message>
    <message>
        <source>Whether the account may sign in</source>
        <translation>Тіркелгі жүйеге кіре ала ма</translation>
    </message>
    <message>
        <source>Set a user&apos;s password from $QALAM_NEW_PASSWORD or a prompt.</source>
        <translation>Пайдаланушының құпиясөзін $QALAM_NEW_PASSWORD айнымалысынан немесе сұрау арқылы орнату.</translation>
    </message>
    <message>
        <source>Add an author profile and print its id.</source>
        <translation>Автор профилін қосып, оның идентификаторын шығару.</translation>
    </message>
    <message>
        <source>List the author profiles with their articles drafted, published this month and last published.</source>
        <translation>Автор профильдерінің тізімін шығару: әзірленіп жатқан мақалалар, осы айда жарияланғандары және соңғы жариялым күні.</translation>
    </message>
    <message>
        <source>Match name, position, region or desk</source>
        <translation>Аты-жөні, лауазымы, өңірі немесе бөлімі бойынша іздеу</translation>
    </message>
    <message>
        <source>Print one author profile with its counts.</source>
        <translation>Бір автор профилін статистикасымен шығару.</translation>
    </message>
    <message>
        <source>Change an author profile. --left marks an author who left (old bylines keep them).</source>
        <translation>Автор профилін өзгерту. --left редакциядан кеткен авторды белгілейді (бұрынғы мақалаларда ол қалады).</translation>
    </message>
    <message>
        <source>Name as printed</source>
        <translation>Жарияланатын аты</translation>
    </message>
    <message>
        <source>The author has left the newsroom</source>
        <translation>Автор редакциядан кетті</translation>
    </message>
    <message>
        <source>The author works here again</source>
        <translation>Автор редакцияда қайта істейді</translation>
    </message>
    <message>
        <source>Global options (before or after the command): --db PATH, --user LOGIN, --json, --help</source>
        <translation>Жалпы параметрлер (командадан бұрын немесе кейін): --db PATH, --user LOGIN, --json, --help</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>«%1» үшін ішкі команда қажет: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <translation>«%1» үшін %2 қажет.</translation>
    </message>
    <message>
        <source>--user needs a login.</source>
        <translation>--user үшін логин қажет.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 үшін құпиясөз: </translation>
    </message>
    <message>
        <source>No password for %1: set QALAM_PASSWORD, or run qalam-cli on a terminal to be asked.</source>
        <translation>%1 үшін құпиясөз жоқ: QALAM_PASSWORD орнатыңыз немесе құпиясөзді енгізу үшін qalam-cli бағдарламасын терминалда іске қосыңыз.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Құпиясөзді қайталаңыз: </translation>
    </message>
    <message>
        <source>The passwords do not match; nothing was changed.</source>
        <translation>Құпиясөздер сәйкес келмейді; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 үшін жаңа құпиясөз: </translation>
    </message>
    <message>
        <source>No password for %1: set QALAM_NEW_PASSWORD, or run qalam-cli on a terminal to be asked.</source>
        <translation>%1 үшін құпиясөз жоқ: QALAM_NEW_PASSWORD орнатыңыз немесе құпиясөзді енгізу үшін qalam-cli бағдарламасын терминалда іске қосыңыз.</translation>
    </message>
    <message>
        <source>Nothing to change: give --headline, --lead, --body-file or another option.</source>
        <translation>Өзгертетін ештеңе жоқ: --headline, --lead, --body-file немесе басқа параметрді көрсетіңіз.</translation>
    </message>
    <message>
        <source>The headline cannot be empty.</source>
        <translation>Тақырып бос болмауы керек.</translation>
    </message>
    <message>
        <source>The article is now %1.</source>
        <translation>Мақала күйі: %1.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use one of %2.</source>
        <translation>Белгісіз күй «%1»: мыналардың бірін қолданыңыз: %2.</translation>
    </message>
    <message>
        <source>Created by: %1</source>
        <translation>Жасаған: %1</translation>
    </message>
    <message>
        <source>Publication scheduled: %1</source>
        <translation>Жариялау жоспарланған: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Жарияланды: %1</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use %2.</source>
        <translation>Белгісіз рөл «%1»: %2 қолданыңыз.</translation>
    </message>
    <message>
        <source>--role needs a role: %1.</source>
        <translation>--role үшін рөл қажет: %1.</translation>
    </message>
    <message>
        <source>A user needs at least one --role.</source>
        <translation>Пайдаланушыға кемінде бір --role қажет.</translation>
    </message>
    <message>
        <source>--author needs an author id (a number; 0 for none).</source>
        <translation>--author үшін автор идентификаторы қажет (сан; 0 — автор жоқ).</translation>
    </message>
    <message>
        <source>--active takes yes or no.</source>
        <translation>--active мәні yes немесе no болуы керек.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>белсенді емес</translation>
    </message>
    <message>
        <source>author %1</source>
        <translation>автор %1</translation>
    </message>
    <message>
        <source>An author&apos;s name cannot be empty.</source>
        <translation>Автордың аты бос болмауы керек.</translation>
    </message>
    <message>
        <source>Give --left or --active, not both.</source>
        <translation>--left немесе --active көрсетіңіз, екеуін бірге емес.</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>Автордың атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (кеткен)</translation>
    </message>
    <message>
        <source>%1 drafted, %2 published this month, last %3</source>
        <translation>әзірленуде: %1, осы айда жарияланды: %2, соңғы жариялым: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>An author id is a number.</source>
        <translation>Автор идентификаторы сан болуы керек.</translation>
    </message>
    <message>
        <source>Id: %1 · %2</source>
        <translation>ID: %1 · %2</translation>
    </message>
    <message>
        <source>left the newsroom</source>
        <translation>редакциядан кеткен</translation>
    </message>
    <message>
        <source>Family name: %1</source>
        <translation>Тегі: %1</translation>
    </message>
    <message>
        <source>Given name: %1</source>
        <translation>Аты: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Лауазымы: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Өңір: %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Бөлім: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Эл. пошта: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Сілтемелер: %1</translation>
    </message>
    <message>
        <source>Bio (ru): %1</source>
        <translation>Өмірбаян (ru): %1</translation>
    </message>
    <message>
        <source>Bio (kk): %1</source>
        <translation>Өмірбаян (kk): %1</translation>
    </message>
    <message>
        <source>Bio (en): %1</source>
        <translation>Өмірбаян (en): %1</translation>
    </message>
    <message>
        <source>Drafted: %1 · Published this month: %2 · Last published: %3</source>
        <translation>Әзірленуде: %1 · Осы айда жарияланды: %2 · Соңғы жариялым: %3</translation>
    </message>
    <message>
        <source>--author takes an author id (see &quot;qalam-cli author list&quot;).</source>
        <translation>--author мәні автор идентификаторы болуы керек («qalam-cli author list» қараңыз).</translation>
    </message>
    <message>
        <source>A byline needs at least one --author.</source>
        <translation>Авторлар тізіміне кемінде бір --author қажет.</translation>
    </message>
    <message>
        <source>Returning an article needs --comment saying what to fix.</source>
        <translation>Мақаланы қайтару үшін --comment параметрінде нені түзету керегін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Unpublishing an article needs --comment with the reason.</source>
        <translation>Мақаланы жариялаудан алу үшін --comment параметрінде себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>--at takes a local date and time as &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>--at мәні «YYYY-MM-DD HH:MM» түріндегі жергілікті күн мен уақыт болуы керек.</translation>
    </message>
    <message>
        <source>publishes %1</source>
        <translation>жариялау: %1</translation>
    </message>
    <message>
        <source>--from and --to take revision ids (see &quot;qalam-cli revisions ID&quot;).</source>
        <translation>--from және --to мәндері нұсқа идентификаторлары болуы керек («qalam-cli revisions ID» қараңыз).</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Түсініктеме бос болмауы керек.</translation>
    </message>
    <message>
        <source>Give --read or --all, not both.</source>
        <translation>--read немесе --all көрсетіңіз, екеуін бірге емес.</translation>
    </message>
    <message>
        <source>--read takes a notification id (the first column of &quot;qalam-cli inbox&quot;).</source>
        <translation>--read мәні хабарландыру идентификаторы болуы керек («qalam-cli inbox» шығысының бірінші бағаны).</translation>
    </message>
    <message>
        <source>read</source>
        <translation>оқылды</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>оқылмаған</translation>
    </message>
    <message>
        <source>Make a draft out of agency copy, a press release or a saved web page and print its id: headline, byline, lead, source, body, quotations and photo slots are recognised, site chrome is left out, and the original is kept with the draft (never published). With --json, print the draft as &quot;show --json&quot; does.</source>
        <translation>Агенттік хабарынан, баспасөз релизінен немесе сақталған веб-беттен жоба жасап, оның идентификаторын шығару: тақырып, авторлар, лид, дереккөз, мәтін, дәйексөздер мен фото орындары танылады, сайттың қызметтік элементтері алынып тасталады, ал бастапқы мәтін жобамен бірге сақталады (жарияланбайды). --json берілсе, жоба «show --json» сияқты шығарылады.</translation>
    </message>
    <message>
        <source>How to read the file (default: guessed)</source>
        <translation>Файлды қалай оқу керек (әдепкі бойынша автоматты түрде анықталады)</translation>
    </message>
    <message>
        <source>The text&apos;s language (default: detected)</source>
        <translation>Мәтін тілі (әдепкі бойынша автоматты түрде анықталады)</translation>
    </message>
    <message>
        <source>Apply the house typography to the recognised text</source>
        <translation>Танылған мәтінге редакцияның типографика ережелерін қолдану</translation>
    </message>
    <message>
        <source>Print what was recognised and save nothing</source>
        <translation>Танылғанды шығару, ештеңе сақтамау</translation>
    </message>
    <message>
        <source>Print the original text an imported article was made from.</source>
        <translation>Импортталған мақала жасалған бастапқы мәтінді шығару.</translation>
    </message>
    <message>
        <source>List the photo slots of an imported article: the pictures its source mentions (caption and credit line) that wait for their files.</source>
        <translation>Импортталған мақаланың фото орындарын шығару: дереккөзде аталған, өз файлдарын күтіп тұрған суреттер (сурет жазуы және дереккөз жолы).</translation>
    </message>
    <message>
        <source>Fill a photo slot with a picture: the file is imported, takes the slot&apos;s caption and credit where it has none, and is attached to the article; prints the photo id.</source>
        <translation>Фото орнын суретпен толтыру: файл импортталады, өзінде жоқ болса, орынның сурет жазуы мен дереккөзін алады және мақалаға тіркеледі; фото идентификаторын шығарады.</translation>
    </message>
    <message>
        <source>--format takes text or html.</source>
        <translation>--format мәні text немесе html болуы керек.</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>%1 оқу мүмкін емес: мұндай файл жоқ.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 бос: импорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Headline: %1</source>
        <translation>Тақырып: %1</translation>
    </message>
    <message>
        <source>(none recognised)</source>
        <translation>(танылмады)</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Лид: %1</translation>
    </message>
    <message>
        <source>Dateline: %1</source>
        <translation>Орны мен күні: %1</translation>
    </message>
    <message>
        <source>Language: %1 · format: %2</source>
        <translation>Тіл: %1 · пішім: %2</translation>
    </message>
    <message numerus="yes">
        <source>Body: %n paragraph(s)</source>
        <translation>
            <numerusform>Мәтін: %n абзац</numerusform>
            <numerusform>Мәтін: %n абзац</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotations: %n</source>
        <translation>
            <numerusform>Дәйексөздер: %n</numerusform>
            <numerusform>Дәйексөздер: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Photo slots: %n</source>
        <translation>
            <numerusform>Фото орындары: %n</numerusform>
            <numerusform>Фото орындары: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>lead: </source>
        <translation>басты фото: </translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(жазуы жоқ)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n line(s)</source>
        <translation>
            <numerusform>Алып тасталды: %n жол</numerusform>
            <numerusform>Алып тасталды: %n жол</numerusform>
        </translation>
    </message>
    <message>
        <source>No headline was recognised in %1; an import would save nothing.</source>
        <translation>%1 ішінде тақырып танылмады; импорт ештеңе сақтамас еді.</translation>
    </message>
    <message>
        <source>No headline was recognised in %1; nothing was saved. Add a headline line at the top and import again, or use the import preview in Qalam.</source>
        <translation>%1 ішінде тақырып танылмады; ештеңе сақталмады. Файлдың басына тақырып жолын қосып, қайта импорттаңыз немесе Qalam бағдарламасындағы импортты алдын ала қарауды пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The article %1 was not imported: it has no original text.</source>
        <translation>%1 мақаласы импортталмаған: оның бастапқы мәтіні жоқ.</translation>
    </message>
    <message>
        <source>A photo slot id is a number.</source>
        <translation>Фото орнының идентификаторы сан болуы керек.</translation>
    </message>
    <message>
        <source>The endpoint to publish to</source>
        <translation>Мақала жарияланатын жариялау алаңы</translation>
    </message>
    <message>
        <source>The endpoint to remove it from</source>
        <translation>Мақала жойылатын жариялау алаңы</translation>
    </message>
    <message>
        <source>Print every attempt to publish or unpublish an article, oldest first: when, who, what, which endpoint, the result and the remote address.</source>
        <translation>Мақаланы жариялау немесе жариялаудан алу әрекеттерінің барлығын ең ертесінен бастап шығару: қашан, кім, не, қай алаңда, нәтижесі және қашықтағы мекенжай.</translation>
    </message>
    <message>
        <source>Add a publishing endpoint (administrators). The password or token is read from standard input with --secret-stdin and kept in the keychain (or, where no keychain service runs, in a private fallback file), never in the database or on the command line.</source>
        <translation>Жариялау алаңын қосу (әкімшілер үшін). Құпиясөз немесе токен --secret-stdin арқылы стандартты кірістен оқылады және кілттер қоймасында (ал кілттер қоймасы қызметі жұмыс істемесе — жабық қосалқы файлда) сақталады, ешқашан дерекқорда немесе командалық жолда сақталмайды.</translation>
    </message>
    <message>
        <source>wordpress, ninjs-http or folder (required)</source>
        <translation>wordpress, ninjs-http немесе folder (міндетті)</translation>
    </message>
    <message>
        <source>The site&apos;s base address, or the folder to write to (required)</source>
        <translation>Сайттың негізгі мекенжайы немесе жазылатын қалта (міндетті)</translation>
    </message>
    <message>
        <source>The CMS user an application password belongs to</source>
        <translation>Қолданба құпиясөзі тиесілі CMS пайдаланушысы</translation>
    </message>
    <message>
        <source>app-password, bearer, header or none (default: by type)</source>
        <translation>app-password, bearer, header немесе none (әдепкі: түріне қарай)</translation>
    </message>
    <message>
        <source>The header that carries the secret, for --auth header</source>
        <translation>Құпия берілетін HTTP тақырыбы, --auth header үшін</translation>
    </message>
    <message>
        <source>Seconds to wait for the CMS, 1–600 (default 30)</source>
        <translation>CMS жауабын күту уақыты секундпен, 1–600 (әдепкі 30)</translation>
    </message>
    <message>
        <source>Parallel uploads, 1–16 (default 2)</source>
        <translation>Қатар жүктеулер саны, 1–16 (әдепкі 2)</translation>
    </message>
    <message>
        <source>An extra CA certificate for an in-house CMS</source>
        <translation>Редакцияның өз CMS жүйесіне арналған қосымша CA сертификаты</translation>
    </message>
    <message>
        <source>The ninjs version to send (default 3.1)</source>
        <translation>Жіберілетін ninjs нұсқасы (әдепкі 3.1)</translation>
    </message>
    <message>
        <source>Unpublishing trashes the post instead of making it a draft</source>
        <translation>Жариялаудан алғанда жазба жоба күйіне емес, себетке жіберіледі</translation>
    </message>
    <message>
        <source>Read the password or token from standard input</source>
        <translation>Құпиясөзді немесе токенді стандартты кірістен оқу</translation>
    </message>
    <message>
        <source>List the publishing endpoints and whether their secret is stored (never the secret).</source>
        <translation>Жариялау алаңдарының тізімін және олардың құпиясы сақталған-сақталмағанын шығару (құпияның өзі шығарылмайды).</translation>
    </message>
    <message>
        <source>Remove a publishing endpoint and its secret (administrators).</source>
        <translation>Жариялау алаңын және оның құпиясын жою (әкімшілер үшін).</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 бар, бірақ ол қалта емес.</translation>
    </message>
    <message>
        <source>%1 exists and is writable.</source>
        <translation>%1 қалтасы бар және оған жазуға болады.</translation>
    </message>
    <message>
        <source>No part of %1 exists.</source>
        <translation>%1 жолының ешбір бөлігі жоқ.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; it will be created on the first publication.</source>
        <translation>%1 қалтасы әлі жоқ; ол алғашқы жариялау кезінде жасалады.</translation>
    </message>
    <message>
        <source>Qalam cannot write into %1: check the folder&apos;s owner and permissions.</source>
        <translation>Qalam %1 ішіне жаза алмайды: қалтаның иесі мен қатынау құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <source>An endpoint needs --type and --url.</source>
        <translation>Жариялау алаңы үшін --type және --url көрсету керек.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds (1 to 600).</source>
        <translation>--timeout мәні секунд саны болуы керек (1-ден 600-ге дейін).</translation>
    </message>
    <message>
        <source>--concurrency takes a number of parallel uploads (1 to 16).</source>
        <translation>--concurrency мәні қатар жүктеулер саны болуы керек (1-ден 16-ға дейін).</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; uses no authentication: --secret-stdin has nothing to store.</source>
        <translation>«%1» жариялау алаңы аутентификацияны пайдаланбайды: --secret-stdin арқылы сақтайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Secret for %1: </source>
        <translation>%1 үшін құпия: </translation>
    </message>
    <message>
        <source>--secret-stdin read nothing: pipe the password or token into qalam-cli.</source>
        <translation>--secret-stdin ештеңе оқымады: құпиясөзді немесе токенді qalam-cli бағдарламасына стандартты кіріс арқылы беріңіз.</translation>
    </message>
    <message>
        <source>Its secret is in the fallback file %1 (readable only by you), because no keychain service answered%2.</source>
        <translation>Оның құпиясы %1 қосалқы файлында сақталды (оны тек сіз оқи аласыз), себебі кілттер қоймасы қызметі жауап бермеді%2.</translation>
    </message>
    <message>
        <source>Its secret is in the keychain.</source>
        <translation>Оның құпиясы кілттер қоймасында сақталды.</translation>
    </message>
    <message>
        <source>No secret was given: remove the endpoint and add it again with --secret-stdin before publishing to it.</source>
        <translation>Құпия берілмеді: бұл алаңға жарияламас бұрын оны жойып, --secret-stdin арқылы қайта қосыңыз.</translation>
    </message>
    <message>
        <source>Endpoint %1 added: %2 %3.</source>
        <translation>%1 жариялау алаңы қосылды: %2 %3.</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>secret: %1</source>
        <translation>құпия: %1</translation>
    </message>
    <message>
        <source>The endpoint %1 was removed, but its secret could not be.</source>
        <translation>%1 жариялау алаңы жойылды, бірақ оның құпиясын жою мүмкін болмады.</translation>
    </message>
    <message>
        <source>Endpoint %1 removed.</source>
        <translation>%1 жариялау алаңы жойылды.</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>дұрыс: %1</translation>
    </message>
    <message>
        <source>The attempt could not be recorded in the publish log: %1</source>
        <translation>Әрекетті жариялау журналына жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Publish an approved article (chief editors). With --endpoint the job goes through the publishing outbox: photos are uploaded, the post is created or updated, and the article is marked published only once the endpoint confirmed; the remote address is printed. A folder endpoint gets &lt;slug&gt;/article.json (ninjs), article.html and the photo renditions. Exit 3: the job waits in the outbox (a scheduled time, or a long retry). Without --endpoint the article is only marked published.</source>
        <translation>Мақұлданған мақаланы жариялау (бас редакторлар үшін). --endpoint берілсе, тапсырма жариялау кезегі арқылы өтеді: фотолар жүктеледі, жазба жасалады немесе жаңартылады, ал мақала жариялау алаңы растағаннан кейін ғана жарияланды деп белгіленеді; қашықтағы мекенжай шығарылады. Қалта түріндегі алаңға &lt;slug&gt;/article.json (ninjs), article.html және фотолардың жариялау нұсқалары жазылады. Шығу коды 3: тапсырма жариялау кезегінде күтуде (жоспарланған уақыт немесе қайта әрекетті ұзақ күту). --endpoint берілмесе, мақала тек жарияланды деп белгіленеді.</translation>
    </message>
    <message>
        <source>Wait through retries and a scheduled time until the job ends</source>
        <translation>Қайта әрекеттер мен жоспарланған уақытты қоса, тапсырма аяқталғанша күту</translation>
    </message>
    <message>
        <source>Take a published article off the site, with the reason; with --endpoint, remove it there too (WordPress: the post becomes a draft, or goes to the trash per profile; ninjs: pubStatus withheld; folder: the package is removed).</source>
        <translation>Жарияланған мақаланы себебін көрсетіп сайттан алу; --endpoint берілсе, оны сол алаңнан да жою (WordPress: жазба жоба күйіне өтеді немесе алаң баптауларына сәйкес себетке жіберіледі; ninjs: pubStatus withheld; қалта: пакет жойылады).</translation>
    </message>
    <message>
        <source>Wait through retries until the job ends</source>
        <translation>Қайта әрекеттерді қоса, тапсырма аяқталғанша күту</translation>
    </message>
    <message>
        <source>List the publishing jobs not finished yet (with --all, every job): state, attempts, the next try and the last error.</source>
        <translation>Әлі аяқталмаған жариялау тапсырмаларының тізімін шығару (--all берілсе — барлық тапсырманың): күйі, әрекеттер саны, келесі әрекет уақыты және соңғы қате.</translation>
    </message>
    <message>
        <source>Finished, failed and cancelled jobs too</source>
        <translation>Аяқталған, сәтсіз аяқталған және тоқтатылған тапсырмалар да</translation>
    </message>
    <message>
        <source>Only this article&apos;s jobs</source>
        <translation>Тек осы мақаланың тапсырмалары</translation>
    </message>
    <message>
        <source>Start a failed or cancelled job again; the steps it completed are not repeated.</source>
        <translation>Сәтсіз аяқталған немесе тоқтатылған тапсырманы қайта іске қосу; орындалған қадамдар қайталанбайды.</translation>
    </message>
    <message>
        <source>Stop a job that has not finished; it can be retried later.</source>
        <translation>Аяқталмаған тапсырманы тоқтату; оны кейін қайталауға болады.</translation>
    </message>
    <message>
        <source>Run your unfinished jobs whose time has come (after a crash, or for scheduled publications, e.g. from cron).</source>
        <translation>Уақыты келген аяқталмаған тапсырмаларыңызды орындау (ақаулықтан кейін немесе жоспарланған жариялау үшін, мысалы cron арқылы).</translation>
    </message>
    <message>
        <source>Also wait for jobs scheduled later and for long retries</source>
        <translation>Кейінірек жоспарланған тапсырмаларды және қайта әрекеттерді ұзақ күтуді де күту</translation>
    </message>
    <message>
        <source>Check that an endpoint can be published to: a folder exists (or can be created) and is writable; a CMS answers, accepts the credentials and lets the account upload and publish (with the CMS&apos;s own error text when not).</source>
        <translation>Алаңға жариялауға болатынын тексеру: қалта бар (немесе оны жасауға болады) және оған жазуға болады; CMS жауап береді, тіркелгі деректерін қабылдайды және тіркелгіге файл жүктеуге әрі жариялауға рұқсат етеді (әйтпесе CMS-тің өз қате мәтіні шығарылады).</translation>
    </message>
    <message>
        <source>Run the database&apos;s integrity check (SQLite&apos;s; on a server, that the schema is complete) and print the schema version; exit 1 when the check finds damage.</source>
        <translation>Дерекқордың тұтастығын тексеруді іске қосу (SQLite құралымен; серверде — схеманың толықтығын тексеру) және схема нұсқасын шығару; тексеру зақым тапса, шығу коды 1.</translation>
    </message>
    <message>
        <source>Create the database or bring its schema up to date (a file, or a postgresql:// database), and print the schema version.</source>
        <translation>Дерекқорды жасау немесе оның схемасын соңғы нұсқаға дейін жаңарту (файл немесе postgresql:// дерекқоры) және схема нұсқасын шығару.</translation>
    </message>
    <message>
        <source>Database %1 is at schema %2.</source>
        <translation>%1 дерекқоры: схема %2.</translation>
    </message>
    <message>
        <source>No secret is stored for endpoint %1: add it again with --secret-stdin.</source>
        <translation>%1 жариялау алаңы үшін құпия сақталмаған: оны --secret-stdin арқылы қайта қосыңыз.</translation>
    </message>
    <message>
        <source>Job %1 waits in the outbox: %2 Qalam or `qalam-cli outbox run` finishes it.</source>
        <translation>%1 тапсырмасы жариялау кезегінде күтуде: %2 Оны Qalam немесе `qalam-cli outbox run` аяқтайды.</translation>
    </message>
    <message>
        <source>Job %1 %2: %3</source>
        <translation>%1 тапсырмасы (%2): %3</translation>
    </message>
    <message>
        <source>it runs at %1.</source>
        <translation>ол %1 уақытында орындалады.</translation>
    </message>
    <message>
        <source>it runs later.</source>
        <translation>ол кейінірек орындалады.</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>%1 тапсырмасы: %2</translation>
    </message>
    <message>
        <source>The outbox has no unfinished job of yours.</source>
        <translation>Жариялау кезегінде сіздің аяқталмаған тапсырмаңыз жоқ.</translation>
    </message>
    <message>
        <source>attempts: %1</source>
        <translation>әрекеттер: %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>келесісі: %1</translation>
    </message>
    <message>
        <source>JOB is the number `outbox list` shows.</source>
        <translation>JOB — `outbox list` көрсететін тапсырма нөмірі.</translation>
    </message>
    <message>
        <source>Job %1 cancelled; `qalam-cli outbox retry %1` starts it again.</source>
        <translation>%1 тапсырмасы тоқтатылды; `qalam-cli outbox retry %1` оны қайта іске қосады.</translation>
    </message>
    <message>
        <source>Copy a whole database (articles, revisions, photos and their originals, authors, accounts, the audit log, publishing) into an empty one: an SQLite file into a postgresql:// database or back. Ids are kept; every table and every photo is verified by counts and checksums before the copy is committed. Needs an administrator (--user) when the source has accounts.</source>
        <translation>Бүкіл дерекқорды (мақалалар, нұсқалар, фотолар мен олардың түпнұсқалары, авторлар, тіркелгілер, әрекеттер журналы, жариялау) бос дерекқорға көшіру: SQLite файлын postgresql:// дерекқорына немесе керісінше. Идентификаторлар сақталады; көшірме бекітілгенге дейін әр кесте мен әр фото жолдар саны мен бақылау сомалары бойынша тексеріледі. Бастапқы дерекқорда тіркелгілер болса, әкімші (--user) қажет.</translation>
    </message>
    <message>
        <source>The database to copy: a file or a postgresql:// URL (only read)</source>
        <translation>Көшірілетін дерекқор: файл немесе postgresql:// URL (тек оқылады)</translation>
    </message>
    <message>
        <source>The empty database to copy into: a new file or an empty postgresql:// database</source>
        <translation>Көшірме жазылатын бос дерекқор: жаңа файл немесе бос postgresql:// дерекқоры</translation>
    </message>
    <message>
        <source>&quot;db copy&quot; needs --from and --to.</source>
        <translation>«db copy» үшін --from және --to көрсету керек.</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (schema %3):</source>
        <translation>%1 → %2 көшірілді (схема %3):</translation>
    </message>
    <message>
        <source>  photo originals: %1 (%2 bytes)</source>
        <translation>  фото түпнұсқалары: %1 (%2 байт)</translation>
    </message>
    <message>
        <source>Verified: every table&apos;s rows and every photo original match the source.</source>
        <translation>Тексерілді: әр кестенің жолдары мен әр фото түпнұсқасы бастапқы дерекқормен сәйкес келеді.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Тексерілмеді.</translation>
    </message>
    <message>
        <source>Database file, or a team database as postgresql://USER@HOST:PORT/DATABASE (default: $QALAM_DB, else the database chosen in the app, else the per-user data folder)</source>
        <translation>Дерекқор файлы немесе редакцияның ортақ дерекқоры postgresql://USER@HOST:PORT/DATABASE түрінде (әдепкі: $QALAM_DB, әйтпесе — қолданбада таңдалған дерекқор, әйтпесе — пайдаланушының деректер қалтасы)</translation>
    </message>
    <message>
        <source>Keep the password of a team database in the keychain (where no keychain service runs, in a private fallback file). It is read from standard input, one line, never echoed, and checked by connecting before it is kept. qalam-cli and the app then use it for this user, server and database, whatever the URL&apos;s sslmode; it comes before PGPASSWORD and ~/.pgpass.</source>
        <translation>Редакцияның ортақ дерекқорының құпиясөзін кілттер қоймасында сақтау (кілттер қоймасы қызметі жұмыс істемесе — жабық қосалқы файлда). Құпиясөз стандартты кірістен бір жол ретінде оқылады, экранға шығарылмайды және сақталмас бұрын сынап қосылу арқылы тексеріледі. Содан кейін qalam-cli мен қолданба оны URL-дағы sslmode мәніне қарамастан осы пайдаланушы, сервер және дерекқор үшін пайдаланады; ол PGPASSWORD пен ~/.pgpass-тан басым.</translation>
    </message>
    <message>
        <source>Forget the stored password of a team database.</source>
        <translation>Редакцияның ортақ дерекқорының сақталған құпиясөзін жою.</translation>
    </message>
    <message>
        <source>The stored password could not be read (%1); PGPASSWORD or ~/.pgpass are used instead.</source>
        <translation>Сақталған құпиясөзді оқу мүмкін болмады (%1); оның орнына PGPASSWORD немесе ~/.pgpass қолданылады.</translation>
    </message>
    <message>
        <source>&quot;db login&quot; is for a team database: give --db postgresql://USER@HOST:PORT/DATABASE (a file needs no password).</source>
        <translation>«db login» редакцияның ортақ дерекқорына арналған: --db postgresql://USER@HOST:PORT/DATABASE көрсетіңіз (файлға құпиясөз қажет емес).</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: &quot;db login&quot; reads it from standard input.</source>
        <translation>Құпиясөзді URL-ға жазбаңыз: «db login» оны стандартты кірістен оқиды.</translation>
    </message>
    <message>
        <source>&quot;db login&quot; read no password: type it, or pipe it into qalam-cli.</source>
        <translation>«db login» құпиясөзді оқымады: оны теріңіз немесе qalam-cli командасына конвейер (pipe) арқылы беріңіз.</translation>
    </message>
    <message>
        <source>The password for %1 is stored in the fallback file %2 (readable only by you), because no keychain service answered%3.</source>
        <translation>%1 үшін құпиясөз %2 қосалқы файлында сақталды (оны тек сіз оқи аласыз), себебі кілттер қоймасы қызметі жауап бермеді%3.</translation>
    </message>
    <message>
        <source>The password for %1 is stored in the keychain.</source>
        <translation>%1 үшін құпиясөз кілттер қоймасында сақталды.</translation>
    </message>
    <message>
        <source>&quot;db logout&quot; is for a team database: give --db postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«db logout» редакцияның ортақ дерекқорына арналған: --db postgresql://USER@HOST:PORT/DATABASE көрсетіңіз.</translation>
    </message>
    <message>
        <source>The password for %1 is no longer stored.</source>
        <translation>%1 үшін құпиясөз енді сақталмайды.</translation>
    </message>
    <message>
        <source>Waiting for it.</source>
        <translation>Оның аяқталуы күтілуде.</translation>
    </message>
    <message>
        <source>run by: %1</source>
        <translation>орындаушы: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::ConnectionCheck</name>
    <message>
        <source>No secret is stored for %1: type the password or token and save the endpoint first.</source>
        <translation>%1 үшін құпия сақталмаған: алдымен құпиясөзді немесе токенді енгізіп, жариялау алаңын сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>Qalam::Database</name>
    <message>
        <source>%1 is a folder, not a Qalam database.</source>
        <translation>%1 — қалта, Qalam дерекқоры емес.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation>%1 дерекқор файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 is not a Qalam database (not an SQLite file). It was left untouched.</source>
        <translation>%1 — Qalam дерекқоры емес (SQLite файлы емес). Файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>The database file %1 is not writable.</source>
        <translation>%1 дерекқор файлына жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot create the database in %1: the folder is not writable.</source>
        <translation>%1 ішінде дерекқор жасау мүмкін емес: қалтаға жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 is not a readable Qalam database. It was left untouched.</source>
        <translation>%1 — оқылатын Qalam дерекқоры емес. Файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not Qalam&apos;s. It was left untouched.</source>
        <translation>%1 — Qalam емес, басқа бағдарламаның SQLite дерекқоры. Файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Qalam (schema %2; this version knows up to %3). It was left untouched; update Qalam to open it.</source>
        <translation>%1 Qalam бағдарламасының жаңарақ нұсқасымен жазылған (схема %2; бұл нұсқа %3 схемасына дейін қолдайды). Файл өзгертілмеді; оны ашу үшін Qalam бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <source>%1 has schema %2 and needs migrating to %3.</source>
        <translation>%1 схемасы — %2, оны %3 схемасына көшіру қажет.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>%1 дерекқорын ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot start the database upgrade.</source>
        <translation>Дерекқорды жаңартуды бастау мүмкін емес.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2.</source>
        <translation>Дерекқорды %1 схемасына жаңарту сәтсіз аяқталды; ол %2 схемасында қалды.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation>Дерекқорды %1 схемасына жаңарту сәтсіз аяқталды.</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>Тұтастықты тексеру орындалмады.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 would break references between its tables; it was left at schema %2.</source>
        <translation>Дерекқорды %1 схемасына жаңарту оның кестелері арасындағы сілтемелерді бұзар еді; ол %2 схемасында қалды.</translation>
    </message>
    <message>
        <source>%1 is not a database server address (%2). Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 дерекқор серверінің мекенжайы емес (%2). Оны postgresql://USER@HOST:PORT/DATABASE түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>жарамсыз URL</translation>
    </message>
    <message>
        <source>the database name contains &quot;/&quot;</source>
        <translation>дерекқор атауында «/» бар</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not a connection option</source>
        <translation>«%1» қосылым параметрі емес</translation>
    </message>
    <message>
        <source>Qalam cannot reach %1: its PostgreSQL support is not installed (the Debian package libqt6sql6-psql).</source>
        <translation>Qalam %1 серверіне қосыла алмайды: PostgreSQL қолдауы орнатылмаған (Debian пакеті libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not Qalam&apos;s. It was left untouched; give Qalam a database of its own.</source>
        <translation>%1 ішінде Qalam емес, басқа бағдарламаның кестелері бар. Дерекқор өзгертілмеді; Qalam үшін жеке дерекқор бөліңіз.</translation>
    </message>
    <message>
        <source>The schema version could not be read.</source>
        <translation>Схема нұсқасын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached.</source>
        <translation>%1 дерекқор серверіне қосылу мүмкін емес.</translation>
    </message>
    <message>
        <source>The database server %1 refused the login: the password is wrong or missing, or the account may not use this database. Give the password in the Database dialog or with &quot;qalam-cli db login&quot; (kept in the keychain), or in PGPASSWORD or ~/.pgpass.</source>
        <translation>%1 дерекқор сервері кіруге рұқсат бермеді: құпиясөз қате немесе көрсетілмеген, не болмаса тіркелгіге бұл дерекқорды пайдалануға рұқсат жоқ. Құпиясөзді «Дерекқор» терезесінде немесе «qalam-cli db login» командасымен (ол кілттер қоймасында сақталады), не болмаса PGPASSWORD немесе ~/.pgpass ішінде көрсетіңіз.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1. Check the address, that the server runs and lets you in (the password comes from the keychain, PGPASSWORD or ~/.pgpass).</source>
        <translation>%1 дерекқор серверіне қосылу мүмкін емес. Мекенжайды, сервердің жұмыс істеп тұрғанын және сізге кіруге рұқсат беретінін тексеріңіз (құпиясөз кілттер қоймасынан, PGPASSWORD немесе ~/.pgpass ішінен алынады).</translation>
    </message>
</context>
<context>
    <name>Qalam::DatabaseChooser</name>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Дерекқор…</translation>
    </message>
    <message>
        <source>Work on this computer&apos;s file or on the newsroom&apos;s server</source>
        <translation>Осы компьютердегі файлмен немесе редакция серверімен жұмыс істеу</translation>
    </message>
    <message>
        <source>After OK, Qalam closes this window, opens the chosen database and asks you to sign in.</source>
        <translation>OK басылғаннан кейін Qalam осы терезені жабады, таңдалған дерекқорды ашады және жүйеге кіруді сұрайды.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>This window stays open on the current database; Qalam opens the chosen one at its next start.</source>
        <translation>Бұл терезе ағымдағы дерекқормен ашық қалады; таңдалған дерекқорды Qalam келесі іске қосылғанда ашады.</translation>
    </message>
</context>
<context>
    <name>Qalam::DatabaseCopy</name>
    <message>
        <source>The column %1.%2 has the type %3, which the copy does not know; nothing was copied.</source>
        <translation>%1.%2 бағанының түрі — %3, көшіру кезінде ол белгісіз; ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>The database has a table or column named &quot;%1&quot;, which is not Qalam&apos;s; nothing was copied.</source>
        <translation>Дерекқорда Qalam-ға тиесілі емес «%1» деп аталатын кесте немесе баған бар; ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>The tables of the database could not be read.</source>
        <translation>Дерекқор кестелерін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The database&apos;s id sequences could not be read.</source>
        <translation>Дерекқордың идентификатор тізбектерін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The tables %1 refer to each other in a circle; the copy cannot order them. Nothing was copied.</source>
        <translation>%1 кестелері бір-біріне тұйық шеңбер бойымен сілтейді; көшіру кезінде оларды ретке келтіру мүмкін емес. Ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>%1 has tables that are not part of this Qalam&apos;s schema: %2. Nothing was copied.</source>
        <translation>%1 ішінде Qalam-ның осы нұсқасының схемасына кірмейтін кестелер бар: %2. Ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>%1 lacks tables of this Qalam&apos;s schema: %2. Nothing was copied.</source>
        <translation>%1 ішінде Qalam-ның осы нұсқасының схемасындағы кестелер жетіспейді: %2. Ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>%1 only in %2</source>
        <translation>%1 — тек %2 ішінде</translation>
    </message>
    <message>
        <source>%1 is %2 in %3 and %4 in %5</source>
        <translation>%1: %3 ішінде %2, %5 ішінде %4</translation>
    </message>
    <message>
        <source>The table %1 differs between the two databases (%2). Nothing was copied.</source>
        <translation>%1 кестесі екі дерекқорда әртүрлі (%2). Ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>The table %1 holds &quot;%2&quot; in its whole-number column %3; nothing was copied.</source>
        <translation>%1 кестесінің бүтін санға арналған %3 бағанында «%2» мәні бар; ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>The table %1 could not be read.</source>
        <translation>%1 кестесін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The rows of %1 could not be written.</source>
        <translation>%1 кестесінің жолдарын жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The photos could not be read.</source>
        <translation>Фотолар тізімін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The original of photo %1 could not be read.</source>
        <translation>%1 фотосының түпнұсқасын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>%1 has no original for photo %2 (%3); nothing was copied.</source>
        <translation>%1 ішінде %2 фотосының түпнұсқасы жоқ (%3); ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>The original of photo %1 is missing: %2. Nothing was copied.</source>
        <translation>%1 фотосының түпнұсқасы жоқ: %2. Ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>%1 has no original for photo %2 (%3).</source>
        <translation>%1 ішінде %2 фотосының түпнұсқасы жоқ (%3).</translation>
    </message>
    <message>
        <source>The original of photo %1 in %2 is damaged: its bytes do not match its SHA-256.</source>
        <translation>%2 ішіндегі %1 фотосының түпнұсқасы зақымдалған: оның байттары SHA-256 бақылау сомасына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The database %1 could not be read.</source>
        <translation>%1 дерекқорын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The original of photo %1 could not be written.</source>
        <translation>%1 фотосының түпнұсқасын жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Cannot write the original of photo %1 into %2; nothing was copied.</source>
        <translation>%1 фотосының түпнұсқасын %2 ішіне жазу мүмкін емес; ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>The id sequences of the copy could not be set.</source>
        <translation>Көшірменің идентификатор тізбектерін орнату мүмкін болмады.</translation>
    </message>
    <message>
        <source>photo originals</source>
        <translation>фото түпнұсқалары</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 жолында дерекқор жоқ.</translation>
    </message>
    <message>
        <source>%1 Bring it up to date first (qalam-cli --db %2 db migrate), then copy it. Nothing was copied.</source>
        <translation>%1 Алдымен оны жаңартыңыз (qalam-cli --db %2 db migrate), содан кейін көшіріңіз. Ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>Only an administrator of %1 may copy it (the copy includes its accounts). Nothing was copied.</source>
        <translation>%1 дерекқорын тек оның әкімшісі көшіре алады (көшірмеге оның тіркелгілері де кіреді). Ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>%1 has schema %2; this Qalam copies schema %3. Run qalam-cli --db %1 db migrate first. Nothing was copied.</source>
        <translation>%1 схемасы — %2; Qalam-ның бұл нұсқасы %3 схемасын көшіреді. Алдымен qalam-cli --db %1 db migrate орындаңыз. Ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>%1 The copy goes into an empty database, or one at this Qalam&apos;s schema with no rows. Nothing was copied.</source>
        <translation>%1 Көшірме тек бос дерекқорға немесе Qalam-ның осы нұсқасының схемасындағы жолы жоқ дерекқорға жазылады. Ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>%1 is both the source and the target of the copy.</source>
        <translation>%1 — көшірменің әрі көзі, әрі баратын орны.</translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 schema %4; both must be at this Qalam&apos;s schema %5. Nothing was copied.</source>
        <translation>%1 схемасы — %2, ал %3 схемасы — %4; екеуі де Qalam-ның осы нұсқасының схемасында (%5) болуы керек. Ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>%1 is not empty (rows in %2). The copy goes into an empty database only; nothing was copied.</source>
        <translation>%1 дерекқоры бос емес (%2 ішінде жолдар бар). Көшірме тек бос дерекқорға жазылады; ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>The photo counts of the copy could not be set.</source>
        <translation>Көшірмедегі фото сандарын орнату мүмкін болмады.</translation>
    </message>
    <message>
        <source>The original of photo %1 in %2 is damaged: its bytes do not match its SHA-256. Nothing was copied.</source>
        <translation>%2 ішіндегі %1 фотосының түпнұсқасы зақымдалған: оның байттары SHA-256 бақылау сомасына сәйкес келмейді. Ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>The search index of the copy does not match its articles.</source>
        <translation>Көшірменің іздеу индексі оның мақалаларына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The copy in %1 differs from %2 in %3; it was rolled back and nothing was copied.</source>
        <translation>%1 ішіндегі көшірме %2 дерекқорынан ерекшеленеді (%3); өзгерістер кері қайтарылды, ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to copy.</source>
        <translation>%1 дерекқоры бос: көшіретін ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>Qalam::DatabaseDialog</name>
    <message>
        <source>disable: no encryption</source>
        <translation>disable: шифрлаусыз</translation>
    </message>
    <message>
        <source>Nothing is encrypted: the password and the drafts cross the network readable. Only for a server on this computer.</source>
        <translation>Ештеңе шифрланбайды: құпиясөз бен жобалар желі арқылы ашық күйде беріледі. Тек осы компьютердегі сервер үшін.</translation>
    </message>
    <message>
        <source>allow: encrypted only if the server insists</source>
        <translation>allow: сервер талап етсе ғана шифрлау</translation>
    </message>
    <message>
        <source>Plain unless the server demands encryption, and the server is not checked. Not for a newsroom network.</source>
        <translation>Сервер талап етпесе, шифрланбайды; сервердің түпнұсқалығы тексерілмейді. Редакция желісі үшін жарамсыз.</translation>
    </message>
    <message>
        <source>prefer: encrypted when offered</source>
        <translation>prefer: сервер ұсынса, шифрлау</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, but nobody checks who answers: someone in between can pose as the server. PostgreSQL&apos;s default.</source>
        <translation>Сервер ұсынса, шифрланады, бірақ кім жауап беретіні тексерілмейді: арадағы біреу өзін сервер ретінде көрсете алады. PostgreSQL-дің әдепкі режимі.</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require: әрдайым шифрлау</translation>
    </message>
    <message>
        <source>Always encrypted, so nobody can read along, but the server&apos;s certificate is not checked: a fake server could still collect the password.</source>
        <translation>Әрдайым шифрланады, сондықтан деректерді ешкім ұстап ала алмайды, бірақ сервер сертификаты тексерілмейді: жалған сервер бәрібір құпиясөзді біліп алуы мүмкін.</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation>verify-ca: шифрлау, сертификат тексеріледі</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate must be signed by your newsroom&apos;s certificate authority (the CA certificate below); its host name is not compared.</source>
        <translation>Шифрланады, сервер сертификатына редакцияңыздың сертификаттау орталығы (төмендегі CA сертификаты) қол қоюы керек; ондағы хост атауы салыстырылмайды.</translation>
    </message>
    <message>
        <source>verify-full: encrypted, server verified</source>
        <translation>verify-full: шифрлау, сервер тексеріледі</translation>
    </message>
    <message>
        <source>Encrypted, and the certificate must be signed by your certificate authority and issued for this host name: nobody can read or divert the connection. Recommended for a newsroom.</source>
        <translation>Шифрланады, сертификатқа сіздің сертификаттау орталығыңыз қол қоюы және ол осы хост атауына берілуі керек: қосылымды ешкім оқи да, басқа жаққа бұра да алмайды. Редакция үшін ұсынылады.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Дерекқор файлы</translation>
    </message>
    <message>
        <source>Qalam databases (*.sqlite *.db);;All files (*)</source>
        <translation>Qalam дерекқорлары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA сертификаты</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаттар (*.crt *.pem *.cer);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>This computer (a file)</source>
        <translation>Осы компьютер (файл)</translation>
    </message>
    <message>
        <source>Newsroom server (PostgreSQL)</source>
        <translation>Редакция сервері (PostgreSQL)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>db.newsroom.kz</source>
        <translation>db.newsroom.kz</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Дерекқор:</translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation>newsroom</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Blank: keep the stored password</source>
        <translation>Сақталған құпиясөзді қалдыру үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>Кілттер қоймасында сақтау</translation>
    </message>
    <message>
        <source>Unticked, the password is used until Qalam closes, and a stored one is forgotten; PGPASSWORD or ~/.pgpass may still provide one.</source>
        <translation>Белгі алынса, құпиясөз Qalam жабылғанша ғана пайдаланылады, ал сақталған құпиясөз жойылады; құпиясөз бәрібір PGPASSWORD немесе ~/.pgpass ішінен алынуы мүмкін.</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Шифрлау (TLS):</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA &amp;сертификаты:</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt when blank</source>
        <translation>бос болса, ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Қосылымды &amp;тексеру</translation>
    </message>
    <message>
        <source>The saved server address %1 cannot be read; enter it again.</source>
        <translation>Сақталған %1 сервер мекенжайын оқу мүмкін емес; оны қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Дерекқор файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Сервердің хост атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the name of the newsroom&apos;s database.</source>
        <translation>Редакция дерекқорының атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Сервердегі пайдаланушы атыңызды енгізіңіз.</translation>
    </message>
    <message>
        <source>The host, database or user name contains characters a server address cannot hold.</source>
        <translation>Хост, дерекқор немесе пайдаланушы атауында сервер мекенжайында болуы мүмкін емес таңбалар бар.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Қосылым тексерілуде…</translation>
    </message>
</context>
<context>
    <name>Qalam::DeskPanel</name>
    <message>
        <source>Search…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <source>Search headlines, leads and text (every word, as a prefix)</source>
        <translation>Тақырыптар, лидтер мен мәтін бойынша іздеу (әр сөздің басы бойынша)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Барлық авторлар</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n мақала</numerusform>
            <numerusform>%n мақала</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Менікі</translation>
    </message>
    <message>
        <source>Only the articles I created</source>
        <translation>Тек мен жасаған мақалалар</translation>
    </message>
    <message>
        <source>Awaiting me</source>
        <translation>Мені күтуде</translation>
    </message>
    <message>
        <source>articles in review, and approved ones whose publication time has passed</source>
        <translation>тексерістегі мақалалар және жариялау уақыты өтіп кеткен мақұлданған мақалалар</translation>
    </message>
    <message>
        <source>my articles returned to me</source>
        <translation>маған қайтарылған мақалаларым</translation>
    </message>
    <message>
        <source>articles in review or approved that have photos</source>
        <translation>тексерістегі немесе мақұлданған, фотосы бар мақалалар</translation>
    </message>
    <message>
        <source>Articles waiting for me</source>
        <translation>Мені күтіп тұрған мақалалар</translation>
    </message>
    <message>
        <source>Waiting for me: %1</source>
        <translation>Мені күтуде: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::DictionaryStore</name>
    <message>
        <source>The newsroom dictionary has no language &quot;%1&quot;; use ru, kk or en.</source>
        <translation>Редакция сөздігінде «%1» тілі жоқ; ru, kk немесе en қолданыңыз.</translation>
    </message>
    <message>
        <source>An empty word cannot be added to the newsroom dictionary.</source>
        <translation>Редакция сөздігіне бос сөзді қосу мүмкін емес.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more than one word. The newsroom dictionary holds single words: add each word on its own.</source>
        <translation>«%1» — бір сөзден көп. Редакция сөздігінде жеке сөздер сақталады: әр сөзді бөлек қосыңыз.</translation>
    </message>
    <message>
        <source>The newsroom dictionary could not be read; spelling is checked without the newsroom&apos;s words.</source>
        <translation>Редакция сөздігін оқу мүмкін болмады; емле редакция сөздігіндегі сөздерсіз тексеріледі.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added to the newsroom dictionary; try again.</source>
        <translation>«%1» сөзін редакция сөздігіне қосу мүмкін болмады; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Choose a word to remove from the newsroom dictionary.</source>
        <translation>Редакция сөздігінен өшірілетін сөзді таңдаңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be removed from the newsroom dictionary; try again.</source>
        <translation>«%1» сөзін редакция сөздігінен өшіру мүмкін болмады; қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>Qalam::DraftCreator</name>
    <message>
        <source>No headline was recognised in the imported text. Give the draft a headline; nothing was saved.</source>
        <translation>Импортталған мәтінде тақырып танылмады. Жобаға тақырып беріңіз; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; was created (id %2), but not all of the import was kept: %3</source>
        <translation>«%1» жобасы жасалды (ID %2), бірақ импортталғанның бәрі сақталмады: %3</translation>
    </message>
    <message>
        <source>The original text could not be kept.</source>
        <translation>Бастапқы мәтінді сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The original text could not be read.</source>
        <translation>Бастапқы мәтінді оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Идентификаторы %1 болатын мақала жоқ.</translation>
    </message>
</context>
<context>
    <name>Qalam::EditRights</name>
    <message>
        <source>Read-only: photo editors change the pictures of an article (Photos dock), not its text.</source>
        <translation>Тек оқу: фоторедактор мақаланың мәтінін емес, фотоларын өзгертеді («Фотолар» панелі).</translation>
    </message>
    <message>
        <source>Read-only: your role does not include editing articles.</source>
        <translation>Тек оқу: рөліңіз мақалаларды өңдеуге мүмкіндік бермейді.</translation>
    </message>
    <message>
        <source>In review: withdraw it to edit.</source>
        <translation>Тексерісте: өңдеу үшін мақаланы кері алыңыз.</translation>
    </message>
    <message>
        <source>In review: the chief editor is looking at it.</source>
        <translation>Тексерісте: мақаланы бас редактор қарап жатыр.</translation>
    </message>
    <message>
        <source>Approved: only a chief editor can change it now.</source>
        <translation>Мақұлданды: енді мақаланы тек бас редактор өзгерте алады.</translation>
    </message>
    <message>
        <source>Published: only a chief editor can change it now.</source>
        <translation>Жарияланды: енді мақаланы тек бас редактор өзгерте алады.</translation>
    </message>
    <message>
        <source>Read-only: this article is neither yours nor from your regions.</source>
        <translation>Тек оқу: бұл сіздің мақалаңыз емес және сіздің өңірлеріңіздің мақаласы емес.</translation>
    </message>
    <message>
        <source>%1 · single desk</source>
        <translation>%1 · бір пайдаланушы режимі</translation>
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
        <translation>Жаңа жариялау алаңы</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>%1 жариялау алаңы</translation>
    </message>
    <message>
        <source>e.g. site-export (letters, digits, . _ -)</source>
        <translation>мысалы site-export (әріптер, цифрлар, . _ -)</translation>
    </message>
    <message>
        <source>The name files the secret; it does not change</source>
        <translation>Құпия осы атаумен сақталады; атау өзгермейді</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Pick the folder packages are written to</source>
        <translation>Пакеттер жазылатын қалтаны таңдау</translation>
    </message>
    <message>
        <source>the WordPress user the application password belongs to</source>
        <translation>қолданба құпиясөзі тиесілі WordPress пайдаланушысы</translation>
    </message>
    <message>
        <source>e.g. X-Api-Key</source>
        <translation>мысалы X-Api-Key</translation>
    </message>
    <message>
        <source>the application password, token or header value</source>
        <translation>қолданба құпиясөзі, токен немесе тақырып мәні</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>сақталған құпияны қалдыру үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>How many photos are uploaded at the same time</source>
        <translation>Бір мезгілде қанша фото жүктеледі</translation>
    </message>
    <message>
        <source>Send photo renditions (resized, captions and credits written in)</source>
        <translation>Фотолардың жариялау нұсқаларын жіберу (өлшемі өзгертілген, сурет жазулары мен дереккөз жолдары жазылған)</translation>
    </message>
    <message>
        <source>Pictures from readers (UGC) always lose their GPS position and device data</source>
        <translation>Оқырмандар жіберген суреттерден (UGC) GPS координаттары мен құрылғы деректері әрдайым өшіріледі</translation>
    </message>
    <message>
        <source>Move the post to the trash on unpublishing (else it becomes a draft)</source>
        <translation>Жариялаудан алғанда жазбаны себетке жіберу (әйтпесе ол жоба күйіне өтеді)</translation>
    </message>
    <message>
        <source>only for an in-house CMS with its own certificate authority</source>
        <translation>тек өз сертификаттау орталығы бар редакцияның өз CMS жүйесі үшін</translation>
    </message>
    <message>
        <source>3.1 (current)</source>
        <translation>3.1 (ағымдағы)</translation>
    </message>
    <message>
        <source>2.2 (older consumers)</source>
        <translation>2.2 (ескі қабылдаушы жүйелер үшін)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Аутентификация:</translation>
    </message>
    <message>
        <source>CMS login:</source>
        <translation>CMS логині:</translation>
    </message>
    <message>
        <source>Header name:</source>
        <translation>Тақырып атауы:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Құпия:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Күту уақыты:</translation>
    </message>
    <message>
        <source>Parallel uploads:</source>
        <translation>Қатар жүктеулер:</translation>
    </message>
    <message>
        <source>Extra CA certificate:</source>
        <translation>Қосымша CA сертификаты:</translation>
    </message>
    <message>
        <source>A PEM file; certificate verification itself always stays on</source>
        <translation>PEM файлы; сертификаттарды тексеру әрдайым қосулы қалады</translation>
    </message>
    <message>
        <source>ninjs version:</source>
        <translation>ninjs нұсқасы:</translation>
    </message>
    <message>
        <source>Categories: a Qalam region, rubric or tag → the CMS category id (tag:ID for a CMS tag).</source>
        <translation>Санаттар: Qalam өңірі, айдары немесе тегі → CMS санатының идентификаторы (CMS тегі үшін tag:ID).</translation>
    </message>
    <message>
        <source>Region, rubric or tag</source>
        <translation>Өңір, айдар немесе тег</translation>
    </message>
    <message>
        <source>CMS category</source>
        <translation>CMS санаты</translation>
    </message>
    <message>
        <source>Authors: a Qalam author → the CMS user id, or the byline text to print.</source>
        <translation>Авторлар: Qalam авторы → CMS пайдаланушысының идентификаторы немесе авторлар жолында шығатын мәтін.</translation>
    </message>
    <message>
        <source>Qalam author</source>
        <translation>Qalam авторы</translation>
    </message>
    <message>
        <source>CMS user id or byline</source>
        <translation>CMS пайдаланушысының ID-і немесе авторлар жолы</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Қосылым</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Categories and authors</source>
        <translation>Санаттар мен авторлар</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Қосылымды тексеру</translation>
    </message>
    <message>
        <source>Check the endpoint as typed here, with the typed secret or else the stored one</source>
        <translation>Алаңды осында енгізілген күйінде тексеру: енгізілген құпиямен, ал ол болмаса — сақталғанымен</translation>
    </message>
    <message>
        <source>Add the endpoint</source>
        <translation>Алаңды қосу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжай:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>https://news.example.kz</source>
        <translation>https://news.example.kz</translation>
    </message>
    <message>
        <source>an absolute folder path</source>
        <translation>қалтаның абсолютті жолы</translation>
    </message>
    <message>
        <source>Connection ok: %1</source>
        <translation>Қосылым сәтті: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Looking up the stored secret…</source>
        <translation>Сақталған құпия ізделуде…</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain. Type a new one to replace it.</source>
        <translation>Құпия кілттер қоймасында сақталған. Оны ауыстыру үшін жаңасын енгізіңіз.</translation>
    </message>
    <message>
        <source>A secret is stored in the fallback file %1 (readable only by you), since no keychain service answered. Type a new one to replace it.</source>
        <translation>Кілттер қоймасы қызметі жауап бермегендіктен, құпия %1 қосалқы файлында сақталған (оны тек сіз оқи аласыз). Оны ауыстыру үшін жаңасын енгізіңіз.</translation>
    </message>
    <message>
        <source>No secret is stored yet: type it above. It goes to the keychain, never into the database.</source>
        <translation>Құпия әлі сақталмаған: оны жоғарыда енгізіңіз. Ол дерекқорда емес, кілттер қоймасында сақталады.</translation>
    </message>
    <message>
        <source>The stored secret cannot be read: %1</source>
        <translation>Сақталған құпияны оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Author #%1</source>
        <translation>Автор №%1</translation>
    </message>
    <message>
        <source>Folder for published packages</source>
        <translation>Жарияланатын пакеттерге арналған қалта</translation>
    </message>
    <message>
        <source>CA certificate of the CMS</source>
        <translation>CMS жүйесінің CA сертификаты</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаттар (*.pem *.crt *.cer);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Type the %1: this endpoint cannot publish without it.</source>
        <translation>Құпияны (%1) енгізіңіз: онсыз бұл алаңға жариялау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>Qalam::EndpointStore</name>
    <message>
        <source>&quot;%1&quot; cannot be an endpoint name: use 1 to 64 letters, digits, dots, underscores or hyphens, without spaces.</source>
        <translation>«%1» жариялау алаңының атауы бола алмайды: бос орынсыз 1–64 әріп, цифр, нүкте, астын сызу немесе дефис таңбасын қолданыңыз.</translation>
    </message>
    <message>
        <source>Unknown endpoint type &quot;%1&quot;: use wordpress, ninjs-http or folder.</source>
        <translation>Белгісіз алаң түрі «%1»: wordpress, ninjs-http немесе folder қолданыңыз.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use app-password, bearer, header or none.</source>
        <translation>Белгісіз аутентификация тәсілі «%1»: app-password, bearer, header немесе none қолданыңыз.</translation>
    </message>
    <message>
        <source>A folder endpoint needs an absolute folder path, such as /srv/qalam/outbox; &quot;%1&quot; is not one.</source>
        <translation>Қалта түріндегі алаңға қалтаның абсолютті жолы керек, мысалы /srv/qalam/outbox; «%1» ондай жол емес.</translation>
    </message>
    <message>
        <source>A folder endpoint has no authentication: use --auth none.</source>
        <translation>Қалта түріндегі алаң аутентификацияны пайдаланбайды: --auth none көрсетіңіз.</translation>
    </message>
    <message>
        <source>The %1 endpoint &quot;%2&quot; needs an http:// or https:// address, such as https://news.example.kz; &quot;%3&quot; is not one.</source>
        <translation>%1 түріндегі «%2» алаңына http:// немесе https:// мекенжайы керек, мысалы https://news.example.kz; «%3» ондай мекенжай емес.</translation>
    </message>
    <message>
        <source>The address of &quot;%1&quot; carries a user name or password. Give the address without them, the CMS user with --login and the password with --secret-stdin, which keeps it in the keychain.</source>
        <translation>«%1» мекенжайында пайдаланушы аты немесе құпиясөз бар. Мекенжайды оларсыз көрсетіңіз, CMS пайдаланушысын --login арқылы, ал құпиясөзді --secret-stdin арқылы беріңіз: сонда ол кілттер қоймасында сақталады.</translation>
    </message>
    <message>
        <source>The address of &quot;%1&quot; must be the site&apos;s base address, without ? or #.</source>
        <translation>«%1» мекенжайы ? немесе # таңбаларынсыз сайттың негізгі мекенжайы болуы керек.</translation>
    </message>
    <message>
        <source>An application password belongs to a CMS user: give it with --login.</source>
        <translation>Қолданба құпиясөзі CMS пайдаланушысына тиесілі: пайдаланушыны --login арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>Authentication by header needs the header&apos;s name, such as X-Api-Key (--header).</source>
        <translation>HTTP тақырыбы арқылы аутентификация үшін тақырып атауы керек, мысалы X-Api-Key (--header).</translation>
    </message>
    <message>
        <source>The timeout is %1 seconds; use 1 to 600.</source>
        <translation>Күту уақыты — %1 секунд; 1-ден 600-ге дейін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The number of parallel uploads is %1; use 1 to 16.</source>
        <translation>Қатар жүктеулер саны — %1; 1-ден 16-ға дейін көрсетіңіз.</translation>
    </message>
    <message>
        <source>ninjs version &quot;%1&quot; is not supported: use 3.1 or 2.2.</source>
        <translation>ninjs «%1» нұсқасына қолдау көрсетілмейді: 3.1 немесе 2.2 қолданыңыз.</translation>
    </message>
    <message>
        <source>The CA certificate file must be given as an absolute path; &quot;%1&quot; is not one.</source>
        <translation>CA сертификатының файлын абсолютті жолмен көрсету керек; «%1» ондай жол емес.</translation>
    </message>
    <message>
        <source>The publishing endpoints could not be read.</source>
        <translation>Жариялау алаңдарын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no publishing endpoint named &quot;%1&quot; (see &quot;qalam-cli endpoint list&quot;).</source>
        <translation>«%1» деп аталатын жариялау алаңы жоқ («qalam-cli endpoint list» қараңыз).</translation>
    </message>
    <message>
        <source>There is already an endpoint named &quot;%1&quot;; choose another name or change that one.</source>
        <translation>«%1» деп аталатын алаң бұрыннан бар; басқа атау таңдаңыз немесе сол алаңды өзгертіңіз.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; could not be added.</source>
        <translation>«%1» жариялау алаңын қосу мүмкін болмады.</translation>
    </message>
    <message>
        <source>An endpoint&apos;s name cannot be changed (&quot;%1&quot; stays &quot;%1&quot;): its secret is filed under it. Add a new endpoint instead.</source>
        <translation>Жариялау алаңының атауын өзгертуге болмайды («%1» атауы «%1» болып қалады): оның құпиясы осы атаумен сақталған. Оның орнына жаңа алаң қосыңыз.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; could not be changed.</source>
        <translation>«%1» жариялау алаңын өзгерту мүмкін болмады.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; could not be removed.</source>
        <translation>«%1» жариялау алаңын жою мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Qalam::EndpointTester</name>
    <message>
        <source>%1 exists and is writable.</source>
        <translation>%1 қалтасы бар және оған жазуға болады.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; it will be created on the first publication.</source>
        <translation>%1 қалтасы әлі жоқ; ол алғашқы жариялау кезінде жасалады.</translation>
    </message>
    <message>
        <source>Qalam cannot write into %1: check the folder&apos;s owner and permissions.</source>
        <translation>Qalam %1 ішіне жаза алмайды: қалтаның иесін және рұқсаттарын тексеріңіз.</translation>
    </message>
    <message>
        <source>The ninjs endpoint at %1 answers and accepts the credentials.</source>
        <translation>%1 мекенжайындағы ninjs алаңы жауап береді және тіркелгі деректерін қабылдайды.</translation>
    </message>
    <message>
        <source>The ninjs endpoint at %1 refused: %2</source>
        <translation>%1 мекенжайындағы ninjs алаңы бас тартты: %2</translation>
    </message>
    <message>
        <source>WordPress did not accept the login %1 with this application password (it treats a wrong one as no login at all): %2</source>
        <translation>WordPress %1 логинін осы қолданба құпиясөзімен қабылдамады (қате құпиясөзді ол мүлде кірмеу деп санайды): %2</translation>
    </message>
    <message>
        <source>WordPress at %1 could not be reached: %2</source>
        <translation>%1 мекенжайындағы WordPress-ке қосылу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Signed in to WordPress as %1, but the account may not: %2. Give it the Editor or Author role.</source>
        <translation>WordPress-ке %1 ретінде кірілді, бірақ бұл тіркелгіге рұқсат жоқ: %2. Оған «Редактор» (Editor) немесе «Автор» (Author) рөлін беріңіз.</translation>
    </message>
    <message>
        <source>Signed in to WordPress as %1: may upload files and publish posts.</source>
        <translation>WordPress-ке %1 ретінде кірілді: файл жүктеуге және жазбаларды жариялауға рұқсат бар.</translation>
    </message>
</context>
<context>
    <name>Qalam::EndpointsDialog</name>
    <message>
        <source>not needed</source>
        <translation>қажет емес</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>сақталмаған</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>кілттер қоймасында</translation>
    </message>
    <message>
        <source>stored in the fallback file</source>
        <translation>қосалқы файлда</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Publishing endpoints</source>
        <translation>Жариялау алаңдары</translation>
    </message>
    <message>
        <source>Where approved articles are published. Passwords and tokens are kept in the keychain, never in the newsroom&apos;s database.</source>
        <translation>Мақұлданған мақалалар жарияланатын орындар. Құпиясөздер мен токендер редакция дерекқорында емес, кілттер қоймасында сақталады.</translation>
    </message>
    <message>
        <source>Where approved articles are published. Only an administrator changes endpoints; you can test them.</source>
        <translation>Мақұлданған мақалалар жарияланатын орындар. Алаңдарды тек әкімші өзгерте алады; сіз оларды тексере аласыз.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation>Мекенжай немесе қалта</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Аутентификация</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Қарау…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove the endpoint and its stored secret</source>
        <translation>Алаңды және оның сақталған құпиясын жою</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Қосылымды тексеру</translation>
    </message>
    <message>
        <source>Check that the endpoint answers, accepts the credentials and allows publishing</source>
        <translation>Алаңның жауап беретінін, тіркелгі деректерін қабылдайтынын және жариялауға рұқсат ететінін тексеру</translation>
    </message>
    <message>
        <source>Only an administrator adds, changes or removes endpoints</source>
        <translation>Алаңдарды тек әкімші қоса, өзгерте немесе жоя алады</translation>
    </message>
    <message>
        <source>Connection ok: %1</source>
        <translation>Қосылым сәтті: %1</translation>
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
        <translation>Әзірге алаң жоқ: «Қосу…» батырмасы қалтаны, WordPress сайтын немесе ninjs қабылдайтын CMS жүйесін баптайды.</translation>
    </message>
    <message>
        <source>No endpoint yet: an administrator sets them up.</source>
        <translation>Әзірге алаң жоқ: оларды әкімші баптайды.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 тексерілуде…</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Алаңды жою</translation>
    </message>
    <message>
        <source>Remove the endpoint %1 and its stored secret? What was published there stays on the site.</source>
        <translation>%1 жариялау алаңын және оның сақталған құпиясын жою керек пе? Онда жарияланғандар сайтта қалады.</translation>
    </message>
    <message>
        <source>The endpoint %1 was removed, but its secret could not be: %2</source>
        <translation>%1 жариялау алаңы жойылды, бірақ оның құпиясын жою мүмкін болмады: %2</translation>
    </message>
</context>
<context>
    <name>Qalam::FirstAdministratorDialog</name>
    <message>
        <source>Newsroom accounts</source>
        <translation>Редакция тіркелгілері</translation>
    </message>
    <message>
        <source>This newsroom has no accounts yet, so Qalam works as a single desk: everything is allowed and recorded under the computer&apos;s account name (%1).

Create the administrator&apos;s account to start using accounts and roles. From then on everyone signs in, and Qalam asks you to sign in right after this step.</source>
        <translation>Бұл редакцияда әлі тіркелгі жоқ, сондықтан Qalam бір пайдаланушы режимінде жұмыс істейді: бәріне рұқсат етіледі, ал әрекеттер компьютердегі пайдаланушы атымен (%1) жазылады.

Тіркелгілер мен рөлдерді пайдалана бастау үшін әкімшінің тіркелгісін жасаңыз. Осыдан кейін әркім жүйеге өз атымен кіреді, ал Qalam осы қадамнан кейін бірден кіруді сұрайды.</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>әріптер, цифрлар, . _ -</translation>
    </message>
    <message>
        <source>e.g. Омаров Серик</source>
        <translation>мысалы, Омаров Серік</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>кемінде 8 таңба</translation>
    </message>
    <message>
        <source>Also a chief editor (approves and publishes articles)</source>
        <translation>Сондай-ақ бас редактор (мақалаларды мақұлдайды және жариялайды)</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Әкімшіні жасау</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Көрсетілетін аты:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Құпиясөзді қайталау:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>Qalam::FolderPublisher</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The package could not be moved to %1.</source>
        <translation>Пакетті %1 ішіне жылжыту мүмкін болмады.</translation>
    </message>
    <message>
        <source>The earlier package at %1 could not be replaced.</source>
        <translation>%1 ішіндегі бұрынғы пакетті ауыстыру мүмкін болмады.</translation>
    </message>
    <message>
        <source>No folder is set for publishing. Choose one in the endpoint settings.</source>
        <translation>Жариялауға арналған қалта көрсетілмеген. Оны жариялау алаңының баптауларында таңдаңыз.</translation>
    </message>
    <message>
        <source>The article has no usable web address name (slug).</source>
        <translation>Мақалада веб-мекенжайға жарамды атау (slug) жоқ.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Nothing was published; choose a folder for the packages.</source>
        <translation>%1 — қалта емес, файл. Ештеңе жарияланбады; пакеттер үшін қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Nothing was published; choose a folder you may write to.</source>
        <translation>%1 қалтасын жасау мүмкін емес. Ештеңе жарияланбады; жазуға рұқсатыңыз бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Nothing was published there; choose a folder you may write to, or ask for write access.</source>
        <translation>%1 қалтасына жазу мүмкін емес. Онда ештеңе жарияланбады; жазуға рұқсатыңыз бар қалтаны таңдаңыз немесе жазу құқығын сұраңыз.</translation>
    </message>
    <message>
        <source>The article could not be published to %1: %2 The earlier package, if any, was kept.</source>
        <translation>Мақаланы %1 ішіне жариялау мүмкін болмады: %2 Бұрынғы пакет (егер болса) сақталды.</translation>
    </message>
    <message>
        <source>There is no package to take down: no folder or slug.</source>
        <translation>Алынатын пакет жоқ: қалта немесе slug көрсетілмеген.</translation>
    </message>
    <message>
        <source>The package %1 could not be removed. It is still published; check that the folder may be written to.</source>
        <translation>%1 пакетін жою мүмкін болмады. Ол әлі де жарияланған күйде; қалтаға жазуға болатынын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>Qalam::ImportDialog</name>
    <message>
        <source>Use this paragraph as the headline</source>
        <translation>Осы абзацты тақырып ету</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Stop recognising; nothing is created</source>
        <translation>Тануды тоқтату; ештеңе жасалмайды</translation>
    </message>
    <message>
        <source>What the import noticed</source>
        <translation>Импорт ескертулері</translation>
    </message>
    <message>
        <source>No headline was recognised. Write the headline: the draft is not created without one.</source>
        <translation>Тақырып танылмады. Тақырыпты жазыңыз: онсыз жоба жасалмайды.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Attribution as written</source>
        <translation>Мәтіндегі дереккөзге сілтеме</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Орны мен күні</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>The headline, as it will stand over the article</source>
        <translation>Мақаланың үстінде тұратын тақырып</translation>
    </message>
    <message>
        <source>e.g. Акорда</source>
        <translation>мысалы, Ақорда</translation>
    </message>
    <message>
        <source>e.g. передает Акорда</source>
        <translation>мысалы, Ақорда хабарлайды</translation>
    </message>
    <message>
        <source>e.g. АСТАНА. 12 марта. КАЗИНФОРМ</source>
        <translation>мысалы, АСТАНА. 12 наурыз. ҚАЗАҚПАРАТ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Add author</source>
        <translation>Автор қосу</translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation>Авторды алып тастау</translation>
    </message>
    <message>
        <source>Body: one paragraph per block, a blank line between blocks</source>
        <translation>Мәтін: әр блокта бір абзац, блоктар арасында бос жол</translation>
    </message>
    <message>
        <source>Restore into body</source>
        <translation>Мәтінге қайтару</translation>
    </message>
    <message>
        <source>Puts the line back into the body where it stood in the original</source>
        <translation>Жолды мәтінге, түпнұсқада тұрған орнына қайтарады</translation>
    </message>
    <message>
        <source>Use as headline</source>
        <translation>Тақырып ету</translation>
    </message>
    <message>
        <source>The line becomes the headline (the current one goes back to the list)</source>
        <translation>Жол тақырыпқа айналады (қазіргі тақырып тізімге қайтады)</translation>
    </message>
    <message>
        <source>Right-click a paragraph to make it the headline</source>
        <translation>Абзацты тақырып ету үшін оны тінтуірдің оң жақ батырмасымен басыңыз</translation>
    </message>
    <message>
        <source>Lines the import took for site chrome: menus, counters, prompts</source>
        <translation>Импорт сайттың қызметтік элементтері деп санаған жолдар: мәзірлер, санауыштар, шақырулар</translation>
    </message>
    <message>
        <source>Pictures the source mentions. Each becomes a slot in the Photos dock that waits for its file; fill in what is missing now or later.</source>
        <translation>Дереккөзде аталған суреттер. Әрқайсысы «Фотолар» панелінде өз файлын күтетін орынға айналады; жетіспейтінін қазір немесе кейін толтырыңыз.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Сурет жазуы</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Балама мәтін</translation>
    </message>
    <message>
        <source>Credit source</source>
        <translation>Фото дереккөзі</translation>
    </message>
    <message>
        <source>Credit type</source>
        <translation>Дереккөз түрі</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Дереккөздегідей</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Remove slot</source>
        <translation>Фото орнын өшіру</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Жоба жасау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Түпнұсқа</translation>
    </message>
    <message>
        <source>Reading and recognising %1 (%2)…</source>
        <translation>%1 оқылып, танылуда (%2)…</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Қойылған мәтін</translation>
    </message>
    <message>
        <source>There is no text to import.</source>
        <translation>Импорттайтын мәтін жоқ.</translation>
    </message>
    <message>
        <source>Recognising %1 (%2)…</source>
        <translation>%1 танылуда (%2)…</translation>
    </message>
    <message>
        <source>Clipboard (HTML)</source>
        <translation>Алмасу буфері (HTML)</translation>
    </message>
    <message>
        <source>Clipboard (text)</source>
        <translation>Алмасу буфері (мәтін)</translation>
    </message>
    <message>
        <source>Stopped. The fields show the previous recognition.</source>
        <translation>Тоқтатылды. Өрістерде алдыңғы тану нәтижесі көрсетілген.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was recognised and nothing is created.</source>
        <translation>Тоқтатылды. Ештеңе танылмады және ештеңе жасалмады.</translation>
    </message>
    <message>
        <source>no speaker found</source>
        <translation>сөз иесі табылмады</translation>
    </message>
    <message>
        <source>«%1» — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message>
        <source>No quotations found.</source>
        <translation>Дәйексөздер табылмады.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(таңдаңыз)</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>штаттық</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>агенттік</translation>
    </message>
    <message>
        <source>press service</source>
        <translation>баспасөз қызметі</translation>
    </message>
    <message>
        <source>UGC (reader&apos;s picture)</source>
        <translation>UGC (оқырман суреті)</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>мұрағат</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>таратылатын материал</translation>
    </message>
    <message>
        <source>under the headline</source>
        <translation>тақырыптың астында</translation>
    </message>
    <message>
        <source>after ¶ %1</source>
        <translation>¶ %1 кейін</translation>
    </message>
    <message>
        <source>No caption: every published photo needs one</source>
        <translation>Сурет жазуы жоқ: жарияланатын әр фотоға ол қажет</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Creating the draft…</source>
        <translation>Жоба жасалуда…</translation>
    </message>
    <message>
        <source>Write the headline first</source>
        <translation>Алдымен тақырыпты жазыңыз</translation>
    </message>
    <message numerus="yes">
        <source>Left out as site chrome: %n line(s)</source>
        <translation>
            <numerusform>Сайттың қызметтік элементтері ретінде алып тасталды: %n жол</numerusform>
            <numerusform>Сайттың қызметтік элементтері ретінде алып тасталды: %n жол</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Фотолар (%1)</translation>
    </message>
    <message>
        <source>The text as it was read (the first %1 of %2 characters are shown). It stays with the draft for reference and is never published.</source>
        <translation>Оқылған күйіндегі мәтін (%2 таңбаның алғашқы %1 таңбасы көрсетілген). Ол анықтама үшін жобамен бірге сақталады және ешқашан жарияланбайды.</translation>
    </message>
    <message>
        <source>The text as it was read. It stays with the draft for reference and is never published.</source>
        <translation>Оқылған күйіндегі мәтін. Ол анықтама үшін жобамен бірге сақталады және ешқашан жарияланбайды.</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Дәйексөздер (%1)</translation>
    </message>
</context>
<context>
    <name>Qalam::Importer</name>
    <message>
        <source>No headline was recognised. Write the headline or pick the line that is one; nothing was guessed.</source>
        <translation>Тақырып танылмады. Тақырыпты жазыңыз немесе тақырып болатын жолды таңдаңыз; ештеңе болжаммен қойылған жоқ.</translation>
    </message>
    <message>
        <source>No story text was recognised: everything read looks like site chrome. Check the left-out lines.</source>
        <translation>Материал мәтіні танылмады: оқылғанның бәрі сайттың қызметтік элементтеріне ұқсайды. Алып тасталған жолдарды тексеріңіз.</translation>
    </message>
    <message>
        <source>No author was recognised: choose the byline.</source>
        <translation>Автор танылмады: авторларды көрсетіңіз.</translation>
    </message>
    <message>
        <source>No source attribution was recognised.</source>
        <translation>Дереккөзге сілтеме танылмады.</translation>
    </message>
    <message>
        <source>The lead photo has no caption: write one.</source>
        <translation>Басты фотоның жазуы жоқ: оны жазыңыз.</translation>
    </message>
    <message>
        <source>Photo %1 has no caption: write one.</source>
        <translation>Фото %1: сурет жазуы жоқ, оны жазыңыз.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>%1 файлы жоқ.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; import takes files of up to %3 MB. Save only the article (its page or its text) and import that. Nothing was imported.</source>
        <translation>%1 көлемі — %2 МБ; тек %3 МБ-қа дейінгі файлдарды импорттауға болады. Тек мақаланы (оның бетін немесе мәтінін) сақтап, соны импорттаңыз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; import takes files of up to that size. Nothing was imported.</source>
        <translation>%1 көлемі %2 МБ-тан асады; тек осы көлемге дейінгі файлдарды импорттауға болады. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to import.</source>
        <translation>%1 бос: импорттайтын мәтін жоқ.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like a picture, an archive or a program). Import takes plain text or an HTML page. Nothing was imported.</source>
        <translation>%1 — мәтін файлы емес (сурет, мұрағат немесе бағдарлама сияқты). Қарапайым мәтінді немесе HTML бетін ғана импорттауға болады. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The text of %1 could not be read: it is neither UTF-8, UTF-16, Windows-1251 nor KOI8-R. Save it as UTF-8 and import it again. Nothing was imported.</source>
        <translation>%1 мәтінін оқу мүмкін болмады: оның кодтауы UTF-8, UTF-16, Windows-1251 немесе KOI8-R емес. Файлды UTF-8 кодтауында сақтап, қайта импорттаңыз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Unknown import format &quot;%1&quot;: use text or html.</source>
        <translation>Белгісіз импорт пішімі «%1»: text немесе html қолданыңыз.</translation>
    </message>
</context>
<context>
    <name>Qalam::LocalCopies</name>
    <message>
        <source>Cannot keep the unsaved text in %1.</source>
        <translation>Сақталмаған мәтінді %1 ішінде сақтап қою мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>Qalam::MainWindow</name>
    <message>
        <source>«%1» is now in the newsroom dictionary.</source>
        <translation>«%1» сөзі редакция сөздігіне қосылды.</translation>
    </message>
    <message>
        <source>Cleaning the pasted text…</source>
        <translation>Қойылған мәтін тазартылуда…</translation>
    </message>
    <message>
        <source>About Qalam</source>
        <translation>Qalam туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;A newsroom editor for regional editors, photo editors and chief editors.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;Өңірлік редакторларға, фоторедакторларға және бас редакторларға арналған редакциялық жүйе.&lt;/p&gt;&lt;p&gt;Дерекқор: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>it was changed elsewhere in the meantime</source>
        <translation>осы уақытта оны басқа жерде өзгертті</translation>
    </message>
    <message>
        <source>The open article has changes that could not be saved (%1). Nothing was discarded; resolve that before opening another article.</source>
        <translation>Ашық мақалада сақталмаған өзгерістер бар (%1). Ештеңе жойылған жоқ; басқа мақаланы ашпас бұрын мұны шешіңіз.</translation>
    </message>
    <message>
        <source>Revision restored; the previous text is kept as a revision.</source>
        <translation>Нұсқа қалпына келтірілді; алдыңғы мәтін жеке нұсқа ретінде сақталды.</translation>
    </message>
    <message>
        <source>Reloaded the stored version; your text is on the clipboard.</source>
        <translation>Сақталған нұсқа қайта жүктелді; мәтініңіз алмасу буферінде.</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n дәйексөз</numerusform>
            <numerusform>%n дәйексөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unattributed</source>
        <translation>
            <numerusform>%n авторы көрсетілмеген</numerusform>
            <numerusform>%n авторы көрсетілмеген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n сөз</numerusform>
            <numerusform>%n сөз</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters with spaces · %2 without</source>
        <translation>бос орындарымен %1 таңба · бос орынсыз %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min reading</source>
        <translation>
            <numerusform>%n мин оқу</numerusform>
            <numerusform>%n мин оқу</numerusform>
        </translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Мақала ашылмаған</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Әлі сақталмаған</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Version conflict: not saved</source>
        <translation>Нұсқалар қайшылығы: сақталмады</translation>
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
        <translation>Жылдам пернелер</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The article could not be saved: %1

Close anyway? Your text will be copied to the clipboard.</source>
        <translation>Мақаланы сақтау мүмкін болмады: %1

Бәрібір жабу керек пе? Мәтініңіз алмасу буферіне көшіріледі.</translation>
    </message>
    <message>
        <source>%1 · regions: %2</source>
        <translation>%1 · өңірлер: %2</translation>
    </message>
    <message>
        <source>Returned by %1 (%2): %3</source>
        <translation>%1 қайтарды (%2): %3</translation>
    </message>
    <message>
        <source>The article is yours to edit now.</source>
        <translation>Енді мақаланы сіз өңдейсіз.</translation>
    </message>
    <message>
        <source>Someone else took this article over. What you see stays here; copy anything you typed since the last save.</source>
        <translation>Мақаланы басқа пайдаланушы өзіне алды. Экрандағы мәтін осында қалады; соңғы сақтаудан кейін терген мәтініңізді көшіріп алыңыз.</translation>
    </message>
    <message>
        <source>Return to the writer</source>
        <translation>Авторға қайтару</translation>
    </message>
    <message>
        <source>Unpublish the article</source>
        <translation>Мақаланы жариялаудан алу</translation>
    </message>
    <message>
        <source>What should the writer change? The comment goes to the writer and into the article&apos;s log.</source>
        <translation>Автор нені өзгертуі керек? Түсініктеме авторға жіберіліп, мақала журналына жазылады.</translation>
    </message>
    <message>
        <source>Why is the article taken off the site? The reason is recorded in the article&apos;s log.</source>
        <translation>Мақала сайттан неге алынады? Себебі мақала журналына жазылады.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Жариялаудан алу</translation>
    </message>
    <message>
        <source>Save the article first: %1</source>
        <translation>Алдымен мақаланы сақтаңыз: %1</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>Тексеруге жіберілді.</translation>
    </message>
    <message>
        <source>Withdrawn from review: you can edit it again.</source>
        <translation>Тексеруден кері алынды: мақаланы қайта өңдеуге болады.</translation>
    </message>
    <message>
        <source>Approved for publication at %1.</source>
        <translation>Мақұлданды, жариялау %1 уақытына жоспарланды.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Мақұлданды.</translation>
    </message>
    <message>
        <source>Returned to the writer with your comment.</source>
        <translation>Түсініктемеңізбен авторға қайтарылды.</translation>
    </message>
    <message>
        <source>Unpublished.</source>
        <translation>Жариялаудан алынды.</translation>
    </message>
    <message>
        <source>Draft created from the import: %1</source>
        <translation>Импорттан жоба жасалды: %1</translation>
    </message>
    <message>
        <source>Import agency copy or a web page</source>
        <translation>Агенттік хабарын немесе веб-бетті импорттау</translation>
    </message>
    <message>
        <source>Text and web pages (*.txt *.html *.htm);;All files (*)</source>
        <translation>Мәтін және веб-беттер (*.txt *.html *.htm);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>This article was saved elsewhere (version %1) while you were editing. Your changes are not saved yet: compare and merge, or reload theirs.</source>
        <translation>Сіз өңдеп жатқанда бұл мақала басқа жерде сақталды (%1-нұсқа). Өзгерістеріңіз әлі сақталмаған: нұсқаларды салыстырып біріктіріңіз немесе сақталған нұсқаны қайта жүктеңіз.</translation>
    </message>
    <message>
        <source>The article was changed elsewhere; this is the stored version %1.</source>
        <translation>Мақала басқа жерде өзгертілді; бұл — сақталған %1-нұсқа.</translation>
    </message>
    <message>
        <source>Your version is saved on top of theirs; theirs is kept in the revisions.</source>
        <translation>Сіздің нұсқаңыз олардың нұсқасының үстінен сақталды; олардың нұсқасы нұсқалар тізімінде қалды.</translation>
    </message>
    <message>
        <source>Their version is shown; yours is on the clipboard.</source>
        <translation>Олардың нұсқасы көрсетілді; сіздікі алмасу буферінде.</translation>
    </message>
    <message>
        <source>Their version is shown; Edit → Undo brings yours back.</source>
        <translation>Олардың нұсқасы көрсетілді; Түзету → Болдырмау сіздікін қайтарады.</translation>
    </message>
    <message>
        <source>Their version is shown.</source>
        <translation>Олардың нұсқасы көрсетілді.</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>Сервер қайта жауап береді.</translation>
    </message>
    <message>
        <source>the server cannot be reached; your text is kept on this computer and is saved when you open the article again</source>
        <translation>серверге қосылу мүмкін емес; мәтініңіз осы компьютерде сақталып тұр және мақаланы қайта ашқанда сақталады</translation>
    </message>
    <message>
        <source>What you typed while the server could not be reached (%1) is kept on this computer; it comes back when you can edit this article again.</source>
        <translation>Сервер қолжетімсіз болған кезде терілген мәтін (%1) осы компьютерде сақталып тұр; осы мақаланы қайта өңдей алған кезде ол қайтарылады.</translation>
    </message>
    <message>
        <source>Restored what you typed while the server could not be reached (kept on this computer at %1). It is being saved.</source>
        <translation>Сервер қолжетімсіз болған кезде терілген мәтін қалпына келтірілді (%1 уақытында осы компьютерде сақталған). Ол сақталуда.</translation>
    </message>
    <message>
        <source>Not saved yet: kept on this computer</source>
        <translation>Әлі сақталмады: осы компьютерде сақталып тұр</translation>
    </message>
</context>
<context>
    <name>Qalam::MergeDialog</name>
    <message>
        <source>Compare and merge</source>
        <translation>Салыстыру және біріктіру</translation>
    </message>
    <message>
        <source>This article was saved elsewhere at %1 (version %2) while you were editing version %3. Struck-through words are only in their version, underlined words only in yours. Choose which to keep; nothing is overwritten until you do.</source>
        <translation>Сіз %3-нұсқаны өңдеп жатқанда бұл мақала басқа жерде %1 уақытында сақталды (%2-нұсқа). Сызылған сөздер тек олардың нұсқасында, асты сызылған сөздер тек сіздікінде бар. Қайсысын қалдыратыныңызды таңдаңыз; оған дейін ештеңе қайта жазылмайды.</translation>
    </message>
    <message>
        <source>The texts are the same.</source>
        <translation>Мәтіндер бірдей.</translation>
    </message>
    <message>
        <source>The texts are the same; the details (region, rubric, tags, source or language) differ.</source>
        <translation>Мәтіндер бірдей; мәліметтері (өңір, айдар, тегтер, дереккөз немесе тіл) әртүрлі.</translation>
    </message>
    <message>
        <source>Word changes</source>
        <translation>Сөз өзгерістері</translation>
    </message>
    <message numerus="yes">
        <source>Word changes (%n field(s))</source>
        <translation>
            <numerusform>Сөз өзгерістері (%n өріс)</numerusform>
            <numerusform>Сөз өзгерістері (%n өріс)</numerusform>
        </translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Олардың нұсқасы</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Сіздің нұсқаңыз</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Олардікін қалдыру</translation>
    </message>
    <message>
        <source>Show their version; Edit → Undo brings yours back</source>
        <translation>Олардың нұсқасын көрсету; Түзету → Болдырмау сіздікін қайтарады</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <source>Save your version on top of theirs; theirs stays in the revisions</source>
        <translation>Сіздің нұсқаңызды олардың нұсқасының үстінен сақтау; олардың нұсқасы нұсқалар тізімінде қалады</translation>
    </message>
    <message>
        <source>Copy mine to clipboard and reload</source>
        <translation>Менікін алмасу буферіне көшіріп, қайта жүктеу</translation>
    </message>
    <message>
        <source>Put your text on the clipboard, then show their version</source>
        <translation>Мәтініңізді алмасу буферіне көшіріп, содан кейін олардың нұсқасын көрсету</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>Олардың нұсқасын қалдыру</translation>
    </message>
</context>
<context>
    <name>Qalam::NotificationsDock</name>
    <message>
        <source>Notifications</source>
        <translation>Хабарландырулар</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Бәрін оқылды деп белгілеу</translation>
    </message>
    <message numerus="yes">
        <source>Notifications (%n unread)</source>
        <translation>
            <numerusform>Хабарландырулар (%n оқылмаған)</numerusform>
            <numerusform>Хабарландырулар (%n оқылмаған)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n оқылмаған хабарландыру</numerusform>
            <numerusform>%n оқылмаған хабарландыру</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: nothing unread</source>
        <translation>Хабарландырулар: оқылмағаны жоқ</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Хабарландыру жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n оқылмаған</numerusform>
            <numerusform>%n оқылмаған</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Тексеруге жіберілді</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Мақұлданды</translation>
    </message>
    <message>
        <source>Publication overdue</source>
        <translation>Жариялау мерзімі өтті</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>Мақаланы ашу</translation>
    </message>
    <message>
        <source>Unread: open the article and mark it read</source>
        <translation>Оқылмаған: мақаланы ашып, хабарландыруды оқылды деп белгілеу</translation>
    </message>
    <message>
        <source>Qalam</source>
        <translation>Qalam</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n жаңа хабарландыру</numerusform>
            <numerusform>%n жаңа хабарландыру</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 және тағы %n</numerusform>
            <numerusform>%1 және тағы %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::OriginalDialog</name>
    <message>
        <source>Original text</source>
        <translation>Бастапқы мәтін</translation>
    </message>
    <message>
        <source>Reading the original…</source>
        <translation>Түпнұсқа оқылуда…</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Барлығын көшіру</translation>
    </message>
    <message>
        <source>This article was not imported: there is no original text to show.</source>
        <translation>Бұл мақала импортталмаған: көрсететін бастапқы мәтін жоқ.</translation>
    </message>
    <message>
        <source>Imported from an HTML page on %1 by %2. The original stays with the article for reference and is never published.</source>
        <translation>%2 %1 HTML бетінен импорттады. Түпнұсқа анықтама үшін мақаламен бірге сақталады және ешқашан жарияланбайды.</translation>
    </message>
    <message>
        <source>Imported from text on %1 by %2. The original stays with the article for reference and is never published.</source>
        <translation>%2 %1 мәтіннен импорттады. Түпнұсқа анықтама үшін мақаламен бірге сақталады және ешқашан жарияланбайды.</translation>
    </message>
    <message>
        <source>The first %1 of %2 characters are shown; Copy all copies everything.</source>
        <translation>%2 таңбаның алғашқы %1 таңбасы көрсетілген; «Барлығын көшіру» бүкіл мәтінді көшіреді.</translation>
    </message>
</context>
<context>
    <name>Qalam::Outbox</name>
    <message>
        <source>A job publishes or unpublishes, not &quot;%1&quot;.</source>
        <translation>Тапсырма тек жариялайды немесе жариялаудан алады, «%1» емес.</translation>
    </message>
    <message>
        <source>Give the reason: unpublishing an article needs one. Nothing was changed.</source>
        <translation>Себебін көрсетіңіз: мақаланы жариялаудан алу үшін ол қажет. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This article is %1: only an approved article can be published. Nothing was sent.</source>
        <translation>Мақала «%1» күйінде: тек мақұлданған мақаланы жариялауға болады. Ештеңе жіберілмеді.</translation>
    </message>
    <message>
        <source>This article is %1: only a published article can be unpublished. Nothing was removed.</source>
        <translation>Мақала «%1» күйінде: тек жарияланған мақаланы жариялаудан алуға болады. Ештеңе жойылмады.</translation>
    </message>
    <message>
        <source>The publishing outbox could not be read.</source>
        <translation>Жариялау кезегін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Job %1 (%2) for this article at %3 is not finished yet: wait for it or cancel it first.</source>
        <translation>Осы мақаланың %3 алаңындағы %1 тапсырмасы (%2) әлі аяқталмаған: оның аяқталуын күтіңіз немесе алдымен оны тоқтатыңыз.</translation>
    </message>
    <message>
        <source>The job could not be put into the publishing outbox.</source>
        <translation>Тапсырманы жариялау кезегіне қою мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no publishing job %1.</source>
        <translation>%1 жариялау тапсырмасы жоқ.</translation>
    </message>
    <message>
        <source>Job %1 is %2: only a failed or cancelled job can be retried.</source>
        <translation>%1 тапсырмасы %2 күйінде: тек сәтсіз аяқталған немесе тоқтатылған тапсырманы қайталауға болады.</translation>
    </message>
    <message>
        <source>Job %1 is %2 already: there is nothing to cancel.</source>
        <translation>%1 тапсырмасы қазірдің өзінде %2 күйінде: тоқтататын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Another job for this article at %1 is not finished yet.</source>
        <translation>Осы мақаланың %1 алаңындағы басқа тапсырмасы әлі аяқталмаған.</translation>
    </message>
    <message>
        <source>Cancelled by %1.</source>
        <translation>%1 тоқтатты.</translation>
    </message>
    <message>
        <source>The publishing outbox could not be updated.</source>
        <translation>Жариялау кезегін жаңарту мүмкін болмады.</translation>
    </message>
    <message>
        <source>A completed publishing step could not be recorded.</source>
        <translation>Жариялаудың орындалған қадамын жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Where the article was published could not be recorded.</source>
        <translation>Мақаланың қай жерде жарияланғанын жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Job %1 is no longer run from here: it was cancelled, finished or taken over.</source>
        <translation>%1 тапсырмасы енді осы жұмыс орнында орындалмайды: ол тоқтатылды, аяқталды немесе басқа жұмыс орнына өтті.</translation>
    </message>
    <message>
        <source>The publishing job could not be claimed.</source>
        <translation>Жариялау тапсырмасын алу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Taken over from %1: its program (process %2) has ended.</source>
        <translation>%1 жұмыс орнынан алынды: ондағы бағдарлама (%2 процесі) аяқталған.</translation>
    </message>
    <message>
        <source>Taken over from %1 (no sign of life since %2).</source>
        <translation>%1 жұмыс орнынан алынды (%2 бастап жұмыс белгісі жоқ).</translation>
    </message>
    <message>
        <source>The claim on a publishing job could not be renewed.</source>
        <translation>Жариялау тапсырмасын ұстау мерзімін ұзарту мүмкін болмады.</translation>
    </message>
    <message>
        <source>The claim on a publishing job could not be released.</source>
        <translation>Жариялау тапсырмасын босату мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Qalam::PasswordResetDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>%1 үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>кемінде 8 таңба</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Құпиясөзді қайталау:</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>Құпиясөзді орнату</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>Qalam::PeopleMenu</name>
    <message>
        <source>&amp;Newsroom</source>
        <translation>&amp;Редакция</translation>
    </message>
    <message>
        <source>&amp;Authors…</source>
        <translation>&amp;Авторлар…</translation>
    </message>
    <message>
        <source>Every author with their article counts; profiles</source>
        <translation>Барлық авторлар мақала санымен; профильдер</translation>
    </message>
    <message>
        <source>Newsroom &amp;accounts…</source>
        <translation>Редакция &amp;тіркелгілері…</translation>
    </message>
    <message>
        <source>Create the administrator&apos;s account; then everyone signs in</source>
        <translation>Әкімшінің тіркелгісін жасау; осыдан кейін әркім жүйеге өз атымен кіреді</translation>
    </message>
    <message>
        <source>Users, roles, regions and passwords</source>
        <translation>Пайдаланушылар, рөлдер, өңірлер және құпиясөздер</translation>
    </message>
    <message>
        <source>Only an administrator manages the newsroom&apos;s accounts</source>
        <translation>Редакция тіркелгілерін тек әкімші басқарады</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>&amp;Құпиясөзді өзгерту…</translation>
    </message>
    <message>
        <source>Sign &amp;out (%1)</source>
        <translation>&amp;Шығу (%1)</translation>
    </message>
    <message>
        <source>Store everything, close the window and sign in as someone else</source>
        <translation>Барлығын сақтап, терезені жабу және басқа пайдаланушы ретінде кіру</translation>
    </message>
</context>
<context>
    <name>Qalam::Permissions</name>
    <message>
        <source>Reading the newsroom&apos;s articles</source>
        <translation>Редакция мақалаларын оқу</translation>
    </message>
    <message>
        <source>an active account</source>
        <translation>белсенді тіркелгі</translation>
    </message>
    <message>
        <source>Creating an article</source>
        <translation>Мақала жасау</translation>
    </message>
    <message>
        <source>the regional editor or chief editor role</source>
        <translation>өңірлік жаңалықтар редакторы немесе бас редактор рөлі</translation>
    </message>
    <message>
        <source>Editing the text</source>
        <translation>Мәтінді өңдеу</translation>
    </message>
    <message>
        <source>the regional editor role for one&apos;s own or own-region articles while they are drafts, returned, withdrawn or updated, or the chief editor role</source>
        <translation>өз мақалалары мен өз өңірлерінің мақалалары үшін (олар жоба, қайтарылған, кері алынған немесе жаңартылған күйде болғанда) өңірлік жаңалықтар редакторы рөлі немесе бас редактор рөлі</translation>
    </message>
    <message>
        <source>Changing the byline</source>
        <translation>Авторлар тізімін өзгерту</translation>
    </message>
    <message>
        <source>Submitting for review</source>
        <translation>Тексеруге жіберу</translation>
    </message>
    <message>
        <source>the regional editor role for one&apos;s own or own-region articles, or the chief editor role</source>
        <translation>өз мақалалары мен өз өңірлерінің мақалалары үшін өңірлік жаңалықтар редакторы рөлі немесе бас редактор рөлі</translation>
    </message>
    <message>
        <source>Withdrawing a submission</source>
        <translation>Мақаланы тексеруден кері алу</translation>
    </message>
    <message>
        <source>being the one who submitted it, or the chief editor role</source>
        <translation>мақаланы тексеруге жіберген адам болу немесе бас редактор рөлі</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>Мақұлдау</translation>
    </message>
    <message>
        <source>the chief editor role</source>
        <translation>бас редактор рөлі</translation>
    </message>
    <message>
        <source>Returning to the writer</source>
        <translation>Авторға қайтару</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Жариялау</translation>
    </message>
    <message>
        <source>Unpublishing</source>
        <translation>Жариялаудан алу</translation>
    </message>
    <message>
        <source>Adding a photo</source>
        <translation>Фото қосу</translation>
    </message>
    <message>
        <source>the photo editor role (before publication), the regional editor role for articles one may edit, or the chief editor role</source>
        <translation>фоторедактор рөлі (жариялауға дейін), өзі өңдей алатын мақалалар үшін өңірлік жаңалықтар редакторы рөлі немесе бас редактор рөлі</translation>
    </message>
    <message>
        <source>Changing photos and credits</source>
        <translation>Фотолар мен дереккөздерді өзгерту</translation>
    </message>
    <message>
        <source>Commenting</source>
        <translation>Түсініктеме жазу</translation>
    </message>
    <message>
        <source>an editorial role</source>
        <translation>редакциялық рөл</translation>
    </message>
    <message>
        <source>Taking over someone else&apos;s article</source>
        <translation>Басқаның мақаласын өзіне алу</translation>
    </message>
    <message>
        <source>Managing users</source>
        <translation>Пайдаланушыларды басқару</translation>
    </message>
    <message>
        <source>the administrator role</source>
        <translation>әкімші рөлі</translation>
    </message>
    <message>
        <source>Changing newsroom settings</source>
        <translation>Редакция баптауларын өзгерту</translation>
    </message>
    <message>
        <source>Changing publishing endpoints</source>
        <translation>Жариялау алаңдарын өзгерту</translation>
    </message>
    <message>
        <source>Editing an author profile</source>
        <translation>Автор профилін өңдеу</translation>
    </message>
    <message>
        <source>the chief editor or administrator role, or being that author</source>
        <translation>бас редактор немесе әкімші рөлі, не осы автордың өзі болу</translation>
    </message>
    <message>
        <source>Permission denied: %1 needs %2; %3 does not have it. Nothing was changed.</source>
        <translation>Құқық жеткіліксіз: «%1» әрекеті үшін %2 қажет, ал %3 пайдаланушысында ол жоқ. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The newsroom&apos;s accounts could not be read.</source>
        <translation>Редакция тіркелгілерін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>This newsroom has user accounts: sign in first (in qalam-cli, --user LOGIN). Nothing was changed.</source>
        <translation>Бұл редакцияда тіркелгілер бар: алдымен жүйеге кіріңіз (qalam-cli үшін — --user LOGIN). Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The account %1 does not exist or is no longer active. Nothing was changed.</source>
        <translation>%1 тіркелгісі жоқ немесе енді белсенді емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>Мақаланы оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Идентификаторы %1 болатын мақала жоқ.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoFile</name>
    <message>
        <source>Cannot read the picture %1. Check that the file exists and that you may open it.</source>
        <translation>%1 суретін оқу мүмкін емес. Файлдың бар екенін және оны ашуға рұқсатыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 is empty. Choose the picture again from its original source.</source>
        <translation>%1 файлы бос. Суретті бастапқы көзінен қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is not an image Qalam can read. Use a JPEG, PNG, GIF or WebP file.</source>
        <translation>%1 — Qalam оқи алатын сурет емес. JPEG, PNG, GIF немесе WebP файлын қолданыңыз.</translation>
    </message>
    <message>
        <source>%1 is damaged: the picture cannot be decoded completely. Ask the sender for the file again.</source>
        <translation>%1 файлы зақымдалған: суретті толық декодтау мүмкін емес. Жіберушіден файлды қайта сұраңыз.</translation>
    </message>
    <message>
        <source>%1 is too large: %2 × %3 pixels, more than the %4 megapixels Qalam accepts. Reduce the picture in an image editor and import it again.</source>
        <translation>%1 тым үлкен: %2 × %3 пиксель, бұл Qalam қабылдайтын %4 мегапиксельден көп. Суретті графикалық редакторда кішірейтіп, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The metadata of %1 cannot be read.</source>
        <translation>%1 метадеректерін оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>A thumbnail needs a size of at least one pixel.</source>
        <translation>Нобайдың өлшемі кемінде бір пиксель болуы керек.</translation>
    </message>
    <message>
        <source>The rendition settings are out of range.</source>
        <translation>Жариялауға арналған нұсқаның параметрлері рұқсат етілген ауқымнан тыс.</translation>
    </message>
    <message>
        <source>The rendition of %1 cannot be written.</source>
        <translation>%1 файлының жариялауға арналған нұсқасын жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>The caption and credit cannot be written into the rendition of %1. The original is unchanged; try again or report the file to the photo desk.</source>
        <translation>Сурет жазуы мен дереккөзді %1 файлының жариялауға арналған нұсқасына жазу мүмкін емес. Түпнұсқа өзгерген жоқ; қайталап көріңіз немесе файл туралы фотобөлімге хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoRules</name>
    <message>
        <source>Photo %1 (%2)</source>
        <translation>Фото %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no caption.</source>
        <translation>%1: сурет жазуы жоқ.</translation>
    </message>
    <message>
        <source>%1 has no alt text for readers who cannot see it.</source>
        <translation>%1: көре алмайтын оқырмандарға арналған балама мәтін жоқ.</translation>
    </message>
    <message>
        <source>%1 has no credit source.</source>
        <translation>%1: фото дереккөзі көрсетілмеген.</translation>
    </message>
    <message>
        <source>%1 has no credit type.</source>
        <translation>%1: дереккөз түрі көрсетілмеген.</translation>
    </message>
    <message>
        <source>%1 is user-generated and its sender&apos;s permission is not recorded.</source>
        <translation>%1: оқырман суреті (UGC), жіберушінің рұқсаты тіркелмеген.</translation>
    </message>
    <message>
        <source>%1: the sender&apos;s permission has expired.</source>
        <translation>%1: жіберуші рұқсатының мерзімі өтті.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoStore</name>
    <message>
        <source>The photos could not be read.</source>
        <translation>Фотоларды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no photo %1.</source>
        <translation>%1 фотосы жоқ.</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>%1 фото қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the photo folder.</source>
        <translation>%1 файлын фото қалтасына көшіру мүмкін емес.</translation>
    </message>
    <message>
        <source>The photo could not be stored.</source>
        <translation>Фотоны қоймаға сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The photo could not be attached.</source>
        <translation>Фотоны тіркеу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The photo could not be attached to the article.</source>
        <translation>Фотоны мақалаға тіркеу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The photo could not be removed from the article.</source>
        <translation>Фотоны мақаладан алып тастау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The photo could not be saved.</source>
        <translation>Фотоны сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The photo settings could not be read.</source>
        <translation>Фото баптауларын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The credit template must contain {source}.</source>
        <translation>Дереккөз жолының үлгісінде {source} болуы керек.</translation>
    </message>
    <message>
        <source>The photo settings could not be saved.</source>
        <translation>Фото баптауларын сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The lead photo could not be set.</source>
        <translation>Фотоны басты ету мүмкін болмады.</translation>
    </message>
    <message>
        <source>The article&apos;s photos changed meanwhile; the order was not saved. Reload and try again.</source>
        <translation>Осы уақытта мақаланың фотолары өзгерді; реті сақталмады. Мақаланы қайта жүктеп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The photo order could not be saved.</source>
        <translation>Фотолардың ретін сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The photo slots could not be read.</source>
        <translation>Фото орындарын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no photo slot %1: it may have been filled or removed already.</source>
        <translation>%1 фото орны жоқ: ол толтырылған немесе өшірілген болуы мүмкін.</translation>
    </message>
    <message>
        <source>The photo slot could not be stored.</source>
        <translation>Фото орнын сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The photo slot could not be removed.</source>
        <translation>Фото орнын өшіру мүмкін болмады.</translation>
    </message>
    <message>
        <source>The photo could not be read.</source>
        <translation>Фотоны оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The database holds no original for photo %1.</source>
        <translation>Дерекқорда %1 фотосының түпнұсқасы жоқ.</translation>
    </message>
    <message>
        <source>Cannot copy the photo into %1.</source>
        <translation>Фотоны %1 ішіне көшіру мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 оқу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotosDock</name>
    <message>
        <source>Add photos</source>
        <translation>Фото қосу</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</source>
        <translation>Суреттер (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотолар</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Фото қосу…</translation>
    </message>
    <message>
        <source>Or drop image files here</source>
        <translation>Немесе сурет файлдарын осында сүйреп әкеліңіз</translation>
    </message>
    <message>
        <source>Make lead</source>
        <translation>Басты фото ету</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Insert into text</source>
        <translation>Мәтінге қою</translation>
    </message>
    <message>
        <source>Copy credit and consent to the selected photos</source>
        <translation>Дереккөз бен рұқсатты таңдалған суреттерге көшіру</translation>
    </message>
    <message>
        <source>Photo library: caption, credit or sender, then Enter</source>
        <translation>Фотомұрағат: жазу, дереккөз немесе жіберуші, сосын Enter</translation>
    </message>
    <message>
        <source>Use here</source>
        <translation>Осында қолдану</translation>
    </message>
    <message>
        <source>Adds the found photo to this article; the original is not copied again</source>
        <translation>Табылған суретті осы мақалаға қосады; түпнұсқа қайта көшірілмейді</translation>
    </message>
    <message>
        <source>Select several photos (Ctrl+click); the current one&apos;s credit, photographer and consent record go to the others</source>
        <translation>Бірнеше суретті таңдаңыз (Ctrl+шерту): ағымдағы суреттің дереккөзі, фотографы және рұқсаты қалғандарына көшеді</translation>
    </message>
    <message>
        <source>Puts the photo with its caption and credit line at the cursor</source>
        <translation>Суретті жазуымен және дереккөз жолымен курсор тұрған жерге қояды</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Сурет жазуы</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Балама мәтін</translation>
    </message>
    <message>
        <source>Credit source</source>
        <translation>Фото дереккөзі</translation>
    </message>
    <message>
        <source>Credit type</source>
        <translation>Дереккөз түрі</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Фотограф</translation>
    </message>
    <message>
        <source>UGC: sender</source>
        <translation>UGC: жіберуші</translation>
    </message>
    <message>
        <source>UGC: contact</source>
        <translation>UGC: байланыс</translation>
    </message>
    <message>
        <source>UGC: came through</source>
        <translation>UGC: келген арнасы</translation>
    </message>
    <message>
        <source>The sender gave permission to publish</source>
        <translation>Жіберуші жариялауға рұқсат берді</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>жарияланбайды</translation>
    </message>
    <message>
        <source>what the picture shows, for readers who cannot see it</source>
        <translation>суретте не бейнеленгені — көре алмайтын оқырмандар үшін</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(таңдаңыз)</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>штаттық</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>агенттік</translation>
    </message>
    <message>
        <source>press service</source>
        <translation>баспасөз қызметі</translation>
    </message>
    <message>
        <source>UGC (reader&apos;s picture)</source>
        <translation>UGC (оқырман суреті)</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>мұрағат</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>таратылатын материал</translation>
    </message>
    <message>
        <source>No credit line yet: name the source.</source>
        <translation>Дереккөз жолы әлі жоқ: дереккөзді көрсетіңіз.</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>GPS координаттары</translation>
    </message>
    <message>
        <source>device serial number</source>
        <translation>құрылғының сериялық нөмірі</translation>
    </message>
    <message>
        <source>owner name</source>
        <translation>иесінің аты</translation>
    </message>
    <message>
        <source>capture time %1</source>
        <translation>түсірілген уақыты %1</translation>
    </message>
    <message>
        <source>Privacy: the file carries no location, device or owner data.</source>
        <translation>Құпиялылық: файлда орын, құрылғы және иесі туралы деректер жоқ.</translation>
    </message>
    <message>
        <source>Privacy: the file carries %1.</source>
        <translation>Құпиялылық: файлда %1 бар.</translation>
    </message>
    <message>
        <source>The published copy removes the GPS position, serial numbers and owner name.</source>
        <translation>Жарияланатын көшірмеде GPS координаттары, сериялық нөмірлер және иесінің аты жойылады.</translation>
    </message>
    <message>
        <source>The published copy keeps them unless the rendition strips private data.</source>
        <translation>Жариялауға арналған нұсқа жеке деректерді тазаламаса, олар көшірмеде қалады.</translation>
    </message>
    <message numerus="yes">
        <source>Credit copied to %n photo(s).</source>
        <translation>
            <numerusform>Дереккөз %n суретке көшірілді.</numerusform>
            <numerusform>Дереккөз %n суретке көшірілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>%n фото импортталуда…</numerusform>
            <numerusform>%n фото импортталуда…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n фото қосылды.</numerusform>
            <numerusform>%n фото қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo for the slot</source>
        <translation>Осы орынға арналған фото</translation>
    </message>
    <message>
        <source>Fill from file…</source>
        <translation>Файлдан толтыру…</translation>
    </message>
    <message>
        <source>The picture gets the slot&apos;s caption and credit and takes its place</source>
        <translation>Сурет осы орынның жазуы мен дереккөзін алып, оның орнына қойылады</translation>
    </message>
    <message>
        <source>Remove slot</source>
        <translation>Фото орнын өшіру</translation>
    </message>
    <message>
        <source>The photo took its slot: %1</source>
        <translation>Фото өз орнына қойылды: %1</translation>
    </message>
    <message>
        <source>no caption</source>
        <translation>жазуы жоқ</translation>
    </message>
    <message>
        <source>Waiting for a file: %1</source>
        <translation>Файлды күтуде: %1</translation>
    </message>
    <message>
        <source>Waiting for a file: %1 / %2</source>
        <translation>Файлды күтуде: %1 / %2</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>сурет жазуы</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>балама мәтін</translation>
    </message>
    <message>
        <source>credit source</source>
        <translation>фото дереккөзі</translation>
    </message>
    <message>
        <source>credit type</source>
        <translation>дереккөз түрі</translation>
    </message>
    <message>
        <source>photographer</source>
        <translation>фотограф</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>жіберуші</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>байланыс</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>келген арнасы</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>рұқсат</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <source>Saves what you typed over the other desk&apos;s change</source>
        <translation>Терген мәтініңізді басқа жұмыс орнындағы өзгерістің үстінен сақтайды</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Олардікін алу</translation>
    </message>
    <message>
        <source>Shows the other desk&apos;s text; what you typed in other fields stays</source>
        <translation>Басқа жұмыс орнындағы мәтінді көрсетеді; басқа өрістерге тергеніңіз сақталады</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>This photo was changed on another desk while you were editing it (%1). Your text is kept here and is not saved yet: keep yours, or take theirs.</source>
        <translation>Сіз бұл фотоны өңдеп жатқанда, оны басқа жұмыс орнында өзгертті (%1). Мәтініңіз осында тұр және әлі сақталмаған: өзіңіздікін қалдырыңыз немесе олардікін алыңыз.</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Олардікі: %1</translation>
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
        <translation>Оқырманның суреті, жіберушінің рұқсатымен жарияланды.</translation>
    </message>
    <message>
        <source>A reader&apos;s picture, published with the sender&apos;s permission for: %1.</source>
        <translation>Оқырманның суреті, жіберушінің рұқсатымен жарияланды, рұқсат аясы: %1.</translation>
    </message>
    <message>
        <source>Photo %1 (%2) could not be prepared for publishing: %3</source>
        <translation>Фото %1 (%2) жариялауға дайындау мүмкін болмады: %3</translation>
    </message>
    <message>
        <source>Photo %1 (%2) could not be written to %3.</source>
        <translation>Фото %1 (%2) %3 ішіне жазу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishLog</name>
    <message>
        <source>A publish log entry is a publish or an unpublish, not &quot;%1&quot;.</source>
        <translation>Жариялау журналының жазбасы — жариялау немесе жариялаудан алу, «%1» емес.</translation>
    </message>
    <message>
        <source>A publish log entry needs the article and the result.</source>
        <translation>Жариялау журналының жазбасына мақала мен нәтиже керек.</translation>
    </message>
    <message>
        <source>The publish log could not be written.</source>
        <translation>Жариялау журналына жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The publish log could not be read.</source>
        <translation>Жариялау журналын оқу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishRunner</name>
    <message>
        <source>no answer within the time limit</source>
        <translation>белгіленген уақыт ішінде жауап жоқ</translation>
    </message>
    <message>
        <source>the server answered %1 with a %2 page instead of the API: check the address (for a local WordPress use 127.0.0.1, not localhost)</source>
        <translation>сервер API орнына %1 кодымен %2 бетін қайтарды: мекенжайды тексеріңіз (жергілікті WordPress үшін localhost емес, 127.0.0.1 қолданыңыз)</translation>
    </message>
    <message>
        <source>the server answered %1 but not with readable JSON (%2)</source>
        <translation>сервер %1 кодымен жауап берді, бірақ оқылатын JSON қайтармады (%2)</translation>
    </message>
    <message>
        <source>the prepared photo %1 could not be read</source>
        <translation>дайындалған %1 фотосын оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed %2 times; the last answer: %3</source>
        <translation>%1 — сәтсіз әрекеттер: %2; соңғы жауап: %3</translation>
    </message>
    <message>
        <source>%1; it is retried at %2.</source>
        <translation>%1; қайта әрекет %2 уақытында.</translation>
    </message>
    <message>
        <source>Waiting %1 s to retry. %2</source>
        <translation>Қайта әрекетке дейін %1 с күту. %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>Preparing the article and its photos…</source>
        <translation>Мақала мен оның фотолары дайындалуда…</translation>
    </message>
    <message>
        <source>No secret is stored for endpoint %1: add it again with its password or token.</source>
        <translation>%1 жариялау алаңы үшін құпия сақталмаған: оны құпиясөзімен немесе токенімен қайта қосыңыз.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>%1 қалтасын жасау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The article is %1 now: only an approved article can be published. Nothing more was sent.</source>
        <translation>Мақала енді «%1» күйінде: тек мақұлданған мақаланы жариялауға болады. Басқа ештеңе жіберілмеді.</translation>
    </message>
    <message>
        <source>The article is %1 now: only a published article can be unpublished.</source>
        <translation>Мақала енді «%1» күйінде: тек жарияланған мақаланы жариялаудан алуға болады.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n photo(s)…</source>
        <translation>
            <numerusform>%n фото жүктелуде…</numerusform>
            <numerusform>%n фото жүктелуде…</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploading photo %1</source>
        <translation>%1 фотосын жүктеу</translation>
    </message>
    <message>
        <source>WordPress accepted photo %1 but gave no media id.</source>
        <translation>WordPress %1 фотосын қабылдады, бірақ медиафайл идентификаторын бермеді.</translation>
    </message>
    <message>
        <source>Captioning photo %1</source>
        <translation>%1 фотосына сурет жазуын қосу</translation>
    </message>
    <message>
        <source>Sending the post…</source>
        <translation>Жазба жіберілуде…</translation>
    </message>
    <message>
        <source>Sending the post</source>
        <translation>Жазбаны жіберу</translation>
    </message>
    <message>
        <source>WordPress answered without the post&apos;s id or address.</source>
        <translation>WordPress жазбаның идентификаторын немесе мекенжайын көрсетпей жауап берді.</translation>
    </message>
    <message>
        <source>WordPress did not keep the featured image (media %1); the post is %2.</source>
        <translation>WordPress басты суретті (медиафайл %1) сақтамады; жазба: %2.</translation>
    </message>
    <message>
        <source>WordPress keeps the post as &quot;%1&quot;, not published; see %2.</source>
        <translation>WordPress жазбаны жарияламай, «%1» күйінде қалдырды; %2 қараңыз.</translation>
    </message>
    <message>
        <source>Qalam has no record of this article at %1: there is nothing to unpublish there.</source>
        <translation>Qalam-да бұл мақаланың %1 алаңында жарияланғаны туралы жазба жоқ: онда жариялаудан алатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Unpublishing the post</source>
        <translation>Жазбаны жариялаудан алу</translation>
    </message>
    <message>
        <source>Sending the story…</source>
        <translation>Материал жіберілуде…</translation>
    </message>
    <message>
        <source>Sending the story</source>
        <translation>Материалды жіберу</translation>
    </message>
    <message>
        <source>Withholding the story</source>
        <translation>Материалды кері шақыру</translation>
    </message>
    <message>
        <source>The endpoint has the story at %1, but Qalam could not mark it published: %2</source>
        <translation>Материал алаңда %1 мекенжайында орналасты, бірақ Qalam оны жарияланды деп белгілей алмады: %2</translation>
    </message>
    <message>
        <source>Job %1 is no longer claimed by this desk; it was stopped here.</source>
        <translation>%1 тапсырмасы енді осы жұмыс орнына бекітілмеген; мұнда ол тоқтатылды.</translation>
    </message>
    <message>
        <source>Job %1 was taken over by %2; it was stopped here.</source>
        <translation>%1 тапсырмасын %2 жұмыс орны алды; мұнда ол тоқтатылды.</translation>
    </message>
    <message>
        <source>Job %1 is running on another desk, %2; it is left to it (its claim holds until %3).</source>
        <translation>%1 тапсырмасы басқа жұмыс орнында (%2) орындалуда; ол соған қалдырылды (ұстау мерзімі — %3 дейін).</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishTargetDialog</name>
    <message>
        <source>Publish to</source>
        <translation>Алаңға жариялау</translation>
    </message>
    <message>
        <source>Unpublish from</source>
        <translation>Алаңнан жариялаудан алу</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <source>Publish «%1» to:</source>
        <translation>«%1» жарияланатын алаң:</translation>
    </message>
    <message>
        <source>Take «%1» off:</source>
        <translation>«%1» алынатын алаң:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Why is the article taken off? The reason is recorded in the article&apos;s log.</source>
        <translation>Мақала неге жариялаудан алынады? Себебі мақала журналына жазылады.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Жариялау</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Жариялаудан алу</translation>
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
        <translation>HTTP арқылы ninjs</translation>
    </message>
    <message>
        <source>Folder (ninjs package)</source>
        <translation>Қалта (ninjs пакеті)</translation>
    </message>
    <message>
        <source>WordPress application password</source>
        <translation>WordPress қолданба құпиясөзі</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer токені</translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation>Арнайы HTTP тақырыбы</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Аутентификациясыз</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishingController</name>
    <message>
        <source>Publishing &amp;endpoints…</source>
        <translation>&amp;Жариялау алаңдары…</translation>
    </message>
    <message>
        <source>Where articles are published: folders, WordPress sites, ninjs CMSs, and their secrets</source>
        <translation>Мақалалар жарияланатын орындар: қалталар, WordPress сайттары, ninjs қабылдайтын CMS жүйелері және олардың құпиялары</translation>
    </message>
    <message>
        <source>Where articles are published (only an administrator changes them)</source>
        <translation>Мақалалар жарияланатын орындар (оларды тек әкімші өзгерте алады)</translation>
    </message>
    <message>
        <source>&amp;Publish to…</source>
        <translation>&amp;Алаңға жариялау…</translation>
    </message>
    <message>
        <source>Send the approved article to a publishing endpoint</source>
        <translation>Мақұлданған мақаланы жариялау алаңына жіберу</translation>
    </message>
    <message>
        <source>Unpublish &amp;from…</source>
        <translation>Алаң&amp;нан жариялаудан алу…</translation>
    </message>
    <message>
        <source>Take the published article off an endpoint, with the reason</source>
        <translation>Жарияланған мақаланы себебін көрсетіп жариялау алаңынан алу</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No publishing endpoint is set up yet: an administrator adds one in Newsroom → Publishing endpoints…</source>
        <translation>Жариялау алаңы әлі бапталмаған: әкімші оны мына мәзірде қосады: Редакция → Жариялау алаңдары…</translation>
    </message>
    <message>
        <source>Scheduled: the article goes to %1 at %2.</source>
        <translation>Жоспарланды: мақала %1 алаңына %2 уақытында жіберіледі.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>%1 алаңына жариялануда…</translation>
    </message>
    <message>
        <source>Unpublishing from %1…</source>
        <translation>%1 алаңынан жариялаудан алынуда…</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Жарияланды: %1</translation>
    </message>
    <message>
        <source>Unpublished from %1.</source>
        <translation>%1 алаңынан жариялаудан алынды.</translation>
    </message>
    <message>
        <source>Publishing to %1 failed: %2</source>
        <translation>%1 алаңына жариялау сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>Unpublishing from %1 failed: %2</source>
        <translation>%1 алаңынан жариялаудан алу сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>Publishing job %1 cancelled.</source>
        <translation>%1 жариялау тапсырмасы тоқтатылды.</translation>
    </message>
    <message>
        <source>The publishing job waits: %1</source>
        <translation>Жариялау тапсырмасы күтуде: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishingDock</name>
    <message>
        <source>Publishing</source>
        <translation>Жариялау</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Мақала</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <source>Last error or step</source>
        <translation>Соңғы қате немесе қадам</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Stop the job; it stays in the list and can be retried</source>
        <translation>Тапсырманы тоқтату; ол тізімде қалады және оны қайталауға болады</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Send a failed or cancelled job again; steps already done are not repeated</source>
        <translation>Сәтсіз аяқталған немесе тоқтатылған тапсырманы қайта жіберу; орындалған қадамдар қайталанбайды</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>Unpublishing</source>
        <translation>Жариялаудан алу</translation>
    </message>
    <message>
        <source>Waiting until %1</source>
        <translation>%1 дейін күтуде</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сәтсіз</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Жариялаудан алынды</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <source>%1
Queued %2 by %3</source>
        <translation>%1
%3 кезекке қойды: %2</translation>
    </message>
    <message>
        <source>No publishing jobs yet. Workflow → Publish to… sends an approved article.</source>
        <translation>Жариялау тапсырмалары әзірге жоқ. Келісу → Алаңға жариялау… мақұлданған мақаланы жібереді.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) unfinished</source>
        <translation>
            <numerusform>%n тапсырма аяқталмаған</numerusform>
            <numerusform>%n тапсырма аяқталмаған</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n сәтсіз</numerusform>
            <numerusform>%n сәтсіз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed job(s): fix the cause, then Retry.</source>
        <translation>
            <numerusform>%n тапсырма сәтсіз аяқталды: себебін жойып, «Қайталау» батырмасын басыңыз.</numerusform>
            <numerusform>%n тапсырма сәтсіз аяқталды: себебін жойып, «Қайталау» батырмасын басыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every job is finished.</source>
        <translation>Барлық тапсырма аяқталды.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 ішінен %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>The job waits until %1; Qalam sends it then.</source>
        <translation>Тапсырма %1 дейін күтеді; сол кезде Qalam оны жібереді.</translation>
    </message>
    <message>
        <source>Running on another desk</source>
        <translation>Басқа орында</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>%1 жұмыс орны %2 дейін ұстап тұр</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteAnalyzer</name>
    <message>
        <source>This quotation mark has no partner.</source>
        <translation>Бұл тырнақшаның жұбы жоқ.</translation>
    </message>
    <message>
        <source>Quotation marks of another style than in the rest of the article.</source>
        <translation>Тырнақшалардың түрі мақаланың қалған бөлігіндегіден өзгеше.</translation>
    </message>
    <message>
        <source>Nobody is named as saying this quotation.</source>
        <translation>Бұл дәйексөздің кімге тиесілі екені көрсетілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>A long quotation: %n words.</source>
        <translation>
            <numerusform>Ұзын дәйексөз: %n сөз.</numerusform>
            <numerusform>Ұзын дәйексөз: %n сөз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The headline quotes words that the text does not contain.</source>
        <translation>Тақырыпта мәтінде жоқ сөздер дәйексөз ретінде келтірілген.</translation>
    </message>
    <message>
        <source>A placeholder is left in the text.</source>
        <translation>Мәтінде толтырғыш қалып қойған.</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteHighlighter</name>
    <message>
        <source>Spelling</source>
        <translation>Емле</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteTableModel</name>
    <message>
        <source>(inside a quotation)</source>
        <translation>(дәйексөз ішінде)</translation>
    </message>
    <message>
        <source>(named before)</source>
        <translation>(бұрын аталған)</translation>
    </message>
    <message>
        <source>no attribution</source>
        <translation>авторы көрсетілмеген</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>атау</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>сөз</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Дәйексөз</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Сөз иесі</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қай жерде</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
</context>
<context>
    <name>Qalam::QuotesDock</name>
    <message>
        <source>Quotes</source>
        <translation>Дәйексөздер</translation>
    </message>
    <message>
        <source>Unattributed only</source>
        <translation>Тек авторы көрсетілмегендер</translation>
    </message>
    <message>
        <source>Copy with attribution</source>
        <translation>Авторын көрсетіп көшіру</translation>
    </message>
    <message>
        <source>Copies «quotation», – verb speaker.</source>
        <translation>Мына түрде көшіреді: «дәйексөз», – етістік сөз иесі.</translation>
    </message>
    <message>
        <source>Mark as pull quote</source>
        <translation>Шығарылған дәйексөз ретінде белгілеу</translation>
    </message>
    <message>
        <source>Pull quotes</source>
        <translation>Шығарылған дәйексөздер</translation>
    </message>
    <message>
        <source>Remove pull quote</source>
        <translation>Шығарылған дәйексөзді алып тастау</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n дәйексөз</numerusform>
            <numerusform>%n дәйексөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without attribution</source>
        <translation>
            <numerusform>%n авторы көрсетілмеген</numerusform>
            <numerusform>%n авторы көрсетілмеген</numerusform>
        </translation>
    </message>
    <message>
        <source>Source of the report: %1</source>
        <translation>Хабар дереккөзі: %1</translation>
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
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Тексеру…</translation>
    </message>
    <message>
        <source>Open the review view: changes, checks, comments, approve or return</source>
        <translation>Мақаланы тексеру терезесін ашу: өзгерістер, ескертулер, түсініктемелер; мақұлдау немесе қайтару</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n сөз</numerusform>
            <numerusform>%n сөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n finding(s)</source>
        <translation>
            <numerusform>⚠ %n ескерту</numerusform>
            <numerusform>⚠ %n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Submitted %2 by %3</source>
        <translation>%1
%3 %2 тексеруге жіберді</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Тексеруді күтіп тұрған мақала жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in review, oldest first.</source>
        <translation>
            <numerusform>Тексерісте %n мақала, ең ертеректері бірінші.</numerusform>
            <numerusform>Тексерісте %n мақала, ең ертеректері бірінші.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::ReviewView</name>
    <message>
        <source>Checks</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>Checks: %1 of %2 looked at</source>
        <translation>Ескертулер: %2 ішінен %1 қаралды</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Түсініктемелер</translation>
    </message>
    <message>
        <source>A comment for the writer; required to return the article</source>
        <translation>Авторға түсініктеме; мақаланы қайтару үшін міндетті</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Түсініктеме қосу</translation>
    </message>
    <message>
        <source>Add the comment to the thread without changing the article&apos;s state</source>
        <translation>Мақала күйін өзгертпей, түсініктемені талқылауға қосу</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Жариялау уақыты</translation>
    </message>
    <message>
        <source>Approve for publication at this time; without it the article may go out at once</source>
        <translation>Көрсетілген уақытта жариялауға мақұлдау; онсыз мақала бірден шығуы мүмкін</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>Түсініктемемен қайтару</translation>
    </message>
    <message>
        <source>Send the article back to the writer with the comment above</source>
        <translation>Мақаланы авторға жоғарыдағы түсініктемемен қайтару</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Мақұлдау</translation>
    </message>
    <message>
        <source>Approve the submitted version (with the comment above, if any)</source>
        <translation>Жіберілген нұсқаны мақұлдау (жоғарыдағы түсініктемемен, егер ол болса)</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Редакторда ашу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The version the changes are counted from</source>
        <translation>Өзгерістер есептелетін нұсқа</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Мақаланы ашу мүмкін емес</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Тексеру: %1</translation>
    </message>
    <message>
        <source>submitted by %1, %2</source>
        <translation>%1 тексеруге жіберді, %2</translation>
    </message>
    <message>
        <source>to be published %1</source>
        <translation>жариялау: %1</translation>
    </message>
    <message>
        <source>since the last approved version</source>
        <translation>соңғы мақұлданған нұсқадан бері</translation>
    </message>
    <message>
        <source>since the first version (never approved)</source>
        <translation>алғашқы нұсқадан бері (мақала әлі мақұлданбаған)</translation>
    </message>
    <message>
        <source>since the submission of %1</source>
        <translation>%1 тексеруге жіберілгеннен бері</translation>
    </message>
    <message>
        <source>%1 — «%2»</source>
        <translation>%1 — «%2»</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (өзгертілді)</translation>
    </message>
    <message>
        <source>The article is empty.</source>
        <translation>Мақала бос.</translation>
    </message>
    <message>
        <source>Changes: none</source>
        <translation>Өзгерістер: жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Changes: %n field(s)</source>
        <translation>
            <numerusform>Өзгерістер: %n өріс</numerusform>
            <numerusform>Өзгерістер: %n өріс</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick it once you have looked at it (not stored).</source>
        <translation>Қарап шыққан соң белгілеңіз (сақталмайды).</translation>
    </message>
    <message>
        <source>No quotation, placeholder or photo findings.</source>
        <translation>Дәйексөздер, толтырғыштар мен фотолар бойынша ескерту жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n finding(s)</source>
        <translation>
            <numerusform>Ескертулер: %n</numerusform>
            <numerusform>Ескертулер: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Түсініктемелер әлі жоқ.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Алдымен түсініктеме жазыңыз.</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>Түсініктеме қосылды.</translation>
    </message>
    <message>
        <source>Write in the comment box what the writer should change, then return the article.</source>
        <translation>Түсініктеме өрісіне автор нені өзгертуі керегін жазып, содан кейін мақаланы қайтарыңыз.</translation>
    </message>
    <message>
        <source>Returned to the writer with your comment.</source>
        <translation>Түсініктемеңізбен авторға қайтарылды.</translation>
    </message>
    <message>
        <source>Approved for publication at %1.</source>
        <translation>Мақұлданды, жариялау %1 уақытына жоспарланды.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Мақұлданды.</translation>
    </message>
</context>
<context>
    <name>Qalam::RevisionsDock</name>
    <message>
        <source>Revisions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Осы нұсқаны қалпына келтіру</translation>
    </message>
    <message>
        <source>Makes the selected revision the current text; the current text stays in the list</source>
        <translation>Таңдалған нұсқаны ағымдағы мәтінге айналдырады; ағымдағы мәтін тізімде қалады</translation>
    </message>
    <message>
        <source>created</source>
        <translation>жасалды</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сақталды</translation>
    </message>
    <message>
        <source>autosave</source>
        <translation>автосақтау</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message>
        <source>sample newsroom</source>
        <translation>үлгі редакция</translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>%1 нұсқасынан қалпына келтірілді</translation>
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
        <translation>Өңірлік жаңалықтар редакторы</translation>
    </message>
    <message>
        <source>Photo editor</source>
        <translation>Фоторедактор</translation>
    </message>
    <message>
        <source>Chief editor</source>
        <translation>Бас редактор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
</context>
<context>
    <name>Qalam::SampleNewsroom</name>
    <message>
        <source>The sample photos could not be drawn.</source>
        <translation>Үлгі редакцияның суреттерін салу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The sample newsroom file is not valid JSON.</source>
        <translation>Үлгі редакция файлы жарамды JSON емес.</translation>
    </message>
    <message>
        <source>The sample article &quot;%1&quot; names an unknown author %2.</source>
        <translation>«%1» үлгі мақаласында белгісіз автор көрсетілген: %2.</translation>
    </message>
    <message>
        <source>Please check the figures.</source>
        <translation>Сандарды тексеріп шығыңыз.</translation>
    </message>
    <message>
        <source>The sample page %1 could not be read.</source>
        <translation>%1 үлгі бетін оқу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Qalam::SecretStore</name>
    <message>
        <source>The keychain did not answer earlier in this run.</source>
        <translation>Кілттер қоймасы осы іске қосу барысында бұған дейін жауап бермеді.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>Кілттер қоймасы %n секунд ішінде жауап бермеді.</numerusform>
            <numerusform>Кілттер қоймасы %n секунд ішінде жауап бермеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secret needs the endpoint it belongs to.</source>
        <translation>Құпия үшін ол тиесілі жариялау алаңын көрсету керек.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; is empty.</source>
        <translation>«%1» үшін құпия бос.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; could not be stored in the keychain; nothing was stored.</source>
        <translation>«%1» құпиясын кілттер қоймасына сақтау мүмкін болмады; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; could not be read from the keychain.</source>
        <translation>«%1» құпиясын кілттер қоймасынан оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; could not be removed from the keychain.</source>
        <translation>«%1» құпиясын кілттер қоймасынан жою мүмкін болмады.</translation>
    </message>
    <message>
        <source>The secrets file %1 may be read by other users (mode %2), so Qalam does not use it. Make it private (chmod 600 %1) and change the passwords and tokens it holds if others could have read them.</source>
        <translation>%1 құпиялар файлын басқа пайдаланушылар оқи алады (рұқсаттары %2), сондықтан Qalam оны пайдаланбайды. Файлды жабық етіңіз (chmod 600 %1) және басқалар оқуы мүмкін болса, ондағы құпиясөздер мен токендерді өзгертіңіз.</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be read.</source>
        <translation>%1 құпиялар файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged; nothing in it was used. Store the endpoints&apos; secrets again.</source>
        <translation>%1 құпиялар файлы зақымдалған; ондағы ештеңе пайдаланылмады. Жариялау алаңдарының құпияларын қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>The folder for the secrets file, %1, cannot be created.</source>
        <translation>Құпиялар файлына арналған %1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be created.</source>
        <translation>%1 құпиялар файлын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be written.</source>
        <translation>%1 құпиялар файлына жазу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>Qalam::ServerLogin</name>
    <message>
        <source>%1 is not a database server address; only a server needs a password.</source>
        <translation>%1 дерекқор серверінің мекенжайы емес; құпиясөз тек серверге қажет.</translation>
    </message>
    <message>
        <source>The password for %1 is empty; nothing was stored.</source>
        <translation>%1 үшін құпиясөз бос; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 over TLS (%2)</source>
        <translation>PostgreSQL %1 серверіне TLS арқылы қосылды (%2)</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 without TLS</source>
        <translation>PostgreSQL %1 серверіне TLS-сіз қосылды</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>SQLite файлы %1</translation>
    </message>
    <message numerus="yes">
        <source>Qalam database, schema %1 (Qalam upgrades it to %2 when it opens it), %Ln articles</source>
        <translation><numerusform>Qalam дерекқоры, схема %1 (Qalam оны ашқанда %2 схемасына дейін жаңартады), %Ln мақала</numerusform><numerusform>Qalam дерекқоры, схема %1 (Qalam оны ашқанда %2 схемасына дейін жаңартады), %Ln мақала</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Qalam database, schema %1, %Ln articles</source>
        <translation><numerusform>Qalam дерекқоры, схема %1, %Ln мақала</numerusform><numerusform>Qalam дерекқоры, схема %1, %Ln мақала</numerusform></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>%1; empty database: Qalam will create its tables.</source>
        <translation>%1; дерекқор бос: Qalam онда өз кестелерін жасайды.</translation>
    </message>
    <message>
        <source>%1 is empty: Qalam will create its tables.</source>
        <translation>%1 бос: Qalam онда өз кестелерін жасайды.</translation>
    </message>
    <message>
        <source>No file at %1 yet: Qalam will create the database there.</source>
        <translation>%1 файлы әлі жоқ: Qalam дерекқорды сол жерде жасайды.</translation>
    </message>
    <message>
        <source>this computer&apos;s account</source>
        <translation>осы компьютердің тіркелгісі</translation>
    </message>
    <message>
        <source>No answer from the database server %1. Check the host name and port, that the server runs, and that this computer may reach it.</source>
        <translation>%1 дерекқор сервері жауап бермейді. Хост атауы мен портты, сервердің жұмыс істеп тұрғанын және осы компьютердің оған қосыла алатынын тексеріңіз.</translation>
    </message>
    <message>
        <source>The server %1 refused the login of %2: the password is wrong or missing, or the account may not use this database.</source>
        <translation>%1 сервері кіруге рұқсат бермеді (%2): құпиясөз қате немесе көрсетілмеген, не болмаса тіркелгіге бұл дерекқорды пайдалануға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>The server %1 has no database &quot;%2&quot;. Ask its administrator to create it (createdb -E UTF8 --locale=C.UTF-8 -T template0).</source>
        <translation>%1 серверінде «%2» дерекқоры жоқ. Сервер әкімшісінен оны жасауды сұраңыз (createdb -E UTF8 --locale=C.UTF-8 -T template0).</translation>
    </message>
    <message>
        <source>The database server %1 could not be used: %2</source>
        <translation>%1 дерекқор серверін пайдалану мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The database server %1 answered, but could not be asked about its database.</source>
        <translation>%1 дерекқор сервері жауап берді, бірақ одан дерекқор туралы мәлімет алу мүмкін болмады.</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not Qalam&apos;s. Give Qalam a database of its own.</source>
        <translation>%1 ішінде Qalam емес, басқа бағдарламаның кестелері бар. Qalam үшін жеке дерекқор бөліңіз.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Qalam (schema %2; this version knows up to %3). Update Qalam to use it.</source>
        <translation>%1 дерекқорын Qalam-ның жаңарақ нұсқасы жазған (схема %2; бұл нұсқа тек %3 схемасына дейін біледі). Оны пайдалану үшін Qalam-ды жаңартыңыз.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Дерекқор файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>Qalam cannot create %1: the folder %2 is not writable.</source>
        <translation>Qalam %1 жасай алмайды: %2 қалтасына жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 is not a readable Qalam database.</source>
        <translation>%1 — оқылатын Qalam дерекқоры емес.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not Qalam&apos;s.</source>
        <translation>%1 — Qalam-ның емес, басқа бағдарламаның SQLite дерекқоры.</translation>
    </message>
</context>
<context>
    <name>Qalam::ServerWatch</name>
    <message>
        <source>Server unreachable — your text is kept on this computer; retrying now…</source>
        <translation>Сервер қолжетімсіз — мәтініңіз осы компьютерде сақталып тұр; қайта әрекет жасалуда…</translation>
    </message>
    <message>
        <source>Server unreachable; retrying now…</source>
        <translation>Сервер қолжетімсіз; қайта әрекет жасалуда…</translation>
    </message>
    <message numerus="yes">
        <source>Server unreachable — your text is kept on this computer; retrying in %n s</source>
        <translation>
            <numerusform>Сервер қолжетімсіз — мәтініңіз осы компьютерде сақталып тұр; %n с кейін қайта әрекет</numerusform>
            <numerusform>Сервер қолжетімсіз — мәтініңіз осы компьютерде сақталып тұр; %n с кейін қайта әрекет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server unreachable; retrying in %n s</source>
        <translation>
            <numerusform>Сервер қолжетімсіз; %n с кейін қайта әрекет</numerusform>
            <numerusform>Сервер қолжетімсіз; %n с кейін қайта әрекет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::SignInDialog</name>
    <message>
        <source>Sign in — Qalam</source>
        <translation>Кіру — Qalam</translation>
    </message>
    <message>
        <source>Sign in to the newsroom</source>
        <translation>Редакцияға кіру</translation>
    </message>
    <message>
        <source>Newsroom database: %1</source>
        <translation>Редакция дерекқоры: %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Құпиясөз тексерілуде…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
</context>
<context>
    <name>Qalam::SpellChecker</name>
    <message>
        <source>Russian</source>
        <translation>орыс</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазақ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ағылшын</translation>
    </message>
    <message>
        <source>Qalam has no spelling dictionary for the language &quot;%1&quot;; spelling can be checked in Russian (ru), Kazakh (kk) and English (en).</source>
        <translation>Qalam бағдарламасында «%1» тілінің емле сөздігі жоқ; емлені орыс (ru), қазақ (kk) және ағылшын (en) тілдерінде тексеруге болады.</translation>
    </message>
    <message>
        <source>The %1 spelling dictionary is not installed: %2 was not found. Spelling is not checked in %1 texts; install the package %3, or set QALAM_HUNSPELL_DIR to a folder that holds the dictionary.</source>
        <translation>%1 тілінің емле сөздігі орнатылмаған: %2 табылмады. %1 тіліндегі мәтіндердің емлесі тексерілмейді; %3 пакетін орнатыңыз немесе QALAM_HUNSPELL_DIR айнымалысында сөздік жатқан қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>The %1 spelling dictionary %2 cannot be read. Spelling is not checked in %1 texts; check the file&apos;s permissions.</source>
        <translation>%1 тілінің %2 емле сөздігін оқу мүмкін емес. %1 тіліндегі мәтіндердің емлесі тексерілмейді; файлға қатынау құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <source>The %1 spelling dictionary %2 uses the encoding %3, which Qalam cannot read. Spelling is not checked in %1 texts; install a UTF-8 version of the dictionary.</source>
        <translation>%1 тілінің %2 емле сөздігі Qalam оқи алмайтын %3 кодтауын пайдаланады. %1 тіліндегі мәтіндердің емлесі тексерілмейді; сөздіктің UTF-8 нұсқасын орнатыңыз.</translation>
    </message>
</context>
<context>
    <name>Qalam::TextChecks</name>
    <message>
        <source>Unknown word: %1</source>
        <translation>Белгісіз сөз: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::Typography</name>
    <message numerus="yes">
        <source>%n straight apostrophe(s): use ’</source>
        <translation>
            <numerusform>%n түзу апостроф: ’ қолданыңыз</numerusform>
            <numerusform>%n түзу апостроф: ’ қолданыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ellipsis(es) typed as three dots: use …</source>
        <translation>
            <numerusform>%n көп нүкте үш нүктемен терілген: … қолданыңыз</numerusform>
            <numerusform>%n көп нүкте үш нүктемен терілген: … қолданыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short word(s) should be joined to the neighbouring word by a non-breaking space</source>
        <translation>
            <numerusform>%n қысқа сөзді көрші сөзге бөлінбейтін бос орынмен қосу керек</numerusform>
            <numerusform>%n қысқа сөзді көрші сөзге бөлінбейтін бос орынмен қосу керек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initial(s) should be joined to the surname by a non-breaking space</source>
        <translation>
            <numerusform>%n инициалды тегіне бөлінбейтін бос орынмен қосу керек</numerusform>
            <numerusform>%n инициалды тегіне бөлінбейтін бос орынмен қосу керек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) should be joined to their unit by a non-breaking space</source>
        <translation>
            <numerusform>%n санды өлшем бірлігіне бөлінбейтін бос орынмен қосу керек</numerusform>
            <numerusform>%n санды өлшем бірлігіне бөлінбейтін бос орынмен қосу керек</numerusform>
        </translation>
    </message>
    <message>
        <source>Straight quote mark: use %1</source>
        <translation>Түзу тырнақша: %1 қолданыңыз</translation>
    </message>
    <message>
        <source>Quote mark of the wrong kind or nesting level: use %1</source>
        <translation>Тырнақшаның түрі немесе ұя деңгейі қате: %1 қолданыңыз</translation>
    </message>
    <message>
        <source>Number range with a hyphen or em dash: use an en dash (10–15)</source>
        <translation>Сандар аралығы дефиспен немесе ұзын тиремен жазылған: қысқа тире қолданыңыз (10–15)</translation>
    </message>
    <message>
        <source>Hyphen or wrong dash between words: use a spaced en dash</source>
        <translation>Сөздер арасында дефис немесе қате тире: екі жағында бос орыны бар қысқа тире қолданыңыз</translation>
    </message>
    <message>
        <source>Dialogue line: start it with an en dash and a non-breaking space</source>
        <translation>Диалог жолы: оны қысқа тире мен бөлінбейтін бос орыннан бастаңыз</translation>
    </message>
    <message>
        <source>Dialogue line: start it with an em dash and a non-breaking space</source>
        <translation>Диалог жолы: оны ұзын тире мен бөлінбейтін бос орыннан бастаңыз</translation>
    </message>
    <message>
        <source>Hyphen or wrong dash between words: use an en dash with a non-breaking space before it</source>
        <translation>Сөздер арасында дефис немесе қате тире: алдында бөлінбейтін бос орыны бар қысқа тире қолданыңыз</translation>
    </message>
    <message>
        <source>Hyphen or wrong dash between words: use an em dash with a non-breaking space before it</source>
        <translation>Сөздер арасында дефис немесе қате тире: алдында бөлінбейтін бос орыны бар ұзын тире қолданыңыз</translation>
    </message>
</context>
<context>
    <name>Qalam::UserEditDialog</name>
    <message>
        <source>New account</source>
        <translation>Жаңа тіркелгі</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>%1 тіркелгісі</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>әріптер, цифрлар, . _ -</translation>
    </message>
    <message>
        <source>e.g. Колмакова Виктория</source>
        <translation>мысалы, Колмакова Виктория</translation>
    </message>
    <message>
        <source>A regional editor edits the articles of these regions</source>
        <translation>Өңірлік жаңалықтар редакторы осы өңірлердің мақалаларын өңдейді</translation>
    </message>
    <message>
        <source>Another region, then Enter</source>
        <translation>Тағы бір өңір, сосын Enter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (кеткен)</translation>
    </message>
    <message>
        <source>Articles this user creates get this profile in the byline</source>
        <translation>Осы пайдаланушы жасаған мақалалардың авторлары ретінде осы профиль көрсетіледі</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>Белсенді (жүйеге кіре алады)</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Көрсетілетін аты:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Рөлдер:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Өңірлер:</translation>
    </message>
    <message>
        <source>Author profile:</source>
        <translation>Автор профилі:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>кемінде 8 таңба</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Құпиясөзді қайталау:</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Тіркелгіні қосу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>Qalam::UserStore</name>
    <message>
        <source>&quot;%1&quot; cannot be a login: use 2 to 64 letters, digits, dots, underscores or hyphens, without spaces.</source>
        <translation>«%1» логин бола алмайды: бос орынсыз 2-ден 64-ке дейін әріп, цифр, нүкте, астын сызу белгісін немесе дефис қолданыңыз.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>Құпиясөз тым қысқа: кемінде 8 таңба қолданыңыз.</translation>
    </message>
    <message>
        <source>The password is too long: use at most 1024 characters.</source>
        <translation>Құпиясөз тым ұзын: ең көбі 1024 таңба қолданыңыз.</translation>
    </message>
    <message>
        <source>%1 needs at least one role: regional editor, photo editor, chief editor or administrator.</source>
        <translation>%1 тіркелгісіне кемінде бір рөл қажет: өңірлік жаңалықтар редакторы, фоторедактор, бас редактор немесе әкімші.</translation>
    </message>
    <message>
        <source>The author profiles could not be read.</source>
        <translation>Автор профильдерін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no author profile %1 to link the account to.</source>
        <translation>Тіркелгіні байланыстыратын %1 автор профилі жоқ.</translation>
    </message>
    <message>
        <source>The login or the password is not right, or the account is no longer active. Check both and try again; an administrator can reset the password.</source>
        <translation>Логин немесе құпиясөз қате, не тіркелгі енді белсенді емес. Екеуін де тексеріп, қайталап көріңіз; әкімші құпиясөзді қалпына келтіре алады.</translation>
    </message>
    <message>
        <source>The newsroom&apos;s accounts could not be read.</source>
        <translation>Редакция тіркелгілерін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is already an account with the login %1; choose another login.</source>
        <translation>%1 логині бар тіркелгі бұрыннан бар; басқа логин таңдаңыз.</translation>
    </message>
    <message>
        <source>The first account of a newsroom must be an administrator, so that someone can add and manage the others. Add the administrator role to %1.</source>
        <translation>Редакцияның бірінші тіркелгісі әкімші тіркелгісі болуы керек, сонда біреу қалғандарын қосып, басқара алады. %1 тіркелгісіне әкімші рөлін қосыңыз.</translation>
    </message>
    <message>
        <source>The account %1 could not be added.</source>
        <translation>%1 тіркелгісін қосу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>Идентификаторы %1 болатын тіркелгі жоқ.</translation>
    </message>
    <message>
        <source>There is no account with the login %1.</source>
        <translation>%1 логині бар тіркелгі жоқ.</translation>
    </message>
    <message>
        <source>A login cannot be changed (%1 stays %1); add a new account instead.</source>
        <translation>Логинді өзгерту мүмкін емес (%1 логині %1 болып қалады); оның орнына жаңа тіркелгі қосыңыз.</translation>
    </message>
    <message>
        <source>%1 is the newsroom&apos;s last active administrator: give another account the administrator role first. Nothing was changed.</source>
        <translation>%1 — редакцияның соңғы белсенді әкімшісі: алдымен басқа тіркелгіге әкімші рөлін беріңіз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The account %1 could not be changed.</source>
        <translation>%1 тіркелгісін өзгерту мүмкін болмады.</translation>
    </message>
    <message>
        <source>The password of %1 could not be changed.</source>
        <translation>%1 тіркелгісінің құпиясөзін өзгерту мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Qalam::UsersDialog</name>
    <message>
        <source>Newsroom accounts</source>
        <translation>Редакция тіркелгілері</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>Author profile</source>
        <translation>Автор профилі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Пайдаланушы қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Name, roles, regions, author profile and whether the account is active</source>
        <translation>Аты-жөні, рөлдері, өңірлері, автор профилі және тіркелгінің белсенділігі</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Құпиясөз орнату…</translation>
    </message>
    <message>
        <source>Give the user a new password, e.g. when they forgot theirs</source>
        <translation>Пайдаланушыға жаңа құпиясөз беру, мысалы, ол өз құпиясөзін ұмытып қалса</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>өшірілген</translation>
    </message>
</context>
<context>
    <name>Qalam::Workflow</name>
    <message>
        <source>Being edited by %1 since %2</source>
        <translation>%1 %2 бастап өңдеп отыр</translation>
    </message>
    <message>
        <source>The article&apos;s history could not be recorded.</source>
        <translation>Мақала тарихын жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The workflow settings could not be read.</source>
        <translation>Келісу баптауларын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The article&apos;s lock could not be read.</source>
        <translation>Мақаланың бұғаттау күйін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The article&apos;s revisions could not be read.</source>
        <translation>Мақала нұсқаларын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Say what needs to change: returning an article needs a comment. Nothing was changed.</source>
        <translation>Нені өзгерту керегін жазыңыз: мақаланы қайтару үшін түсініктеме қажет. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Give the reason: unpublishing an article needs one. Nothing was changed.</source>
        <translation>Себебін көрсетіңіз: онсыз мақаланы жариялаудан алу мүмкін емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This article is %1: it cannot be %2 now. Nothing was changed.</source>
        <translation>Мақала «%1» күйінде: оны қазір «%2» күйіне ауыстыру мүмкін емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>Мақаланы оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The article cannot go to review until its photos are in order: %1</source>
        <translation>Фотолар бойынша ескертулер түзетілмейінше, мақаланы тексеруге жіберу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The scheduled publication time has already passed; approve without a time to publish at once.</source>
        <translation>Жоспарланған жариялау уақыты өтіп кетті; бірден жариялау үшін уақытты көрсетпей мақұлдаңыз.</translation>
    </message>
    <message>
        <source>This article is scheduled for %1 and cannot be published before then.</source>
        <translation>Мақаланы жариялау %1 уақытына жоспарланған, оған дейін жариялау мүмкін емес.</translation>
    </message>
    <message>
        <source>The revision could not be recorded.</source>
        <translation>Нұсқаны жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The article&apos;s status could not be changed.</source>
        <translation>Мақала күйін өзгерту мүмкін болмады.</translation>
    </message>
    <message>
        <source>The comment could not be saved.</source>
        <translation>Түсініктемені сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>%1 submitted “%2” for review</source>
        <translation>%1 «%2» мақаласын тексеруге жіберді</translation>
    </message>
    <message>
        <source>The newsroom&apos;s accounts could not be read.</source>
        <translation>Редакция тіркелгілерін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>%1 returned “%2”: %3</source>
        <translation>%1 «%2» мақаласын қайтарды: %3</translation>
    </message>
    <message>
        <source>%1 approved “%2”</source>
        <translation>%1 «%2» мақаласын мақұлдады</translation>
    </message>
    <message>
        <source>The notification could not be recorded.</source>
        <translation>Хабарландыруды жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The article&apos;s history could not be read.</source>
        <translation>Мақала тарихын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Түсініктеме бос.</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>Түсініктемелерді оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The article could not be locked for editing.</source>
        <translation>Мақаланы өңдеу үшін бұғаттау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The article&apos;s lock could not be released.</source>
        <translation>Мақаланы бұғаттан шығару мүмкін болмады.</translation>
    </message>
    <message>
        <source>The review queue could not be read.</source>
        <translation>Тексеру кезегін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Revision #%1 belongs to another article.</source>
        <translation>#%1 нұсқасы басқа мақалаға тиесілі.</translation>
    </message>
    <message>
        <source>The notifications could not be read.</source>
        <translation>Хабарландыруларды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The notification could not be marked as read.</source>
        <translation>Хабарландыруды оқылды деп белгілеу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no such notification for you.</source>
        <translation>Сізге арналған мұндай хабарландыру жоқ.</translation>
    </message>
    <message>
        <source>The scheduled publications could not be read.</source>
        <translation>Жоспарланған жариялымдарды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>“%1” was scheduled for %2 and is not published yet</source>
        <translation>«%1» мақаласы %2 уақытына жоспарланған, бірақ әлі жарияланбаған</translation>
    </message>
    <message>
        <source>The workflow settings could not be saved.</source>
        <translation>Келісу баптауларын сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Photo slot %1 waits for its file</source>
        <translation>Фото орны %1 файлды күтуде</translation>
    </message>
    <message>
        <source>Photo slot %1 (“%2”) waits for its file</source>
        <translation>Фото орны %1 («%2») файлды күтуде</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>this newsroom has no user accounts yet; --user is ignored</source>
        <translation>бұл редакцияда әлі тіркелгі жоқ; --user еленбейді</translation>
    </message>
    <message>
        <source>this newsroom has user accounts; --screenshot needs --user LOGIN and the password in QALAM_PASSWORD</source>
        <translation>бұл редакцияда тіркелгілер бар; --screenshot үшін --user LOGIN және QALAM_PASSWORD айнымалысындағы құпиясөз қажет</translation>
    </message>
    <message>
        <source>Correct the address or the password, or choose a file on this computer. Cancel closes Qalam.</source>
        <translation>Мекенжайды немесе құпиясөзді түзетіңіз, не болмаса осы компьютердегі файлды таңдаңыз. «Бас тарту» Qalam-ды жабады.</translation>
    </message>
    <message>
        <source>This window&apos;s database was given by --db or QALAM_DB, which choose it again at the next start. After OK, Qalam opens the chosen database now and at starts without them.</source>
        <translation>Бұл терезенің дерекқоры --db немесе QALAM_DB арқылы берілген, келесі іске қосқанда олар оны қайта таңдайды. OK басылғаннан кейін Qalam таңдалған дерекқорды қазір, сондай-ақ оларсыз іске қосылғанда ашады.</translation>
    </message>
</context>
</TS>
