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
        <location filename="../ui/mainwindow/mainwindow.ui" line="50"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="53"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="64"/>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="88"/>
        <source>&amp;New article</source>
        <translation>&amp;Новая статья</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="89"/>
        <source>Create a new draft article</source>
        <translation>Создать черновик новой статьи</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="90"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="94"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="95"/>
        <source>Save now and record a revision</source>
        <translation>Сохранить сейчас и записать версию</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="96"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="99"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="100"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="104"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="105"/>
        <source>Undo the last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="106"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="110"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="111"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="112"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="115"/>
        <source>Paste as plain &amp;text</source>
        <translation>Вставить как простой &amp;текст</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="116"/>
        <source>Paste without any formatting</source>
        <translation>Вставить без форматирования</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="117"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="121"/>
        <source>&amp;Bold</source>
        <translation>&amp;Полужирный</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="122"/>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="123"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="127"/>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="128"/>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="129"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="133"/>
        <source>&amp;Subheading</source>
        <translation>Под&amp;заголовок</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="134"/>
        <source>Turn the paragraph into a subheading</source>
        <translation>Сделать абзац подзаголовком</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="135"/>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="139"/>
        <source>&amp;Quotation block</source>
        <translation>&amp;Цитата (блок)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="140"/>
        <source>Turn the paragraph into a quotation block</source>
        <translation>Оформить абзац как цитату (блок)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="141"/>
        <source>Ctrl+Alt+Q</source>
        <translation>Ctrl+Alt+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="145"/>
        <source>&amp;Link…</source>
        <translation>&amp;Ссылка…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="146"/>
        <source>Link the selected text</source>
        <translation>Поставить ссылку на выделенный текст</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="147"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="151"/>
        <source>&amp;Bulleted list</source>
        <translation>&amp;Маркированный список</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="152"/>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="153"/>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="157"/>
        <source>&amp;Numbered list</source>
        <translation>&amp;Нумерованный список</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="158"/>
        <source>Numbered list</source>
        <translation>Нумерованный список</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="159"/>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="163"/>
        <source>&amp;Revisions</source>
        <translation>&amp;Версии</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="164"/>
        <source>Show the revisions of this article</source>
        <translation>Показать версии этой статьи</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="165"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="168"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="169"/>
        <source>List of keyboard shortcuts</source>
        <translation>Список горячих клавиш</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="170"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.ui" line="173"/>
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
        <location filename="../app/model/articledocument.cpp" line="42"/>
        <source>Change byline</source>
        <translation>Изменение списка авторов</translation>
    </message>
    <message>
        <location filename="../app/model/articledocument.cpp" line="60"/>
        <source>Edit text</source>
        <translation>Правка текста</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleEditor</name>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="112"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="113"/>
        <source>Lead: the news in one or two sentences</source>
        <translation>Лид: суть новости в одном-двух предложениях</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="114"/>
        <source>Text of the article</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="115"/>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="116"/>
        <source>e.g. передает Акорда</source>
        <translation>например, передает Акорда</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="117"/>
        <source>Choose an author to add to the byline</source>
        <translation>Выберите автора, чтобы добавить его в список авторов</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="210"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="211"/>
        <source>(no author)</source>
        <translation>(без автора)</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="301"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../ui/editor/articleeditor.cpp" line="301"/>
        <source>Address (https://…):</source>
        <translation>Адрес (https://…):</translation>
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
        <location filename="../app/storage/articlestore.cpp" line="237"/>
        <location filename="../app/storage/articlestore.cpp" line="298"/>
        <source>The article could not be read.</source>
        <translation>Не удалось прочитать статью.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="240"/>
        <location filename="../app/storage/articlestore.cpp" line="281"/>
        <source>There is no article with id %1.</source>
        <translation>Статья с идентификатором %1 не найдена.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="272"/>
        <location filename="../app/storage/articlestore.cpp" line="278"/>
        <source>The article could not be saved; your text is kept.</source>
        <translation>Не удалось сохранить статью; ваш текст не потерян.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="345"/>
        <location filename="../app/storage/articlestore.cpp" line="369"/>
        <source>The article list could not be read.</source>
        <translation>Не удалось прочитать список статей.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="381"/>
        <location filename="../app/storage/articlestore.cpp" line="402"/>
        <source>The byline could not be saved.</source>
        <translation>Не удалось сохранить список авторов статьи.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="415"/>
        <source>The byline could not be read.</source>
        <translation>Не удалось прочитать список авторов статьи.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="444"/>
        <source>The revision could not be recorded.</source>
        <translation>Не удалось записать версию.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="475"/>
        <source>The revisions could not be read.</source>
        <translation>Не удалось прочитать версии.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="492"/>
        <source>The revision could not be read.</source>
        <translation>Не удалось прочитать версию.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="495"/>
        <source>There is no revision #%1.</source>
        <translation>Версия #%1 не найдена.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="536"/>
        <location filename="../app/storage/articlestore.cpp" line="556"/>
        <source>The authors could not be read.</source>
        <translation>Не удалось прочитать список авторов.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="549"/>
        <source>An author needs a name.</source>
        <translation>Укажите имя автора.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="568"/>
        <source>The author could not be added.</source>
        <translation>Не удалось добавить автора.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="581"/>
        <source>The regions could not be read.</source>
        <translation>Не удалось прочитать список регионов.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="599"/>
        <source>The editor position could not be remembered.</source>
        <translation>Не удалось запомнить позицию в редакторе.</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="610"/>
        <source>The editor position could not be read.</source>
        <translation>Не удалось прочитать позицию в редакторе.</translation>
    </message>
</context>
<context>
    <name>Qalam::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="62"/>
        <location filename="../app/cli/cliapp.cpp" line="162"/>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="81"/>
        <source>Database file (default: $QALAM_DB, else the per-user data folder)</source>
        <translation>Файл базы данных (по умолчанию: $QALAM_DB, иначе — папка данных пользователя)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="82"/>
        <source>Machine-readable JSON output</source>
        <translation>Машиночитаемый вывод в формате JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="83"/>
        <source>Describe the command</source>
        <translation>Показать описание команды</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="88"/>
        <source>Create a draft article and print its id. The body file is HTML (reduced to the allowed subset) or plain text (one paragraph per line), UTF-8.</source>
        <translation>Создать статью-черновик и вывести её идентификатор. Файл с текстом — HTML (сокращается до допустимого подмножества) или простой текст (один абзац на строку) в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="90"/>
        <source>Headline (required)</source>
        <translation>Заголовок (обязательно)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="91"/>
        <source>Lead paragraph</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="92"/>
        <source>Body from a .html or .txt file</source>
        <translation>Текст из файла .html или .txt</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="93"/>
        <source>Region, e.g. Алматы</source>
        <translation>Регион, например Алматы</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="94"/>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="95"/>
        <source>A tag (repeatable)</source>
        <translation>Тег (можно указать несколько раз)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="97"/>
        <source>Source attribution, e.g. &quot;передает Акорда&quot;</source>
        <translation>Ссылка на источник, например «передает Акорда»</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="98"/>
        <source>Article language (default ru)</source>
        <translation>Язык статьи (по умолчанию ru)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="100"/>
        <source>Byline author, created when new (repeatable)</source>
        <translation>Автор статьи; новый автор создаётся автоматически (можно указать несколько раз)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="105"/>
        <source>List articles, most recently changed first.</source>
        <translation>Вывести список статей, начиная с последних изменённых.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="107"/>
        <source>draft, in_review, returned, approved or published</source>
        <translation>draft, in_review, returned, approved или published</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="109"/>
        <source>Full-text search (prefix match on every word)</source>
        <translation>Полнотекстовый поиск (по началу каждого слова)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="110"/>
        <source>Only this region</source>
        <translation>Только этот регион</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="111"/>
        <source>At most N articles</source>
        <translation>Не более N статей</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="116"/>
        <source>Print one article.</source>
        <translation>Вывести одну статью.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="122"/>
        <source>Export one article as Qalam JSON or a sanitised HTML page.</source>
        <translation>Экспортировать одну статью в формате Qalam JSON или как очищенную HTML-страницу.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="123"/>
        <source>Output format (required)</source>
        <translation>Формат вывода (обязательно)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="124"/>
        <source>Write to FILE instead of standard output</source>
        <translation>Записать в FILE вместо стандартного вывода</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="129"/>
        <source>List an article&apos;s revisions, newest first.</source>
        <translation>Вывести версии статьи, начиная с самой новой.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="135"/>
        <source>Run SQLite&apos;s integrity check and print the schema version; exit 1 when the check finds damage.</source>
        <translation>Выполнить проверку целостности SQLite и вывести версию схемы; код выхода 1, если проверка обнаружила повреждения.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="141"/>
        <source>Create or upgrade the database; with --sample, load the sample newsroom into an empty one.</source>
        <translation>Создать или обновить базу данных; с --sample — загрузить демонстрационную редакцию в пустую базу.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="144"/>
        <source>Load the bundled sample newsroom when the database has no articles</source>
        <translation>Загрузить встроенную демонстрационную редакцию, если в базе нет статей</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="170"/>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="174"/>
        <source>Global options:</source>
        <translation>Общие параметры:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="182"/>
        <source>qalam-cli: the Qalam newsroom editor&apos;s command line.</source>
        <translation>qalam-cli: интерфейс командной строки редакционной системы Qalam.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="183"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="186"/>
        <source>Global options (before or after the command): --db PATH, --json, --help</source>
        <translation>Общие параметры (до или после команды): --db PATH, --json, --help</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="187"/>
        <source>Run &quot;qalam-cli help COMMAND&quot; for one command&apos;s options.</source>
        <translation>Параметры отдельной команды: «qalam-cli help COMMAND».</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="188"/>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or input.</source>
        <translation>Коды выхода: 0 — успешно, 1 — операция не выполнена, 2 — неверный вызов или входные данные.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="233"/>
        <source>The option --%1 needs a value.</source>
        <translation>Для параметра --%1 требуется значение.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="263"/>
        <location filename="../app/cli/cliapp.cpp" line="271"/>
        <source>Unknown command &quot;%1&quot;. Run &quot;qalam-cli help&quot;.</source>
        <translation>Неизвестная команда «%1». Запустите «qalam-cli help».</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="270"/>
        <source>&quot;db&quot; needs a subcommand: check or init.</source>
        <translation>Для «db» требуется подкоманда: check или init.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="287"/>
        <source>Unknown option --%1 for &quot;%2&quot;.</source>
        <translation>Неизвестный параметр --%1 для «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="289"/>
        <source>The option --%1 takes no value.</source>
        <translation>Параметр --%1 не принимает значения.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="291"/>
        <source>The option --%1 is given twice.</source>
        <translation>Параметр --%1 указан дважды.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="299"/>
        <source>&quot;%1&quot; needs an article id.</source>
        <translation>Для «%1» требуется идентификатор статьи.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="300"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="316"/>
        <source>A new article needs --headline.</source>
        <translation>Для новой статьи требуется --headline.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="326"/>
        <source>Unknown language &quot;%1&quot;: use ru, kk or en.</source>
        <translation>Неизвестный язык «%1»: используйте ru, kk или en.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="331"/>
        <source>Cannot read the body file %1: %2</source>
        <translation>Не удалось прочитать файл с текстом %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="336"/>
        <source>The body file %1 is not UTF-8 text.</source>
        <translation>Файл с текстом %1 не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="374"/>
        <source>Unknown status &quot;%1&quot;: use draft, in_review, returned, approved or published.</source>
        <translation>Неизвестный статус «%1»: используйте draft, in_review, returned, approved или published.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="380"/>
        <source>--limit needs a whole number.</source>
        <translation>Для --limit требуется целое число.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="428"/>
        <source>Id: %1 · version %2 · %3 · %4</source>
        <translation>ID: %1 · версия %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="430"/>
        <source>Byline: %1</source>
        <translation>Авторы: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="432"/>
        <source>Region: %1 · Rubric: %2 · Tags: %3</source>
        <translation>Регион: %1 · Рубрика: %2 · Теги: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="434"/>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="435"/>
        <source>Updated: %1 UTC · %2 words · %3 characters with spaces</source>
        <translation>Обновлено: %1 UTC · слов: %2 · знаков с пробелами: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="452"/>
        <source>Unknown or missing --format: use json or html.</source>
        <translation>Параметр --format не указан или неизвестен: используйте json или html.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="463"/>
        <source>The export failed: %1</source>
        <translation>Не удалось выполнить экспорт: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="472"/>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="512"/>
        <source>There is no database at %1.</source>
        <translation>По пути %1 нет базы данных.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="535"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="536"/>
        <source>Schema version: %1 (latest %2)</source>
        <translation>Версия схемы: %1 (последняя — %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="537"/>
        <source>Integrity: ok</source>
        <translation>Целостность: в порядке</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="537"/>
        <source>Integrity: damaged</source>
        <translation>Целостность: нарушена</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliapp.cpp" line="568"/>
        <source>Database %1 is at schema %2; %n sample article(s) added.</source>
        <translation>
            <numerusform>База данных %1: схема %2; добавлена %n демонстрационная статья.</numerusform>
            <numerusform>База данных %1: схема %2; добавлены %n демонстрационные статьи.</numerusform>
            <numerusform>База данных %1: схема %2; добавлено %n демонстрационных статей.</numerusform>
        </translation>
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
        <location filename="../app/storage/database.cpp" line="157"/>
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
        <location filename="../app/storage/database.cpp" line="169"/>
        <source>Cannot start the database upgrade.</source>
        <translation>Не удалось начать обновление базы данных.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="175"/>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2.</source>
        <translation>Не удалось обновить базу данных до схемы %1; она осталась на схеме %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="187"/>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation>Не удалось обновить базу данных до схемы %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="212"/>
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
    <name>Qalam::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="96"/>
        <source>Cleaning the pasted text…</source>
        <translation>Очистка вставленного текста…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="144"/>
        <source>About Qalam</source>
        <translation>О программе Qalam</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="145"/>
        <source>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;A newsroom editor for regional editors, photo editors and chief editors.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;Редакционная система для региональных редакторов, фоторедакторов и главных редакторов.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="164"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="243"/>
        <source>it was changed elsewhere in the meantime</source>
        <translation>за это время её изменили в другом месте</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>The open article has changes that could not be saved (%1). Nothing was discarded; resolve that before opening another article.</source>
        <translation>В открытой статье есть изменения, которые не удалось сохранить (%1). Ничего не удалено; разберитесь с этим, прежде чем открывать другую статью.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="409"/>
        <source>Revision restored; the previous text is kept as a revision.</source>
        <translation>Версия восстановлена; предыдущий текст сохранён как отдельная версия.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="431"/>
        <source>Reloaded the stored version; your text is on the clipboard.</source>
        <translation>Загружена сохранённая версия; ваш текст скопирован в буфер обмена.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="439"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="440"/>
        <source>%1 characters with spaces · %2 without</source>
        <translation>%1 знаков с пробелами · %2 без пробелов</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="443"/>
        <source>%n min reading</source>
        <translation>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="450"/>
        <source>No article open</source>
        <translation>Статья не открыта</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="457"/>
        <source>Saved %1</source>
        <translation>Сохранено %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="461"/>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="464"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="467"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="470"/>
        <source>Version conflict: not saved</source>
        <translation>Конфликт версий: не сохранено</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="479"/>
        <source>Qalam</source>
        <translation>Qalam</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="479"/>
        <source>%1 — Qalam</source>
        <translation>%1 — Qalam</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="485"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="489"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="489"/>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="514"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="515"/>
        <source>The article could not be saved: %1

Close anyway? Your text will be copied to the clipboard.</source>
        <translation>Статью не удалось сохранить: %1

Всё равно закрыть? Ваш текст будет скопирован в буфер обмена.</translation>
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
        <location filename="../app/storage/samplenewsroom.cpp" line="23"/>
        <source>The sample newsroom file is not valid JSON.</source>
        <translation>Файл демонстрационной редакции содержит некорректный JSON.</translation>
    </message>
    <message>
        <location filename="../app/storage/samplenewsroom.cpp" line="45"/>
        <source>The sample article &quot;%1&quot; names an unknown author %2.</source>
        <translation>В демонстрационной статье «%1» указан неизвестный автор %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="105"/>
        <source>Qalam cannot open the database</source>
        <translation>Qalam не может открыть базу данных</translation>
    </message>
</context>
</TS>
