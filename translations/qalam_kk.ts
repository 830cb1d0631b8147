<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="22"/>
        <source>Reload theirs (copy mine)</source>
        <translation>Сақталған нұсқаны жүктеу (менікін көшіру)</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="30"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="48"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="50"/>
        <source>Rubric</source>
        <translation>Айдар</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="52"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="58"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="60"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="66"/>
        <source>Byline</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="69"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="70"/>
        <source>Remove last</source>
        <translation>Соңғысын алып тастау</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="31"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="38"/>
        <source>&amp;Article</source>
        <translation>&amp;Мақала</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="54"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="57"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="68"/>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="93"/>
        <source>&amp;New article</source>
        <translation>&amp;Жаңа мақала</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="94"/>
        <source>Create a new draft article</source>
        <translation>Жаңа мақаланың жобасын жасау</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="95"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="99"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="100"/>
        <source>Save now and record a revision</source>
        <translation>Қазір сақтау және нұсқаны тіркеу</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="101"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="104"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="105"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="109"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="110"/>
        <source>Undo the last change</source>
        <translation>Соңғы өзгерісті болдырмау</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="111"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="115"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="116"/>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="117"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="120"/>
        <source>Paste as plain &amp;text</source>
        <translation>Қарапайым &amp;мәтін ретінде қою</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="121"/>
        <source>Paste without any formatting</source>
        <translation>Пішімдеусіз қою</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="122"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="126"/>
        <source>&amp;Bold</source>
        <translation>&amp;Қалың</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="127"/>
        <source>Bold</source>
        <translation>Қалың</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="128"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="132"/>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="133"/>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="134"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="138"/>
        <source>&amp;Subheading</source>
        <translation>&amp;Тақырыпша</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="139"/>
        <source>Turn the paragraph into a subheading</source>
        <translation>Абзацты тақырыпшаға айналдыру</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="140"/>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="144"/>
        <source>&amp;Quotation block</source>
        <translation>&amp;Дәйексөз блогы</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="145"/>
        <source>Turn the paragraph into a quotation block</source>
        <translation>Абзацты дәйексөз блогына айналдыру</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="146"/>
        <source>Ctrl+Alt+Q</source>
        <translation>Ctrl+Alt+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="150"/>
        <source>&amp;Link…</source>
        <translation>&amp;Сілтеме…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="151"/>
        <source>Link the selected text</source>
        <translation>Белгіленген мәтінге сілтеме қою</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="152"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="156"/>
        <source>&amp;Bulleted list</source>
        <translation>&amp;Маркерлі тізім</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="157"/>
        <source>Bulleted list</source>
        <translation>Маркерлі тізім</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="158"/>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="162"/>
        <source>&amp;Numbered list</source>
        <translation>&amp;Нөмірленген тізім</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="163"/>
        <source>Numbered list</source>
        <translation>Нөмірленген тізім</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="164"/>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="168"/>
        <source>&amp;Revisions</source>
        <translation>Нұсқа&amp;лар</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="169"/>
        <source>Show the revisions of this article</source>
        <translation>Осы мақаланың нұсқаларын көрсету</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="170"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="174"/>
        <source>&amp;Typography</source>
        <translation>Типо&amp;графика</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="175"/>
        <source>Apply the house typography: quotation marks, dashes, non-breaking spaces</source>
        <translation>Редакцияның типографика ережелерін қолдану: тырнақшалар, тирелер, бөлінбейтін бос орындар</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="176"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="180"/>
        <source>Typography on &amp;paste</source>
        <translation>Қ&amp;ою кезінде типографиканы қолдану</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="184"/>
        <source>En dash between words</source>
        <translation>Сөздер арасында қысқа тире</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="185"/>
        <source>Write «», – сказал with an en dash instead of the em dash</source>
        <translation>«», – деді түрінде ұзын тиренің (—) орнына қысқа тирені (–) қолдану</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="188"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Жылдам пернелер</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="189"/>
        <source>List of keyboard shortcuts</source>
        <translation>Жылдам пернелер тізімі</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="190"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="193"/>
        <source>&amp;About Qalam</source>
        <translation>Qalam &amp;туралы</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleDocument</name>
    <message>
        <location filename="../app/model/articledocument.cpp" line="17"/>
        <source>Edit field</source>
        <translation>Өрісті түзету</translation>
    </message>
    <message>
        <location filename="../app/model/articledocument.cpp" line="142"/>
        <source>Change byline</source>
        <translation>Авторларды өзгерту</translation>
    </message>
    <message>
        <location filename="../app/model/articledocument.cpp" line="151"/>
        <source>Change pull quotes</source>
        <translation>Шығарылған дәйексөздерді өзгерту</translation>
    </message>
    <message>
        <location filename="../app/model/articledocument.cpp" line="63"/>
        <source>Edit text</source>
        <translation>Мәтінді түзету</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleEditor</name>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="125"/>
        <source>Headline</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="126"/>
        <source>Lead: the news in one or two sentences</source>
        <translation>Лид: жаңалықтың мәні бір-екі сөйлеммен</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="127"/>
        <source>Text of the article</source>
        <translation>Мақала мәтіні</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="128"/>
        <source>comma-separated</source>
        <translation>үтір арқылы</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="129"/>
        <source>e.g. передает Акорда</source>
        <translation>мысалы, Ақорда хабарлайды</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="130"/>
        <source>Choose an author to add to the byline</source>
        <translation>Авторлар тізіміне қосу үшін авторды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="226"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="227"/>
        <source>(no author)</source>
        <translation>(автор жоқ)</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="317"/>
        <source>Link</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="317"/>
        <source>Address (https://…):</source>
        <translation>Мекенжай (https://…):</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="431"/>
        <source>Typography</source>
        <translation>Типографика</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="497"/>
        <source>No suggestions</source>
        <translation>Түзету нұсқалары жоқ</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="501"/>
        <source>Add «%1» to the newsroom dictionary</source>
        <translation>«%1» сөзін редакция сөздігіне қосу</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListDelegate</name>
    <message numerus="yes">
        <location filename="../ui/desk/articlelistdelegate.cpp" line="98"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n сөз</numerusform>
            <numerusform>%n сөз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListModel</name>
    <message>
        <location filename="../app/model/articlelistmodel.cpp" line="22"/>
        <source>(no headline)</source>
        <translation>(тақырыпсыз)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/articlelistmodel.cpp" line="24"/>
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
        <location filename="../app/model/articlelistmodel.cpp" line="26"/>
        <source>no byline</source>
        <translation>автор көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStatus</name>
    <message>
        <location filename="../app/model/article.cpp" line="16"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="17"/>
        <source>In review</source>
        <translation>Тексерісте</translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="18"/>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="19"/>
        <source>Approved</source>
        <translation>Мақұлданды</translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="20"/>
        <source>Published</source>
        <translation>Жарияланды</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStore</name>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="62"/>
        <source>The database is busy; your text is kept, try again.</source>
        <translation>Дерекқор бос емес; мәтініңіз жоғалған жоқ, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="73"/>
        <source>The change could not be written; your text is kept.</source>
        <translation>Өзгерісті жазу мүмкін болмады; мәтініңіз жоғалған жоқ.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="180"/>
        <source>This article was changed elsewhere (it is now at version %1; your edit is based on version %2). Nothing was overwritten and your text is kept in the editor: reload the article and apply your change again.</source>
        <translation>Бұл мақала басқа жерде өзгертілген (қазір ол %1-нұсқада, ал сіздің түзетуіңіз %2-нұсқаға негізделген). Ештеңе қайта жазылған жоқ, мәтініңіз редакторда қалды: мақаланы қайта жүктеп, өзгерісіңізді қайта енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="213"/>
        <source>The new article could not be stored.</source>
        <translation>Жаңа мақаланы сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="233"/>
        <location filename="../app/storage/articlestore.cpp" line="288"/>
        <source>The article could not be read.</source>
        <translation>Мақаланы оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="236"/>
        <location filename="../app/storage/articlestore.cpp" line="275"/>
        <source>There is no article with id %1.</source>
        <translation>Идентификаторы %1 болатын мақала жоқ.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="266"/>
        <location filename="../app/storage/articlestore.cpp" line="272"/>
        <source>The article could not be saved; your text is kept.</source>
        <translation>Мақаланы сақтау мүмкін болмады; мәтініңіз жоғалған жоқ.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="335"/>
        <location filename="../app/storage/articlestore.cpp" line="359"/>
        <source>The article list could not be read.</source>
        <translation>Мақалалар тізімін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="372"/>
        <location filename="../app/storage/articlestore.cpp" line="383"/>
        <source>The pull quotes could not be saved.</source>
        <translation>Шығарылған дәйексөздерді сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="399"/>
        <source>The pull quotes could not be read.</source>
        <translation>Шығарылған дәйексөздерді оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="413"/>
        <location filename="../app/storage/articlestore.cpp" line="434"/>
        <source>The byline could not be saved.</source>
        <translation>Мақала авторларын сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="447"/>
        <source>The byline could not be read.</source>
        <translation>Мақала авторларын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="476"/>
        <source>The revision could not be recorded.</source>
        <translation>Нұсқаны жазу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="507"/>
        <source>The revisions could not be read.</source>
        <translation>Нұсқаларды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="524"/>
        <source>The revision could not be read.</source>
        <translation>Нұсқаны оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="527"/>
        <source>There is no revision #%1.</source>
        <translation>#%1 нұсқасы жоқ.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="568"/>
        <location filename="../app/storage/articlestore.cpp" line="588"/>
        <source>The authors could not be read.</source>
        <translation>Авторлар тізімін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="581"/>
        <source>An author needs a name.</source>
        <translation>Автордың атын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="600"/>
        <source>The author could not be added.</source>
        <translation>Авторды қосу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="613"/>
        <source>The regions could not be read.</source>
        <translation>Өңірлер тізімін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="631"/>
        <source>The editor position could not be remembered.</source>
        <translation>Редактордағы орынды есте сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="642"/>
        <source>The editor position could not be read.</source>
        <translation>Редактордағы орынды оқу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Qalam::ChecksDock</name>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="41"/>
        <source>Checks</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="42"/>
        <source>Finding</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="42"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="67"/>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="69"/>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="69"/>
        <source>headline</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="73"/>
        <source>%1 — «%2»</source>
        <translation>%1 — «%2»</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="86"/>
        <source>No findings.</source>
        <translation>Ескерту жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checks/checksdock.cpp" line="87"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checks/checksdock.cpp" line="88"/>
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
        <location filename="../app/cli/cliapp.cpp" line="97"/>
        <location filename="../app/cli/cliapp.cpp" line="281"/>
        <source>Usage: %1</source>
        <translation>Қолданылуы: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="116"/>
        <source>Database file (default: $QALAM_DB, else the per-user data folder)</source>
        <translation>Дерекқор файлы (әдепкі: $QALAM_DB, әйтпесе — пайдаланушының деректер қалтасы)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="117"/>
        <source>Machine-readable JSON output</source>
        <translation>Машинамен оқылатын JSON шығысы</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="118"/>
        <source>Describe the command</source>
        <translation>Команданың сипаттамасын көрсету</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="142"/>
        <source>Create a draft article and print its id. The body file is HTML (reduced to the allowed subset) or plain text (one paragraph per line), UTF-8.</source>
        <translation>Жоба мақала жасап, оның идентификаторын шығару. Мәтін файлы — HTML (рұқсат етілген ішкі жиынға дейін қысқартылады) немесе қарапайым мәтін (әр жолда бір абзац), UTF-8 кодтауында.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="144"/>
        <source>Headline (required)</source>
        <translation>Тақырып (міндетті)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="145"/>
        <source>Lead paragraph</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="146"/>
        <source>Body from a .html or .txt file</source>
        <translation>.html немесе .txt файлындағы мәтін</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="147"/>
        <source>Region, e.g. Алматы</source>
        <translation>Өңір, мысалы Алматы</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="148"/>
        <source>Rubric</source>
        <translation>Айдар</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="149"/>
        <source>A tag (repeatable)</source>
        <translation>Тег (бірнеше рет көрсетуге болады)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="151"/>
        <source>Source attribution, e.g. &quot;передает Акорда&quot;</source>
        <translation>Дереккөзге сілтеме, мысалы «Ақорда хабарлайды»</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="152"/>
        <source>Article language (default ru)</source>
        <translation>Мақала тілі (әдепкі ru)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="154"/>
        <source>Byline author, created when new (repeatable)</source>
        <translation>Мақала авторы; жаңа автор автоматты түрде жасалады (бірнеше рет көрсетуге болады)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="159"/>
        <source>List articles, most recently changed first.</source>
        <translation>Мақалалар тізімін шығару, соңғы өзгертілгендері бірінші.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="161"/>
        <source>draft, in_review, returned, approved or published</source>
        <translation>draft, in_review, returned, approved немесе published</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="163"/>
        <source>Full-text search (prefix match on every word)</source>
        <translation>Толық мәтінді іздеу (әр сөздің басы бойынша)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="164"/>
        <source>Only this region</source>
        <translation>Тек осы өңір</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="165"/>
        <source>At most N articles</source>
        <translation>Ең көбі N мақала</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="170"/>
        <source>Print one article.</source>
        <translation>Бір мақаланы шығару.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="176"/>
        <source>Export one article as Qalam JSON or a sanitised HTML page.</source>
        <translation>Бір мақаланы Qalam JSON немесе тазартылған HTML беті ретінде экспорттау.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="177"/>
        <source>Output format (required)</source>
        <translation>Шығыс пішімі (міндетті)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="178"/>
        <source>Write to FILE instead of standard output</source>
        <translation>Стандартты шығыстың орнына FILE файлына жазу</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="183"/>
        <source>List an article&apos;s revisions, newest first.</source>
        <translation>Мақала нұсқаларының тізімін шығару, ең жаңасы бірінші.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="189"/>
        <source>Run SQLite&apos;s integrity check and print the schema version; exit 1 when the check finds damage.</source>
        <translation>SQLite тұтастығын тексеруді іске қосып, схема нұсқасын шығару; тексеру зақым тапса, шығу коды 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="195"/>
        <source>Create or upgrade the database; with --sample, load the sample newsroom into an empty one.</source>
        <translation>Дерекқорды жасау немесе жаңарту; --sample берілсе, бос дерекқорға үлгі редакцияны жүктеу.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="198"/>
        <source>Load the bundled sample newsroom when the database has no articles</source>
        <translation>Дерекқорда мақала болмаса, кірістірілген үлгі редакцияны жүктеу</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="203"/>
        <source>Print the direct quotations of a text file or an article, with who said them. Offsets count UTF-16 code units; an article&apos;s text is its headline, lead and body, one per line.</source>
        <translation>Мәтін файлындағы немесе мақаладағы тура дәйексөздерді сөз иелерімен бірге шығару. Ығысулар UTF-16 код бірліктерімен есептеледі; мақала мәтіні — оның тақырыбы, лиді және негізгі мәтіні, әрқайсысы жеке жолда.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="205"/>
        <source>Analyse this article instead of a file</source>
        <translation>Файлдың орнына осы мақаланы талдау</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="211"/>
        <source>Print every finding in an article or a text file: quotations, placeholders, spelling and typography, with line:column and severity. Exits 1 when an error-level finding exists.</source>
        <translation>Мақаладағы немесе мәтін файлындағы барлық ескертулерді шығару: дәйексөздер, толтырғыштар, емле және типографика — орнымен (жол:баған) және маңыздылық деңгейімен. «Қате» деңгейіндегі ескерту болса, шығу коды 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="214"/>
        <source>Language of a text file (an article has its own; default ru)</source>
        <translation>Мәтін файлының тілі (мақаланың тілі өзінде көрсетілген; әдепкі ru)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="216"/>
        <source>The house dash for the typography check (default em)</source>
        <translation>Типографиканы тексеру үшін редакцияда қабылданған тире (әдепкі em)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="223"/>
        <source>Import a picture (stored once, whatever the number of articles using it) and attach it to an article; prints the photo id.</source>
        <translation>Суретті импорттап (оны қанша мақала пайдаланса да, бір данада сақталады), мақалаға тіркеу; фото идентификаторын шығарады.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="122"/>
        <source>Caption</source>
        <translation>Сурет жазуы</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="124"/>
        <source>Alt text for readers who cannot see the picture</source>
        <translation>Суретті көре алмайтын оқырмандарға арналған балама мәтін</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="125"/>
        <source>Credit source, e.g. Акорда</source>
        <translation>Фото дереккөзі, мысалы Ақорда</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="127"/>
        <source>staff, agency, press-service, ugc, archive or handout</source>
        <translation>staff, agency, press-service, ugc, archive немесе handout</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="128"/>
        <source>Photographer or creator</source>
        <translation>Фотограф немесе сурет авторы</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="129"/>
        <source>Licence or usage note</source>
        <translation>Лицензия немесе пайдалану шарттары</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="130"/>
        <source>Who sent a user-generated picture</source>
        <translation>Оқырман суретінің (UGC) жіберушісі</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="132"/>
        <source>The sender&apos;s contact (never published)</source>
        <translation>Жіберушінің байланыс деректері (жарияланбайды)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="134"/>
        <source>How it came: messenger, e-mail, social network</source>
        <translation>Қалай келді: мессенджер, электрондық пошта, әлеуметтік желі</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="136"/>
        <source>Whether the sender gave permission</source>
        <translation>Жіберуші рұқсат берді ме</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="138"/>
        <source>The permission wording or message reference</source>
        <translation>Рұқсат мәтіні немесе хабарламаға сілтеме</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="225"/>
        <source>Make it the article&apos;s lead photo</source>
        <translation>Мақаланың басты фотосы ету</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="229"/>
        <source>List an article&apos;s photos with their captions and credit lines.</source>
        <translation>Мақаланың фотоларын сурет жазуларымен және дереккөз жолдарымен тізіп шығару.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="235"/>
        <source>Change a photo&apos;s caption, alt text, credit or consent record.</source>
        <translation>Фотоның сурет жазуын, балама мәтінін, дереккөзін немесе рұқсат туралы жазбасын өзгерту.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="239"/>
        <source>Write the publishing rendition: orientation applied, size limited, caption, creator and credit line in IPTC and XMP, GPS and serial numbers removed (always for UGC).</source>
        <translation>Жариялауға арналған нұсқаны жазу: бағдары қолданылады, өлшемі шектеледі, сурет жазуы, авторы және дереккөз жолы IPTC мен XMP-ке жазылады, GPS координаттары мен сериялық нөмірлер өшіріледі (UGC үшін әрдайым).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="242"/>
        <source>Longest edge in pixels (default 2048)</source>
        <translation>Ұзын жағының өлшемі пиксельмен (әдепкі 2048)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="243"/>
        <source>JPEG quality 1–100 (default 85)</source>
        <translation>JPEG сапасы 1–100 (әдепкі 85)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="244"/>
        <source>Remove private metadata from any picture, not only UGC</source>
        <translation>Жеке метадеректерді UGC-ден ғана емес, кез келген суреттен өшіру</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="250"/>
        <source>Show or change the newsroom&apos;s photo settings: the credit-line template (with {source}), the rendition size and quality, and whether every rendition loses its private metadata.</source>
        <translation>Редакцияның фото баптауларын көрсету немесе өзгерту: дереккөз жолының үлгісі ({source} бар), жариялау нұсқаларының өлшемі мен сапасы және әр нұсқадан жеке метадеректерді жою керек пе.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="252"/>
        <source>e.g. &quot;Фото: {source}&quot;</source>
        <translation>мысалы, «Фото: {source}»</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="253"/>
        <source>Longest edge of renditions in pixels</source>
        <translation>Жариялау нұсқаларының ұзын жағы, пиксель</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="254"/>
        <source>JPEG quality of renditions, 1–100</source>
        <translation>Жариялау нұсқаларының JPEG сапасы, 1–100</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="256"/>
        <source>Remove GPS, serials and owner names from every rendition, not only UGC</source>
        <translation>GPS, сериялық нөмірлер мен иелерінің атын UGC ғана емес, барлық нұсқадан жою</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="261"/>
        <source>Read UTF-8 text on standard input and write it with the house typography applied.</source>
        <translation>Стандартты кірістен UTF-8 мәтінін оқып, оны редакцияның типографика ережелерін қолданып шығару.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="262"/>
        <source>Language of the text (default ru)</source>
        <translation>Мәтін тілі (әдепкі ru)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="263"/>
        <source>The dash between words (default em)</source>
        <translation>Сөздер арасындағы тире (әдепкі em)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="289"/>
        <source>Options:</source>
        <translation>Параметрлер:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="293"/>
        <source>Global options:</source>
        <translation>Жалпы параметрлер:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="301"/>
        <source>qalam-cli: the Qalam newsroom editor&apos;s command line.</source>
        <translation>qalam-cli: Qalam редакциялық жүйесінің командалық жолы.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="302"/>
        <source>Commands:</source>
        <translation>Командалар:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="305"/>
        <source>Global options (before or after the command): --db PATH, --json, --help</source>
        <translation>Жалпы параметрлер (командадан бұрын немесе кейін): --db PATH, --json, --help</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="306"/>
        <source>Run &quot;qalam-cli help COMMAND&quot; for one command&apos;s options.</source>
        <translation>Бір команданың параметрлерін көру үшін «qalam-cli help COMMAND» іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="307"/>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or input.</source>
        <translation>Шығу кодтары: 0 — сәтті, 1 — операция орындалмады, 2 — қате қолдану немесе кіріс деректер.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="392"/>
        <source>The option --%1 needs a value.</source>
        <translation>--%1 параметріне мән қажет.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="416"/>
        <location filename="../app/cli/cliapp.cpp" line="424"/>
        <source>Unknown command &quot;%1&quot;. Run &quot;qalam-cli help&quot;.</source>
        <translation>Белгісіз команда «%1». «qalam-cli help» іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="423"/>
        <source>&quot;db&quot; needs a subcommand: check or init.</source>
        <translation>«db» үшін ішкі команда қажет: check немесе init.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="440"/>
        <source>Unknown option --%1 for &quot;%2&quot;.</source>
        <translation>«%2» үшін белгісіз параметр: --%1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="442"/>
        <source>The option --%1 takes no value.</source>
        <translation>--%1 параметрі мән қабылдамайды.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="444"/>
        <source>The option --%1 is given twice.</source>
        <translation>--%1 параметрі екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="454"/>
        <source>&quot;%1&quot; needs more arguments.</source>
        <translation>«%1» үшін көбірек аргумент қажет.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="455"/>
        <source>&quot;%1&quot; needs an article id.</source>
        <translation>«%1» үшін мақала идентификаторы қажет.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="456"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Күтпеген аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="472"/>
        <source>A new article needs --headline.</source>
        <translation>Жаңа мақала үшін --headline қажет.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="482"/>
        <location filename="../app/cli/cliapp.cpp" line="815"/>
        <location filename="../app/cli/cliapp.cpp" line="846"/>
        <source>Unknown language &quot;%1&quot;: use ru, kk or en.</source>
        <translation>Белгісіз тіл «%1»: ru, kk немесе en қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="487"/>
        <source>Cannot read the body file %1: %2</source>
        <translation>%1 мәтін файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="492"/>
        <source>The body file %1 is not UTF-8 text.</source>
        <translation>%1 мәтін файлы UTF-8 мәтіні емес.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="530"/>
        <source>Unknown status &quot;%1&quot;: use draft, in_review, returned, approved or published.</source>
        <translation>Белгісіз күй «%1»: draft, in_review, returned, approved немесе published қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="536"/>
        <source>--limit needs a whole number.</source>
        <translation>--limit үшін бүтін сан қажет.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="592"/>
        <source>Id: %1 · version %2 · %3 · %4</source>
        <translation>ID: %1 · нұсқа %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="594"/>
        <source>Byline: %1</source>
        <translation>Авторлар: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="596"/>
        <source>Region: %1 · Rubric: %2 · Tags: %3</source>
        <translation>Өңір: %1 · Айдар: %2 · Тегтер: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="598"/>
        <location filename="../app/cli/cliapp.cpp" line="806"/>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="599"/>
        <source>Updated: %1 UTC · %2 words · %3 characters with spaces</source>
        <translation>Жаңартылды: %1 UTC · %2 сөз · бос орындарымен %3 таңба</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="616"/>
        <source>Unknown or missing --format: use json or html.</source>
        <translation>--format белгісіз немесе көрсетілмеген: json немесе html қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="627"/>
        <source>The export failed: %1</source>
        <translation>Экспорттау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="636"/>
        <location filename="../app/cli/cliapp.cpp" line="1131"/>
        <source>Cannot write %1.</source>
        <translation>%1 жазу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="676"/>
        <source>There is no database at %1.</source>
        <translation>%1 жолында дерекқор жоқ.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="699"/>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="700"/>
        <source>Schema version: %1 (latest %2)</source>
        <translation>Схема нұсқасы: %1 (ең соңғысы — %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="701"/>
        <source>Integrity: ok</source>
        <translation>Тұтастық: қалыпты</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="701"/>
        <source>Integrity: damaged</source>
        <translation>Тұтастық: бұзылған</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliapp.cpp" line="732"/>
        <source>Database %1 is at schema %2; %n sample article(s) added.</source>
        <translation>
            <numerusform>%1 дерекқоры: схема %2; %n үлгі мақала қосылды.</numerusform>
            <numerusform>%1 дерекқоры: схема %2; %n үлгі мақала қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="744"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="750"/>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 файлы UTF-8 мәтіні емес.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="758"/>
        <source>Name a text file or an article (--id ID).</source>
        <translation>Мәтін файлын немесе мақаланы көрсетіңіз (--id ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="770"/>
        <source>%1 is neither a file nor an article id.</source>
        <translation>%1 — файл да, мақала идентификаторы да емес.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="798"/>
        <source>(title)</source>
        <translation>(атау)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="799"/>
        <source>(attributed)</source>
        <translation>(авторы көрсетілген)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="800"/>
        <source>(unattributed)</source>
        <translation>(авторы көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="818"/>
        <location filename="../app/cli/cliapp.cpp" line="849"/>
        <source>--dash takes em or en.</source>
        <translation>--dash мәні em немесе en болуы керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="822"/>
        <source>Cannot read standard input.</source>
        <translation>Стандартты кірісті оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="826"/>
        <source>The input is not UTF-8 text.</source>
        <translation>Кіріс деректер UTF-8 мәтіні емес.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="856"/>
        <source>spelling not checked: %1</source>
        <translation>емле тексерілмеді: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="935"/>
        <source>Unknown credit type &quot;%1&quot;: use staff, agency, press-service, ugc, archive or handout.</source>
        <translation>Белгісіз дереккөз түрі «%1»: staff, agency, press-service, ugc, archive немесе handout қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="953"/>
        <source>--ugc-permission takes yes or no.</source>
        <translation>--ugc-permission мәні yes немесе no болуы керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1067"/>
        <location filename="../app/cli/cliapp.cpp" line="1094"/>
        <source>A photo id is a number.</source>
        <translation>Фото идентификаторы сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1108"/>
        <location filename="../app/cli/cliapp.cpp" line="1151"/>
        <source>--max-edge needs a number of pixels (16 or more).</source>
        <translation>--max-edge үшін пиксель саны қажет (16 немесе одан көп).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1113"/>
        <location filename="../app/cli/cliapp.cpp" line="1156"/>
        <source>--quality takes 1 to 100.</source>
        <translation>--quality мәні 1-ден 100-ге дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1161"/>
        <source>--strip-all-photos takes yes or no.</source>
        <translation>--strip-all-photos мәні yes немесе no.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1175"/>
        <source>Credit template: %1</source>
        <translation>Дереккөз жолының үлгісі: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1176"/>
        <source>Renditions: %1 px, quality %2</source>
        <translation>Жариялау нұсқалары: %1 пикс., сапасы %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1177"/>
        <source>Private metadata removed from every rendition</source>
        <translation>Жеке метадеректер барлық нұсқадан жойылады</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1178"/>
        <source>Private metadata removed from UGC renditions</source>
        <translation>Жеке метадеректер UGC нұсқаларынан жойылады</translation>
    </message>
</context>
<context>
    <name>Qalam::Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="56"/>
        <source>%1 is a folder, not a Qalam database.</source>
        <translation>%1 — қалта, Qalam дерекқоры емес.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="59"/>
        <source>Cannot read the database file %1.</source>
        <translation>%1 дерекқор файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="65"/>
        <source>%1 is not a Qalam database (not an SQLite file). It was left untouched.</source>
        <translation>%1 — Qalam дерекқоры емес (SQLite файлы емес). Файл өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="69"/>
        <source>The database file %1 is not writable.</source>
        <translation>%1 дерекқор файлына жазу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="74"/>
        <source>Cannot create the database in %1: the folder is not writable.</source>
        <translation>%1 ішінде дерекқор жасау мүмкін емес: қалтаға жазу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="86"/>
        <location filename="../app/storage/database.cpp" line="98"/>
        <location filename="../app/storage/database.cpp" line="159"/>
        <source>%1 is not a readable Qalam database. It was left untouched.</source>
        <translation>%1 — оқылатын Qalam дерекқоры емес. Файл өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="103"/>
        <source>%1 is an SQLite database of another program, not Qalam&apos;s. It was left untouched.</source>
        <translation>%1 — Qalam емес, басқа бағдарламаның SQLite дерекқоры. Файл өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="109"/>
        <source>%1 was written by a newer Qalam (schema %2; this version knows up to %3). It was left untouched; update Qalam to open it.</source>
        <translation>%1 Qalam бағдарламасының жаңарақ нұсқасымен жазылған (схема %2; бұл нұсқа %3 схемасына дейін қолдайды). Файл өзгертілмеді; оны ашу үшін Qalam бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="119"/>
        <source>%1 has schema %2 and needs migrating to %3.</source>
        <translation>%1 схемасы — %2, оны %3 схемасына көшіру қажет.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="150"/>
        <source>Cannot open the database %1.</source>
        <translation>%1 дерекқорын ашу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="171"/>
        <source>Cannot start the database upgrade.</source>
        <translation>Дерекқорды жаңартуды бастау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="177"/>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2.</source>
        <translation>Дерекқорды %1 схемасына жаңарту сәтсіз аяқталды; ол %2 схемасында қалды.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="189"/>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation>Дерекқорды %1 схемасына жаңарту сәтсіз аяқталды.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="214"/>
        <source>The integrity check could not run.</source>
        <translation>Тұтастықты тексеру орындалмады.</translation>
    </message>
</context>
<context>
    <name>Qalam::DeskPanel</name>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="58"/>
        <source>Search…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="59"/>
        <source>Search headlines, leads and text (every word, as a prefix)</source>
        <translation>Тақырыптар, лидтер мен мәтін бойынша іздеу (әр сөздің басы бойынша)</translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="62"/>
        <source>All states</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="67"/>
        <location filename="../ui/desk/deskpanel.cpp" line="69"/>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="71"/>
        <location filename="../ui/desk/deskpanel.cpp" line="73"/>
        <source>All authors</source>
        <translation>Барлық авторлар</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/desk/deskpanel.cpp" line="128"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n мақала</numerusform>
            <numerusform>%n мақала</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::DictionaryStore</name>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="34"/>
        <source>The newsroom dictionary has no language &quot;%1&quot;; use ru, kk or en.</source>
        <translation>Редакция сөздігінде «%1» тілі жоқ; ru, kk немесе en қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="46"/>
        <source>An empty word cannot be added to the newsroom dictionary.</source>
        <translation>Редакция сөздігіне бос сөзді қосу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="51"/>
        <source>&quot;%1&quot; is more than one word. The newsroom dictionary holds single words: add each word on its own.</source>
        <translation>«%1» — бір сөзден көп. Редакция сөздігінде жеке сөздер сақталады: әр сөзді бөлек қосыңыз.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="72"/>
        <source>The newsroom dictionary could not be read; spelling is checked without the newsroom&apos;s words.</source>
        <translation>Редакция сөздігін оқу мүмкін болмады; емле редакция сөздігіндегі сөздерсіз тексеріледі.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="102"/>
        <source>&quot;%1&quot; could not be added to the newsroom dictionary; try again.</source>
        <translation>«%1» сөзін редакция сөздігіне қосу мүмкін болмады; қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="114"/>
        <source>Choose a word to remove from the newsroom dictionary.</source>
        <translation>Редакция сөздігінен өшірілетін сөзді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="123"/>
        <source>&quot;%1&quot; could not be removed from the newsroom dictionary; try again.</source>
        <translation>«%1» сөзін редакция сөздігінен өшіру мүмкін болмады; қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>Qalam::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="133"/>
        <source>«%1» is now in the newsroom dictionary.</source>
        <translation>«%1» сөзі редакция сөздігіне қосылды.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="195"/>
        <source>Cleaning the pasted text…</source>
        <translation>Қойылған мәтін тазартылуда…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="243"/>
        <source>About Qalam</source>
        <translation>Qalam туралы</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;A newsroom editor for regional editors, photo editors and chief editors.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;Өңірлік редакторларға, фоторедакторларға және бас редакторларға арналған редакциялық жүйе.&lt;/p&gt;&lt;p&gt;Дерекқор: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="365"/>
        <source>it was changed elsewhere in the meantime</source>
        <translation>осы уақытта оны басқа жерде өзгертті</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="408"/>
        <source>The open article has changes that could not be saved (%1). Nothing was discarded; resolve that before opening another article.</source>
        <translation>Ашық мақалада сақталмаған өзгерістер бар (%1). Ештеңе жойылған жоқ; басқа мақаланы ашпас бұрын мұны шешіңіз.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="540"/>
        <source>Revision restored; the previous text is kept as a revision.</source>
        <translation>Нұсқа қалпына келтірілді; алдыңғы мәтін жеке нұсқа ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="562"/>
        <source>Reloaded the stored version; your text is on the clipboard.</source>
        <translation>Сақталған нұсқа қайта жүктелді; мәтініңіз алмасу буферінде.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="612"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="614"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n дәйексөз</numerusform>
            <numerusform>%n дәйексөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="613"/>
        <source>%n unattributed</source>
        <translation>
            <numerusform>%n авторы көрсетілмеген</numerusform>
            <numerusform>%n авторы көрсетілмеген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="624"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n сөз</numerusform>
            <numerusform>%n сөз</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="625"/>
        <source>%1 characters with spaces · %2 without</source>
        <translation>бос орындарымен %1 таңба · бос орынсыз %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="628"/>
        <source>%n min reading</source>
        <translation>
            <numerusform>%n мин оқу</numerusform>
            <numerusform>%n мин оқу</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="635"/>
        <source>No article open</source>
        <translation>Мақала ашылмаған</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="642"/>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="646"/>
        <source>Not saved yet</source>
        <translation>Әлі сақталмаған</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="649"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="652"/>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="655"/>
        <source>Version conflict: not saved</source>
        <translation>Нұсқалар қайшылығы: сақталмады</translation>
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
        <translation>Жылдам пернелер</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="674"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="674"/>
        <source>Shortcut</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="699"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="700"/>
        <source>The article could not be saved: %1

Close anyway? Your text will be copied to the clipboard.</source>
        <translation>Мақаланы сақтау мүмкін болмады: %1

Бәрібір жабу керек пе? Мәтініңіз алмасу буферіне көшіріледі.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoFile</name>
    <message>
        <location filename="../app/media/photofile.cpp" line="62"/>
        <location filename="../app/media/photofile.cpp" line="80"/>
        <source>Cannot read the picture %1. Check that the file exists and that you may open it.</source>
        <translation>%1 суретін оқу мүмкін емес. Файлдың бар екенін және оны ашуға рұқсатыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="69"/>
        <source>%1 is empty. Choose the picture again from its original source.</source>
        <translation>%1 файлы бос. Суретті бастапқы көзінен қайта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="100"/>
        <source>%1 is not an image Qalam can read. Use a JPEG, PNG, GIF or WebP file.</source>
        <translation>%1 — Qalam оқи алатын сурет емес. JPEG, PNG, GIF немесе WebP файлын қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="108"/>
        <source>%1 is damaged: the picture cannot be decoded completely. Ask the sender for the file again.</source>
        <translation>%1 файлы зақымдалған: суретті толық декодтау мүмкін емес. Жіберушіден файлды қайта сұраңыз.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="126"/>
        <source>%1 is too large: %2 × %3 pixels, more than the %4 megapixels Qalam accepts. Reduce the picture in an image editor and import it again.</source>
        <translation>%1 тым үлкен: %2 × %3 пиксель, бұл Qalam қабылдайтын %4 мегапиксельден көп. Суретті графикалық редакторда кішірейтіп, қайта импорттаңыз.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="306"/>
        <location filename="../app/media/photofile.cpp" line="310"/>
        <source>The metadata of %1 cannot be read.</source>
        <translation>%1 метадеректерін оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="433"/>
        <source>A thumbnail needs a size of at least one pixel.</source>
        <translation>Нобайдың өлшемі кемінде бір пиксель болуы керек.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="459"/>
        <source>The rendition settings are out of range.</source>
        <translation>Жариялауға арналған нұсқаның параметрлері рұқсат етілген ауқымнан тыс.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="495"/>
        <location filename="../app/media/photofile.cpp" line="560"/>
        <source>The rendition of %1 cannot be written.</source>
        <translation>%1 файлының жариялауға арналған нұсқасын жазу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="564"/>
        <location filename="../app/media/photofile.cpp" line="570"/>
        <source>The caption and credit cannot be written into the rendition of %1. The original is unchanged; try again or report the file to the photo desk.</source>
        <translation>Сурет жазуы мен дереккөзді %1 файлының жариялауға арналған нұсқасына жазу мүмкін емес. Түпнұсқа өзгерген жоқ; қайталап көріңіз немесе файл туралы фотобөлімге хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoRules</name>
    <message>
        <location filename="../app/media/photorules.cpp" line="24"/>
        <source>Photo %1 (%2)</source>
        <translation>Фото %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="26"/>
        <source>%1 has no caption.</source>
        <translation>%1: сурет жазуы жоқ.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="29"/>
        <source>%1 has no alt text for readers who cannot see it.</source>
        <translation>%1: көре алмайтын оқырмандарға арналған балама мәтін жоқ.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="31"/>
        <source>%1 has no credit source.</source>
        <translation>%1: фото дереккөзі көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="33"/>
        <source>%1 has no credit type.</source>
        <translation>%1: дереккөз түрі көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="36"/>
        <source>%1 is user-generated and its sender&apos;s permission is not recorded.</source>
        <translation>%1: оқырман суреті (UGC), жіберушінің рұқсаты тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="40"/>
        <source>%1: the sender&apos;s permission has expired.</source>
        <translation>%1: жіберуші рұқсатының мерзімі өтті.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoStore</name>
    <message>
        <location filename="../app/storage/photostore.cpp" line="100"/>
        <location filename="../app/storage/photostore.cpp" line="282"/>
        <source>The photos could not be read.</source>
        <translation>Фотоларды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="120"/>
        <location filename="../app/storage/photostore.cpp" line="311"/>
        <source>There is no photo %1.</source>
        <translation>%1 фотосы жоқ.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="150"/>
        <source>Cannot create the photo folder %1.</source>
        <translation>%1 фото қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="155"/>
        <location filename="../app/storage/photostore.cpp" line="160"/>
        <location filename="../app/storage/photostore.cpp" line="164"/>
        <source>Cannot copy %1 into the photo folder.</source>
        <translation>%1 файлын фото қалтасына көшіру мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="208"/>
        <source>The photo could not be stored.</source>
        <translation>Фотоны қоймаға сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="221"/>
        <source>The database is busy; try again.</source>
        <translation>Дерекқор бос емес; қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="227"/>
        <source>The photo could not be attached.</source>
        <translation>Фотоны тіркеу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="243"/>
        <location filename="../app/storage/photostore.cpp" line="249"/>
        <source>The photo could not be attached to the article.</source>
        <translation>Фотоны мақалаға тіркеу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="264"/>
        <source>The photo could not be removed from the article.</source>
        <translation>Фотоны мақаладан алып тастау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="308"/>
        <source>The photo could not be saved.</source>
        <translation>Фотоны сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="323"/>
        <source>The photo settings could not be read.</source>
        <translation>Фото баптауларын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="340"/>
        <source>The credit template must contain {source}.</source>
        <translation>Дереккөз жолының үлгісінде {source} болуы керек.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="353"/>
        <source>The photo settings could not be saved.</source>
        <translation>Фото баптауларын сақтау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotosDock</name>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="131"/>
        <source>Add photos</source>
        <translation>Фото қосу</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="131"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</source>
        <translation>Суреттер (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</translation>
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
        <translation>Фотолар</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="173"/>
        <source>Add photos…</source>
        <translation>Фото қосу…</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="174"/>
        <source>Or drop image files here</source>
        <translation>Немесе сурет файлдарын осында сүйреп әкеліңіз</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="175"/>
        <source>Make lead</source>
        <translation>Басты фото ету</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="176"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="177"/>
        <source>Insert into text</source>
        <translation>Мәтінге қою</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="178"/>
        <source>Copy credit and consent to the selected photos</source>
        <translation>Дереккөз бен рұқсатты таңдалған суреттерге көшіру</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="179"/>
        <source>Photo library: caption, credit or sender, then Enter</source>
        <translation>Фотомұрағат: жазу, дереккөз немесе жіберуші, сосын Enter</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="180"/>
        <source>Use here</source>
        <translation>Осында қолдану</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="181"/>
        <source>Adds the found photo to this article; the original is not copied again</source>
        <translation>Табылған суретті осы мақалаға қосады; түпнұсқа қайта көшірілмейді</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="182"/>
        <source>Select several photos (Ctrl+click); the current one&apos;s credit, photographer and consent record go to the others</source>
        <translation>Бірнеше суретті таңдаңыз (Ctrl+шерту): ағымдағы суреттің дереккөзі, фотографы және рұқсаты қалғандарына көшеді</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="184"/>
        <source>Puts the photo with its caption and credit line at the cursor</source>
        <translation>Суретті жазуымен және дереккөз жолымен курсор тұрған жерге қояды</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="185"/>
        <source>Caption</source>
        <translation>Сурет жазуы</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="185"/>
        <source>Alt text</source>
        <translation>Балама мәтін</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="185"/>
        <source>Credit source</source>
        <translation>Фото дереккөзі</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="186"/>
        <source>Credit type</source>
        <translation>Дереккөз түрі</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="186"/>
        <source>Photographer</source>
        <translation>Фотограф</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="186"/>
        <source>UGC: sender</source>
        <translation>UGC: жіберуші</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="187"/>
        <source>UGC: contact</source>
        <translation>UGC: байланыс</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="187"/>
        <source>UGC: came through</source>
        <translation>UGC: келген арнасы</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="190"/>
        <source>The sender gave permission to publish</source>
        <translation>Жіберуші жариялауға рұқсат берді</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="191"/>
        <source>never published</source>
        <translation>жарияланбайды</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="192"/>
        <source>what the picture shows, for readers who cannot see it</source>
        <translation>суретте не бейнеленгені — көре алмайтын оқырмандар үшін</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="195"/>
        <source>(choose)</source>
        <translation>(таңдаңыз)</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="196"/>
        <source>staff</source>
        <translation>штаттық</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="197"/>
        <source>agency</source>
        <translation>агенттік</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="198"/>
        <source>press service</source>
        <translation>баспасөз қызметі</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="199"/>
        <source>UGC (reader&apos;s picture)</source>
        <translation>UGC (оқырман суреті)</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="200"/>
        <source>archive</source>
        <translation>мұрағат</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="201"/>
        <source>handout</source>
        <translation>таратылатын материал</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="316"/>
        <source>No credit line yet: name the source.</source>
        <translation>Дереккөз жолы әлі жоқ: дереккөзді көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="334"/>
        <source>GPS position</source>
        <translation>GPS координаттары</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="336"/>
        <source>device serial number</source>
        <translation>құрылғының сериялық нөмірі</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="338"/>
        <source>owner name</source>
        <translation>иесінің аты</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="341"/>
        <source>capture time %1</source>
        <translation>түсірілген уақыты %1</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="343"/>
        <source>Privacy: the file carries no location, device or owner data.</source>
        <translation>Құпиялылық: файлда орын, құрылғы және иесі туралы деректер жоқ.</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="347"/>
        <source>Privacy: the file carries %1.</source>
        <translation>Құпиялылық: файлда %1 бар.</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="348"/>
        <source>The published copy removes the GPS position, serial numbers and owner name.</source>
        <translation>Жарияланатын көшірмеде GPS координаттары, сериялық нөмірлер және иесінің аты жойылады.</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="349"/>
        <source>The published copy keeps them unless the rendition strips private data.</source>
        <translation>Жариялауға арналған нұсқа жеке деректерді тазаламаса, олар көшірмеде қалады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/photos/photosdock.cpp" line="416"/>
        <source>Credit copied to %n photo(s).</source>
        <translation>
            <numerusform>Дереккөз %n суретке көшірілді.</numerusform>
            <numerusform>Дереккөз %n суретке көшірілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file carries a GPS position; the published copy leaves it out.</source>
        <translation type="vanished">Файлда GPS координаттары бар; жарияланатын көшірмеге олар енбейді.</translation>
    </message>
    <message>
        <source>The file carries a GPS position (removed from UGC renditions).</source>
        <translation type="vanished">Файлда GPS координаттары бар (UGC-дің жариялауға арналған нұсқаларынан өшіріледі).</translation>
    </message>
    <message>
        <source>No location in the file.</source>
        <translation type="vanished">Файлда орналасқан жер туралы дерек жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/photos/photosdock.cpp" line="463"/>
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>%n фото импортталуда…</numerusform>
            <numerusform>%n фото импортталуда…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/photos/photosdock.cpp" line="481"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n фото қосылды.</numerusform>
            <numerusform>%n фото қосылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteAnalyzer</name>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1058"/>
        <source>This quotation mark has no partner.</source>
        <translation>Бұл тырнақшаның жұбы жоқ.</translation>
    </message>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1075"/>
        <source>Quotation marks of another style than in the rest of the article.</source>
        <translation>Тырнақшалардың түрі мақаланың қалған бөлігіндегіден өзгеше.</translation>
    </message>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1084"/>
        <source>Nobody is named as saying this quotation.</source>
        <translation>Бұл дәйексөздің кімге тиесілі екені көрсетілмеген.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/quoteanalyzer.cpp" line="1087"/>
        <source>A long quotation: %n words.</source>
        <translation>
            <numerusform>Ұзын дәйексөз: %n сөз.</numerusform>
            <numerusform>Ұзын дәйексөз: %n сөз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1100"/>
        <source>The headline quotes words that the text does not contain.</source>
        <translation>Тақырыпта мәтінде жоқ сөздер дәйексөз ретінде келтірілген.</translation>
    </message>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1134"/>
        <location filename="../app/text/quoteanalyzer.cpp" line="1149"/>
        <source>A placeholder is left in the text.</source>
        <translation>Мәтінде толтырғыш қалып қойған.</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteHighlighter</name>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="479"/>
        <location filename="../ui/editor/quotehighlighter.cpp" line="111"/>
        <source>Spelling</source>
        <translation>Емле</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteTableModel</name>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="42"/>
        <source>(inside a quotation)</source>
        <translation>(дәйексөз ішінде)</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="43"/>
        <source>(named before)</source>
        <translation>(бұрын аталған)</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="43"/>
        <source>no attribution</source>
        <translation>авторы көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="45"/>
        <source>headline</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="46"/>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="47"/>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="49"/>
        <source>title</source>
        <translation>атау</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="49"/>
        <source>speech</source>
        <translation>сөз</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="61"/>
        <source>Quotation</source>
        <translation>Дәйексөз</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="63"/>
        <source>Speaker</source>
        <translation>Сөз иесі</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="65"/>
        <source>Where</source>
        <translation>Қай жерде</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="67"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
</context>
<context>
    <name>Qalam::QuotesDock</name>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="96"/>
        <source>Quotes</source>
        <translation>Дәйексөздер</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="97"/>
        <source>Unattributed only</source>
        <translation>Тек авторы көрсетілмегендер</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="98"/>
        <source>Copy with attribution</source>
        <translation>Авторын көрсетіп көшіру</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="99"/>
        <source>Copies «quotation», – verb speaker.</source>
        <translation>Мына түрде көшіреді: «дәйексөз», – етістік сөз иесі.</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="100"/>
        <source>Mark as pull quote</source>
        <translation>Шығарылған дәйексөз ретінде белгілеу</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="101"/>
        <source>Pull quotes</source>
        <translation>Шығарылған дәйексөздер</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="102"/>
        <source>Remove pull quote</source>
        <translation>Шығарылған дәйексөзді алып тастау</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quotes/quotesdock.cpp" line="120"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n дәйексөз</numerusform>
            <numerusform>%n дәйексөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quotes/quotesdock.cpp" line="122"/>
        <source>%n without attribution</source>
        <translation>
            <numerusform>%n авторы көрсетілмеген</numerusform>
            <numerusform>%n авторы көрсетілмеген</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="125"/>
        <source>Source of the report: %1</source>
        <translation>Хабар дереккөзі: %1</translation>
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
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="35"/>
        <source>Restore this revision</source>
        <translation>Осы нұсқаны қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="37"/>
        <source>Makes the selected revision the current text; the current text stays in the list</source>
        <translation>Таңдалған нұсқаны ағымдағы мәтінге айналдырады; ағымдағы мәтін тізімде қалады</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="50"/>
        <source>created</source>
        <translation>жасалды</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="52"/>
        <source>saved</source>
        <translation>сақталды</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="54"/>
        <source>autosave</source>
        <translation>автосақтау</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="56"/>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="58"/>
        <source>sample newsroom</source>
        <translation>үлгі редакция</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="60"/>
        <source>restored %1</source>
        <translation>%1 нұсқасынан қалпына келтірілді</translation>
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
        <translation>Үлгі редакцияның суреттерін салу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../app/storage/samplenewsroom.cpp" line="88"/>
        <source>The sample newsroom file is not valid JSON.</source>
        <translation>Үлгі редакция файлы жарамды JSON емес.</translation>
    </message>
    <message>
        <location filename="../app/storage/samplenewsroom.cpp" line="110"/>
        <source>The sample article &quot;%1&quot; names an unknown author %2.</source>
        <translation>«%1» үлгі мақаласында белгісіз автор көрсетілген: %2.</translation>
    </message>
</context>
<context>
    <name>Qalam::SpellChecker</name>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="36"/>
        <source>Russian</source>
        <translation>орыс</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="41"/>
        <source>Kazakh</source>
        <translation>қазақ</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="46"/>
        <source>English</source>
        <translation>ағылшын</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="231"/>
        <source>Qalam has no spelling dictionary for the language &quot;%1&quot;; spelling can be checked in Russian (ru), Kazakh (kk) and English (en).</source>
        <translation>Qalam бағдарламасында «%1» тілінің емле сөздігі жоқ; емлені орыс (ru), қазақ (kk) және ағылшын (en) тілдерінде тексеруге болады.</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="256"/>
        <source>The %1 spelling dictionary is not installed: %2 was not found. Spelling is not checked in %1 texts; install the package %3, or set QALAM_HUNSPELL_DIR to a folder that holds the dictionary.</source>
        <translation>%1 тілінің емле сөздігі орнатылмаған: %2 табылмады. %1 тіліндегі мәтіндердің емлесі тексерілмейді; %3 пакетін орнатыңыз немесе QALAM_HUNSPELL_DIR айнымалысында сөздік жатқан қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="264"/>
        <source>The %1 spelling dictionary %2 cannot be read. Spelling is not checked in %1 texts; check the file&apos;s permissions.</source>
        <translation>%1 тілінің %2 емле сөздігін оқу мүмкін емес. %1 тіліндегі мәтіндердің емлесі тексерілмейді; файлға қатынау құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="279"/>
        <source>The %1 spelling dictionary %2 uses the encoding %3, which Qalam cannot read. Spelling is not checked in %1 texts; install a UTF-8 version of the dictionary.</source>
        <translation>%1 тілінің %2 емле сөздігі Qalam оқи алмайтын %3 кодтауын пайдаланады. %1 тіліндегі мәтіндердің емлесі тексерілмейді; сөздіктің UTF-8 нұсқасын орнатыңыз.</translation>
    </message>
</context>
<context>
    <name>Qalam::TextChecks</name>
    <message>
        <location filename="../app/text/textchecks.cpp" line="36"/>
        <source>Unknown word: %1</source>
        <translation>Белгісіз сөз: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::Typography</name>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="980"/>
        <source>%n straight apostrophe(s): use ’</source>
        <translation>
            <numerusform>%n түзу апостроф: ’ қолданыңыз</numerusform>
            <numerusform>%n түзу апостроф: ’ қолданыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="984"/>
        <source>%n ellipsis(es) typed as three dots: use …</source>
        <translation>
            <numerusform>%n көп нүкте үш нүктемен терілген: … қолданыңыз</numerusform>
            <numerusform>%n көп нүкте үш нүктемен терілген: … қолданыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="989"/>
        <source>%n short word(s) should be joined to the neighbouring word by a non-breaking space</source>
        <translation>
            <numerusform>%n қысқа сөзді көрші сөзге бөлінбейтін бос орынмен қосу керек</numerusform>
            <numerusform>%n қысқа сөзді көрші сөзге бөлінбейтін бос орынмен қосу керек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="994"/>
        <source>%n initial(s) should be joined to the surname by a non-breaking space</source>
        <translation>
            <numerusform>%n инициалды тегіне бөлінбейтін бос орынмен қосу керек</numerusform>
            <numerusform>%n инициалды тегіне бөлінбейтін бос орынмен қосу керек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="999"/>
        <source>%n number(s) should be joined to their unit by a non-breaking space</source>
        <translation>
            <numerusform>%n санды өлшем бірлігіне бөлінбейтін бос орынмен қосу керек</numerusform>
            <numerusform>%n санды өлшем бірлігіне бөлінбейтін бос орынмен қосу керек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1036"/>
        <source>Straight quote mark: use %1</source>
        <translation>Түзу тырнақша: %1 қолданыңыз</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1041"/>
        <source>Quote mark of the wrong kind or nesting level: use %1</source>
        <translation>Тырнақшаның түрі немесе ұя деңгейі қате: %1 қолданыңыз</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1045"/>
        <source>Number range with a hyphen or em dash: use an en dash (10–15)</source>
        <translation>Сандар аралығы дефиспен немесе ұзын тиремен жазылған: қысқа тире қолданыңыз (10–15)</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1058"/>
        <source>Hyphen or wrong dash between words: use a spaced en dash</source>
        <translation>Сөздер арасында дефис немесе қате тире: екі жағында бос орыны бар қысқа тире қолданыңыз</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1061"/>
        <source>Dialogue line: start it with an en dash and a non-breaking space</source>
        <translation>Диалог жолы: оны қысқа тире мен бөлінбейтін бос орыннан бастаңыз</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1062"/>
        <source>Dialogue line: start it with an em dash and a non-breaking space</source>
        <translation>Диалог жолы: оны ұзын тире мен бөлінбейтін бос орыннан бастаңыз</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1064"/>
        <source>Hyphen or wrong dash between words: use an en dash with a non-breaking space before it</source>
        <translation>Сөздер арасында дефис немесе қате тире: алдында бөлінбейтін бос орыны бар қысқа тире қолданыңыз</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1066"/>
        <source>Hyphen or wrong dash between words: use an em dash with a non-breaking space before it</source>
        <translation>Сөздер арасында дефис немесе қате тире: алдында бөлінбейтін бос орыны бар ұзын тире қолданыңыз</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="111"/>
        <source>Qalam cannot open the database</source>
        <translation>Qalam дерекқорды аша алмайды</translation>
    </message>
</context>
</TS>
