<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="22"/>
        <source>Reload theirs (copy mine)</source>
        <translation>Загрузить актуальную версию (свою — в буфер)</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="30"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="48"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="50"/>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="52"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="58"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="60"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="66"/>
        <source>Byline</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="69"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.ui" line="70"/>
        <source>Remove last</source>
        <translation>Удалить последнего</translation>
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
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="38"/>
        <source>&amp;Article</source>
        <translation>С&amp;татья</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="54"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="57"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="68"/>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="93"/>
        <source>&amp;New article</source>
        <translation>&amp;Новая статья</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="94"/>
        <source>Create a new draft article</source>
        <translation>Создать черновик новой статьи</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="95"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="99"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="100"/>
        <source>Save now and record a revision</source>
        <translation>Сохранить сейчас и записать версию</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="101"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="104"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="105"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="109"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="110"/>
        <source>Undo the last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="111"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="115"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="116"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="117"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="120"/>
        <source>Paste as plain &amp;text</source>
        <translation>Вставить как простой &amp;текст</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="121"/>
        <source>Paste without any formatting</source>
        <translation>Вставить без форматирования</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="122"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="126"/>
        <source>&amp;Bold</source>
        <translation>&amp;Полужирный</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="127"/>
        <source>Bold</source>
        <translation>Полужирный</translation>
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
        <translation>Под&amp;заголовок</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="139"/>
        <source>Turn the paragraph into a subheading</source>
        <translation>Сделать абзац подзаголовком</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="140"/>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="144"/>
        <source>&amp;Quotation block</source>
        <translation>&amp;Цитата (блок)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="145"/>
        <source>Turn the paragraph into a quotation block</source>
        <translation>Оформить абзац как цитату (блок)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="146"/>
        <source>Ctrl+Alt+Q</source>
        <translation>Ctrl+Alt+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="150"/>
        <source>&amp;Link…</source>
        <translation>&amp;Ссылка…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="151"/>
        <source>Link the selected text</source>
        <translation>Поставить ссылку на выделенный текст</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="152"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="156"/>
        <source>&amp;Bulleted list</source>
        <translation>&amp;Маркированный список</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="157"/>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="158"/>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="162"/>
        <source>&amp;Numbered list</source>
        <translation>&amp;Нумерованный список</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="163"/>
        <source>Numbered list</source>
        <translation>Нумерованный список</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="164"/>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="168"/>
        <source>&amp;Revisions</source>
        <translation>&amp;Версии</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="169"/>
        <source>Show the revisions of this article</source>
        <translation>Показать версии этой статьи</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="170"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="174"/>
        <source>&amp;Typography</source>
        <translation>&amp;Типографика</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="175"/>
        <source>Apply the house typography: quotation marks, dashes, non-breaking spaces</source>
        <translation>Применить правила типографики редакции: кавычки, тире, неразрывные пробелы</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="176"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="180"/>
        <source>Typography on &amp;paste</source>
        <translation>Типографика при вст&amp;авке</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="184"/>
        <source>En dash between words</source>
        <translation>Короткое тире между словами</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="185"/>
        <source>Write «», – сказал with an en dash instead of the em dash</source>
        <translation>Писать «», – сказал с коротким тире (–) вместо длинного (—)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="188"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="189"/>
        <source>List of keyboard shortcuts</source>
        <translation>Список горячих клавиш</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="190"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="193"/>
        <source>&amp;About Qalam</source>
        <translation>&amp;О программе Qalam</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleDocument</name>
    <message>
        <location filename="../app/model/articledocument.cpp" line="17"/>
        <source>Edit field</source>
        <translation>Правка поля</translation>
    </message>
    <message>
        <location filename="../app/model/articledocument.cpp" line="142"/>
        <source>Change byline</source>
        <translation>Изменение списка авторов</translation>
    </message>
    <message>
        <location filename="../app/model/articledocument.cpp" line="151"/>
        <source>Change pull quotes</source>
        <translation>Изменение выносных цитат</translation>
    </message>
    <message>
        <location filename="../app/model/articledocument.cpp" line="63"/>
        <source>Edit text</source>
        <translation>Правка текста</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleEditor</name>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="125"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="126"/>
        <source>Lead: the news in one or two sentences</source>
        <translation>Лид: суть новости в одном-двух предложениях</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="127"/>
        <source>Text of the article</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="128"/>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="129"/>
        <source>e.g. передает Акорда</source>
        <translation>например, передает Акорда</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="130"/>
        <source>Choose an author to add to the byline</source>
        <translation>Выберите автора, чтобы добавить его в список авторов</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="226"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="227"/>
        <source>(no author)</source>
        <translation>(без автора)</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="317"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="317"/>
        <source>Address (https://…):</source>
        <translation>Адрес (https://…):</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="431"/>
        <source>Typography</source>
        <translation>Типографика</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="497"/>
        <source>No suggestions</source>
        <translation>Нет вариантов исправления</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="501"/>
        <source>Add «%1» to the newsroom dictionary</source>
        <translation>Добавить «%1» в словарь редакции</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListDelegate</name>
    <message numerus="yes">
        <location filename="../ui/desk/articlelistdelegate.cpp" line="98"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListModel</name>
    <message>
        <location filename="../app/model/articlelistmodel.cpp" line="22"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/model/articlelistmodel.cpp" line="24"/>
        <source>%1
%2 · %3 · %n words</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n слово</numerusform>
            <numerusform>%1
%2 · %3 · %n слова</numerusform>
            <numerusform>%1
%2 · %3 · %n слов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/model/articlelistmodel.cpp" line="26"/>
        <source>no byline</source>
        <translation>автор не указан</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStatus</name>
    <message>
        <location filename="../app/model/article.cpp" line="16"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="17"/>
        <source>In review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="18"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="19"/>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../app/model/article.cpp" line="20"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStore</name>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="62"/>
        <source>The database is busy; your text is kept, try again.</source>
        <translation>База данных занята; ваш текст не потерян, попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="73"/>
        <source>The change could not be written; your text is kept.</source>
        <translation>Не удалось записать изменение; ваш текст не потерян.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="180"/>
        <source>This article was changed elsewhere (it is now at version %1; your edit is based on version %2). Nothing was overwritten and your text is kept in the editor: reload the article and apply your change again.</source>
        <translation>Эта статья была изменена в другом месте (сейчас это версия %1, а ваша правка основана на версии %2). Ничего не перезаписано, ваш текст остался в редакторе: загрузите статью заново и внесите правку ещё раз.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="213"/>
        <source>The new article could not be stored.</source>
        <translation>Не удалось сохранить новую статью.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="233"/>
        <location filename="../app/storage/articlestore.cpp" line="288"/>
        <source>The article could not be read.</source>
        <translation>Не удалось прочитать статью.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="236"/>
        <location filename="../app/storage/articlestore.cpp" line="275"/>
        <source>There is no article with id %1.</source>
        <translation>Статья с идентификатором %1 не найдена.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="266"/>
        <location filename="../app/storage/articlestore.cpp" line="272"/>
        <source>The article could not be saved; your text is kept.</source>
        <translation>Не удалось сохранить статью; ваш текст не потерян.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="335"/>
        <location filename="../app/storage/articlestore.cpp" line="359"/>
        <source>The article list could not be read.</source>
        <translation>Не удалось прочитать список статей.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="372"/>
        <location filename="../app/storage/articlestore.cpp" line="383"/>
        <source>The pull quotes could not be saved.</source>
        <translation>Не удалось сохранить выносные цитаты.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="399"/>
        <source>The pull quotes could not be read.</source>
        <translation>Не удалось прочитать выносные цитаты.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="413"/>
        <location filename="../app/storage/articlestore.cpp" line="434"/>
        <source>The byline could not be saved.</source>
        <translation>Не удалось сохранить список авторов статьи.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="447"/>
        <source>The byline could not be read.</source>
        <translation>Не удалось прочитать список авторов статьи.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="476"/>
        <source>The revision could not be recorded.</source>
        <translation>Не удалось записать версию.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="507"/>
        <source>The revisions could not be read.</source>
        <translation>Не удалось прочитать версии.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="524"/>
        <source>The revision could not be read.</source>
        <translation>Не удалось прочитать версию.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="527"/>
        <source>There is no revision #%1.</source>
        <translation>Версия #%1 не найдена.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="568"/>
        <location filename="../app/storage/articlestore.cpp" line="588"/>
        <source>The authors could not be read.</source>
        <translation>Не удалось прочитать список авторов.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="581"/>
        <source>An author needs a name.</source>
        <translation>Укажите имя автора.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="600"/>
        <source>The author could not be added.</source>
        <translation>Не удалось добавить автора.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="613"/>
        <source>The regions could not be read.</source>
        <translation>Не удалось прочитать список регионов.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="631"/>
        <source>The editor position could not be remembered.</source>
        <translation>Не удалось запомнить позицию в редакторе.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="642"/>
        <source>The editor position could not be read.</source>
        <translation>Не удалось прочитать позицию в редакторе.</translation>
    </message>
</context>
<context>
    <name>Qalam::ChecksDock</name>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="41"/>
        <source>Checks</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="42"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="42"/>
        <source>Where</source>
        <translation>Где</translation>
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
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="73"/>
        <source>%1 — «%2»</source>
        <translation>%1 — «%2»</translation>
    </message>
    <message>
        <location filename="../ui/checks/checksdock.cpp" line="86"/>
        <source>No findings.</source>
        <translation>Замечаний нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checks/checksdock.cpp" line="87"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checks/checksdock.cpp" line="88"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="97"/>
        <location filename="../app/cli/cliapp.cpp" line="281"/>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="116"/>
        <source>Database file (default: $QALAM_DB, else the per-user data folder)</source>
        <translation>Файл базы данных (по умолчанию: $QALAM_DB, иначе — папка данных пользователя)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="117"/>
        <source>Machine-readable JSON output</source>
        <translation>Машиночитаемый вывод в формате JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="118"/>
        <source>Describe the command</source>
        <translation>Показать описание команды</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="142"/>
        <source>Create a draft article and print its id. The body file is HTML (reduced to the allowed subset) or plain text (one paragraph per line), UTF-8.</source>
        <translation>Создать статью-черновик и вывести её идентификатор. Файл с текстом — HTML (сокращается до допустимого подмножества) или простой текст (один абзац на строку) в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="144"/>
        <source>Headline (required)</source>
        <translation>Заголовок (обязательно)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="145"/>
        <source>Lead paragraph</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="146"/>
        <source>Body from a .html or .txt file</source>
        <translation>Текст из файла .html или .txt</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="147"/>
        <source>Region, e.g. Алматы</source>
        <translation>Регион, например Алматы</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="148"/>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="149"/>
        <source>A tag (repeatable)</source>
        <translation>Тег (можно указать несколько раз)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="151"/>
        <source>Source attribution, e.g. &quot;передает Акорда&quot;</source>
        <translation>Ссылка на источник, например «передает Акорда»</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="152"/>
        <source>Article language (default ru)</source>
        <translation>Язык статьи (по умолчанию ru)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="154"/>
        <source>Byline author, created when new (repeatable)</source>
        <translation>Автор статьи; новый автор создаётся автоматически (можно указать несколько раз)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="159"/>
        <source>List articles, most recently changed first.</source>
        <translation>Вывести список статей, начиная с последних изменённых.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="161"/>
        <source>draft, in_review, returned, approved or published</source>
        <translation>draft, in_review, returned, approved или published</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="163"/>
        <source>Full-text search (prefix match on every word)</source>
        <translation>Полнотекстовый поиск (по началу каждого слова)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="164"/>
        <source>Only this region</source>
        <translation>Только этот регион</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="165"/>
        <source>At most N articles</source>
        <translation>Не более N статей</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="170"/>
        <source>Print one article.</source>
        <translation>Вывести одну статью.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="176"/>
        <source>Export one article as Qalam JSON or a sanitised HTML page.</source>
        <translation>Экспортировать одну статью в формате Qalam JSON или как очищенную HTML-страницу.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="177"/>
        <source>Output format (required)</source>
        <translation>Формат вывода (обязательно)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="178"/>
        <source>Write to FILE instead of standard output</source>
        <translation>Записать в FILE вместо стандартного вывода</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="183"/>
        <source>List an article&apos;s revisions, newest first.</source>
        <translation>Вывести версии статьи, начиная с самой новой.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="189"/>
        <source>Run SQLite&apos;s integrity check and print the schema version; exit 1 when the check finds damage.</source>
        <translation>Выполнить проверку целостности SQLite и вывести версию схемы; код выхода 1, если проверка обнаружила повреждения.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="195"/>
        <source>Create or upgrade the database; with --sample, load the sample newsroom into an empty one.</source>
        <translation>Создать или обновить базу данных; с --sample — загрузить демонстрационную редакцию в пустую базу.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="198"/>
        <source>Load the bundled sample newsroom when the database has no articles</source>
        <translation>Загрузить встроенную демонстрационную редакцию, если в базе нет статей</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="203"/>
        <source>Print the direct quotations of a text file or an article, with who said them. Offsets count UTF-16 code units; an article&apos;s text is its headline, lead and body, one per line.</source>
        <translation>Вывести прямые цитаты из текстового файла или статьи с указанием авторов высказываний. Смещения считаются в кодовых единицах UTF-16; текст статьи — это заголовок, лид и основной текст, каждый на отдельной строке.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="205"/>
        <source>Analyse this article instead of a file</source>
        <translation>Проанализировать эту статью вместо файла</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="211"/>
        <source>Print every finding in an article or a text file: quotations, placeholders, spelling and typography, with line:column and severity. Exits 1 when an error-level finding exists.</source>
        <translation>Вывести все замечания по статье или текстовому файлу: цитаты, заглушки, орфография и типографика — с позицией (строка:столбец) и уровнем важности. Код выхода 1, если есть замечание уровня «ошибка».</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="214"/>
        <source>Language of a text file (an article has its own; default ru)</source>
        <translation>Язык текстового файла (у статьи он указан в ней самой; по умолчанию ru)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="216"/>
        <source>The house dash for the typography check (default em)</source>
        <translation>Тире, принятое в редакции, для проверки типографики (по умолчанию em)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="223"/>
        <source>Import a picture (stored once, whatever the number of articles using it) and attach it to an article; prints the photo id.</source>
        <translation>Импортировать изображение (хранится в одном экземпляре, сколько бы статей его ни использовали) и прикрепить его к статье; выводит идентификатор фото.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="122"/>
        <source>Caption</source>
        <translation>Подпись к фото</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="124"/>
        <source>Alt text for readers who cannot see the picture</source>
        <translation>Альтернативный текст (описание для незрячих читателей)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="125"/>
        <source>Credit source, e.g. Акорда</source>
        <translation>Источник (кредит) фото, например Акорда</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="127"/>
        <source>staff, agency, press-service, ugc, archive or handout</source>
        <translation>staff, agency, press-service, ugc, archive или handout</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="128"/>
        <source>Photographer or creator</source>
        <translation>Фотограф или автор изображения</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="129"/>
        <source>Licence or usage note</source>
        <translation>Лицензия или условия использования</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="130"/>
        <source>Who sent a user-generated picture</source>
        <translation>Отправитель фото читателя (UGC)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="132"/>
        <source>The sender&apos;s contact (never published)</source>
        <translation>Контактные данные отправителя (не публикуются)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="134"/>
        <source>How it came: messenger, e-mail, social network</source>
        <translation>Как получено: мессенджер, электронная почта, соцсеть</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="136"/>
        <source>Whether the sender gave permission</source>
        <translation>Дал ли отправитель разрешение</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="138"/>
        <source>The permission wording or message reference</source>
        <translation>Текст разрешения или ссылка на сообщение</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="225"/>
        <source>Make it the article&apos;s lead photo</source>
        <translation>Сделать главным фото статьи</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="229"/>
        <source>List an article&apos;s photos with their captions and credit lines.</source>
        <translation>Вывести список фото статьи с подписями к фото и подписями источника.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="235"/>
        <source>Change a photo&apos;s caption, alt text, credit or consent record.</source>
        <translation>Изменить подпись к фото, альтернативный текст, источник (кредит) или сведения о разрешении.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="239"/>
        <source>Write the publishing rendition: orientation applied, size limited, caption, creator and credit line in IPTC and XMP, GPS and serial numbers removed (always for UGC).</source>
        <translation>Записать версию для публикации: с учётом ориентации, с ограничением размера, с подписью к фото, автором и подписью источника в IPTC и XMP, без координат GPS и серийных номеров (для UGC — всегда).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="242"/>
        <source>Longest edge in pixels (default 2048)</source>
        <translation>Размер длинной стороны в пикселях (по умолчанию 2048)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="243"/>
        <source>JPEG quality 1–100 (default 85)</source>
        <translation>Качество JPEG 1–100 (по умолчанию 85)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="244"/>
        <source>Remove private metadata from any picture, not only UGC</source>
        <translation>Удалять личные метаданные из любого изображения, а не только из UGC</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="250"/>
        <source>Show or change the newsroom&apos;s photo settings: the credit-line template (with {source}), the rendition size and quality, and whether every rendition loses its private metadata.</source>
        <translation>Показать или изменить настройки фото редакции: шаблон подписи источника (с {source}), размер и качество версий для публикации и нужно ли удалять личные метаданные из каждой версии.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="252"/>
        <source>e.g. &quot;Фото: {source}&quot;</source>
        <translation>например, «Фото: {source}»</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="253"/>
        <source>Longest edge of renditions in pixels</source>
        <translation>Длинная сторона версий для публикации в пикселях</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="254"/>
        <source>JPEG quality of renditions, 1–100</source>
        <translation>Качество JPEG версий для публикации, 1–100</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="256"/>
        <source>Remove GPS, serials and owner names from every rendition, not only UGC</source>
        <translation>Удалять GPS, серийные номера и имена владельцев из всех версий, а не только из UGC</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="261"/>
        <source>Read UTF-8 text on standard input and write it with the house typography applied.</source>
        <translation>Прочитать текст в кодировке UTF-8 со стандартного ввода и вывести его с применением правил типографики редакции.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="262"/>
        <source>Language of the text (default ru)</source>
        <translation>Язык текста (по умолчанию ru)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="263"/>
        <source>The dash between words (default em)</source>
        <translation>Тире между словами (по умолчанию em)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="289"/>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="293"/>
        <source>Global options:</source>
        <translation>Общие параметры:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="301"/>
        <source>qalam-cli: the Qalam newsroom editor&apos;s command line.</source>
        <translation>qalam-cli: интерфейс командной строки редакционной системы Qalam.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="302"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="305"/>
        <source>Global options (before or after the command): --db PATH, --json, --help</source>
        <translation>Общие параметры (до или после команды): --db PATH, --json, --help</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="306"/>
        <source>Run &quot;qalam-cli help COMMAND&quot; for one command&apos;s options.</source>
        <translation>Параметры отдельной команды: «qalam-cli help COMMAND».</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="307"/>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or input.</source>
        <translation>Коды выхода: 0 — успешно, 1 — операция не выполнена, 2 — неверный вызов или входные данные.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="392"/>
        <source>The option --%1 needs a value.</source>
        <translation>Для параметра --%1 требуется значение.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="416"/>
        <location filename="../app/cli/cliapp.cpp" line="424"/>
        <source>Unknown command &quot;%1&quot;. Run &quot;qalam-cli help&quot;.</source>
        <translation>Неизвестная команда «%1». Запустите «qalam-cli help».</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="423"/>
        <source>&quot;db&quot; needs a subcommand: check or init.</source>
        <translation>Для «db» требуется подкоманда: check или init.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="440"/>
        <source>Unknown option --%1 for &quot;%2&quot;.</source>
        <translation>Неизвестный параметр --%1 для «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="442"/>
        <source>The option --%1 takes no value.</source>
        <translation>Параметр --%1 не принимает значения.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="444"/>
        <source>The option --%1 is given twice.</source>
        <translation>Параметр --%1 указан дважды.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="454"/>
        <source>&quot;%1&quot; needs more arguments.</source>
        <translation>Для «%1» требуется больше аргументов.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="455"/>
        <source>&quot;%1&quot; needs an article id.</source>
        <translation>Для «%1» требуется идентификатор статьи.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="456"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="472"/>
        <source>A new article needs --headline.</source>
        <translation>Для новой статьи требуется --headline.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="482"/>
        <location filename="../app/cli/cliapp.cpp" line="815"/>
        <location filename="../app/cli/cliapp.cpp" line="846"/>
        <source>Unknown language &quot;%1&quot;: use ru, kk or en.</source>
        <translation>Неизвестный язык «%1»: используйте ru, kk или en.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="487"/>
        <source>Cannot read the body file %1: %2</source>
        <translation>Не удалось прочитать файл с текстом %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="492"/>
        <source>The body file %1 is not UTF-8 text.</source>
        <translation>Файл с текстом %1 не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="530"/>
        <source>Unknown status &quot;%1&quot;: use draft, in_review, returned, approved or published.</source>
        <translation>Неизвестный статус «%1»: используйте draft, in_review, returned, approved или published.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="536"/>
        <source>--limit needs a whole number.</source>
        <translation>Для --limit требуется целое число.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="592"/>
        <source>Id: %1 · version %2 · %3 · %4</source>
        <translation>ID: %1 · версия %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="594"/>
        <source>Byline: %1</source>
        <translation>Авторы: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="596"/>
        <source>Region: %1 · Rubric: %2 · Tags: %3</source>
        <translation>Регион: %1 · Рубрика: %2 · Теги: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="598"/>
        <location filename="../app/cli/cliapp.cpp" line="806"/>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="599"/>
        <source>Updated: %1 UTC · %2 words · %3 characters with spaces</source>
        <translation>Обновлено: %1 UTC · слов: %2 · знаков с пробелами: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="616"/>
        <source>Unknown or missing --format: use json or html.</source>
        <translation>Параметр --format не указан или неизвестен: используйте json или html.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="627"/>
        <source>The export failed: %1</source>
        <translation>Не удалось выполнить экспорт: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="636"/>
        <location filename="../app/cli/cliapp.cpp" line="1131"/>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="676"/>
        <source>There is no database at %1.</source>
        <translation>По пути %1 нет базы данных.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="699"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="700"/>
        <source>Schema version: %1 (latest %2)</source>
        <translation>Версия схемы: %1 (последняя — %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="701"/>
        <source>Integrity: ok</source>
        <translation>Целостность: в порядке</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="701"/>
        <source>Integrity: damaged</source>
        <translation>Целостность: нарушена</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliapp.cpp" line="732"/>
        <source>Database %1 is at schema %2; %n sample article(s) added.</source>
        <translation>
            <numerusform>База данных %1: схема %2; добавлена %n демонстрационная статья.</numerusform>
            <numerusform>База данных %1: схема %2; добавлены %n демонстрационные статьи.</numerusform>
            <numerusform>База данных %1: схема %2; добавлено %n демонстрационных статей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="744"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="750"/>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="758"/>
        <source>Name a text file or an article (--id ID).</source>
        <translation>Укажите текстовый файл или статью (--id ID).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="770"/>
        <source>%1 is neither a file nor an article id.</source>
        <translation>%1 — не файл и не идентификатор статьи.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="798"/>
        <source>(title)</source>
        <translation>(название)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="799"/>
        <source>(attributed)</source>
        <translation>(автор указан)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="800"/>
        <source>(unattributed)</source>
        <translation>(без указания автора)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="818"/>
        <location filename="../app/cli/cliapp.cpp" line="849"/>
        <source>--dash takes em or en.</source>
        <translation>Для --dash допустимы значения em или en.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="822"/>
        <source>Cannot read standard input.</source>
        <translation>Не удалось прочитать стандартный ввод.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="826"/>
        <source>The input is not UTF-8 text.</source>
        <translation>Входные данные не являются текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="856"/>
        <source>spelling not checked: %1</source>
        <translation>орфография не проверена: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="935"/>
        <source>Unknown credit type &quot;%1&quot;: use staff, agency, press-service, ugc, archive or handout.</source>
        <translation>Неизвестный тип источника «%1»: используйте staff, agency, press-service, ugc, archive или handout.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="953"/>
        <source>--ugc-permission takes yes or no.</source>
        <translation>Для --ugc-permission допустимы значения yes или no.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1067"/>
        <location filename="../app/cli/cliapp.cpp" line="1094"/>
        <source>A photo id is a number.</source>
        <translation>Идентификатор фото должен быть числом.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1108"/>
        <location filename="../app/cli/cliapp.cpp" line="1151"/>
        <source>--max-edge needs a number of pixels (16 or more).</source>
        <translation>Для --max-edge требуется число пикселей (не меньше 16).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1113"/>
        <location filename="../app/cli/cliapp.cpp" line="1156"/>
        <source>--quality takes 1 to 100.</source>
        <translation>Для --quality допустимы значения от 1 до 100.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1161"/>
        <source>--strip-all-photos takes yes or no.</source>
        <translation>--strip-all-photos принимает yes или no.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1175"/>
        <source>Credit template: %1</source>
        <translation>Шаблон подписи источника: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1176"/>
        <source>Renditions: %1 px, quality %2</source>
        <translation>Версии для публикации: %1 пикс., качество %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1177"/>
        <source>Private metadata removed from every rendition</source>
        <translation>Личные метаданные удаляются из всех версий</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="1178"/>
        <source>Private metadata removed from UGC renditions</source>
        <translation>Личные метаданные удаляются из версий UGC</translation>
    </message>
</context>
<context>
    <name>Qalam::Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="56"/>
        <source>%1 is a folder, not a Qalam database.</source>
        <translation>%1 — это папка, а не база данных Qalam.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="59"/>
        <source>Cannot read the database file %1.</source>
        <translation>Не удалось прочитать файл базы данных %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="65"/>
        <source>%1 is not a Qalam database (not an SQLite file). It was left untouched.</source>
        <translation>%1 не является базой данных Qalam (это не файл SQLite). Файл оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="69"/>
        <source>The database file %1 is not writable.</source>
        <translation>Файл базы данных %1 недоступен для записи.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="74"/>
        <source>Cannot create the database in %1: the folder is not writable.</source>
        <translation>Не удалось создать базу данных в %1: папка недоступна для записи.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="86"/>
        <location filename="../app/storage/database.cpp" line="98"/>
        <location filename="../app/storage/database.cpp" line="159"/>
        <source>%1 is not a readable Qalam database. It was left untouched.</source>
        <translation>Не удаётся прочитать %1 как базу данных Qalam. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="103"/>
        <source>%1 is an SQLite database of another program, not Qalam&apos;s. It was left untouched.</source>
        <translation>%1 — база данных SQLite другой программы, а не Qalam. Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="109"/>
        <source>%1 was written by a newer Qalam (schema %2; this version knows up to %3). It was left untouched; update Qalam to open it.</source>
        <translation>%1 создана более новой версией Qalam (схема %2; эта версия поддерживает схемы до %3). Файл оставлен без изменений; чтобы открыть его, обновите Qalam.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="119"/>
        <source>%1 has schema %2 and needs migrating to %3.</source>
        <translation>У %1 схема %2, требуется миграция на схему %3.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="150"/>
        <source>Cannot open the database %1.</source>
        <translation>Не удалось открыть базу данных %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="171"/>
        <source>Cannot start the database upgrade.</source>
        <translation>Не удалось начать обновление базы данных.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="177"/>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2.</source>
        <translation>Не удалось обновить базу данных до схемы %1; она осталась на схеме %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="189"/>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation>Не удалось обновить базу данных до схемы %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="214"/>
        <source>The integrity check could not run.</source>
        <translation>Не удалось выполнить проверку целостности.</translation>
    </message>
</context>
<context>
    <name>Qalam::DeskPanel</name>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="58"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="59"/>
        <source>Search headlines, leads and text (every word, as a prefix)</source>
        <translation>Поиск по заголовкам, лидам и тексту (по началу каждого слова)</translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="62"/>
        <source>All states</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="67"/>
        <location filename="../ui/desk/deskpanel.cpp" line="69"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../ui/desk/deskpanel.cpp" line="71"/>
        <location filename="../ui/desk/deskpanel.cpp" line="73"/>
        <source>All authors</source>
        <translation>Все авторы</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/desk/deskpanel.cpp" line="128"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::DictionaryStore</name>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="34"/>
        <source>The newsroom dictionary has no language &quot;%1&quot;; use ru, kk or en.</source>
        <translation>В словаре редакции нет языка «%1»; используйте ru, kk или en.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="46"/>
        <source>An empty word cannot be added to the newsroom dictionary.</source>
        <translation>Нельзя добавить в словарь редакции пустое слово.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="51"/>
        <source>&quot;%1&quot; is more than one word. The newsroom dictionary holds single words: add each word on its own.</source>
        <translation>«%1» — это больше одного слова. В словаре редакции хранятся отдельные слова: добавляйте их по одному.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="72"/>
        <source>The newsroom dictionary could not be read; spelling is checked without the newsroom&apos;s words.</source>
        <translation>Не удалось прочитать словарь редакции; орфография проверяется без учёта слов из словаря редакции.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="102"/>
        <source>&quot;%1&quot; could not be added to the newsroom dictionary; try again.</source>
        <translation>Не удалось добавить «%1» в словарь редакции; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="114"/>
        <source>Choose a word to remove from the newsroom dictionary.</source>
        <translation>Выберите слово, которое нужно удалить из словаря редакции.</translation>
    </message>
    <message>
        <location filename="../app/storage/dictionarystore.cpp" line="123"/>
        <source>&quot;%1&quot; could not be removed from the newsroom dictionary; try again.</source>
        <translation>Не удалось удалить «%1» из словаря редакции; попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>Qalam::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="133"/>
        <source>«%1» is now in the newsroom dictionary.</source>
        <translation>Слово «%1» добавлено в словарь редакции.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="195"/>
        <source>Cleaning the pasted text…</source>
        <translation>Очистка вставленного текста…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="243"/>
        <source>About Qalam</source>
        <translation>О программе Qalam</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;A newsroom editor for regional editors, photo editors and chief editors.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;Редакционная система для региональных редакторов, фоторедакторов и главных редакторов.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="365"/>
        <source>it was changed elsewhere in the meantime</source>
        <translation>за это время её изменили в другом месте</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="408"/>
        <source>The open article has changes that could not be saved (%1). Nothing was discarded; resolve that before opening another article.</source>
        <translation>В открытой статье есть изменения, которые не удалось сохранить (%1). Ничего не удалено; разберитесь с этим, прежде чем открывать другую статью.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="540"/>
        <source>Revision restored; the previous text is kept as a revision.</source>
        <translation>Версия восстановлена; предыдущий текст сохранён как отдельная версия.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="562"/>
        <source>Reloaded the stored version; your text is on the clipboard.</source>
        <translation>Загружена сохранённая версия; ваш текст скопирован в буфер обмена.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="612"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="614"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитаты</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="613"/>
        <source>%n unattributed</source>
        <translation>
            <numerusform>%n без указания автора</numerusform>
            <numerusform>%n без указания автора</numerusform>
            <numerusform>%n без указания автора</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="624"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="625"/>
        <source>%1 characters with spaces · %2 without</source>
        <translation>%1 знаков с пробелами · %2 без пробелов</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="628"/>
        <source>%n min reading</source>
        <translation>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="635"/>
        <source>No article open</source>
        <translation>Статья не открыта</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="642"/>
        <source>Saved %1</source>
        <translation>Сохранено %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="646"/>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="649"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="652"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="655"/>
        <source>Version conflict: not saved</source>
        <translation>Конфликт версий: не сохранено</translation>
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
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="674"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="674"/>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="699"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="700"/>
        <source>The article could not be saved: %1

Close anyway? Your text will be copied to the clipboard.</source>
        <translation>Статью не удалось сохранить: %1

Всё равно закрыть? Ваш текст будет скопирован в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoFile</name>
    <message>
        <location filename="../app/media/photofile.cpp" line="62"/>
        <location filename="../app/media/photofile.cpp" line="80"/>
        <source>Cannot read the picture %1. Check that the file exists and that you may open it.</source>
        <translation>Не удалось прочитать изображение %1. Убедитесь, что файл существует и у вас есть права на его открытие.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="69"/>
        <source>%1 is empty. Choose the picture again from its original source.</source>
        <translation>Файл %1 пуст. Выберите изображение заново из исходного места.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="100"/>
        <source>%1 is not an image Qalam can read. Use a JPEG, PNG, GIF or WebP file.</source>
        <translation>Qalam не может прочитать %1 как изображение. Используйте файл JPEG, PNG, GIF или WebP.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="108"/>
        <source>%1 is damaged: the picture cannot be decoded completely. Ask the sender for the file again.</source>
        <translation>Файл %1 повреждён: изображение не удаётся полностью декодировать. Попросите отправителя прислать файл ещё раз.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="126"/>
        <source>%1 is too large: %2 × %3 pixels, more than the %4 megapixels Qalam accepts. Reduce the picture in an image editor and import it again.</source>
        <translation>Изображение %1 слишком большое: %2 × %3 пикселей — больше допустимых в Qalam %4 мегапикселей. Уменьшите изображение в графическом редакторе и импортируйте его снова.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="306"/>
        <location filename="../app/media/photofile.cpp" line="310"/>
        <source>The metadata of %1 cannot be read.</source>
        <translation>Не удалось прочитать метаданные %1.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="433"/>
        <source>A thumbnail needs a size of at least one pixel.</source>
        <translation>Размер миниатюры должен быть не меньше одного пикселя.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="459"/>
        <source>The rendition settings are out of range.</source>
        <translation>Параметры версии для публикации вне допустимого диапазона.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="495"/>
        <location filename="../app/media/photofile.cpp" line="560"/>
        <source>The rendition of %1 cannot be written.</source>
        <translation>Не удалось записать версию %1 для публикации.</translation>
    </message>
    <message>
        <location filename="../app/media/photofile.cpp" line="564"/>
        <location filename="../app/media/photofile.cpp" line="570"/>
        <source>The caption and credit cannot be written into the rendition of %1. The original is unchanged; try again or report the file to the photo desk.</source>
        <translation>Не удалось записать подпись к фото и источник в версию %1 для публикации. Оригинал не изменён; попробуйте ещё раз или сообщите о файле в фотоотдел.</translation>
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
        <translation>%1: нет подписи к фото.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="29"/>
        <source>%1 has no alt text for readers who cannot see it.</source>
        <translation>%1: нет альтернативного текста (описания для незрячих).</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="31"/>
        <source>%1 has no credit source.</source>
        <translation>%1: не указан источник (кредит) фото.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="33"/>
        <source>%1 has no credit type.</source>
        <translation>%1: не указан тип источника.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="36"/>
        <source>%1 is user-generated and its sender&apos;s permission is not recorded.</source>
        <translation>%1: фото читателя (UGC), разрешение отправителя не зафиксировано.</translation>
    </message>
    <message>
        <location filename="../app/media/photorules.cpp" line="40"/>
        <source>%1: the sender&apos;s permission has expired.</source>
        <translation>%1: срок действия разрешения отправителя истёк.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoStore</name>
    <message>
        <location filename="../app/storage/photostore.cpp" line="100"/>
        <location filename="../app/storage/photostore.cpp" line="282"/>
        <source>The photos could not be read.</source>
        <translation>Не удалось прочитать список фото.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="120"/>
        <location filename="../app/storage/photostore.cpp" line="311"/>
        <source>There is no photo %1.</source>
        <translation>Фото %1 не найдено.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="150"/>
        <source>Cannot create the photo folder %1.</source>
        <translation>Не удалось создать папку для фото %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="155"/>
        <location filename="../app/storage/photostore.cpp" line="160"/>
        <location filename="../app/storage/photostore.cpp" line="164"/>
        <source>Cannot copy %1 into the photo folder.</source>
        <translation>Не удалось скопировать %1 в папку для фото.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="208"/>
        <source>The photo could not be stored.</source>
        <translation>Не удалось поместить фото в хранилище.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="221"/>
        <source>The database is busy; try again.</source>
        <translation>База данных занята; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="227"/>
        <source>The photo could not be attached.</source>
        <translation>Не удалось прикрепить фото.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="243"/>
        <location filename="../app/storage/photostore.cpp" line="249"/>
        <source>The photo could not be attached to the article.</source>
        <translation>Не удалось прикрепить фото к статье.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="264"/>
        <source>The photo could not be removed from the article.</source>
        <translation>Не удалось убрать фото из статьи.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="308"/>
        <source>The photo could not be saved.</source>
        <translation>Не удалось сохранить фото.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="323"/>
        <source>The photo settings could not be read.</source>
        <translation>Не удалось прочитать настройки фото.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="340"/>
        <source>The credit template must contain {source}.</source>
        <translation>Шаблон подписи источника должен содержать {source}.</translation>
    </message>
    <message>
        <location filename="../app/storage/photostore.cpp" line="353"/>
        <source>The photo settings could not be saved.</source>
        <translation>Не удалось сохранить настройки фото.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotosDock</name>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="131"/>
        <source>Add photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="131"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</translation>
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
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="173"/>
        <source>Add photos…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="174"/>
        <source>Or drop image files here</source>
        <translation>Или перетащите сюда файлы изображений</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="175"/>
        <source>Make lead</source>
        <translation>Сделать главным</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="176"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="177"/>
        <source>Insert into text</source>
        <translation>Вставить в текст</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="178"/>
        <source>Copy credit and consent to the selected photos</source>
        <translation>Скопировать источник и разрешение на выбранные фото</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="179"/>
        <source>Photo library: caption, credit or sender, then Enter</source>
        <translation>Фотоархив: подпись, источник или отправитель, затем Enter</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="180"/>
        <source>Use here</source>
        <translation>Использовать здесь</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="181"/>
        <source>Adds the found photo to this article; the original is not copied again</source>
        <translation>Добавляет найденное фото в эту статью; оригинал повторно не копируется</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="182"/>
        <source>Select several photos (Ctrl+click); the current one&apos;s credit, photographer and consent record go to the others</source>
        <translation>Выберите несколько фото (Ctrl+щелчок): источник, фотограф и разрешение текущего фото перейдут на остальные</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="184"/>
        <source>Puts the photo with its caption and credit line at the cursor</source>
        <translation>Вставляет фото с подписью и указанием источника в место курсора</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="185"/>
        <source>Caption</source>
        <translation>Подпись к фото</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="185"/>
        <source>Alt text</source>
        <translation>Альтернативный текст</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="185"/>
        <source>Credit source</source>
        <translation>Источник (кредит) фото</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="186"/>
        <source>Credit type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="186"/>
        <source>Photographer</source>
        <translation>Фотограф</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="186"/>
        <source>UGC: sender</source>
        <translation>UGC: отправитель</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="187"/>
        <source>UGC: contact</source>
        <translation>UGC: контакты</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="187"/>
        <source>UGC: came through</source>
        <translation>UGC: канал получения</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="190"/>
        <source>The sender gave permission to publish</source>
        <translation>Отправитель разрешил публикацию</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="191"/>
        <source>never published</source>
        <translation>не публикуется</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="192"/>
        <source>what the picture shows, for readers who cannot see it</source>
        <translation>что изображено на фото — для незрячих читателей</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="195"/>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="196"/>
        <source>staff</source>
        <translation>штатный фотограф</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="197"/>
        <source>agency</source>
        <translation>агентство</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="198"/>
        <source>press service</source>
        <translation>пресс-служба</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="199"/>
        <source>UGC (reader&apos;s picture)</source>
        <translation>UGC (фото читателя)</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="200"/>
        <source>archive</source>
        <translation>архив</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="201"/>
        <source>handout</source>
        <translation>раздаточный материал</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="316"/>
        <source>No credit line yet: name the source.</source>
        <translation>Подписи источника пока нет: укажите источник.</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="334"/>
        <source>GPS position</source>
        <translation>координаты GPS</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="336"/>
        <source>device serial number</source>
        <translation>серийный номер устройства</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="338"/>
        <source>owner name</source>
        <translation>имя владельца</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="341"/>
        <source>capture time %1</source>
        <translation>время съемки %1</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="343"/>
        <source>Privacy: the file carries no location, device or owner data.</source>
        <translation>Приватность: в файле нет координат, данных устройства и владельца.</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="347"/>
        <source>Privacy: the file carries %1.</source>
        <translation>Приватность: в файле есть %1.</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="348"/>
        <source>The published copy removes the GPS position, serial numbers and owner name.</source>
        <translation>В публикуемой копии координаты, серийные номера и имя владельца удаляются.</translation>
    </message>
    <message>
        <location filename="../ui/photos/photosdock.cpp" line="349"/>
        <source>The published copy keeps them unless the rendition strips private data.</source>
        <translation>В публикуемой копии они остаются, если версия для публикации не очищает личные данные.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/photos/photosdock.cpp" line="416"/>
        <source>Credit copied to %n photo(s).</source>
        <translation>
            <numerusform>Источник скопирован на %n фото.</numerusform>
            <numerusform>Источник скопирован на %n фото.</numerusform>
            <numerusform>Источник скопирован на %n фото.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file carries a GPS position; the published copy leaves it out.</source>
        <translation type="vanished">В файле есть координаты GPS; в публикуемую копию они не попадут.</translation>
    </message>
    <message>
        <source>The file carries a GPS position (removed from UGC renditions).</source>
        <translation type="vanished">В файле есть координаты GPS (удаляются из версий UGC для публикации).</translation>
    </message>
    <message>
        <source>No location in the file.</source>
        <translation type="vanished">В файле нет данных о местоположении.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/photos/photosdock.cpp" line="463"/>
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Импорт %n фотографии…</numerusform>
            <numerusform>Импорт %n фотографий…</numerusform>
            <numerusform>Импорт %n фотографий…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/photos/photosdock.cpp" line="481"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>Добавлена %n фотография.</numerusform>
            <numerusform>Добавлены %n фотографии.</numerusform>
            <numerusform>Добавлено %n фотографий.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteAnalyzer</name>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1058"/>
        <source>This quotation mark has no partner.</source>
        <translation>У этой кавычки нет парной.</translation>
    </message>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1075"/>
        <source>Quotation marks of another style than in the rest of the article.</source>
        <translation>Кавычки другого вида, чем в остальной части статьи.</translation>
    </message>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1084"/>
        <source>Nobody is named as saying this quotation.</source>
        <translation>Не указано, кому принадлежит эта цитата.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/quoteanalyzer.cpp" line="1087"/>
        <source>A long quotation: %n words.</source>
        <translation>
            <numerusform>Длинная цитата: %n слово.</numerusform>
            <numerusform>Длинная цитата: %n слова.</numerusform>
            <numerusform>Длинная цитата: %n слов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1100"/>
        <source>The headline quotes words that the text does not contain.</source>
        <translation>В заголовке цитируются слова, которых нет в тексте.</translation>
    </message>
    <message>
        <location filename="../app/text/quoteanalyzer.cpp" line="1134"/>
        <location filename="../app/text/quoteanalyzer.cpp" line="1149"/>
        <source>A placeholder is left in the text.</source>
        <translation>В тексте осталась заглушка.</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteHighlighter</name>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="479"/>
        <location filename="../ui/editor/quotehighlighter.cpp" line="111"/>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteTableModel</name>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="42"/>
        <source>(inside a quotation)</source>
        <translation>(внутри цитаты)</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="43"/>
        <source>(named before)</source>
        <translation>(назван ранее)</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="43"/>
        <source>no attribution</source>
        <translation>без указания автора</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="45"/>
        <source>headline</source>
        <translation>заголовок</translation>
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
        <translation>название</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="49"/>
        <source>speech</source>
        <translation>речь</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="61"/>
        <source>Quotation</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="63"/>
        <source>Speaker</source>
        <translation>Автор высказывания</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="65"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotetablemodel.cpp" line="67"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>Qalam::QuotesDock</name>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="96"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="97"/>
        <source>Unattributed only</source>
        <translation>Только без указания автора</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="98"/>
        <source>Copy with attribution</source>
        <translation>Копировать с указанием автора</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="99"/>
        <source>Copies «quotation», – verb speaker.</source>
        <translation>Копирует в виде: «цитата», – глагол автор высказывания.</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="100"/>
        <source>Mark as pull quote</source>
        <translation>Сделать выносной цитатой</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="101"/>
        <source>Pull quotes</source>
        <translation>Выносные цитаты</translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="102"/>
        <source>Remove pull quote</source>
        <translation>Удалить выносную цитату</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quotes/quotesdock.cpp" line="120"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитаты</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quotes/quotesdock.cpp" line="122"/>
        <source>%n without attribution</source>
        <translation>
            <numerusform>%n без указания автора</numerusform>
            <numerusform>%n без указания автора</numerusform>
            <numerusform>%n без указания автора</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/quotes/quotesdock.cpp" line="125"/>
        <source>Source of the report: %1</source>
        <translation>Источник сообщения: %1</translation>
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
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="35"/>
        <source>Restore this revision</source>
        <translation>Восстановить эту версию</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="37"/>
        <source>Makes the selected revision the current text; the current text stays in the list</source>
        <translation>Делает выбранную версию текущим текстом; текущий текст остаётся в списке</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="50"/>
        <source>created</source>
        <translation>создана</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="52"/>
        <source>saved</source>
        <translation>сохранена</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="54"/>
        <source>autosave</source>
        <translation>автосохранение</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="56"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="58"/>
        <source>sample newsroom</source>
        <translation>демонстрационная редакция</translation>
    </message>
    <message>
        <location filename="../ui/revisions/revisionsdock.cpp" line="60"/>
        <source>restored %1</source>
        <translation>восстановлена из %1</translation>
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
        <translation>Не удалось нарисовать фото для демонстрационной редакции.</translation>
    </message>
    <message>
        <location filename="../app/storage/samplenewsroom.cpp" line="88"/>
        <source>The sample newsroom file is not valid JSON.</source>
        <translation>Файл демонстрационной редакции содержит некорректный JSON.</translation>
    </message>
    <message>
        <location filename="../app/storage/samplenewsroom.cpp" line="110"/>
        <source>The sample article &quot;%1&quot; names an unknown author %2.</source>
        <translation>В демонстрационной статье «%1» указан неизвестный автор %2.</translation>
    </message>
</context>
<context>
    <name>Qalam::SpellChecker</name>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="36"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="41"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="46"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="231"/>
        <source>Qalam has no spelling dictionary for the language &quot;%1&quot;; spelling can be checked in Russian (ru), Kazakh (kk) and English (en).</source>
        <translation>В Qalam нет словаря для проверки орфографии на языке «%1»; орфографию можно проверять на русском (ru), казахском (kk) и английском (en) языках.</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="256"/>
        <source>The %1 spelling dictionary is not installed: %2 was not found. Spelling is not checked in %1 texts; install the package %3, or set QALAM_HUNSPELL_DIR to a folder that holds the dictionary.</source>
        <translation>Словарь для проверки орфографии (%1 язык) не установлен: файл %2 не найден. Орфография в текстах на этом языке не проверяется; установите пакет %3 или укажите в переменной QALAM_HUNSPELL_DIR папку со словарём.</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="264"/>
        <source>The %1 spelling dictionary %2 cannot be read. Spelling is not checked in %1 texts; check the file&apos;s permissions.</source>
        <translation>Не удаётся прочитать словарь для проверки орфографии %2 (%1 язык). Орфография в текстах на этом языке не проверяется; проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <location filename="../app/text/spellchecker.cpp" line="279"/>
        <source>The %1 spelling dictionary %2 uses the encoding %3, which Qalam cannot read. Spelling is not checked in %1 texts; install a UTF-8 version of the dictionary.</source>
        <translation>Словарь для проверки орфографии %2 (%1 язык) использует кодировку %3, которую Qalam не поддерживает. Орфография в текстах на этом языке не проверяется; установите версию словаря в кодировке UTF-8.</translation>
    </message>
</context>
<context>
    <name>Qalam::TextChecks</name>
    <message>
        <location filename="../app/text/textchecks.cpp" line="36"/>
        <source>Unknown word: %1</source>
        <translation>Неизвестное слово: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::Typography</name>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="980"/>
        <source>%n straight apostrophe(s): use ’</source>
        <translation>
            <numerusform>%n прямой апостроф: используйте ’</numerusform>
            <numerusform>%n прямых апострофа: используйте ’</numerusform>
            <numerusform>%n прямых апострофов: используйте ’</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="984"/>
        <source>%n ellipsis(es) typed as three dots: use …</source>
        <translation>
            <numerusform>%n многоточие набрано тремя точками: используйте …</numerusform>
            <numerusform>%n многоточия набраны тремя точками: используйте …</numerusform>
            <numerusform>%n многоточий набрано тремя точками: используйте …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="989"/>
        <source>%n short word(s) should be joined to the neighbouring word by a non-breaking space</source>
        <translation>
            <numerusform>%n короткое слово следует соединить с соседним словом неразрывным пробелом</numerusform>
            <numerusform>%n коротких слова следует соединить с соседними словами неразрывным пробелом</numerusform>
            <numerusform>%n коротких слов следует соединить с соседними словами неразрывным пробелом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="994"/>
        <source>%n initial(s) should be joined to the surname by a non-breaking space</source>
        <translation>
            <numerusform>%n инициал следует соединить с фамилией неразрывным пробелом</numerusform>
            <numerusform>%n инициала следует соединить с фамилией неразрывным пробелом</numerusform>
            <numerusform>%n инициалов следует соединить с фамилией неразрывным пробелом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/text/typography.cpp" line="999"/>
        <source>%n number(s) should be joined to their unit by a non-breaking space</source>
        <translation>
            <numerusform>%n число следует соединить с единицей измерения неразрывным пробелом</numerusform>
            <numerusform>%n числа следует соединить с единицами измерения неразрывным пробелом</numerusform>
            <numerusform>%n чисел следует соединить с единицами измерения неразрывным пробелом</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1036"/>
        <source>Straight quote mark: use %1</source>
        <translation>Прямая кавычка: используйте %1</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1041"/>
        <source>Quote mark of the wrong kind or nesting level: use %1</source>
        <translation>Кавычка неверного вида или уровня вложенности: используйте %1</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1045"/>
        <source>Number range with a hyphen or em dash: use an en dash (10–15)</source>
        <translation>Диапазон чисел через дефис или длинное тире: используйте короткое тире (10–15)</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1058"/>
        <source>Hyphen or wrong dash between words: use a spaced en dash</source>
        <translation>Дефис или неверное тире между словами: используйте короткое тире с пробелами по обе стороны</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1061"/>
        <source>Dialogue line: start it with an en dash and a non-breaking space</source>
        <translation>Реплика диалога: начните её с короткого тире и неразрывного пробела</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1062"/>
        <source>Dialogue line: start it with an em dash and a non-breaking space</source>
        <translation>Реплика диалога: начните её с длинного тире и неразрывного пробела</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1064"/>
        <source>Hyphen or wrong dash between words: use an en dash with a non-breaking space before it</source>
        <translation>Дефис или неверное тире между словами: используйте короткое тире с неразрывным пробелом перед ним</translation>
    </message>
    <message>
        <location filename="../app/text/typography.cpp" line="1066"/>
        <source>Hyphen or wrong dash between words: use an em dash with a non-breaking space before it</source>
        <translation>Дефис или неверное тире между словами: используйте длинное тире с неразрывным пробелом перед ним</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="111"/>
        <source>Qalam cannot open the database</source>
        <translation>Qalam не может открыть базу данных</translation>
    </message>
</context>
</TS>
