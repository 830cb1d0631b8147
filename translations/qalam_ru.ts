<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Reload theirs (copy mine)</source>
        <translation>Загрузить актуальную версию (свою — в буфер)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Забрать себе</translation>
    </message>
    <message>
        <source>Take the article over: the other editor can no longer save it</source>
        <translation>Забрать статью себе: другой редактор больше не сможет её сохранить</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>Сравнить и объединить…</translation>
    </message>
    <message>
        <source>Show their version and yours side by side with the word changes, then keep one</source>
        <translation>Показать рядом их версию и вашу с изменениями по словам, затем оставить одну из них</translation>
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
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>С&amp;татья</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;Новая статья</translation>
    </message>
    <message>
        <source>Create a new draft article</source>
        <translation>Создать черновик новой статьи</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save now and record a revision</source>
        <translation>Сохранить сейчас и записать версию</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Paste as plain &amp;text</source>
        <translation>Вставить как простой &amp;текст</translation>
    </message>
    <message>
        <source>Paste without any formatting</source>
        <translation>Вставить без форматирования</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Полужирный</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Полужирный</translation>
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
        <translation>Под&amp;заголовок</translation>
    </message>
    <message>
        <source>Turn the paragraph into a subheading</source>
        <translation>Сделать абзац подзаголовком</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>&amp;Quotation block</source>
        <translation>&amp;Цитата (блок)</translation>
    </message>
    <message>
        <source>Turn the paragraph into a quotation block</source>
        <translation>Оформить абзац как цитату (блок)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Q</source>
        <translation>Ctrl+Alt+Q</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Ссылка…</translation>
    </message>
    <message>
        <source>Link the selected text</source>
        <translation>Поставить ссылку на выделенный текст</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Bulleted list</source>
        <translation>&amp;Маркированный список</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>&amp;Нумерованный список</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Нумерованный список</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>&amp;Revisions</source>
        <translation>&amp;Версии</translation>
    </message>
    <message>
        <source>Show the revisions of this article</source>
        <translation>Показать версии этой статьи</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>&amp;Typography</source>
        <translation>&amp;Типографика</translation>
    </message>
    <message>
        <source>Apply the house typography: quotation marks, dashes, non-breaking spaces</source>
        <translation>Применить правила типографики редакции: кавычки, тире, неразрывные пробелы</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Typography on &amp;paste</source>
        <translation>Типографика при вст&amp;авке</translation>
    </message>
    <message>
        <source>En dash between words</source>
        <translation>Короткое тире между словами</translation>
    </message>
    <message>
        <source>Write «», – сказал with an en dash instead of the em dash</source>
        <translation>Писать «», – сказал с коротким тире (–) вместо длинного (—)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <source>List of keyboard shortcuts</source>
        <translation>Список горячих клавиш</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Qalam</source>
        <translation>&amp;О программе Qalam</translation>
    </message>
    <message>
        <source>Work&amp;flow</source>
        <translation>Со&amp;гласование</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Отправить на проверку</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>На проверку</translation>
    </message>
    <message>
        <source>Send the article to the chief editor for review</source>
        <translation>Отправить статью главному редактору на проверку</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Withdraw from review</source>
        <translation>Ото&amp;звать с проверки</translation>
    </message>
    <message>
        <source>Take the submission back to edit it again</source>
        <translation>Отозвать статью с проверки, чтобы снова её редактировать</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Проверка…</translation>
    </message>
    <message>
        <source>Review the article: changes, checks, comments, approve or return</source>
        <translation>Проверить статью: изменения, замечания, комментарии; одобрить или вернуть</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Одо&amp;брить…</translation>
    </message>
    <message>
        <source>Approve the article for publication, at once or at a set time</source>
        <translation>Одобрить статью к публикации — сразу или на заданное время</translation>
    </message>
    <message>
        <source>&amp;Return with comment…</source>
        <translation>&amp;Вернуть с комментарием…</translation>
    </message>
    <message>
        <source>Send the article back to the writer with a comment</source>
        <translation>Вернуть статью автору с комментарием</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Снять с публикации…</translation>
    </message>
    <message>
        <source>Take the published article off the site, with a reason</source>
        <translation>Снять опубликованную статью с сайта с указанием причины</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Make a draft from agency copy, a press release or a saved web page (text or HTML)</source>
        <translation>Создать черновик из сообщения агентства, пресс-релиза или сохранённой веб-страницы (текст или HTML)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import from &amp;clipboard</source>
        <translation>Импорт из &amp;буфера обмена</translation>
    </message>
    <message>
        <source>Make a draft from the text or web page on the clipboard</source>
        <translation>Создать черновик из текста или веб-страницы в буфере обмена</translation>
    </message>
    <message>
        <source>Show &amp;original…</source>
        <translation>Показать &amp;оригинал…</translation>
    </message>
    <message>
        <source>The text this article was imported from, for reference; never published</source>
        <translation>Текст, из которого импортирована статья, — для справки; не публикуется</translation>
    </message>
</context>
<context>
    <name>Qalam::ApprovalDialog</name>
    <message>
        <source>Approve the article</source>
        <translation>Одобрить статью</translation>
    </message>
    <message>
        <source>Comment for the writer (optional):</source>
        <translation>Комментарий для автора (необязательно):</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Время публикации</translation>
    </message>
    <message>
        <source>Schedule the publication; without it the article may go out at once</source>
        <translation>Запланировать публикацию; без этого статья может выйти сразу</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleDiff</name>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Caption of photo %1</source>
        <translation>Подпись к фото %1</translation>
    </message>
    <message>
        <source>Caption of photo %1 (added)</source>
        <translation>Подпись к фото %1 (новое фото)</translation>
    </message>
    <message>
        <source>Credit line of photo %1</source>
        <translation>Подпись источника фото %1</translation>
    </message>
    <message>
        <source>Credit line of photo %1 (added)</source>
        <translation>Подпись источника фото %1 (новое фото)</translation>
    </message>
    <message>
        <source>Caption of removed photo %1</source>
        <translation>Подпись к удалённому фото %1</translation>
    </message>
    <message>
        <source>Credit line of removed photo %1</source>
        <translation>Подпись источника удалённого фото %1</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Изменений нет.</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleDocument</name>
    <message>
        <source>Edit field</source>
        <translation>Правка поля</translation>
    </message>
    <message>
        <source>Change byline</source>
        <translation>Изменение списка авторов</translation>
    </message>
    <message>
        <source>Change pull quotes</source>
        <translation>Изменение выносных цитат</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Правка текста</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleEditor</name>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Lead: the news in one or two sentences</source>
        <translation>Лид: суть новости в одном-двух предложениях</translation>
    </message>
    <message>
        <source>Text of the article</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>e.g. передает Акорда</source>
        <translation>например, передает Акорда</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(без автора)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Адрес (https://…):</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Типографика</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Нет вариантов исправления</translation>
    </message>
    <message>
        <source>Add «%1» to the newsroom dictionary</source>
        <translation>Добавить «%1» в словарь редакции</translation>
    </message>
    <message>
        <source>Change the byline in the Authors panel</source>
        <translation>Изменить авторов статьи можно на панели «Авторы»</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListDelegate</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>просрочено с %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>на %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <source>Being edited by %1 (active %2)</source>
        <translation>Редактирует %1 (последняя активность %2)</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Публикация запланирована на %1</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleListModel</name>
    <message>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message numerus="yes">
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
        <source>no byline</source>
        <translation>автор не указан</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStatus</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Updated, not yet republished</source>
        <translation>Обновлено, не опубликовано повторно</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Снято с публикации</translation>
    </message>
</context>
<context>
    <name>Qalam::ArticleStore</name>
    <message>
        <source>The database is busy; your text is kept, try again.</source>
        <translation>База данных занята; ваш текст не потерян, попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The change could not be written; your text is kept.</source>
        <translation>Не удалось записать изменение; ваш текст не потерян.</translation>
    </message>
    <message>
        <source>This article was changed elsewhere (it is now at version %1; your edit is based on version %2). Nothing was overwritten and your text is kept in the editor: reload the article and apply your change again.</source>
        <translation>Эта статья была изменена в другом месте (сейчас это версия %1, а ваша правка основана на версии %2). Ничего не перезаписано, ваш текст остался в редакторе: загрузите статью заново и внесите правку ещё раз.</translation>
    </message>
    <message>
        <source>The new article could not be stored.</source>
        <translation>Не удалось сохранить новую статью.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>Не удалось прочитать статью.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Статья с идентификатором %1 не найдена.</translation>
    </message>
    <message>
        <source>The article could not be saved; your text is kept.</source>
        <translation>Не удалось сохранить статью; ваш текст не потерян.</translation>
    </message>
    <message>
        <source>The article list could not be read.</source>
        <translation>Не удалось прочитать список статей.</translation>
    </message>
    <message>
        <source>The pull quotes could not be saved.</source>
        <translation>Не удалось сохранить выносные цитаты.</translation>
    </message>
    <message>
        <source>The pull quotes could not be read.</source>
        <translation>Не удалось прочитать выносные цитаты.</translation>
    </message>
    <message>
        <source>The byline could not be saved.</source>
        <translation>Не удалось сохранить список авторов статьи.</translation>
    </message>
    <message>
        <source>The byline could not be read.</source>
        <translation>Не удалось прочитать список авторов статьи.</translation>
    </message>
    <message>
        <source>The revision could not be recorded.</source>
        <translation>Не удалось записать версию.</translation>
    </message>
    <message>
        <source>The revisions could not be read.</source>
        <translation>Не удалось прочитать версии.</translation>
    </message>
    <message>
        <source>The revision could not be read.</source>
        <translation>Не удалось прочитать версию.</translation>
    </message>
    <message>
        <source>There is no revision #%1.</source>
        <translation>Версия #%1 не найдена.</translation>
    </message>
    <message>
        <source>The authors could not be read.</source>
        <translation>Не удалось прочитать список авторов.</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>Укажите имя автора.</translation>
    </message>
    <message>
        <source>The author could not be added.</source>
        <translation>Не удалось добавить автора.</translation>
    </message>
    <message>
        <source>The regions could not be read.</source>
        <translation>Не удалось прочитать список регионов.</translation>
    </message>
    <message>
        <source>The editor position could not be remembered.</source>
        <translation>Не удалось запомнить позицию в редакторе.</translation>
    </message>
    <message>
        <source>The editor position could not be read.</source>
        <translation>Не удалось прочитать позицию в редакторе.</translation>
    </message>
    <message>
        <source>%1: your change was not saved and is kept in the editor.</source>
        <translation>%1: ваше изменение не сохранено и осталось в редакторе.</translation>
    </message>
    <message>
        <source>The database server cannot be reached; your text is kept.</source>
        <translation>Сервер баз данных недоступен; ваш текст не потерян.</translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorDirectory</name>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Published
this month</source>
        <translation>Опубликовано
в этом месяце</translation>
    </message>
    <message>
        <source>Last
published</source>
        <translation>Последняя
публикация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Articles with this author not published yet</source>
        <translation>Ещё не опубликованные статьи этого автора</translation>
    </message>
    <message>
        <source>Search: name, position, region or desk</source>
        <translation>Поиск: имя, должность, регион или отдел</translation>
    </message>
    <message>
        <source>New author…</source>
        <translation>Новый автор…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>active</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>left</source>
        <translation>не работает</translation>
    </message>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n автор</numerusform>
            <numerusform>%n автора</numerusform>
            <numerusform>%n авторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n работает</numerusform>
            <numerusform>%n работают</numerusform>
            <numerusform>%n работают</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorPickerDialog</name>
    <message>
        <source>Add an author to the byline</source>
        <translation>Добавить автора в список авторов</translation>
    </message>
    <message>
        <source>Search: name, position, region or desk</source>
        <translation>Поиск: имя, должность, регион или отдел</translation>
    </message>
    <message>
        <source>Add to byline</source>
        <translation>Добавить в авторы</translation>
    </message>
    <message>
        <source>%1 (left the newsroom)</source>
        <translation>%1 (больше не работает в редакции)</translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorProfileDialog</name>
    <message>
        <source>New author</source>
        <translation>Новый автор</translation>
    </message>
    <message>
        <source>Author profile</source>
        <translation>Профиль автора</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <source>A portrait; it is cropped to a square and stored small</source>
        <translation>Портрет; он будет обрезан до квадрата и сохранён в уменьшенном виде</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <source>e.g. Редактор региональных новостей</source>
        <translation>например, Редактор региональных новостей</translation>
    </message>
    <message>
        <source>e.g. Новости регионов</source>
        <translation>например, Новости регионов</translation>
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
        <translation>По одной ссылке в строке: https://t.me/…, https://instagram.com/…</translation>
    </message>
    <message>
        <source>Two or three sentences for the author&apos;s page</source>
        <translation>Два-три предложения для страницы автора</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Left the newsroom (stays on the bylines of old articles)</source>
        <translation>Больше не работает в редакции (остаётся в авторах прежних статей)</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Отдел:</translation>
    </message>
    <message>
        <source>Short bio:</source>
        <translation>Краткая биография:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Ссылки:</translation>
    </message>
    <message>
        <source>Author&apos;s picture</source>
        <translation>Фото автора</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(имя пока не указано)</translation>
    </message>
    <message>
        <source>The name as bylines print it</source>
        <translation>Так имя будет указано в статьях</translation>
    </message>
    <message>
        <source>%1 is not a picture Qalam can read (%2). The profile keeps its picture.</source>
        <translation>Qalam не может прочитать %1 как изображение (%2). В профиле осталось прежнее фото.</translation>
    </message>
    <message>
        <source>Type the author&apos;s family name; bylines print it.</source>
        <translation>Введите фамилию автора: она указывается в статьях.</translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorStore</name>
    <message>
        <source>The author&apos;s photo must be a PNG or JPEG picture of at most 20 MB.</source>
        <translation>Фото автора должно быть изображением PNG или JPEG размером не более 20 МБ.</translation>
    </message>
    <message>
        <source>The author&apos;s photo could not be read; it may be damaged. Try another PNG or JPEG file.</source>
        <translation>Не удалось прочитать фото автора: возможно, файл повреждён. Попробуйте другой файл PNG или JPEG.</translation>
    </message>
    <message>
        <source>The author&apos;s photo could not be converted.</source>
        <translation>Не удалось преобразовать фото автора.</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>Укажите имя автора.</translation>
    </message>
    <message>
        <source>The newsroom settings could not be read.</source>
        <translation>Не удалось прочитать настройки редакции.</translation>
    </message>
    <message>
        <source>The author profiles could not be read.</source>
        <translation>Не удалось прочитать профили авторов.</translation>
    </message>
    <message>
        <source>There is already a profile for %1 (author %2). Edit that profile, or tell the two apart, for example by a middle name.</source>
        <translation>Профиль для %1 уже есть (автор %2). Измените этот профиль или сделайте имена различимыми, например добавьте отчество.</translation>
    </message>
    <message>
        <source>The author profile could not be read.</source>
        <translation>Не удалось прочитать профиль автора.</translation>
    </message>
    <message>
        <source>There is no author %1.</source>
        <translation>Автор %1 не найден.</translation>
    </message>
    <message>
        <source>Give an author&apos;s name to look for.</source>
        <translation>Укажите имя автора для поиска.</translation>
    </message>
    <message>
        <source>There is no author named %1.</source>
        <translation>Автор с именем %1 не найден.</translation>
    </message>
    <message>
        <source>The profile of %1 could not be added.</source>
        <translation>Не удалось добавить профиль %1.</translation>
    </message>
    <message>
        <source>The profile of %1 could not be saved.</source>
        <translation>Не удалось сохранить профиль %1.</translation>
    </message>
    <message>
        <source>The authors&apos; article counts could not be read.</source>
        <translation>Не удалось прочитать число статей авторов.</translation>
    </message>
    <message>
        <source>The byline name order could not be saved.</source>
        <translation>Не удалось сохранить порядок написания имён авторов.</translation>
    </message>
</context>
<context>
    <name>Qalam::AuthorsDock</name>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Авторы статьи</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add an author to the byline</source>
        <translation>Добавить автора в список авторов</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Take the selected author off the byline (Delete)</source>
        <translation>Убрать выбранного автора из списка авторов (Delete)</translation>
    </message>
    <message>
        <source>Move the selected author up (Alt+Up)</source>
        <translation>Переместить выбранного автора выше (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected author down (Alt+Down)</source>
        <translation>Переместить выбранного автора ниже (Alt+Down)</translation>
    </message>
    <message>
        <source>All authors…</source>
        <translation>Все авторы…</translation>
    </message>
    <message>
        <source>The newsroom&apos;s authors with their article counts</source>
        <translation>Авторы редакции и число их статей</translation>
    </message>
    <message>
        <source>%1
Left the newsroom</source>
        <translation>%1
Больше не работает в редакции</translation>
    </message>
    <message>
        <source>Open an article to see its byline.</source>
        <translation>Откройте статью, чтобы увидеть её авторов.</translation>
    </message>
    <message>
        <source>No author in the byline yet.</source>
        <translation>Авторы статьи пока не указаны.</translation>
    </message>
    <message>
        <source>The article is read-only.</source>
        <translation>Статья открыта только для чтения.</translation>
    </message>
    <message>
        <source>Read-only: you may not change this byline.</source>
        <translation>Только чтение: вы не можете менять авторов этой статьи.</translation>
    </message>
    <message>
        <source>Left the newsroom; stays on old bylines</source>
        <translation>Больше не работает в редакции; остаётся автором прежних статей</translation>
    </message>
    <message>
        <source>No short bio in %1 yet.</source>
        <translation>Краткой биографии пока нет (%1 язык).</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Изменить профиль…</translation>
    </message>
    <message>
        <source>Show profile…</source>
        <translation>Показать профиль…</translation>
    </message>
</context>
<context>
    <name>Qalam::ChangeFeed</name>
    <message>
        <source>The change could not be announced to the other desks.</source>
        <translation>Не удалось оповестить другие рабочие места об изменении.</translation>
    </message>
</context>
<context>
    <name>Qalam::ChecksDock</name>
    <message>
        <source>Checks</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
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
        <translation>заголовок</translation>
    </message>
    <message>
        <source>%1 — «%2»</source>
        <translation>%1 — «%2»</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Замечаний нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>Machine-readable JSON output</source>
        <translation>Машиночитаемый вывод в формате JSON</translation>
    </message>
    <message>
        <source>Describe the command</source>
        <translation>Показать описание команды</translation>
    </message>
    <message>
        <source>Create a draft article and print its id. The body file is HTML (reduced to the allowed subset) or plain text (one paragraph per line), UTF-8.</source>
        <translation>Создать статью-черновик и вывести её идентификатор. Файл с текстом — HTML (сокращается до допустимого подмножества) или простой текст (один абзац на строку) в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>Headline (required)</source>
        <translation>Заголовок (обязательно)</translation>
    </message>
    <message>
        <source>Lead paragraph</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Body from a .html or .txt file</source>
        <translation>Текст из файла .html или .txt</translation>
    </message>
    <message>
        <source>Region, e.g. Алматы</source>
        <translation>Регион, например Алматы</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <source>A tag (repeatable)</source>
        <translation>Тег (можно указать несколько раз)</translation>
    </message>
    <message>
        <source>Source attribution, e.g. &quot;передает Акорда&quot;</source>
        <translation>Ссылка на источник, например «передает Акорда»</translation>
    </message>
    <message>
        <source>Article language (default ru)</source>
        <translation>Язык статьи (по умолчанию ru)</translation>
    </message>
    <message>
        <source>Byline author, created when new (repeatable)</source>
        <translation>Автор статьи; новый автор создаётся автоматически (можно указать несколько раз)</translation>
    </message>
    <message>
        <source>List articles, most recently changed first.</source>
        <translation>Вывести список статей, начиная с последних изменённых.</translation>
    </message>
    <message>
        <source>Full-text search (prefix match on every word)</source>
        <translation>Полнотекстовый поиск (по началу каждого слова)</translation>
    </message>
    <message>
        <source>Only this region</source>
        <translation>Только этот регион</translation>
    </message>
    <message>
        <source>At most N articles</source>
        <translation>Не более N статей</translation>
    </message>
    <message>
        <source>Print one article.</source>
        <translation>Вывести одну статью.</translation>
    </message>
    <message>
        <source>Export one article as Qalam JSON or a sanitised HTML page.</source>
        <translation>Экспортировать одну статью в формате Qalam JSON или как очищенную HTML-страницу.</translation>
    </message>
    <message>
        <source>Output format (required)</source>
        <translation>Формат вывода (обязательно)</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output</source>
        <translation>Записать в FILE вместо стандартного вывода</translation>
    </message>
    <message>
        <source>List an article&apos;s revisions, newest first.</source>
        <translation>Вывести версии статьи, начиная с самой новой.</translation>
    </message>
    <message>
        <source>Create or upgrade the database; with --sample, load the sample newsroom into an empty one.</source>
        <translation>Создать или обновить базу данных; с --sample — загрузить демонстрационную редакцию в пустую базу.</translation>
    </message>
    <message>
        <source>Load the bundled sample newsroom when the database has no articles</source>
        <translation>Загрузить встроенную демонстрационную редакцию, если в базе нет статей</translation>
    </message>
    <message>
        <source>Print the direct quotations of a text file or an article, with who said them. Offsets count UTF-16 code units; an article&apos;s text is its headline, lead and body, one per line.</source>
        <translation>Вывести прямые цитаты из текстового файла или статьи с указанием авторов высказываний. Смещения считаются в кодовых единицах UTF-16; текст статьи — это заголовок, лид и основной текст, каждый на отдельной строке.</translation>
    </message>
    <message>
        <source>Analyse this article instead of a file</source>
        <translation>Проанализировать эту статью вместо файла</translation>
    </message>
    <message>
        <source>Print every finding in an article or a text file: quotations, placeholders, spelling and typography, with line:column and severity. Exits 1 when an error-level finding exists.</source>
        <translation>Вывести все замечания по статье или текстовому файлу: цитаты, заглушки, орфография и типографика — с позицией (строка:столбец) и уровнем важности. Код выхода 1, если есть замечание уровня «ошибка».</translation>
    </message>
    <message>
        <source>Language of a text file (an article has its own; default ru)</source>
        <translation>Язык текстового файла (у статьи он указан в ней самой; по умолчанию ru)</translation>
    </message>
    <message>
        <source>The house dash for the typography check (default em)</source>
        <translation>Тире, принятое в редакции, для проверки типографики (по умолчанию em)</translation>
    </message>
    <message>
        <source>Import a picture (stored once, whatever the number of articles using it) and attach it to an article; prints the photo id.</source>
        <translation>Импортировать изображение (хранится в одном экземпляре, сколько бы статей его ни использовали) и прикрепить его к статье; выводит идентификатор фото.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись к фото</translation>
    </message>
    <message>
        <source>Alt text for readers who cannot see the picture</source>
        <translation>Альтернативный текст (описание для незрячих читателей)</translation>
    </message>
    <message>
        <source>Credit source, e.g. Акорда</source>
        <translation>Источник (кредит) фото, например Акорда</translation>
    </message>
    <message>
        <source>staff, agency, press-service, ugc, archive or handout</source>
        <translation>staff, agency, press-service, ugc, archive или handout</translation>
    </message>
    <message>
        <source>Photographer or creator</source>
        <translation>Фотограф или автор изображения</translation>
    </message>
    <message>
        <source>Licence or usage note</source>
        <translation>Лицензия или условия использования</translation>
    </message>
    <message>
        <source>Who sent a user-generated picture</source>
        <translation>Отправитель фото читателя (UGC)</translation>
    </message>
    <message>
        <source>The sender&apos;s contact (never published)</source>
        <translation>Контактные данные отправителя (не публикуются)</translation>
    </message>
    <message>
        <source>How it came: messenger, e-mail, social network</source>
        <translation>Как получено: мессенджер, электронная почта, соцсеть</translation>
    </message>
    <message>
        <source>Whether the sender gave permission</source>
        <translation>Дал ли отправитель разрешение</translation>
    </message>
    <message>
        <source>The permission wording or message reference</source>
        <translation>Текст разрешения или ссылка на сообщение</translation>
    </message>
    <message>
        <source>Make it the article&apos;s lead photo</source>
        <translation>Сделать главным фото статьи</translation>
    </message>
    <message>
        <source>List an article&apos;s photos with their captions and credit lines.</source>
        <translation>Вывести список фото статьи с подписями к фото и подписями источника.</translation>
    </message>
    <message>
        <source>Change a photo&apos;s caption, alt text, credit or consent record.</source>
        <translation>Изменить подпись к фото, альтернативный текст, источник (кредит) или сведения о разрешении.</translation>
    </message>
    <message>
        <source>Write the publishing rendition: orientation applied, size limited, caption, creator and credit line in IPTC and XMP, GPS and serial numbers removed (always for UGC).</source>
        <translation>Записать версию для публикации: с учётом ориентации, с ограничением размера, с подписью к фото, автором и подписью источника в IPTC и XMP, без координат GPS и серийных номеров (для UGC — всегда).</translation>
    </message>
    <message>
        <source>Longest edge in pixels (default 2048)</source>
        <translation>Размер длинной стороны в пикселях (по умолчанию 2048)</translation>
    </message>
    <message>
        <source>JPEG quality 1–100 (default 85)</source>
        <translation>Качество JPEG 1–100 (по умолчанию 85)</translation>
    </message>
    <message>
        <source>Remove private metadata from any picture, not only UGC</source>
        <translation>Удалять личные метаданные из любого изображения, а не только из UGC</translation>
    </message>
    <message>
        <source>Show or change the newsroom&apos;s photo settings: the credit-line template (with {source}), the rendition size and quality, and whether every rendition loses its private metadata.</source>
        <translation>Показать или изменить настройки фото редакции: шаблон подписи источника (с {source}), размер и качество версий для публикации и нужно ли удалять личные метаданные из каждой версии.</translation>
    </message>
    <message>
        <source>e.g. &quot;Фото: {source}&quot;</source>
        <translation>например, «Фото: {source}»</translation>
    </message>
    <message>
        <source>Longest edge of renditions in pixels</source>
        <translation>Длинная сторона версий для публикации в пикселях</translation>
    </message>
    <message>
        <source>JPEG quality of renditions, 1–100</source>
        <translation>Качество JPEG версий для публикации, 1–100</translation>
    </message>
    <message>
        <source>Remove GPS, serials and owner names from every rendition, not only UGC</source>
        <translation>Удалять GPS, серийные номера и имена владельцев из всех версий, а не только из UGC</translation>
    </message>
    <message>
        <source>Read UTF-8 text on standard input and write it with the house typography applied.</source>
        <translation>Прочитать текст в кодировке UTF-8 со стандартного ввода и вывести его с применением правил типографики редакции.</translation>
    </message>
    <message>
        <source>Language of the text (default ru)</source>
        <translation>Язык текста (по умолчанию ru)</translation>
    </message>
    <message>
        <source>The dash between words (default em)</source>
        <translation>Тире между словами (по умолчанию em)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Общие параметры:</translation>
    </message>
    <message>
        <source>qalam-cli: the Qalam newsroom editor&apos;s command line.</source>
        <translation>qalam-cli: интерфейс командной строки редакционной системы Qalam.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &quot;qalam-cli help COMMAND&quot; for one command&apos;s options.</source>
        <translation>Параметры отдельной команды: «qalam-cli help COMMAND».</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or input.</source>
        <translation>Коды выхода: 0 — успешно, 1 — операция не выполнена, 2 — неверный вызов или входные данные.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Для параметра --%1 требуется значение.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;qalam-cli help&quot;.</source>
        <translation>Неизвестная команда «%1». Запустите «qalam-cli help».</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2&quot;.</source>
        <translation>Неизвестный параметр --%1 для «%2».</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Параметр --%1 не принимает значения.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>Параметр --%1 указан дважды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs more arguments.</source>
        <translation>Для «%1» требуется больше аргументов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an article id.</source>
        <translation>Для «%1» требуется идентификатор статьи.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <source>A new article needs --headline.</source>
        <translation>Для новой статьи требуется --headline.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ru, kk or en.</source>
        <translation>Неизвестный язык «%1»: используйте ru, kk или en.</translation>
    </message>
    <message>
        <source>Cannot read the body file %1: %2</source>
        <translation>Не удалось прочитать файл с текстом %1: %2</translation>
    </message>
    <message>
        <source>The body file %1 is not UTF-8 text.</source>
        <translation>Файл с текстом %1 не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>--limit needs a whole number.</source>
        <translation>Для --limit требуется целое число.</translation>
    </message>
    <message>
        <source>Id: %1 · version %2 · %3 · %4</source>
        <translation>ID: %1 · версия %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>Авторы: %1</translation>
    </message>
    <message>
        <source>Region: %1 · Rubric: %2 · Tags: %3</source>
        <translation>Регион: %1 · Рубрика: %2 · Теги: %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Updated: %1 UTC · %2 words · %3 characters with spaces</source>
        <translation>Обновлено: %1 UTC · слов: %2 · знаков с пробелами: %3</translation>
    </message>
    <message>
        <source>Unknown or missing --format: use json or html.</source>
        <translation>Параметр --format не указан или неизвестен: используйте json или html.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Не удалось выполнить экспорт: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>По пути %1 нет базы данных.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation>Версия схемы: %1 (последняя — %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Целостность: в порядке</translation>
    </message>
    <message>
        <source>Integrity: damaged</source>
        <translation>Целостность: нарушена</translation>
    </message>
    <message numerus="yes">
        <source>Database %1 is at schema %2; %n sample article(s) added.</source>
        <translation>
            <numerusform>База данных %1: схема %2; добавлена %n демонстрационная статья.</numerusform>
            <numerusform>База данных %1: схема %2; добавлены %n демонстрационные статьи.</numerusform>
            <numerusform>База данных %1: схема %2; добавлено %n демонстрационных статей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>Name a text file or an article (--id ID).</source>
        <translation>Укажите текстовый файл или статью (--id ID).</translation>
    </message>
    <message>
        <source>%1 is neither a file nor an article id.</source>
        <translation>%1 — не файл и не идентификатор статьи.</translation>
    </message>
    <message>
        <source>(title)</source>
        <translation>(название)</translation>
    </message>
    <message>
        <source>(attributed)</source>
        <translation>(автор указан)</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(без указания автора)</translation>
    </message>
    <message>
        <source>--dash takes em or en.</source>
        <translation>Для --dash допустимы значения em или en.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Не удалось прочитать стандартный ввод.</translation>
    </message>
    <message>
        <source>The input is not UTF-8 text.</source>
        <translation>Входные данные не являются текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>spelling not checked: %1</source>
        <translation>орфография не проверена: %1</translation>
    </message>
    <message>
        <source>Unknown credit type &quot;%1&quot;: use staff, agency, press-service, ugc, archive or handout.</source>
        <translation>Неизвестный тип источника «%1»: используйте staff, agency, press-service, ugc, archive или handout.</translation>
    </message>
    <message>
        <source>--ugc-permission takes yes or no.</source>
        <translation>Для --ugc-permission допустимы значения yes или no.</translation>
    </message>
    <message>
        <source>A photo id is a number.</source>
        <translation>Идентификатор фото должен быть числом.</translation>
    </message>
    <message>
        <source>--max-edge needs a number of pixels (16 or more).</source>
        <translation>Для --max-edge требуется число пикселей (не меньше 16).</translation>
    </message>
    <message>
        <source>--quality takes 1 to 100.</source>
        <translation>Для --quality допустимы значения от 1 до 100.</translation>
    </message>
    <message>
        <source>--strip-all-photos takes yes or no.</source>
        <translation>--strip-all-photos принимает yes или no.</translation>
    </message>
    <message>
        <source>Credit template: %1</source>
        <translation>Шаблон подписи источника: %1</translation>
    </message>
    <message>
        <source>Renditions: %1 px, quality %2</source>
        <translation>Версии для публикации: %1 пикс., качество %2</translation>
    </message>
    <message>
        <source>Private metadata removed from every rendition</source>
        <translation>Личные метаданные удаляются из всех версий</translation>
    </message>
    <message>
        <source>Private metadata removed from UGC renditions</source>
        <translation>Личные метаданные удаляются из версий UGC</translation>
    </message>
    <message>
        <source>This newsroom has user accounts: pass --user LOGIN (the password comes from QALAM_PASSWORD or a prompt).</source>
        <translation>В этой редакции есть учётные записи: укажите --user LOGIN (пароль берётся из QALAM_PASSWORD или запрашивается).</translation>
    </message>
    <message>
        <source>Act as this user; the password comes from $QALAM_PASSWORD or a prompt on a terminal</source>
        <translation>Действовать от имени этого пользователя; пароль берётся из $QALAM_PASSWORD или запрашивается в терминале</translation>
    </message>
    <message>
        <source>regional-editor, photo-editor, chief-editor or administrator (repeatable)</source>
        <translation>regional-editor, photo-editor, chief-editor или administrator (можно указать несколько раз)</translation>
    </message>
    <message>
        <source>A region whose articles a regional editor edits (repeatable)</source>
        <translation>Регион, статьи которого редактирует редактор региональных новостей (можно указать несколько раз)</translation>
    </message>
    <message>
        <source>Display name, e.g. &quot;Колмакова Виктория&quot;</source>
        <translation>Отображаемое имя, например «Колмакова Виктория»</translation>
    </message>
    <message>
        <source>The user&apos;s byline profile</source>
        <translation>Профиль автора, связанный с пользователем</translation>
    </message>
    <message>
        <source>Position, e.g. &quot;Редактор региональных новостей&quot;</source>
        <translation>Должность, например «Редактор региональных новостей»</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Short biography in Russian</source>
        <translation>Краткая биография на русском языке</translation>
    </message>
    <message>
        <source>Short biography in Kazakh</source>
        <translation>Краткая биография на казахском языке</translation>
    </message>
    <message>
        <source>Short biography in English</source>
        <translation>Краткая биография на английском языке</translation>
    </message>
    <message>
        <source>A social profile (repeatable; replaces the list)</source>
        <translation>Профиль в соцсети (можно указать несколько раз; заменяет список)</translation>
    </message>
    <message>
        <source>Family name (the byline order uses the parts)</source>
        <translation>Фамилия (нужна, чтобы выводить имя автора в принятом в редакции порядке)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>A comment for the audit trail</source>
        <translation>Комментарий для журнала действий</translation>
    </message>
    <message>
        <source>Change an article&apos;s text or details and record a revision. Changing an approved article&apos;s text voids the approval.</source>
        <translation>Изменить текст или сведения о статье и записать версию. Изменение текста одобренной статьи отменяет одобрение.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>A tag (repeatable; replaces the tags)</source>
        <translation>Тег (можно указать несколько раз; заменяет теги)</translation>
    </message>
    <message>
        <source>Source attribution</source>
        <translation>Ссылка на источник</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Язык статьи</translation>
    </message>
    <message>
        <source>draft, in_review, returned, approved, published, withdrawn, updated or unpublished</source>
        <translation>draft, in_review, returned, approved, published, withdrawn, updated или unpublished</translation>
    </message>
    <message>
        <source>Set an article&apos;s byline: these author profiles, in this order.</source>
        <translation>Задать авторов статьи: указанные профили авторов в указанном порядке.</translation>
    </message>
    <message>
        <source>An author profile id (repeatable; the order is kept)</source>
        <translation>Идентификатор профиля автора (можно указать несколько раз; порядок сохраняется)</translation>
    </message>
    <message>
        <source>Send an article for review. Refused while a photo lacks its caption, alt text or credit.</source>
        <translation>Отправить статью на проверку. Не выполняется, пока у какого-либо фото нет подписи, альтернативного текста или источника.</translation>
    </message>
    <message>
        <source>Take one&apos;s own submission back from review.</source>
        <translation>Отозвать свою статью с проверки.</translation>
    </message>
    <message>
        <source>Approve an article in review, optionally for publication at a set local time.</source>
        <translation>Одобрить статью, находящуюся на проверке, — при необходимости с публикацией в заданное местное время.</translation>
    </message>
    <message>
        <source>Scheduled publication, local time</source>
        <translation>Запланированная публикация, местное время</translation>
    </message>
    <message>
        <source>Return an article to its writer with a comment saying what to fix.</source>
        <translation>Вернуть статью автору с комментарием о том, что нужно исправить.</translation>
    </message>
    <message>
        <source>What to fix (required)</source>
        <translation>Что исправить (обязательно)</translation>
    </message>
    <message>
        <source>Why it is taken off (required)</source>
        <translation>Причина снятия (обязательно)</translation>
    </message>
    <message>
        <source>Add a comment to an article&apos;s editorial thread (never published).</source>
        <translation>Добавить комментарий в редакционное обсуждение статьи (не публикуется).</translation>
    </message>
    <message>
        <source>Print an article&apos;s editorial comment thread, oldest first.</source>
        <translation>Вывести редакционное обсуждение статьи, начиная с самых старых комментариев.</translation>
    </message>
    <message>
        <source>Print an article&apos;s audit trail, oldest first: when, who, what, from which state to which, the comment and the revision.</source>
        <translation>Вывести журнал действий со статьёй, начиная с самых старых записей: когда, кто, что сделал, из какого статуса в какой, комментарий и версия.</translation>
    </message>
    <message>
        <source>Print the word-level changes of an article, [-removed-] and {+added+}: by default from the last approved revision (or the first) to the current text.</source>
        <translation>Вывести изменения статьи по словам, [-удалённое-] и {+добавленное+}: по умолчанию от последней одобренной версии (или первой) до текущего текста.</translation>
    </message>
    <message>
        <source>Compare from this revision id</source>
        <translation>Сравнивать начиная с версии с этим идентификатором</translation>
    </message>
    <message>
        <source>Compare up to this revision id</source>
        <translation>Сравнивать до версии с этим идентификатором</translation>
    </message>
    <message>
        <source>List the signed-in user&apos;s unread notifications, newest first, or mark one read.</source>
        <translation>Вывести непрочитанные уведомления вошедшего пользователя, начиная с самых новых, или отметить уведомление как прочитанное.</translation>
    </message>
    <message>
        <source>Read ones too</source>
        <translation>Включая прочитанные</translation>
    </message>
    <message>
        <source>Mark this notification read</source>
        <translation>Отметить это уведомление как прочитанное</translation>
    </message>
    <message>
        <source>Add a user account. The password comes from $QALAM_NEW_PASSWORD (or $QALAM_PASSWORD when not signing in with --user) or a prompt. While the newsroom has no user, the first administrator needs no --user.</source>
        <translation>Добавить учётную запись. Пароль берётся из $QALAM_NEW_PASSWORD (или из $QALAM_PASSWORD, если вход через --user не выполняется) либо запрашивается. Пока в редакции нет пользователей, первому администратору --user не нужен.</translation>
    </message>
    <message>
        <source>List the user accounts with their roles and regions.</source>
        <translation>Вывести список учётных записей с ролями и регионами.</translation>
    </message>
    <message>
        <source>Change a user&apos;s roles, regions, display name, author profile or active flag. --role and --region replace the lists.</source>
        <translation>Изменить роли, регионы, отображаемое имя, профиль автора или активность пользователя. --role и --region заменяют списки.</translation>
    </message>
    <message>
        <source>Whether the account may sign in</source>
        <translation>Может ли учётная запись входить в систему</translation>
    </message>
    <message>
        <source>Set a user&apos;s password from $QALAM_NEW_PASSWORD or a prompt.</source>
        <translation>Задать пароль пользователя из $QALAM_NEW_PASSWORD или по запросу.</translation>
    </message>
    <message>
        <source>Add an author profile and print its id.</source>
        <translation>Добавить профиль автора и вывести его идентификатор.</translation>
    </message>
    <message>
        <source>List the author profiles with their articles drafted, published this month and last published.</source>
        <translation>Вывести список профилей авторов: статьи в работе, опубликованные в этом месяце и дата последней публикации.</translation>
    </message>
    <message>
        <source>Match name, position, region or desk</source>
        <translation>Поиск по имени, должности, региону или отделу</translation>
    </message>
    <message>
        <source>Print one author profile with its counts.</source>
        <translation>Вывести один профиль автора со статистикой.</translation>
    </message>
    <message>
        <source>Change an author profile. --left marks an author who left (old bylines keep them).</source>
        <translation>Изменить профиль автора. --left отмечает автора, который больше не работает в редакции (в прежних статьях он остаётся).</translation>
    </message>
    <message>
        <source>Name as printed</source>
        <translation>Имя для публикации</translation>
    </message>
    <message>
        <source>The author has left the newsroom</source>
        <translation>Автор больше не работает в редакции</translation>
    </message>
    <message>
        <source>The author works here again</source>
        <translation>Автор снова работает в редакции</translation>
    </message>
    <message>
        <source>Global options (before or after the command): --db PATH, --user LOGIN, --json, --help</source>
        <translation>Общие параметры (до или после команды): --db PATH, --user LOGIN, --json, --help</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>Для «%1» требуется подкоманда: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <translation>Для «%1» требуется %2.</translation>
    </message>
    <message>
        <source>--user needs a login.</source>
        <translation>Для --user требуется логин.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>No password for %1: set QALAM_PASSWORD, or run qalam-cli on a terminal to be asked.</source>
        <translation>Нет пароля для %1: задайте QALAM_PASSWORD или запустите qalam-cli в терминале, чтобы ввести пароль.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <source>The passwords do not match; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Новый пароль для %1: </translation>
    </message>
    <message>
        <source>No password for %1: set QALAM_NEW_PASSWORD, or run qalam-cli on a terminal to be asked.</source>
        <translation>Нет пароля для %1: задайте QALAM_NEW_PASSWORD или запустите qalam-cli в терминале, чтобы ввести пароль.</translation>
    </message>
    <message>
        <source>Nothing to change: give --headline, --lead, --body-file or another option.</source>
        <translation>Нечего изменять: укажите --headline, --lead, --body-file или другой параметр.</translation>
    </message>
    <message>
        <source>The headline cannot be empty.</source>
        <translation>Заголовок не может быть пустым.</translation>
    </message>
    <message>
        <source>The article is now %1.</source>
        <translation>Статус статьи: %1.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use one of %2.</source>
        <translation>Неизвестный статус «%1»: используйте один из вариантов: %2.</translation>
    </message>
    <message>
        <source>Created by: %1</source>
        <translation>Создано пользователем: %1</translation>
    </message>
    <message>
        <source>Publication scheduled: %1</source>
        <translation>Публикация запланирована: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Опубликовано: %1</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use %2.</source>
        <translation>Неизвестная роль «%1»: используйте %2.</translation>
    </message>
    <message>
        <source>--role needs a role: %1.</source>
        <translation>Для --role требуется роль: %1.</translation>
    </message>
    <message>
        <source>A user needs at least one --role.</source>
        <translation>Для пользователя требуется хотя бы один --role.</translation>
    </message>
    <message>
        <source>--author needs an author id (a number; 0 for none).</source>
        <translation>Для --author требуется идентификатор автора (число; 0 — без автора).</translation>
    </message>
    <message>
        <source>--active takes yes or no.</source>
        <translation>Для --active допустимы значения yes или no.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <source>author %1</source>
        <translation>автор %1</translation>
    </message>
    <message>
        <source>An author&apos;s name cannot be empty.</source>
        <translation>Имя автора не может быть пустым.</translation>
    </message>
    <message>
        <source>Give --left or --active, not both.</source>
        <translation>Укажите --left или --active, но не оба сразу.</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>Укажите имя автора.</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (не работает)</translation>
    </message>
    <message>
        <source>%1 drafted, %2 published this month, last %3</source>
        <translation>в работе: %1, опубликовано в этом месяце: %2, последняя публикация: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>An author id is a number.</source>
        <translation>Идентификатор автора должен быть числом.</translation>
    </message>
    <message>
        <source>Id: %1 · %2</source>
        <translation>ID: %1 · %2</translation>
    </message>
    <message>
        <source>left the newsroom</source>
        <translation>больше не работает в редакции</translation>
    </message>
    <message>
        <source>Family name: %1</source>
        <translation>Фамилия: %1</translation>
    </message>
    <message>
        <source>Given name: %1</source>
        <translation>Имя: %1</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Должность: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Регион: %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Отдел: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Эл. почта: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Ссылки: %1</translation>
    </message>
    <message>
        <source>Bio (ru): %1</source>
        <translation>Биография (ru): %1</translation>
    </message>
    <message>
        <source>Bio (kk): %1</source>
        <translation>Биография (kk): %1</translation>
    </message>
    <message>
        <source>Bio (en): %1</source>
        <translation>Биография (en): %1</translation>
    </message>
    <message>
        <source>Drafted: %1 · Published this month: %2 · Last published: %3</source>
        <translation>В работе: %1 · Опубликовано в этом месяце: %2 · Последняя публикация: %3</translation>
    </message>
    <message>
        <source>--author takes an author id (see &quot;qalam-cli author list&quot;).</source>
        <translation>Для --author требуется идентификатор автора (см. «qalam-cli author list»).</translation>
    </message>
    <message>
        <source>A byline needs at least one --author.</source>
        <translation>Для списка авторов требуется хотя бы один --author.</translation>
    </message>
    <message>
        <source>Returning an article needs --comment saying what to fix.</source>
        <translation>Чтобы вернуть статью, укажите в --comment, что нужно исправить.</translation>
    </message>
    <message>
        <source>Unpublishing an article needs --comment with the reason.</source>
        <translation>Чтобы снять статью с публикации, укажите причину в --comment.</translation>
    </message>
    <message>
        <source>--at takes a local date and time as &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Для --at укажите местные дату и время в формате «YYYY-MM-DD HH:MM».</translation>
    </message>
    <message>
        <source>publishes %1</source>
        <translation>публикация: %1</translation>
    </message>
    <message>
        <source>--from and --to take revision ids (see &quot;qalam-cli revisions ID&quot;).</source>
        <translation>Для --from и --to требуются идентификаторы версий (см. «qalam-cli revisions ID»).</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Комментарий не может быть пустым.</translation>
    </message>
    <message>
        <source>Give --read or --all, not both.</source>
        <translation>Укажите --read или --all, но не оба сразу.</translation>
    </message>
    <message>
        <source>--read takes a notification id (the first column of &quot;qalam-cli inbox&quot;).</source>
        <translation>Для --read требуется идентификатор уведомления (первый столбец вывода «qalam-cli inbox»).</translation>
    </message>
    <message>
        <source>read</source>
        <translation>прочитано</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>не прочитано</translation>
    </message>
    <message>
        <source>Make a draft out of agency copy, a press release or a saved web page and print its id: headline, byline, lead, source, body, quotations and photo slots are recognised, site chrome is left out, and the original is kept with the draft (never published). With --json, print the draft as &quot;show --json&quot; does.</source>
        <translation>Создать черновик из сообщения агентства, пресс-релиза или сохранённой веб-страницы и вывести его идентификатор: распознаются заголовок, авторы, лид, источник, текст, цитаты и места для фото, служебные элементы сайта отбрасываются, а исходный текст сохраняется вместе с черновиком (не публикуется). С --json черновик выводится так же, как в «show --json».</translation>
    </message>
    <message>
        <source>How to read the file (default: guessed)</source>
        <translation>Как читать файл (по умолчанию определяется автоматически)</translation>
    </message>
    <message>
        <source>The text&apos;s language (default: detected)</source>
        <translation>Язык текста (по умолчанию определяется автоматически)</translation>
    </message>
    <message>
        <source>Apply the house typography to the recognised text</source>
        <translation>Применить к распознанному тексту правила типографики редакции</translation>
    </message>
    <message>
        <source>Print what was recognised and save nothing</source>
        <translation>Вывести распознанное, ничего не сохраняя</translation>
    </message>
    <message>
        <source>Print the original text an imported article was made from.</source>
        <translation>Вывести исходный текст, из которого создана импортированная статья.</translation>
    </message>
    <message>
        <source>List the photo slots of an imported article: the pictures its source mentions (caption and credit line) that wait for their files.</source>
        <translation>Вывести места для фото импортированной статьи: изображения, упомянутые в источнике (подпись к фото и подпись источника), которые ждут своих файлов.</translation>
    </message>
    <message>
        <source>Fill a photo slot with a picture: the file is imported, takes the slot&apos;s caption and credit where it has none, and is attached to the article; prints the photo id.</source>
        <translation>Заполнить место для фото изображением: файл импортируется, получает подпись и источник этого места, если своих у него нет, и прикрепляется к статье; выводит идентификатор фото.</translation>
    </message>
    <message>
        <source>--format takes text or html.</source>
        <translation>Для --format допустимы значения text или html.</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>Не удалось прочитать %1: такого файла нет.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>Файл %1 пуст: импортировать нечего.</translation>
    </message>
    <message>
        <source>Headline: %1</source>
        <translation>Заголовок: %1</translation>
    </message>
    <message>
        <source>(none recognised)</source>
        <translation>(не распознан)</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Лид: %1</translation>
    </message>
    <message>
        <source>Dateline: %1</source>
        <translation>Место и дата: %1</translation>
    </message>
    <message>
        <source>Language: %1 · format: %2</source>
        <translation>Язык: %1 · формат: %2</translation>
    </message>
    <message numerus="yes">
        <source>Body: %n paragraph(s)</source>
        <translation>
            <numerusform>Текст: %n абзац</numerusform>
            <numerusform>Текст: %n абзаца</numerusform>
            <numerusform>Текст: %n абзацев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotations: %n</source>
        <translation>
            <numerusform>Цитаты: %n</numerusform>
            <numerusform>Цитаты: %n</numerusform>
            <numerusform>Цитаты: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Photo slots: %n</source>
        <translation>
            <numerusform>Места для фото: %n</numerusform>
            <numerusform>Места для фото: %n</numerusform>
            <numerusform>Места для фото: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>lead: </source>
        <translation>главное фото: </translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(без подписи)</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n line(s)</source>
        <translation>
            <numerusform>Отброшено: %n строка</numerusform>
            <numerusform>Отброшено: %n строки</numerusform>
            <numerusform>Отброшено: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>No headline was recognised in %1; an import would save nothing.</source>
        <translation>В %1 не распознан заголовок; импорт ничего бы не сохранил.</translation>
    </message>
    <message>
        <source>No headline was recognised in %1; nothing was saved. Add a headline line at the top and import again, or use the import preview in Qalam.</source>
        <translation>В %1 не распознан заголовок; ничего не сохранено. Добавьте строку с заголовком в начало файла и импортируйте снова или воспользуйтесь предпросмотром импорта в Qalam.</translation>
    </message>
    <message>
        <source>The article %1 was not imported: it has no original text.</source>
        <translation>Статья %1 не импортировалась: у неё нет исходного текста.</translation>
    </message>
    <message>
        <source>A photo slot id is a number.</source>
        <translation>Идентификатор места для фото должен быть числом.</translation>
    </message>
    <message>
        <source>The endpoint to publish to</source>
        <translation>Площадка публикации, на которую отправляется статья</translation>
    </message>
    <message>
        <source>The endpoint to remove it from</source>
        <translation>Площадка публикации, с которой удаляется статья</translation>
    </message>
    <message>
        <source>Print every attempt to publish or unpublish an article, oldest first: when, who, what, which endpoint, the result and the remote address.</source>
        <translation>Вывести все попытки опубликовать статью или снять её с публикации, начиная с самых ранних: когда, кто, что, на какой площадке, результат и удалённый адрес.</translation>
    </message>
    <message>
        <source>Add a publishing endpoint (administrators). The password or token is read from standard input with --secret-stdin and kept in the keychain (or, where no keychain service runs, in a private fallback file), never in the database or on the command line.</source>
        <translation>Добавить площадку публикации (для администраторов). Пароль или токен читается со стандартного ввода при указании --secret-stdin и хранится в связке ключей (а если служба связки ключей не запущена — в закрытом резервном файле), но никогда не в базе данных и не в командной строке.</translation>
    </message>
    <message>
        <source>wordpress, ninjs-http or folder (required)</source>
        <translation>wordpress, ninjs-http или folder (обязательно)</translation>
    </message>
    <message>
        <source>The site&apos;s base address, or the folder to write to (required)</source>
        <translation>Базовый адрес сайта или папка для записи (обязательно)</translation>
    </message>
    <message>
        <source>The CMS user an application password belongs to</source>
        <translation>Пользователь CMS, которому принадлежит пароль приложения</translation>
    </message>
    <message>
        <source>app-password, bearer, header or none (default: by type)</source>
        <translation>app-password, bearer, header или none (по умолчанию — в зависимости от типа)</translation>
    </message>
    <message>
        <source>The header that carries the secret, for --auth header</source>
        <translation>HTTP-заголовок, в котором передаётся секрет, для --auth header</translation>
    </message>
    <message>
        <source>Seconds to wait for the CMS, 1–600 (default 30)</source>
        <translation>Время ожидания ответа CMS в секундах, 1–600 (по умолчанию 30)</translation>
    </message>
    <message>
        <source>Parallel uploads, 1–16 (default 2)</source>
        <translation>Число параллельных загрузок, 1–16 (по умолчанию 2)</translation>
    </message>
    <message>
        <source>An extra CA certificate for an in-house CMS</source>
        <translation>Дополнительный сертификат CA для собственной CMS редакции</translation>
    </message>
    <message>
        <source>The ninjs version to send (default 3.1)</source>
        <translation>Версия ninjs для отправки (по умолчанию 3.1)</translation>
    </message>
    <message>
        <source>Unpublishing trashes the post instead of making it a draft</source>
        <translation>При снятии с публикации запись перемещается в корзину, а не становится черновиком</translation>
    </message>
    <message>
        <source>Read the password or token from standard input</source>
        <translation>Прочитать пароль или токен со стандартного ввода</translation>
    </message>
    <message>
        <source>List the publishing endpoints and whether their secret is stored (never the secret).</source>
        <translation>Вывести список площадок публикации и указать, сохранён ли их секрет (сам секрет не выводится).</translation>
    </message>
    <message>
        <source>Remove a publishing endpoint and its secret (administrators).</source>
        <translation>Удалить площадку публикации и её секрет (для администраторов).</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 существует, но это не папка.</translation>
    </message>
    <message>
        <source>%1 exists and is writable.</source>
        <translation>Папка %1 существует и доступна для записи.</translation>
    </message>
    <message>
        <source>No part of %1 exists.</source>
        <translation>Ни одна часть пути %1 не существует.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; it will be created on the first publication.</source>
        <translation>Папки %1 ещё нет; она будет создана при первой публикации.</translation>
    </message>
    <message>
        <source>Qalam cannot write into %1: check the folder&apos;s owner and permissions.</source>
        <translation>Qalam не может записывать в %1: проверьте владельца папки и права доступа.</translation>
    </message>
    <message>
        <source>An endpoint needs --type and --url.</source>
        <translation>Для площадки публикации нужно указать --type и --url.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds (1 to 600).</source>
        <translation>Для --timeout укажите число секунд (от 1 до 600).</translation>
    </message>
    <message>
        <source>--concurrency takes a number of parallel uploads (1 to 16).</source>
        <translation>Для --concurrency укажите число параллельных загрузок (от 1 до 16).</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; uses no authentication: --secret-stdin has nothing to store.</source>
        <translation>Площадка публикации «%1» работает без аутентификации: сохранять через --secret-stdin нечего.</translation>
    </message>
    <message>
        <source>Secret for %1: </source>
        <translation>Секрет для %1: </translation>
    </message>
    <message>
        <source>--secret-stdin read nothing: pipe the password or token into qalam-cli.</source>
        <translation>--secret-stdin ничего не прочитал: передайте пароль или токен в qalam-cli через стандартный ввод.</translation>
    </message>
    <message>
        <source>Its secret is in the fallback file %1 (readable only by you), because no keychain service answered%2.</source>
        <translation>Её секрет сохранён в резервном файле %1 (прочитать его можете только вы), потому что служба связки ключей не ответила%2.</translation>
    </message>
    <message>
        <source>Its secret is in the keychain.</source>
        <translation>Её секрет сохранён в связке ключей.</translation>
    </message>
    <message>
        <source>No secret was given: remove the endpoint and add it again with --secret-stdin before publishing to it.</source>
        <translation>Секрет не указан: прежде чем публиковать на эту площадку, удалите её и добавьте снова с --secret-stdin.</translation>
    </message>
    <message>
        <source>Endpoint %1 added: %2 %3.</source>
        <translation>Площадка публикации %1 добавлена: %2 %3.</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>secret: %1</source>
        <translation>секрет: %1</translation>
    </message>
    <message>
        <source>The endpoint %1 was removed, but its secret could not be.</source>
        <translation>Площадка публикации %1 удалена, но её секрет удалить не удалось.</translation>
    </message>
    <message>
        <source>Endpoint %1 removed.</source>
        <translation>Площадка публикации %1 удалена.</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>в порядке: %1</translation>
    </message>
    <message>
        <source>The attempt could not be recorded in the publish log: %1</source>
        <translation>Не удалось записать попытку в журнал публикаций: %1</translation>
    </message>
    <message>
        <source>Publish an approved article (chief editors). With --endpoint the job goes through the publishing outbox: photos are uploaded, the post is created or updated, and the article is marked published only once the endpoint confirmed; the remote address is printed. A folder endpoint gets &lt;slug&gt;/article.json (ninjs), article.html and the photo renditions. Exit 3: the job waits in the outbox (a scheduled time, or a long retry). Without --endpoint the article is only marked published.</source>
        <translation>Опубликовать одобренную статью (для главных редакторов). С --endpoint задание проходит через очередь публикации: фото загружаются, запись создаётся или обновляется, а статья отмечается как опубликованная только после подтверждения площадки публикации; выводится удалённый адрес. На площадку-папку записываются &lt;slug&gt;/article.json (ninjs), article.html и версии фото для публикации. Код выхода 3: задание ждёт в очереди публикации (запланированное время или долгое ожидание повторной попытки). Без --endpoint статья только отмечается как опубликованная.</translation>
    </message>
    <message>
        <source>Wait through retries and a scheduled time until the job ends</source>
        <translation>Ждать завершения задания, включая повторные попытки и запланированное время</translation>
    </message>
    <message>
        <source>Take a published article off the site, with the reason; with --endpoint, remove it there too (WordPress: the post becomes a draft, or goes to the trash per profile; ninjs: pubStatus withheld; folder: the package is removed).</source>
        <translation>Снять опубликованную статью с сайта с указанием причины; с --endpoint — удалить её и с этой площадки публикации (WordPress: запись становится черновиком или, согласно настройкам площадки, перемещается в корзину; ninjs: pubStatus withheld; папка: пакет удаляется).</translation>
    </message>
    <message>
        <source>Wait through retries until the job ends</source>
        <translation>Ждать завершения задания, включая повторные попытки</translation>
    </message>
    <message>
        <source>List the publishing jobs not finished yet (with --all, every job): state, attempts, the next try and the last error.</source>
        <translation>Вывести список незавершённых заданий публикации (с --all — всех заданий): состояние, число попыток, время следующей попытки и последняя ошибка.</translation>
    </message>
    <message>
        <source>Finished, failed and cancelled jobs too</source>
        <translation>Также завершённые, неудавшиеся и отменённые задания</translation>
    </message>
    <message>
        <source>Only this article&apos;s jobs</source>
        <translation>Только задания этой статьи</translation>
    </message>
    <message>
        <source>Start a failed or cancelled job again; the steps it completed are not repeated.</source>
        <translation>Снова запустить неудавшееся или отменённое задание; уже выполненные шаги не повторяются.</translation>
    </message>
    <message>
        <source>Stop a job that has not finished; it can be retried later.</source>
        <translation>Остановить незавершённое задание; позже его можно повторить.</translation>
    </message>
    <message>
        <source>Run your unfinished jobs whose time has come (after a crash, or for scheduled publications, e.g. from cron).</source>
        <translation>Выполнить ваши незавершённые задания, время которых наступило (после сбоя или для запланированных публикаций, например из cron).</translation>
    </message>
    <message>
        <source>Also wait for jobs scheduled later and for long retries</source>
        <translation>Ждать также задания, запланированные на более позднее время, и долгие ожидания повторных попыток</translation>
    </message>
    <message>
        <source>Check that an endpoint can be published to: a folder exists (or can be created) and is writable; a CMS answers, accepts the credentials and lets the account upload and publish (with the CMS&apos;s own error text when not).</source>
        <translation>Проверить, можно ли публиковать на площадку: папка существует (или её можно создать) и доступна для записи; CMS отвечает, принимает учётные данные и разрешает учётной записи загружать файлы и публиковать (если нет — выводится текст ошибки самой CMS).</translation>
    </message>
    <message>
        <source>Run the database&apos;s integrity check (SQLite&apos;s; on a server, that the schema is complete) and print the schema version; exit 1 when the check finds damage.</source>
        <translation>Выполнить проверку целостности базы данных (средствами SQLite; на сервере — проверку полноты схемы) и вывести версию схемы; код выхода 1, если проверка обнаружила повреждения.</translation>
    </message>
    <message>
        <source>Create the database or bring its schema up to date (a file, or a postgresql:// database), and print the schema version.</source>
        <translation>Создать базу данных или обновить её схему до последней версии (файл или база данных postgresql://) и вывести версию схемы.</translation>
    </message>
    <message>
        <source>Database %1 is at schema %2.</source>
        <translation>База данных %1: схема %2.</translation>
    </message>
    <message>
        <source>No secret is stored for endpoint %1: add it again with --secret-stdin.</source>
        <translation>Для площадки публикации %1 не сохранён секрет: добавьте её снова с --secret-stdin.</translation>
    </message>
    <message>
        <source>Job %1 waits in the outbox: %2 Qalam or `qalam-cli outbox run` finishes it.</source>
        <translation>Задание %1 ждёт в очереди публикации: %2 Его завершит Qalam или `qalam-cli outbox run`.</translation>
    </message>
    <message>
        <source>Job %1 %2: %3</source>
        <translation>Задание %1 (%2): %3</translation>
    </message>
    <message>
        <source>it runs at %1.</source>
        <translation>оно будет выполнено в %1.</translation>
    </message>
    <message>
        <source>it runs later.</source>
        <translation>оно будет выполнено позже.</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Задание %1: %2</translation>
    </message>
    <message>
        <source>The outbox has no unfinished job of yours.</source>
        <translation>В очереди публикации нет ваших незавершённых заданий.</translation>
    </message>
    <message>
        <source>attempts: %1</source>
        <translation>попыток: %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>следующая: %1</translation>
    </message>
    <message>
        <source>JOB is the number `outbox list` shows.</source>
        <translation>JOB — номер задания, который показывает `outbox list`.</translation>
    </message>
    <message>
        <source>Job %1 cancelled; `qalam-cli outbox retry %1` starts it again.</source>
        <translation>Задание %1 отменено; `qalam-cli outbox retry %1` запустит его снова.</translation>
    </message>
    <message>
        <source>Copy a whole database (articles, revisions, photos and their originals, authors, accounts, the audit log, publishing) into an empty one: an SQLite file into a postgresql:// database or back. Ids are kept; every table and every photo is verified by counts and checksums before the copy is committed. Needs an administrator (--user) when the source has accounts.</source>
        <translation>Скопировать всю базу данных (статьи, версии, фото и их оригиналы, авторов, учётные записи, журнал действий, публикации) в пустую: файл SQLite — в базу данных postgresql:// или обратно. Идентификаторы сохраняются; перед фиксацией копии каждая таблица и каждое фото проверяются по количеству строк и контрольным суммам. Если в исходной базе есть учётные записи, нужен администратор (--user).</translation>
    </message>
    <message>
        <source>The database to copy: a file or a postgresql:// URL (only read)</source>
        <translation>Копируемая база данных: файл или URL postgresql:// (только чтение)</translation>
    </message>
    <message>
        <source>The empty database to copy into: a new file or an empty postgresql:// database</source>
        <translation>Пустая база данных, в которую выполняется копирование: новый файл или пустая база данных postgresql://</translation>
    </message>
    <message>
        <source>&quot;db copy&quot; needs --from and --to.</source>
        <translation>Для «db copy» нужно указать --from и --to.</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (schema %3):</source>
        <translation>База данных %1 скопирована в %2 (схема %3):</translation>
    </message>
    <message>
        <source>  photo originals: %1 (%2 bytes)</source>
        <translation>  оригиналы фото: %1 (%2 байт)</translation>
    </message>
    <message>
        <source>Verified: every table&apos;s rows and every photo original match the source.</source>
        <translation>Проверено: строки каждой таблицы и каждый оригинал фото совпадают с исходными.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Не проверено.</translation>
    </message>
    <message>
        <source>Database file, or a team database as postgresql://USER@HOST:PORT/DATABASE (default: $QALAM_DB, else the database chosen in the app, else the per-user data folder)</source>
        <translation>Файл базы данных или общая база данных редакции в виде postgresql://USER@HOST:PORT/DATABASE (по умолчанию: $QALAM_DB, иначе — база данных, выбранная в приложении, иначе — папка данных пользователя)</translation>
    </message>
    <message>
        <source>Keep the password of a team database in the keychain (where no keychain service runs, in a private fallback file). It is read from standard input, one line, never echoed, and checked by connecting before it is kept. qalam-cli and the app then use it for this user, server and database, whatever the URL&apos;s sslmode; it comes before PGPASSWORD and ~/.pgpass.</source>
        <translation>Сохранить пароль общей базы данных редакции в связке ключей (а если служба связки ключей не запущена — в закрытом резервном файле). Пароль читается со стандартного ввода одной строкой, не отображается на экране и перед сохранением проверяется пробным подключением. Затем qalam-cli и приложение используют его для этого пользователя, сервера и базы данных при любом sslmode в URL; он имеет приоритет над PGPASSWORD и ~/.pgpass.</translation>
    </message>
    <message>
        <source>Forget the stored password of a team database.</source>
        <translation>Удалить сохранённый пароль общей базы данных редакции.</translation>
    </message>
    <message>
        <source>The stored password could not be read (%1); PGPASSWORD or ~/.pgpass are used instead.</source>
        <translation>Не удалось прочитать сохранённый пароль (%1); вместо него используются PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <source>&quot;db login&quot; is for a team database: give --db postgresql://USER@HOST:PORT/DATABASE (a file needs no password).</source>
        <translation>Команда «db login» предназначена для общей базы данных редакции: укажите --db postgresql://USER@HOST:PORT/DATABASE (для файла пароль не нужен).</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: &quot;db login&quot; reads it from standard input.</source>
        <translation>Не указывайте пароль в URL: «db login» читает его со стандартного ввода.</translation>
    </message>
    <message>
        <source>&quot;db login&quot; read no password: type it, or pipe it into qalam-cli.</source>
        <translation>Команда «db login» не получила пароль: введите его или передайте в qalam-cli через конвейер.</translation>
    </message>
    <message>
        <source>The password for %1 is stored in the fallback file %2 (readable only by you), because no keychain service answered%3.</source>
        <translation>Пароль для %1 сохранён в резервном файле %2 (прочитать его можете только вы), потому что служба связки ключей не ответила%3.</translation>
    </message>
    <message>
        <source>The password for %1 is stored in the keychain.</source>
        <translation>Пароль для %1 сохранён в связке ключей.</translation>
    </message>
    <message>
        <source>&quot;db logout&quot; is for a team database: give --db postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Команда «db logout» предназначена для общей базы данных редакции: укажите --db postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The password for %1 is no longer stored.</source>
        <translation>Пароль для %1 больше не хранится.</translation>
    </message>
    <message>
        <source>Waiting for it.</source>
        <translation>Ожидаем его завершения.</translation>
    </message>
    <message>
        <source>run by: %1</source>
        <translation>выполняет: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::ConnectionCheck</name>
    <message>
        <source>No secret is stored for %1: type the password or token and save the endpoint first.</source>
        <translation>Для %1 не сохранён секрет: сначала введите пароль или токен и сохраните площадку публикации.</translation>
    </message>
</context>
<context>
    <name>Qalam::Database</name>
    <message>
        <source>%1 is a folder, not a Qalam database.</source>
        <translation>%1 — это папка, а не база данных Qalam.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation>Не удалось прочитать файл базы данных %1.</translation>
    </message>
    <message>
        <source>%1 is not a Qalam database (not an SQLite file). It was left untouched.</source>
        <translation>%1 не является базой данных Qalam (это не файл SQLite). Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>The database file %1 is not writable.</source>
        <translation>Файл базы данных %1 недоступен для записи.</translation>
    </message>
    <message>
        <source>Cannot create the database in %1: the folder is not writable.</source>
        <translation>Не удалось создать базу данных в %1: папка недоступна для записи.</translation>
    </message>
    <message>
        <source>%1 is not a readable Qalam database. It was left untouched.</source>
        <translation>Не удаётся прочитать %1 как базу данных Qalam. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not Qalam&apos;s. It was left untouched.</source>
        <translation>%1 — база данных SQLite другой программы, а не Qalam. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Qalam (schema %2; this version knows up to %3). It was left untouched; update Qalam to open it.</source>
        <translation>%1 создана более новой версией Qalam (схема %2; эта версия поддерживает схемы до %3). Файл оставлен без изменений; чтобы открыть его, обновите Qalam.</translation>
    </message>
    <message>
        <source>%1 has schema %2 and needs migrating to %3.</source>
        <translation>У %1 схема %2, требуется миграция на схему %3.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Не удалось открыть базу данных %1.</translation>
    </message>
    <message>
        <source>Cannot start the database upgrade.</source>
        <translation>Не удалось начать обновление базы данных.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2.</source>
        <translation>Не удалось обновить базу данных до схемы %1; она осталась на схеме %2.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation>Не удалось обновить базу данных до схемы %1.</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>Не удалось выполнить проверку целостности.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 would break references between its tables; it was left at schema %2.</source>
        <translation>Обновление базы данных до схемы %1 нарушило бы связи между её таблицами; она осталась на схеме %2.</translation>
    </message>
    <message>
        <source>%1 is not a database server address (%2). Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 не является адресом сервера баз данных (%2). Укажите его в виде postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>недопустимый URL</translation>
    </message>
    <message>
        <source>the database name contains &quot;/&quot;</source>
        <translation>имя базы данных содержит «/»</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not a connection option</source>
        <translation>«%1» не является параметром подключения</translation>
    </message>
    <message>
        <source>Qalam cannot reach %1: its PostgreSQL support is not installed (the Debian package libqt6sql6-psql).</source>
        <translation>Qalam не может подключиться к %1: поддержка PostgreSQL не установлена (пакет Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not Qalam&apos;s. It was left untouched; give Qalam a database of its own.</source>
        <translation>В %1 находятся таблицы другой программы, а не Qalam. База данных не изменена; выделите для Qalam отдельную базу данных.</translation>
    </message>
    <message>
        <source>The schema version could not be read.</source>
        <translation>Не удалось прочитать версию схемы.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached.</source>
        <translation>Сервер баз данных %1 недоступен.</translation>
    </message>
    <message>
        <source>The database server %1 refused the login: the password is wrong or missing, or the account may not use this database. Give the password in the Database dialog or with &quot;qalam-cli db login&quot; (kept in the keychain), or in PGPASSWORD or ~/.pgpass.</source>
        <translation>Сервер баз данных %1 отклонил вход: пароль неверен или не указан, либо этой учётной записи нельзя работать с этой базой данных. Укажите пароль в окне «База данных» или командой «qalam-cli db login» (он сохранится в связке ключей) либо в PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1. Check the address, that the server runs and lets you in (the password comes from the keychain, PGPASSWORD or ~/.pgpass).</source>
        <translation>Не удалось подключиться к серверу баз данных %1. Проверьте адрес, запущен ли сервер и разрешает ли он вам вход (пароль берётся из связки ключей, PGPASSWORD или ~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>Qalam::DatabaseChooser</name>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;База данных…</translation>
    </message>
    <message>
        <source>Work on this computer&apos;s file or on the newsroom&apos;s server</source>
        <translation>Работать с файлом на этом компьютере или с сервером редакции</translation>
    </message>
    <message>
        <source>After OK, Qalam closes this window, opens the chosen database and asks you to sign in.</source>
        <translation>После нажатия OK Qalam закроет это окно, откроет выбранную базу данных и попросит вас войти в систему.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>This window stays open on the current database; Qalam opens the chosen one at its next start.</source>
        <translation>Это окно остаётся открытым с текущей базой данных; выбранную базу Qalam откроет при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>Qalam::DatabaseCopy</name>
    <message>
        <source>The column %1.%2 has the type %3, which the copy does not know; nothing was copied.</source>
        <translation>Столбец %1.%2 имеет тип %3, неизвестный при копировании; ничего не скопировано.</translation>
    </message>
    <message>
        <source>The database has a table or column named &quot;%1&quot;, which is not Qalam&apos;s; nothing was copied.</source>
        <translation>В базе данных есть таблица или столбец «%1», не относящиеся к Qalam; ничего не скопировано.</translation>
    </message>
    <message>
        <source>The tables of the database could not be read.</source>
        <translation>Не удалось прочитать таблицы базы данных.</translation>
    </message>
    <message>
        <source>The database&apos;s id sequences could not be read.</source>
        <translation>Не удалось прочитать последовательности идентификаторов базы данных.</translation>
    </message>
    <message>
        <source>The tables %1 refer to each other in a circle; the copy cannot order them. Nothing was copied.</source>
        <translation>Таблицы %1 ссылаются друг на друга по кругу; при копировании их невозможно упорядочить. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>%1 has tables that are not part of this Qalam&apos;s schema: %2. Nothing was copied.</source>
        <translation>В %1 есть таблицы, которых нет в схеме этой версии Qalam: %2. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>%1 lacks tables of this Qalam&apos;s schema: %2. Nothing was copied.</source>
        <translation>В %1 не хватает таблиц схемы этой версии Qalam: %2. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>%1 only in %2</source>
        <translation>%1 — только в %2</translation>
    </message>
    <message>
        <source>%1 is %2 in %3 and %4 in %5</source>
        <translation>%1: %2 в %3 и %4 в %5</translation>
    </message>
    <message>
        <source>The table %1 differs between the two databases (%2). Nothing was copied.</source>
        <translation>Таблица %1 в двух базах данных различается (%2). Ничего не скопировано.</translation>
    </message>
    <message>
        <source>The table %1 holds &quot;%2&quot; in its whole-number column %3; nothing was copied.</source>
        <translation>В целочисленном столбце %3 таблицы %1 находится значение «%2»; ничего не скопировано.</translation>
    </message>
    <message>
        <source>The table %1 could not be read.</source>
        <translation>Не удалось прочитать таблицу %1.</translation>
    </message>
    <message>
        <source>The rows of %1 could not be written.</source>
        <translation>Не удалось записать строки таблицы %1.</translation>
    </message>
    <message>
        <source>The photos could not be read.</source>
        <translation>Не удалось прочитать список фото.</translation>
    </message>
    <message>
        <source>The original of photo %1 could not be read.</source>
        <translation>Не удалось прочитать оригинал фото %1.</translation>
    </message>
    <message>
        <source>%1 has no original for photo %2 (%3); nothing was copied.</source>
        <translation>В %1 нет оригинала фото %2 (%3); ничего не скопировано.</translation>
    </message>
    <message>
        <source>The original of photo %1 is missing: %2. Nothing was copied.</source>
        <translation>Оригинал фото %1 отсутствует: %2. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>%1 has no original for photo %2 (%3).</source>
        <translation>В %1 нет оригинала фото %2 (%3).</translation>
    </message>
    <message>
        <source>The original of photo %1 in %2 is damaged: its bytes do not match its SHA-256.</source>
        <translation>Оригинал фото %1 в %2 повреждён: его содержимое не соответствует контрольной сумме SHA-256.</translation>
    </message>
    <message>
        <source>The database %1 could not be read.</source>
        <translation>Не удалось прочитать базу данных %1.</translation>
    </message>
    <message>
        <source>The original of photo %1 could not be written.</source>
        <translation>Не удалось записать оригинал фото %1.</translation>
    </message>
    <message>
        <source>Cannot write the original of photo %1 into %2; nothing was copied.</source>
        <translation>Не удалось записать оригинал фото %1 в %2; ничего не скопировано.</translation>
    </message>
    <message>
        <source>The id sequences of the copy could not be set.</source>
        <translation>Не удалось установить последовательности идентификаторов копии.</translation>
    </message>
    <message>
        <source>photo originals</source>
        <translation>оригиналы фото</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>По пути %1 нет базы данных.</translation>
    </message>
    <message>
        <source>%1 Bring it up to date first (qalam-cli --db %2 db migrate), then copy it. Nothing was copied.</source>
        <translation>%1 Сначала обновите её (qalam-cli --db %2 db migrate), затем скопируйте. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>Only an administrator of %1 may copy it (the copy includes its accounts). Nothing was copied.</source>
        <translation>Копировать базу данных %1 может только её администратор (копия включает учётные записи). Ничего не скопировано.</translation>
    </message>
    <message>
        <source>%1 has schema %2; this Qalam copies schema %3. Run qalam-cli --db %1 db migrate first. Nothing was copied.</source>
        <translation>У %1 схема %2; эта версия Qalam копирует схему %3. Сначала выполните qalam-cli --db %1 db migrate. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>%1 The copy goes into an empty database, or one at this Qalam&apos;s schema with no rows. Nothing was copied.</source>
        <translation>%1 Копировать можно только в пустую базу данных или в базу со схемой этой версии Qalam, в которой нет строк. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>%1 is both the source and the target of the copy.</source>
        <translation>%1 — одновременно и источник, и место назначения копии.</translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 schema %4; both must be at this Qalam&apos;s schema %5. Nothing was copied.</source>
        <translation>У %1 схема %2, а у %3 — схема %4; у обеих должна быть схема этой версии Qalam (%5). Ничего не скопировано.</translation>
    </message>
    <message>
        <source>%1 is not empty (rows in %2). The copy goes into an empty database only; nothing was copied.</source>
        <translation>База данных %1 не пуста (есть строки в %2). Копировать можно только в пустую базу данных; ничего не скопировано.</translation>
    </message>
    <message>
        <source>The photo counts of the copy could not be set.</source>
        <translation>Не удалось установить число фото в копии.</translation>
    </message>
    <message>
        <source>The original of photo %1 in %2 is damaged: its bytes do not match its SHA-256. Nothing was copied.</source>
        <translation>Оригинал фото %1 в %2 повреждён: его содержимое не соответствует контрольной сумме SHA-256. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>The search index of the copy does not match its articles.</source>
        <translation>Поисковый индекс копии не соответствует её статьям.</translation>
    </message>
    <message>
        <source>The copy in %1 differs from %2 in %3; it was rolled back and nothing was copied.</source>
        <translation>Копия в %1 отличается от %2 (%3); изменения отменены, ничего не скопировано.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to copy.</source>
        <translation>База данных %1 пуста: копировать нечего.</translation>
    </message>
</context>
<context>
    <name>Qalam::DatabaseDialog</name>
    <message>
        <source>disable: no encryption</source>
        <translation>disable: без шифрования</translation>
    </message>
    <message>
        <source>Nothing is encrypted: the password and the drafts cross the network readable. Only for a server on this computer.</source>
        <translation>Ничего не шифруется: пароль и черновики передаются по сети в открытом виде. Только для сервера на этом компьютере.</translation>
    </message>
    <message>
        <source>allow: encrypted only if the server insists</source>
        <translation>allow: шифрование, только если его требует сервер</translation>
    </message>
    <message>
        <source>Plain unless the server demands encryption, and the server is not checked. Not for a newsroom network.</source>
        <translation>Без шифрования, если сервер его не требует; подлинность сервера не проверяется. Не для сети редакции.</translation>
    </message>
    <message>
        <source>prefer: encrypted when offered</source>
        <translation>prefer: шифрование, если сервер его предлагает</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, but nobody checks who answers: someone in between can pose as the server. PostgreSQL&apos;s default.</source>
        <translation>Шифрование, если сервер его предлагает, но никто не проверяет, кто отвечает: посредник может выдать себя за сервер. Режим PostgreSQL по умолчанию.</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require: всегда с шифрованием</translation>
    </message>
    <message>
        <source>Always encrypted, so nobody can read along, but the server&apos;s certificate is not checked: a fake server could still collect the password.</source>
        <translation>Всегда с шифрованием, поэтому перехватить данные никто не сможет, но сертификат сервера не проверяется: поддельный сервер всё же может узнать пароль.</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, certificate checked</source>
        <translation>verify-ca: шифрование и проверка сертификата</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate must be signed by your newsroom&apos;s certificate authority (the CA certificate below); its host name is not compared.</source>
        <translation>С шифрованием; сертификат сервера должен быть подписан центром сертификации вашей редакции (сертификат CA ниже); имя хоста в нём не сверяется.</translation>
    </message>
    <message>
        <source>verify-full: encrypted, server verified</source>
        <translation>verify-full: шифрование и проверка сервера</translation>
    </message>
    <message>
        <source>Encrypted, and the certificate must be signed by your certificate authority and issued for this host name: nobody can read or divert the connection. Recommended for a newsroom.</source>
        <translation>С шифрованием; сертификат должен быть подписан вашим центром сертификации и выдан для этого имени хоста: никто не сможет ни прочитать, ни перенаправить соединение. Рекомендуется для редакции.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Qalam databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Qalam (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Сертификат CA</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>This computer (a file)</source>
        <translation>Этот компьютер (файл)</translation>
    </message>
    <message>
        <source>Newsroom server (PostgreSQL)</source>
        <translation>Сервер редакции (PostgreSQL)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
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
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation>newsroom</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Blank: keep the stored password</source>
        <translation>Оставьте пустым, чтобы сохранить прежний пароль</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>Запомнить в связке ключей</translation>
    </message>
    <message>
        <source>Unticked, the password is used until Qalam closes, and a stored one is forgotten; PGPASSWORD or ~/.pgpass may still provide one.</source>
        <translation>Если флажок снят, пароль используется до закрытия Qalam, а сохранённый пароль удаляется; пароль по-прежнему может браться из PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Шифрование (TLS):</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Сертификат CA:</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt when blank</source>
        <translation>~/.postgresql/root.crt, если не указан</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
    <message>
        <source>The saved server address %1 cannot be read; enter it again.</source>
        <translation>Не удалось разобрать сохранённый адрес сервера %1; введите его заново.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Выберите файл базы данных.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Введите имя хоста сервера.</translation>
    </message>
    <message>
        <source>Enter the name of the newsroom&apos;s database.</source>
        <translation>Введите имя базы данных редакции.</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Введите ваше имя пользователя на сервере.</translation>
    </message>
    <message>
        <source>The host, database or user name contains characters a server address cannot hold.</source>
        <translation>Имя хоста, базы данных или пользователя содержит символы, недопустимые в адресе сервера.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
</context>
<context>
    <name>Qalam::DeskPanel</name>
    <message>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Search headlines, leads and text (every word, as a prefix)</source>
        <translation>Поиск по заголовкам, лидам и тексту (по началу каждого слова)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Все авторы</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Only the articles I created</source>
        <translation>Только созданные мной статьи</translation>
    </message>
    <message>
        <source>Awaiting me</source>
        <translation>Ждут меня</translation>
    </message>
    <message>
        <source>articles in review, and approved ones whose publication time has passed</source>
        <translation>статьи на проверке и одобренные статьи, время публикации которых уже прошло</translation>
    </message>
    <message>
        <source>my articles returned to me</source>
        <translation>мои статьи, возвращённые мне</translation>
    </message>
    <message>
        <source>articles in review or approved that have photos</source>
        <translation>статьи с фото на проверке или одобренные</translation>
    </message>
    <message>
        <source>Articles waiting for me</source>
        <translation>Статьи, которые ждут меня</translation>
    </message>
    <message>
        <source>Waiting for me: %1</source>
        <translation>Ждут меня: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::DictionaryStore</name>
    <message>
        <source>The newsroom dictionary has no language &quot;%1&quot;; use ru, kk or en.</source>
        <translation>В словаре редакции нет языка «%1»; используйте ru, kk или en.</translation>
    </message>
    <message>
        <source>An empty word cannot be added to the newsroom dictionary.</source>
        <translation>Нельзя добавить в словарь редакции пустое слово.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more than one word. The newsroom dictionary holds single words: add each word on its own.</source>
        <translation>«%1» — это больше одного слова. В словаре редакции хранятся отдельные слова: добавляйте их по одному.</translation>
    </message>
    <message>
        <source>The newsroom dictionary could not be read; spelling is checked without the newsroom&apos;s words.</source>
        <translation>Не удалось прочитать словарь редакции; орфография проверяется без учёта слов из словаря редакции.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be added to the newsroom dictionary; try again.</source>
        <translation>Не удалось добавить «%1» в словарь редакции; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Choose a word to remove from the newsroom dictionary.</source>
        <translation>Выберите слово, которое нужно удалить из словаря редакции.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be removed from the newsroom dictionary; try again.</source>
        <translation>Не удалось удалить «%1» из словаря редакции; попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>Qalam::DraftCreator</name>
    <message>
        <source>No headline was recognised in the imported text. Give the draft a headline; nothing was saved.</source>
        <translation>В импортированном тексте не распознан заголовок. Укажите заголовок черновика; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; was created (id %2), but not all of the import was kept: %3</source>
        <translation>Черновик «%1» создан (ID %2), но импортированное сохранено не полностью: %3</translation>
    </message>
    <message>
        <source>The original text could not be kept.</source>
        <translation>Не удалось сохранить исходный текст.</translation>
    </message>
    <message>
        <source>The original text could not be read.</source>
        <translation>Не удалось прочитать исходный текст.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Статья с идентификатором %1 не найдена.</translation>
    </message>
</context>
<context>
    <name>Qalam::EditRights</name>
    <message>
        <source>Read-only: photo editors change the pictures of an article (Photos dock), not its text.</source>
        <translation>Только чтение: фоторедактор меняет фото статьи (панель «Фото»), а не её текст.</translation>
    </message>
    <message>
        <source>Read-only: your role does not include editing articles.</source>
        <translation>Только чтение: ваша роль не позволяет редактировать статьи.</translation>
    </message>
    <message>
        <source>In review: withdraw it to edit.</source>
        <translation>На проверке: чтобы редактировать статью, отзовите её.</translation>
    </message>
    <message>
        <source>In review: the chief editor is looking at it.</source>
        <translation>На проверке: статью смотрит главный редактор.</translation>
    </message>
    <message>
        <source>Approved: only a chief editor can change it now.</source>
        <translation>Одобрено: теперь изменить статью может только главный редактор.</translation>
    </message>
    <message>
        <source>Published: only a chief editor can change it now.</source>
        <translation>Опубликовано: теперь изменить статью может только главный редактор.</translation>
    </message>
    <message>
        <source>Read-only: this article is neither yours nor from your regions.</source>
        <translation>Только чтение: это не ваша статья и не статья из ваших регионов.</translation>
    </message>
    <message>
        <source>%1 · single desk</source>
        <translation>%1 · однопользовательский режим</translation>
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
        <translation>Новая площадка публикации</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Площадка публикации %1</translation>
    </message>
    <message>
        <source>e.g. site-export (letters, digits, . _ -)</source>
        <translation>например site-export (буквы, цифры, . _ -)</translation>
    </message>
    <message>
        <source>The name files the secret; it does not change</source>
        <translation>Под этим именем хранится секрет; имя не меняется</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Pick the folder packages are written to</source>
        <translation>Выбрать папку, в которую записываются пакеты</translation>
    </message>
    <message>
        <source>the WordPress user the application password belongs to</source>
        <translation>пользователь WordPress, которому принадлежит пароль приложения</translation>
    </message>
    <message>
        <source>e.g. X-Api-Key</source>
        <translation>например X-Api-Key</translation>
    </message>
    <message>
        <source>the application password, token or header value</source>
        <translation>пароль приложения, токен или значение заголовка</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>оставьте пустым, чтобы сохранить прежний секрет</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>How many photos are uploaded at the same time</source>
        <translation>Сколько фото загружается одновременно</translation>
    </message>
    <message>
        <source>Send photo renditions (resized, captions and credits written in)</source>
        <translation>Отправлять версии фото для публикации (с изменённым размером, вписанными подписями к фото и подписями источника)</translation>
    </message>
    <message>
        <source>Pictures from readers (UGC) always lose their GPS position and device data</source>
        <translation>Из снимков читателей (UGC) координаты GPS и данные об устройстве удаляются всегда</translation>
    </message>
    <message>
        <source>Move the post to the trash on unpublishing (else it becomes a draft)</source>
        <translation>При снятии с публикации перемещать запись в корзину (иначе она становится черновиком)</translation>
    </message>
    <message>
        <source>only for an in-house CMS with its own certificate authority</source>
        <translation>только для собственной CMS редакции со своим центром сертификации</translation>
    </message>
    <message>
        <source>3.1 (current)</source>
        <translation>3.1 (текущая)</translation>
    </message>
    <message>
        <source>2.2 (older consumers)</source>
        <translation>2.2 (для старых систем-получателей)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Аутентификация:</translation>
    </message>
    <message>
        <source>CMS login:</source>
        <translation>Логин в CMS:</translation>
    </message>
    <message>
        <source>Header name:</source>
        <translation>Имя заголовка:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Секрет:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Время ожидания:</translation>
    </message>
    <message>
        <source>Parallel uploads:</source>
        <translation>Параллельные загрузки:</translation>
    </message>
    <message>
        <source>Extra CA certificate:</source>
        <translation>Дополнительный сертификат CA:</translation>
    </message>
    <message>
        <source>A PEM file; certificate verification itself always stays on</source>
        <translation>Файл PEM; проверка сертификатов при этом всегда остаётся включённой</translation>
    </message>
    <message>
        <source>ninjs version:</source>
        <translation>Версия ninjs:</translation>
    </message>
    <message>
        <source>Categories: a Qalam region, rubric or tag → the CMS category id (tag:ID for a CMS tag).</source>
        <translation>Категории: регион, рубрика или тег Qalam → идентификатор категории в CMS (tag:ID для тега CMS).</translation>
    </message>
    <message>
        <source>Region, rubric or tag</source>
        <translation>Регион, рубрика или тег</translation>
    </message>
    <message>
        <source>CMS category</source>
        <translation>Категория в CMS</translation>
    </message>
    <message>
        <source>Authors: a Qalam author → the CMS user id, or the byline text to print.</source>
        <translation>Авторы: автор Qalam → идентификатор пользователя CMS или текст, выводимый в строке авторов.</translation>
    </message>
    <message>
        <source>Qalam author</source>
        <translation>Автор в Qalam</translation>
    </message>
    <message>
        <source>CMS user id or byline</source>
        <translation>ID пользователя CMS или строка авторов</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Categories and authors</source>
        <translation>Категории и авторы</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Check the endpoint as typed here, with the typed secret or else the stored one</source>
        <translation>Проверить площадку с введёнными здесь параметрами: с введённым секретом, а если он не введён — с сохранённым</translation>
    </message>
    <message>
        <source>Add the endpoint</source>
        <translation>Добавить площадку</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>https://news.example.kz</source>
        <translation>https://news.example.kz</translation>
    </message>
    <message>
        <source>an absolute folder path</source>
        <translation>абсолютный путь к папке</translation>
    </message>
    <message>
        <source>Connection ok: %1</source>
        <translation>Подключение успешно: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Looking up the stored secret…</source>
        <translation>Поиск сохранённого секрета…</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain. Type a new one to replace it.</source>
        <translation>Секрет сохранён в связке ключей. Чтобы заменить его, введите новый.</translation>
    </message>
    <message>
        <source>A secret is stored in the fallback file %1 (readable only by you), since no keychain service answered. Type a new one to replace it.</source>
        <translation>Секрет сохранён в резервном файле %1 (прочитать его можете только вы), так как служба связки ключей не ответила. Чтобы заменить его, введите новый.</translation>
    </message>
    <message>
        <source>No secret is stored yet: type it above. It goes to the keychain, never into the database.</source>
        <translation>Секрет ещё не сохранён: введите его выше. Он будет храниться в связке ключей, но никогда не в базе данных.</translation>
    </message>
    <message>
        <source>The stored secret cannot be read: %1</source>
        <translation>Не удаётся прочитать сохранённый секрет: %1</translation>
    </message>
    <message>
        <source>Author #%1</source>
        <translation>Автор №%1</translation>
    </message>
    <message>
        <source>Folder for published packages</source>
        <translation>Папка для публикуемых пакетов</translation>
    </message>
    <message>
        <source>CA certificate of the CMS</source>
        <translation>Сертификат CA для CMS</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Type the %1: this endpoint cannot publish without it.</source>
        <translation>Введите секрет (%1): без него публикация на эту площадку невозможна.</translation>
    </message>
</context>
<context>
    <name>Qalam::EndpointStore</name>
    <message>
        <source>&quot;%1&quot; cannot be an endpoint name: use 1 to 64 letters, digits, dots, underscores or hyphens, without spaces.</source>
        <translation>«%1» нельзя использовать как имя площадки публикации: используйте от 1 до 64 букв, цифр, точек, подчёркиваний или дефисов без пробелов.</translation>
    </message>
    <message>
        <source>Unknown endpoint type &quot;%1&quot;: use wordpress, ninjs-http or folder.</source>
        <translation>Неизвестный тип площадки публикации «%1»: используйте wordpress, ninjs-http или folder.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use app-password, bearer, header or none.</source>
        <translation>Неизвестный способ аутентификации «%1»: используйте app-password, bearer, header или none.</translation>
    </message>
    <message>
        <source>A folder endpoint needs an absolute folder path, such as /srv/qalam/outbox; &quot;%1&quot; is not one.</source>
        <translation>Для площадки-папки нужен абсолютный путь к папке, например /srv/qalam/outbox; «%1» таким не является.</translation>
    </message>
    <message>
        <source>A folder endpoint has no authentication: use --auth none.</source>
        <translation>Площадка-папка не использует аутентификацию: укажите --auth none.</translation>
    </message>
    <message>
        <source>The %1 endpoint &quot;%2&quot; needs an http:// or https:// address, such as https://news.example.kz; &quot;%3&quot; is not one.</source>
        <translation>Для площадки публикации «%2» типа %1 нужен адрес http:// или https://, например https://news.example.kz; «%3» таким не является.</translation>
    </message>
    <message>
        <source>The address of &quot;%1&quot; carries a user name or password. Give the address without them, the CMS user with --login and the password with --secret-stdin, which keeps it in the keychain.</source>
        <translation>Адрес площадки «%1» содержит имя пользователя или пароль. Укажите адрес без них, пользователя CMS — в --login, а пароль — через --secret-stdin: так он будет храниться в связке ключей.</translation>
    </message>
    <message>
        <source>The address of &quot;%1&quot; must be the site&apos;s base address, without ? or #.</source>
        <translation>Адрес площадки «%1» должен быть базовым адресом сайта, без ? и #.</translation>
    </message>
    <message>
        <source>An application password belongs to a CMS user: give it with --login.</source>
        <translation>Пароль приложения принадлежит пользователю CMS: укажите пользователя в --login.</translation>
    </message>
    <message>
        <source>Authentication by header needs the header&apos;s name, such as X-Api-Key (--header).</source>
        <translation>Для аутентификации по заголовку нужно имя заголовка, например X-Api-Key (--header).</translation>
    </message>
    <message>
        <source>The timeout is %1 seconds; use 1 to 600.</source>
        <translation>Указано время ожидания %1 с; допустимо от 1 до 600.</translation>
    </message>
    <message>
        <source>The number of parallel uploads is %1; use 1 to 16.</source>
        <translation>Указано число параллельных загрузок %1; допустимо от 1 до 16.</translation>
    </message>
    <message>
        <source>ninjs version &quot;%1&quot; is not supported: use 3.1 or 2.2.</source>
        <translation>Версия ninjs «%1» не поддерживается: используйте 3.1 или 2.2.</translation>
    </message>
    <message>
        <source>The CA certificate file must be given as an absolute path; &quot;%1&quot; is not one.</source>
        <translation>Файл сертификата CA нужно указать абсолютным путём; «%1» таким не является.</translation>
    </message>
    <message>
        <source>The publishing endpoints could not be read.</source>
        <translation>Не удалось прочитать список площадок публикации.</translation>
    </message>
    <message>
        <source>There is no publishing endpoint named &quot;%1&quot; (see &quot;qalam-cli endpoint list&quot;).</source>
        <translation>Площадки публикации с именем «%1» нет (см. «qalam-cli endpoint list»).</translation>
    </message>
    <message>
        <source>There is already an endpoint named &quot;%1&quot;; choose another name or change that one.</source>
        <translation>Площадка публикации с именем «%1» уже есть; выберите другое имя или измените существующую площадку.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; could not be added.</source>
        <translation>Не удалось добавить площадку публикации «%1».</translation>
    </message>
    <message>
        <source>An endpoint&apos;s name cannot be changed (&quot;%1&quot; stays &quot;%1&quot;): its secret is filed under it. Add a new endpoint instead.</source>
        <translation>Имя площадки публикации изменить нельзя («%1» остаётся «%1»): под этим именем хранится её секрет. Вместо этого добавьте новую площадку.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; could not be changed.</source>
        <translation>Не удалось изменить площадку публикации «%1».</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; could not be removed.</source>
        <translation>Не удалось удалить площадку публикации «%1».</translation>
    </message>
</context>
<context>
    <name>Qalam::EndpointTester</name>
    <message>
        <source>%1 exists and is writable.</source>
        <translation>Папка %1 существует и доступна для записи.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; it will be created on the first publication.</source>
        <translation>Папки %1 ещё нет; она будет создана при первой публикации.</translation>
    </message>
    <message>
        <source>Qalam cannot write into %1: check the folder&apos;s owner and permissions.</source>
        <translation>Qalam не может записывать в %1: проверьте владельца папки и права доступа.</translation>
    </message>
    <message>
        <source>The ninjs endpoint at %1 answers and accepts the credentials.</source>
        <translation>Площадка ninjs по адресу %1 отвечает и принимает учётные данные.</translation>
    </message>
    <message>
        <source>The ninjs endpoint at %1 refused: %2</source>
        <translation>Площадка ninjs по адресу %1 отказала: %2</translation>
    </message>
    <message>
        <source>WordPress did not accept the login %1 with this application password (it treats a wrong one as no login at all): %2</source>
        <translation>WordPress не принял логин %1 с этим паролем приложения (неверный пароль он считает отсутствием входа вообще): %2</translation>
    </message>
    <message>
        <source>WordPress at %1 could not be reached: %2</source>
        <translation>Не удалось связаться с WordPress по адресу %1: %2</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Signed in to WordPress as %1, but the account may not: %2. Give it the Editor or Author role.</source>
        <translation>Вход в WordPress выполнен как %1, но этой учётной записи не разрешено: %2. Назначьте ей роль «Редактор» (Editor) или «Автор» (Author).</translation>
    </message>
    <message>
        <source>Signed in to WordPress as %1: may upload files and publish posts.</source>
        <translation>Вход в WordPress выполнен как %1: разрешено загружать файлы и публиковать записи.</translation>
    </message>
</context>
<context>
    <name>Qalam::EndpointsDialog</name>
    <message>
        <source>not needed</source>
        <translation>не нужен</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>не сохранён</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>в связке ключей</translation>
    </message>
    <message>
        <source>stored in the fallback file</source>
        <translation>в резервном файле</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>Publishing endpoints</source>
        <translation>Площадки публикации</translation>
    </message>
    <message>
        <source>Where approved articles are published. Passwords and tokens are kept in the keychain, never in the newsroom&apos;s database.</source>
        <translation>Куда публикуются одобренные статьи. Пароли и токены хранятся в связке ключей, но никогда не в базе данных редакции.</translation>
    </message>
    <message>
        <source>Where approved articles are published. Only an administrator changes endpoints; you can test them.</source>
        <translation>Куда публикуются одобренные статьи. Изменять площадки может только администратор; вы можете их проверить.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation>Адрес или папка</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Аутентификация</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the endpoint and its stored secret</source>
        <translation>Удалить площадку и её сохранённый секрет</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Check that the endpoint answers, accepts the credentials and allows publishing</source>
        <translation>Проверить, что площадка отвечает, принимает учётные данные и разрешает публикацию</translation>
    </message>
    <message>
        <source>Only an administrator adds, changes or removes endpoints</source>
        <translation>Добавлять, изменять и удалять площадки может только администратор</translation>
    </message>
    <message>
        <source>Connection ok: %1</source>
        <translation>Подключение успешно: %1</translation>
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
        <translation>Площадок пока нет: кнопка «Добавить…» настраивает папку, сайт WordPress или CMS, принимающую ninjs.</translation>
    </message>
    <message>
        <source>No endpoint yet: an administrator sets them up.</source>
        <translation>Площадок пока нет: их настраивает администратор.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Удаление площадки</translation>
    </message>
    <message>
        <source>Remove the endpoint %1 and its stored secret? What was published there stays on the site.</source>
        <translation>Удалить площадку публикации %1 и её сохранённый секрет? Уже опубликованное там останется на сайте.</translation>
    </message>
    <message>
        <source>The endpoint %1 was removed, but its secret could not be: %2</source>
        <translation>Площадка публикации %1 удалена, но её секрет удалить не удалось: %2</translation>
    </message>
</context>
<context>
    <name>Qalam::FirstAdministratorDialog</name>
    <message>
        <source>Newsroom accounts</source>
        <translation>Учётные записи редакции</translation>
    </message>
    <message>
        <source>This newsroom has no accounts yet, so Qalam works as a single desk: everything is allowed and recorded under the computer&apos;s account name (%1).

Create the administrator&apos;s account to start using accounts and roles. From then on everyone signs in, and Qalam asks you to sign in right after this step.</source>
        <translation>В этой редакции пока нет учётных записей, поэтому Qalam работает в однопользовательском режиме: разрешено всё, а действия записываются под именем пользователя компьютера (%1).

Создайте учётную запись администратора, чтобы начать работать с учётными записями и ролями. После этого все входят в систему под своими именами, а Qalam попросит вас войти сразу после этого шага.</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>буквы, цифры, . _ -</translation>
    </message>
    <message>
        <source>e.g. Омаров Серик</source>
        <translation>например, Омаров Серик</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>не менее 8 символов</translation>
    </message>
    <message>
        <source>Also a chief editor (approves and publishes articles)</source>
        <translation>Также главный редактор (одобряет и публикует статьи)</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Создать администратора</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Отображаемое имя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Повтор пароля:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>Qalam::FolderPublisher</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>The package could not be moved to %1.</source>
        <translation>Не удалось переместить пакет в %1.</translation>
    </message>
    <message>
        <source>The earlier package at %1 could not be replaced.</source>
        <translation>Не удалось заменить прежний пакет в %1.</translation>
    </message>
    <message>
        <source>No folder is set for publishing. Choose one in the endpoint settings.</source>
        <translation>Папка для публикации не задана. Выберите её в настройках площадки публикации.</translation>
    </message>
    <message>
        <source>The article has no usable web address name (slug).</source>
        <translation>У статьи нет пригодного имени для веб-адреса (slug).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Nothing was published; choose a folder for the packages.</source>
        <translation>%1 — это файл, а не папка. Ничего не опубликовано; выберите папку для пакетов.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Nothing was published; choose a folder you may write to.</source>
        <translation>Не удаётся создать папку %1. Ничего не опубликовано; выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Nothing was published there; choose a folder you may write to, or ask for write access.</source>
        <translation>Папка %1 недоступна для записи. Туда ничего не опубликовано; выберите папку, в которую у вас есть право записи, или запросите доступ на запись.</translation>
    </message>
    <message>
        <source>The article could not be published to %1: %2 The earlier package, if any, was kept.</source>
        <translation>Не удалось опубликовать статью в %1: %2 Прежний пакет, если он был, сохранён.</translation>
    </message>
    <message>
        <source>There is no package to take down: no folder or slug.</source>
        <translation>Нет пакета, который нужно снять: не указаны папка или slug.</translation>
    </message>
    <message>
        <source>The package %1 could not be removed. It is still published; check that the folder may be written to.</source>
        <translation>Не удалось удалить пакет %1. Он по-прежнему опубликован; проверьте, доступна ли папка для записи.</translation>
    </message>
</context>
<context>
    <name>Qalam::ImportDialog</name>
    <message>
        <source>Use this paragraph as the headline</source>
        <translation>Сделать этот абзац заголовком</translation>
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
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop recognising; nothing is created</source>
        <translation>Остановить распознавание; ничего не будет создано</translation>
    </message>
    <message>
        <source>What the import noticed</source>
        <translation>Замечания импорта</translation>
    </message>
    <message>
        <source>No headline was recognised. Write the headline: the draft is not created without one.</source>
        <translation>Заголовок не распознан. Напишите заголовок: без него черновик не создаётся.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Attribution as written</source>
        <translation>Ссылка на источник в тексте</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Место и дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The headline, as it will stand over the article</source>
        <translation>Заголовок в том виде, в каком он будет стоять над статьёй</translation>
    </message>
    <message>
        <source>e.g. Акорда</source>
        <translation>например, Акорда</translation>
    </message>
    <message>
        <source>e.g. передает Акорда</source>
        <translation>например, передает Акорда</translation>
    </message>
    <message>
        <source>e.g. АСТАНА. 12 марта. КАЗИНФОРМ</source>
        <translation>например, АСТАНА. 12 марта. КАЗИНФОРМ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Add author</source>
        <translation>Добавить автора</translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation>Удалить автора</translation>
    </message>
    <message>
        <source>Body: one paragraph per block, a blank line between blocks</source>
        <translation>Текст: один абзац на блок, между блоками — пустая строка</translation>
    </message>
    <message>
        <source>Restore into body</source>
        <translation>Вернуть в текст</translation>
    </message>
    <message>
        <source>Puts the line back into the body where it stood in the original</source>
        <translation>Возвращает строку в текст на то место, где она была в оригинале</translation>
    </message>
    <message>
        <source>Use as headline</source>
        <translation>Сделать заголовком</translation>
    </message>
    <message>
        <source>The line becomes the headline (the current one goes back to the list)</source>
        <translation>Строка становится заголовком (текущий заголовок возвращается в список)</translation>
    </message>
    <message>
        <source>Right-click a paragraph to make it the headline</source>
        <translation>Щёлкните абзац правой кнопкой мыши, чтобы сделать его заголовком</translation>
    </message>
    <message>
        <source>Lines the import took for site chrome: menus, counters, prompts</source>
        <translation>Строки, которые импорт принял за служебные элементы сайта: меню, счётчики, призывы</translation>
    </message>
    <message>
        <source>Pictures the source mentions. Each becomes a slot in the Photos dock that waits for its file; fill in what is missing now or later.</source>
        <translation>Изображения, упомянутые в источнике. Каждое становится на панели «Фото» местом, которое ждёт своего файла; недостающее можно заполнить сейчас или позже.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись к фото</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Альтернативный текст</translation>
    </message>
    <message>
        <source>Credit source</source>
        <translation>Источник (кредит) фото</translation>
    </message>
    <message>
        <source>Credit type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Как в источнике</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Remove slot</source>
        <translation>Удалить место для фото</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Создать черновик</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Reading and recognising %1 (%2)…</source>
        <translation>Чтение и распознавание %1 (%2)…</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Вставленный текст</translation>
    </message>
    <message>
        <source>There is no text to import.</source>
        <translation>Нет текста для импорта.</translation>
    </message>
    <message>
        <source>Recognising %1 (%2)…</source>
        <translation>Распознавание %1 (%2)…</translation>
    </message>
    <message>
        <source>Clipboard (HTML)</source>
        <translation>Буфер обмена (HTML)</translation>
    </message>
    <message>
        <source>Clipboard (text)</source>
        <translation>Буфер обмена (текст)</translation>
    </message>
    <message>
        <source>Stopped. The fields show the previous recognition.</source>
        <translation>Остановлено. В полях — результат предыдущего распознавания.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was recognised and nothing is created.</source>
        <translation>Остановлено. Ничего не распознано и ничего не создано.</translation>
    </message>
    <message>
        <source>no speaker found</source>
        <translation>автор высказывания не найден</translation>
    </message>
    <message>
        <source>«%1» — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message>
        <source>No quotations found.</source>
        <translation>Цитаты не найдены.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>штатный фотограф</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>агентство</translation>
    </message>
    <message>
        <source>press service</source>
        <translation>пресс-служба</translation>
    </message>
    <message>
        <source>UGC (reader&apos;s picture)</source>
        <translation>UGC (фото читателя)</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>архив</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>раздаточный материал</translation>
    </message>
    <message>
        <source>under the headline</source>
        <translation>под заголовком</translation>
    </message>
    <message>
        <source>after ¶ %1</source>
        <translation>после ¶ %1</translation>
    </message>
    <message>
        <source>No caption: every published photo needs one</source>
        <translation>Нет подписи: она нужна каждому публикуемому фото</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Creating the draft…</source>
        <translation>Создание черновика…</translation>
    </message>
    <message>
        <source>Write the headline first</source>
        <translation>Сначала напишите заголовок</translation>
    </message>
    <message numerus="yes">
        <source>Left out as site chrome: %n line(s)</source>
        <translation>
            <numerusform>Отброшено как служебные элементы сайта: %n строка</numerusform>
            <numerusform>Отброшено как служебные элементы сайта: %n строки</numerusform>
            <numerusform>Отброшено как служебные элементы сайта: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Фото (%1)</translation>
    </message>
    <message>
        <source>The text as it was read (the first %1 of %2 characters are shown). It stays with the draft for reference and is never published.</source>
        <translation>Текст в том виде, в каком он был прочитан (показаны первые %1 из %2 знаков). Он хранится вместе с черновиком для справки и никогда не публикуется.</translation>
    </message>
    <message>
        <source>The text as it was read. It stays with the draft for reference and is never published.</source>
        <translation>Текст в том виде, в каком он был прочитан. Он хранится вместе с черновиком для справки и никогда не публикуется.</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Цитаты (%1)</translation>
    </message>
</context>
<context>
    <name>Qalam::Importer</name>
    <message>
        <source>No headline was recognised. Write the headline or pick the line that is one; nothing was guessed.</source>
        <translation>Заголовок не распознан. Напишите заголовок или выберите строку, которая им является; ничего не подставлено наугад.</translation>
    </message>
    <message>
        <source>No story text was recognised: everything read looks like site chrome. Check the left-out lines.</source>
        <translation>Текст материала не распознан: всё прочитанное похоже на служебные элементы сайта. Проверьте отброшенные строки.</translation>
    </message>
    <message>
        <source>No author was recognised: choose the byline.</source>
        <translation>Автор не распознан: укажите авторов.</translation>
    </message>
    <message>
        <source>No source attribution was recognised.</source>
        <translation>Ссылка на источник не распознана.</translation>
    </message>
    <message>
        <source>The lead photo has no caption: write one.</source>
        <translation>У главного фото нет подписи: добавьте её.</translation>
    </message>
    <message>
        <source>Photo %1 has no caption: write one.</source>
        <translation>У фото %1 нет подписи: добавьте её.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; import takes files of up to %3 MB. Save only the article (its page or its text) and import that. Nothing was imported.</source>
        <translation>Размер %1 — %2 МБ; импортировать можно файлы размером до %3 МБ. Сохраните только статью (её страницу или текст) и импортируйте её. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; import takes files of up to that size. Nothing was imported.</source>
        <translation>Файл %1 больше %2 МБ; импортировать можно только файлы не больше этого размера. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to import.</source>
        <translation>Файл %1 пуст: импортировать нечего.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it looks like a picture, an archive or a program). Import takes plain text or an HTML page. Nothing was imported.</source>
        <translation>%1 — не текстовый файл (похоже на изображение, архив или программу). Импортировать можно простой текст или HTML-страницу. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The text of %1 could not be read: it is neither UTF-8, UTF-16, Windows-1251 nor KOI8-R. Save it as UTF-8 and import it again. Nothing was imported.</source>
        <translation>Не удалось прочитать текст %1: его кодировка — не UTF-8, не UTF-16, не Windows-1251 и не KOI8-R. Сохраните файл в UTF-8 и импортируйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Unknown import format &quot;%1&quot;: use text or html.</source>
        <translation>Неизвестный формат импорта «%1»: используйте text или html.</translation>
    </message>
</context>
<context>
    <name>Qalam::LocalCopies</name>
    <message>
        <source>Cannot keep the unsaved text in %1.</source>
        <translation>Не удаётся сохранить несохранённый текст в %1.</translation>
    </message>
</context>
<context>
    <name>Qalam::MainWindow</name>
    <message>
        <source>«%1» is now in the newsroom dictionary.</source>
        <translation>Слово «%1» добавлено в словарь редакции.</translation>
    </message>
    <message>
        <source>Cleaning the pasted text…</source>
        <translation>Очистка вставленного текста…</translation>
    </message>
    <message>
        <source>About Qalam</source>
        <translation>О программе Qalam</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;A newsroom editor for regional editors, photo editors and chief editors.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qalam %1&lt;/h3&gt;&lt;p&gt;Редакционная система для региональных редакторов, фоторедакторов и главных редакторов.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>it was changed elsewhere in the meantime</source>
        <translation>за это время её изменили в другом месте</translation>
    </message>
    <message>
        <source>The open article has changes that could not be saved (%1). Nothing was discarded; resolve that before opening another article.</source>
        <translation>В открытой статье есть изменения, которые не удалось сохранить (%1). Ничего не удалено; разберитесь с этим, прежде чем открывать другую статью.</translation>
    </message>
    <message>
        <source>Revision restored; the previous text is kept as a revision.</source>
        <translation>Версия восстановлена; предыдущий текст сохранён как отдельная версия.</translation>
    </message>
    <message>
        <source>Reloaded the stored version; your text is on the clipboard.</source>
        <translation>Загружена сохранённая версия; ваш текст скопирован в буфер обмена.</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитаты</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unattributed</source>
        <translation>
            <numerusform>%n без указания автора</numerusform>
            <numerusform>%n без указания автора</numerusform>
            <numerusform>%n без указания автора</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters with spaces · %2 without</source>
        <translation>%1 знаков с пробелами · %2 без пробелов</translation>
    </message>
    <message numerus="yes">
        <source>%n min reading</source>
        <translation>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
        </translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Статья не открыта</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Version conflict: not saved</source>
        <translation>Конфликт версий: не сохранено</translation>
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
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The article could not be saved: %1

Close anyway? Your text will be copied to the clipboard.</source>
        <translation>Статью не удалось сохранить: %1

Всё равно закрыть? Ваш текст будет скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>%1 · regions: %2</source>
        <translation>%1 · регионы: %2</translation>
    </message>
    <message>
        <source>Returned by %1 (%2): %3</source>
        <translation>Возвращено редактором %1 (%2): %3</translation>
    </message>
    <message>
        <source>The article is yours to edit now.</source>
        <translation>Теперь статью редактируете вы.</translation>
    </message>
    <message>
        <source>Someone else took this article over. What you see stays here; copy anything you typed since the last save.</source>
        <translation>Статью забрал другой пользователь. Текст на экране остаётся; скопируйте всё, что вы ввели после последнего сохранения.</translation>
    </message>
    <message>
        <source>Return to the writer</source>
        <translation>Вернуть автору</translation>
    </message>
    <message>
        <source>Unpublish the article</source>
        <translation>Снять статью с публикации</translation>
    </message>
    <message>
        <source>What should the writer change? The comment goes to the writer and into the article&apos;s log.</source>
        <translation>Что нужно изменить автору? Комментарий будет отправлен автору и записан в журнал статьи.</translation>
    </message>
    <message>
        <source>Why is the article taken off the site? The reason is recorded in the article&apos;s log.</source>
        <translation>Почему статья снимается с сайта? Причина будет записана в журнал статьи.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Снять с публикации</translation>
    </message>
    <message>
        <source>Save the article first: %1</source>
        <translation>Сначала сохраните статью: %1</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>Отправлено на проверку.</translation>
    </message>
    <message>
        <source>Withdrawn from review: you can edit it again.</source>
        <translation>Отозвано с проверки: статью снова можно редактировать.</translation>
    </message>
    <message>
        <source>Approved for publication at %1.</source>
        <translation>Одобрено, публикация запланирована на %1.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Одобрено.</translation>
    </message>
    <message>
        <source>Returned to the writer with your comment.</source>
        <translation>Возвращено автору с вашим комментарием.</translation>
    </message>
    <message>
        <source>Unpublished.</source>
        <translation>Снято с публикации.</translation>
    </message>
    <message>
        <source>Draft created from the import: %1</source>
        <translation>Черновик создан из импортированного текста: %1</translation>
    </message>
    <message>
        <source>Import agency copy or a web page</source>
        <translation>Импорт сообщения агентства или веб-страницы</translation>
    </message>
    <message>
        <source>Text and web pages (*.txt *.html *.htm);;All files (*)</source>
        <translation>Текст и веб-страницы (*.txt *.html *.htm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This article was saved elsewhere (version %1) while you were editing. Your changes are not saved yet: compare and merge, or reload theirs.</source>
        <translation>Пока вы редактировали статью, её сохранили в другом месте (версия %1). Ваши изменения ещё не сохранены: сравните и объедините версии или загрузите актуальную.</translation>
    </message>
    <message>
        <source>The article was changed elsewhere; this is the stored version %1.</source>
        <translation>Статья была изменена в другом месте; показана сохранённая версия %1.</translation>
    </message>
    <message>
        <source>Your version is saved on top of theirs; theirs is kept in the revisions.</source>
        <translation>Ваша версия сохранена поверх их версии; их версия осталась в списке версий.</translation>
    </message>
    <message>
        <source>Their version is shown; yours is on the clipboard.</source>
        <translation>Показана их версия; ваша скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>Their version is shown; Edit → Undo brings yours back.</source>
        <translation>Показана их версия; Правка → Отменить вернёт вашу.</translation>
    </message>
    <message>
        <source>Their version is shown.</source>
        <translation>Показана их версия.</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>Сервер снова отвечает.</translation>
    </message>
    <message>
        <source>the server cannot be reached; your text is kept on this computer and is saved when you open the article again</source>
        <translation>сервер недоступен; ваш текст хранится на этом компьютере и будет сохранён, когда вы снова откроете статью</translation>
    </message>
    <message>
        <source>What you typed while the server could not be reached (%1) is kept on this computer; it comes back when you can edit this article again.</source>
        <translation>Текст, набранный, пока сервер был недоступен (%1), хранится на этом компьютере; он вернётся, когда вы снова сможете редактировать эту статью.</translation>
    </message>
    <message>
        <source>Restored what you typed while the server could not be reached (kept on this computer at %1). It is being saved.</source>
        <translation>Восстановлен текст, набранный, пока сервер был недоступен (записан на этом компьютере в %1). Сейчас он сохраняется.</translation>
    </message>
    <message>
        <source>Not saved yet: kept on this computer</source>
        <translation>Ещё не сохранено: хранится на этом компьютере</translation>
    </message>
</context>
<context>
    <name>Qalam::MergeDialog</name>
    <message>
        <source>Compare and merge</source>
        <translation>Сравнение и объединение</translation>
    </message>
    <message>
        <source>This article was saved elsewhere at %1 (version %2) while you were editing version %3. Struck-through words are only in their version, underlined words only in yours. Choose which to keep; nothing is overwritten until you do.</source>
        <translation>Пока вы редактировали версию %3, эта статья была сохранена в другом месте в %1 (версия %2). Зачёркнутые слова есть только в их версии, подчёркнутые — только в вашей. Выберите, какую версию оставить; до этого ничего не перезаписывается.</translation>
    </message>
    <message>
        <source>The texts are the same.</source>
        <translation>Тексты совпадают.</translation>
    </message>
    <message>
        <source>The texts are the same; the details (region, rubric, tags, source or language) differ.</source>
        <translation>Тексты совпадают; различаются сведения о статье (регион, рубрика, теги, источник или язык).</translation>
    </message>
    <message>
        <source>Word changes</source>
        <translation>Изменения по словам</translation>
    </message>
    <message numerus="yes">
        <source>Word changes (%n field(s))</source>
        <translation>
            <numerusform>Изменения по словам (%n поле)</numerusform>
            <numerusform>Изменения по словам (%n поля)</numerusform>
            <numerusform>Изменения по словам (%n полей)</numerusform>
        </translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Их версия</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить их версию</translation>
    </message>
    <message>
        <source>Show their version; Edit → Undo brings yours back</source>
        <translation>Показать их версию; Правка → Отменить вернёт вашу</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Save your version on top of theirs; theirs stays in the revisions</source>
        <translation>Сохранить вашу версию поверх их версии; их версия останется в списке версий</translation>
    </message>
    <message>
        <source>Copy mine to clipboard and reload</source>
        <translation>Скопировать мою в буфер обмена и загрузить их версию</translation>
    </message>
    <message>
        <source>Put your text on the clipboard, then show their version</source>
        <translation>Скопировать ваш текст в буфер обмена, затем показать их версию</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>Оставить их версию</translation>
    </message>
</context>
<context>
    <name>Qalam::NotificationsDock</name>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Отметить все прочитанными</translation>
    </message>
    <message numerus="yes">
        <source>Notifications (%n unread)</source>
        <translation>
            <numerusform>Уведомления (%n непрочитанное)</numerusform>
            <numerusform>Уведомления (%n непрочитанных)</numerusform>
            <numerusform>Уведомления (%n непрочитанных)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n непрочитанное уведомление</numerusform>
            <numerusform>%n непрочитанных уведомления</numerusform>
            <numerusform>%n непрочитанных уведомлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: nothing unread</source>
        <translation>Уведомления: непрочитанных нет</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Уведомлений нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное</numerusform>
            <numerusform>%n непрочитанных</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Отправлено на проверку</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Publication overdue</source>
        <translation>Публикация просрочена</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>Открыть статью</translation>
    </message>
    <message>
        <source>Unread: open the article and mark it read</source>
        <translation>Не прочитано: открыть статью и отметить уведомление как прочитанное</translation>
    </message>
    <message>
        <source>Qalam</source>
        <translation>Qalam</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n новое уведомление</numerusform>
            <numerusform>%n новых уведомления</numerusform>
            <numerusform>%n новых уведомлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::OriginalDialog</name>
    <message>
        <source>Original text</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <source>Reading the original…</source>
        <translation>Чтение оригинала…</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
    <message>
        <source>This article was not imported: there is no original text to show.</source>
        <translation>Эта статья не импортировалась: исходного текста нет.</translation>
    </message>
    <message>
        <source>Imported from an HTML page on %1 by %2. The original stays with the article for reference and is never published.</source>
        <translation>Импорт из HTML-страницы: %1, пользователь %2. Оригинал хранится вместе со статьёй для справки и никогда не публикуется.</translation>
    </message>
    <message>
        <source>Imported from text on %1 by %2. The original stays with the article for reference and is never published.</source>
        <translation>Импорт из текста: %1, пользователь %2. Оригинал хранится вместе со статьёй для справки и никогда не публикуется.</translation>
    </message>
    <message>
        <source>The first %1 of %2 characters are shown; Copy all copies everything.</source>
        <translation>Показаны первые %1 из %2 знаков; «Копировать всё» копирует весь текст.</translation>
    </message>
</context>
<context>
    <name>Qalam::Outbox</name>
    <message>
        <source>A job publishes or unpublishes, not &quot;%1&quot;.</source>
        <translation>Задание может только публиковать или снимать с публикации, а не «%1».</translation>
    </message>
    <message>
        <source>Give the reason: unpublishing an article needs one. Nothing was changed.</source>
        <translation>Укажите причину: без неё статью нельзя снять с публикации. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This article is %1: only an approved article can be published. Nothing was sent.</source>
        <translation>Статья в статусе «%1»: опубликовать можно только одобренную статью. Ничего не отправлено.</translation>
    </message>
    <message>
        <source>This article is %1: only a published article can be unpublished. Nothing was removed.</source>
        <translation>Статья в статусе «%1»: снять с публикации можно только опубликованную статью. Ничего не удалено.</translation>
    </message>
    <message>
        <source>The publishing outbox could not be read.</source>
        <translation>Не удалось прочитать очередь публикации.</translation>
    </message>
    <message>
        <source>Job %1 (%2) for this article at %3 is not finished yet: wait for it or cancel it first.</source>
        <translation>Задание %1 (%2) для этой статьи на площадке %3 ещё не завершено: дождитесь его завершения или сначала отмените его.</translation>
    </message>
    <message>
        <source>The job could not be put into the publishing outbox.</source>
        <translation>Не удалось поставить задание в очередь публикации.</translation>
    </message>
    <message>
        <source>There is no publishing job %1.</source>
        <translation>Задания публикации %1 нет.</translation>
    </message>
    <message>
        <source>Job %1 is %2: only a failed or cancelled job can be retried.</source>
        <translation>Задание %1 в состоянии %2: повторить можно только неудавшееся или отменённое задание.</translation>
    </message>
    <message>
        <source>Job %1 is %2 already: there is nothing to cancel.</source>
        <translation>Задание %1 уже в состоянии %2: отменять нечего.</translation>
    </message>
    <message>
        <source>Another job for this article at %1 is not finished yet.</source>
        <translation>Другое задание для этой статьи на площадке %1 ещё не завершено.</translation>
    </message>
    <message>
        <source>Cancelled by %1.</source>
        <translation>Отменено пользователем %1.</translation>
    </message>
    <message>
        <source>The publishing outbox could not be updated.</source>
        <translation>Не удалось обновить очередь публикации.</translation>
    </message>
    <message>
        <source>A completed publishing step could not be recorded.</source>
        <translation>Не удалось записать выполненный шаг публикации.</translation>
    </message>
    <message>
        <source>Where the article was published could not be recorded.</source>
        <translation>Не удалось записать, где опубликована статья.</translation>
    </message>
    <message>
        <source>Job %1 is no longer run from here: it was cancelled, finished or taken over.</source>
        <translation>Задание %1 больше не выполняется на этом рабочем месте: его отменили, оно завершилось или его перехватило другое рабочее место.</translation>
    </message>
    <message>
        <source>The publishing job could not be claimed.</source>
        <translation>Не удалось захватить задание публикации.</translation>
    </message>
    <message>
        <source>Taken over from %1: its program (process %2) has ended.</source>
        <translation>Перехвачено у рабочего места %1: программа на нём (процесс %2) завершилась.</translation>
    </message>
    <message>
        <source>Taken over from %1 (no sign of life since %2).</source>
        <translation>Перехвачено у рабочего места %1 (признаков работы нет с %2).</translation>
    </message>
    <message>
        <source>The claim on a publishing job could not be renewed.</source>
        <translation>Не удалось продлить срок захвата задания публикации.</translation>
    </message>
    <message>
        <source>The claim on a publishing job could not be released.</source>
        <translation>Не удалось освободить захваченное задание публикации.</translation>
    </message>
</context>
<context>
    <name>Qalam::PasswordResetDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>не менее 8 символов</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Повтор пароля:</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
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
        <translation>&amp;Авторы…</translation>
    </message>
    <message>
        <source>Every author with their article counts; profiles</source>
        <translation>Все авторы с числом статей; профили</translation>
    </message>
    <message>
        <source>Newsroom &amp;accounts…</source>
        <translation>&amp;Учётные записи редакции…</translation>
    </message>
    <message>
        <source>Create the administrator&apos;s account; then everyone signs in</source>
        <translation>Создать учётную запись администратора; после этого все входят в систему под своими именами</translation>
    </message>
    <message>
        <source>Users, roles, regions and passwords</source>
        <translation>Пользователи, роли, регионы и пароли</translation>
    </message>
    <message>
        <source>Only an administrator manages the newsroom&apos;s accounts</source>
        <translation>Учётными записями редакции управляет только администратор</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>Sign &amp;out (%1)</source>
        <translation>&amp;Выйти (%1)</translation>
    </message>
    <message>
        <source>Store everything, close the window and sign in as someone else</source>
        <translation>Сохранить всё, закрыть окно и войти под другим именем</translation>
    </message>
</context>
<context>
    <name>Qalam::Permissions</name>
    <message>
        <source>Reading the newsroom&apos;s articles</source>
        <translation>Чтение статей редакции</translation>
    </message>
    <message>
        <source>an active account</source>
        <translation>активная учётная запись</translation>
    </message>
    <message>
        <source>Creating an article</source>
        <translation>Создание статьи</translation>
    </message>
    <message>
        <source>the regional editor or chief editor role</source>
        <translation>роль редактора региональных новостей или главного редактора</translation>
    </message>
    <message>
        <source>Editing the text</source>
        <translation>Редактирование текста</translation>
    </message>
    <message>
        <source>the regional editor role for one&apos;s own or own-region articles while they are drafts, returned, withdrawn or updated, or the chief editor role</source>
        <translation>роль редактора региональных новостей (для своих статей и статей своих регионов, пока они в статусе черновика, возвращены, отозваны или обновлены) или роль главного редактора</translation>
    </message>
    <message>
        <source>Changing the byline</source>
        <translation>Изменение списка авторов</translation>
    </message>
    <message>
        <source>Submitting for review</source>
        <translation>Отправка на проверку</translation>
    </message>
    <message>
        <source>the regional editor role for one&apos;s own or own-region articles, or the chief editor role</source>
        <translation>роль редактора региональных новостей (для своих статей и статей своих регионов) или роль главного редактора</translation>
    </message>
    <message>
        <source>Withdrawing a submission</source>
        <translation>Отзыв статьи с проверки</translation>
    </message>
    <message>
        <source>being the one who submitted it, or the chief editor role</source>
        <translation>быть тем, кто отправил статью на проверку, или роль главного редактора</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>Одобрение</translation>
    </message>
    <message>
        <source>the chief editor role</source>
        <translation>роль главного редактора</translation>
    </message>
    <message>
        <source>Returning to the writer</source>
        <translation>Возврат автору</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Unpublishing</source>
        <translation>Снятие с публикации</translation>
    </message>
    <message>
        <source>Adding a photo</source>
        <translation>Добавление фото</translation>
    </message>
    <message>
        <source>the photo editor role (before publication), the regional editor role for articles one may edit, or the chief editor role</source>
        <translation>роль фоторедактора (до публикации), роль редактора региональных новостей (для статей, которые он может редактировать) или роль главного редактора</translation>
    </message>
    <message>
        <source>Changing photos and credits</source>
        <translation>Изменение фото и источников</translation>
    </message>
    <message>
        <source>Commenting</source>
        <translation>Комментирование</translation>
    </message>
    <message>
        <source>an editorial role</source>
        <translation>редакционная роль</translation>
    </message>
    <message>
        <source>Taking over someone else&apos;s article</source>
        <translation>Перехват чужой статьи</translation>
    </message>
    <message>
        <source>Managing users</source>
        <translation>Управление пользователями</translation>
    </message>
    <message>
        <source>the administrator role</source>
        <translation>роль администратора</translation>
    </message>
    <message>
        <source>Changing newsroom settings</source>
        <translation>Изменение настроек редакции</translation>
    </message>
    <message>
        <source>Changing publishing endpoints</source>
        <translation>Изменение площадок публикации</translation>
    </message>
    <message>
        <source>Editing an author profile</source>
        <translation>Редактирование профиля автора</translation>
    </message>
    <message>
        <source>the chief editor or administrator role, or being that author</source>
        <translation>роль главного редактора или администратора либо быть этим автором</translation>
    </message>
    <message>
        <source>Permission denied: %1 needs %2; %3 does not have it. Nothing was changed.</source>
        <translation>Недостаточно прав: для действия «%1» требуется %2, а у пользователя %3 этого нет. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The newsroom&apos;s accounts could not be read.</source>
        <translation>Не удалось прочитать учётные записи редакции.</translation>
    </message>
    <message>
        <source>This newsroom has user accounts: sign in first (in qalam-cli, --user LOGIN). Nothing was changed.</source>
        <translation>В этой редакции есть учётные записи: сначала войдите в систему (в qalam-cli — --user LOGIN). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The account %1 does not exist or is no longer active. Nothing was changed.</source>
        <translation>Учётная запись %1 не существует или больше не активна. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>Не удалось прочитать статью.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Статья с идентификатором %1 не найдена.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoFile</name>
    <message>
        <source>Cannot read the picture %1. Check that the file exists and that you may open it.</source>
        <translation>Не удалось прочитать изображение %1. Убедитесь, что файл существует и у вас есть права на его открытие.</translation>
    </message>
    <message>
        <source>%1 is empty. Choose the picture again from its original source.</source>
        <translation>Файл %1 пуст. Выберите изображение заново из исходного места.</translation>
    </message>
    <message>
        <source>%1 is not an image Qalam can read. Use a JPEG, PNG, GIF or WebP file.</source>
        <translation>Qalam не может прочитать %1 как изображение. Используйте файл JPEG, PNG, GIF или WebP.</translation>
    </message>
    <message>
        <source>%1 is damaged: the picture cannot be decoded completely. Ask the sender for the file again.</source>
        <translation>Файл %1 повреждён: изображение не удаётся полностью декодировать. Попросите отправителя прислать файл ещё раз.</translation>
    </message>
    <message>
        <source>%1 is too large: %2 × %3 pixels, more than the %4 megapixels Qalam accepts. Reduce the picture in an image editor and import it again.</source>
        <translation>Изображение %1 слишком большое: %2 × %3 пикселей — больше допустимых в Qalam %4 мегапикселей. Уменьшите изображение в графическом редакторе и импортируйте его снова.</translation>
    </message>
    <message>
        <source>The metadata of %1 cannot be read.</source>
        <translation>Не удалось прочитать метаданные %1.</translation>
    </message>
    <message>
        <source>A thumbnail needs a size of at least one pixel.</source>
        <translation>Размер миниатюры должен быть не меньше одного пикселя.</translation>
    </message>
    <message>
        <source>The rendition settings are out of range.</source>
        <translation>Параметры версии для публикации вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>The rendition of %1 cannot be written.</source>
        <translation>Не удалось записать версию %1 для публикации.</translation>
    </message>
    <message>
        <source>The caption and credit cannot be written into the rendition of %1. The original is unchanged; try again or report the file to the photo desk.</source>
        <translation>Не удалось записать подпись к фото и источник в версию %1 для публикации. Оригинал не изменён; попробуйте ещё раз или сообщите о файле в фотоотдел.</translation>
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
        <translation>%1: нет подписи к фото.</translation>
    </message>
    <message>
        <source>%1 has no alt text for readers who cannot see it.</source>
        <translation>%1: нет альтернативного текста (описания для незрячих).</translation>
    </message>
    <message>
        <source>%1 has no credit source.</source>
        <translation>%1: не указан источник (кредит) фото.</translation>
    </message>
    <message>
        <source>%1 has no credit type.</source>
        <translation>%1: не указан тип источника.</translation>
    </message>
    <message>
        <source>%1 is user-generated and its sender&apos;s permission is not recorded.</source>
        <translation>%1: фото читателя (UGC), разрешение отправителя не зафиксировано.</translation>
    </message>
    <message>
        <source>%1: the sender&apos;s permission has expired.</source>
        <translation>%1: срок действия разрешения отправителя истёк.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotoStore</name>
    <message>
        <source>The photos could not be read.</source>
        <translation>Не удалось прочитать список фото.</translation>
    </message>
    <message>
        <source>There is no photo %1.</source>
        <translation>Фото %1 не найдено.</translation>
    </message>
    <message>
        <source>Cannot create the photo folder %1.</source>
        <translation>Не удалось создать папку для фото %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the photo folder.</source>
        <translation>Не удалось скопировать %1 в папку для фото.</translation>
    </message>
    <message>
        <source>The photo could not be stored.</source>
        <translation>Не удалось поместить фото в хранилище.</translation>
    </message>
    <message>
        <source>The photo could not be attached.</source>
        <translation>Не удалось прикрепить фото.</translation>
    </message>
    <message>
        <source>The photo could not be attached to the article.</source>
        <translation>Не удалось прикрепить фото к статье.</translation>
    </message>
    <message>
        <source>The photo could not be removed from the article.</source>
        <translation>Не удалось убрать фото из статьи.</translation>
    </message>
    <message>
        <source>The photo could not be saved.</source>
        <translation>Не удалось сохранить фото.</translation>
    </message>
    <message>
        <source>The photo settings could not be read.</source>
        <translation>Не удалось прочитать настройки фото.</translation>
    </message>
    <message>
        <source>The credit template must contain {source}.</source>
        <translation>Шаблон подписи источника должен содержать {source}.</translation>
    </message>
    <message>
        <source>The photo settings could not be saved.</source>
        <translation>Не удалось сохранить настройки фото.</translation>
    </message>
    <message>
        <source>The lead photo could not be set.</source>
        <translation>Не удалось сделать фото главным.</translation>
    </message>
    <message>
        <source>The article&apos;s photos changed meanwhile; the order was not saved. Reload and try again.</source>
        <translation>Фото статьи за это время изменились; порядок не сохранён. Загрузите статью заново и повторите попытку.</translation>
    </message>
    <message>
        <source>The photo order could not be saved.</source>
        <translation>Не удалось сохранить порядок фото.</translation>
    </message>
    <message>
        <source>The photo slots could not be read.</source>
        <translation>Не удалось прочитать места для фото.</translation>
    </message>
    <message>
        <source>There is no photo slot %1: it may have been filled or removed already.</source>
        <translation>Места для фото %1 нет: возможно, оно уже заполнено или удалено.</translation>
    </message>
    <message>
        <source>The photo slot could not be stored.</source>
        <translation>Не удалось сохранить место для фото.</translation>
    </message>
    <message>
        <source>The photo slot could not be removed.</source>
        <translation>Не удалось удалить место для фото.</translation>
    </message>
    <message>
        <source>The photo could not be read.</source>
        <translation>Не удалось прочитать фото.</translation>
    </message>
    <message>
        <source>The database holds no original for photo %1.</source>
        <translation>В базе данных нет оригинала фото %1.</translation>
    </message>
    <message>
        <source>Cannot copy the photo into %1.</source>
        <translation>Не удалось скопировать фото в %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Не удалось прочитать %1.</translation>
    </message>
</context>
<context>
    <name>Qalam::PhotosDock</name>
    <message>
        <source>Add photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>Or drop image files here</source>
        <translation>Или перетащите сюда файлы изображений</translation>
    </message>
    <message>
        <source>Make lead</source>
        <translation>Сделать главным</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Insert into text</source>
        <translation>Вставить в текст</translation>
    </message>
    <message>
        <source>Copy credit and consent to the selected photos</source>
        <translation>Скопировать источник и разрешение на выбранные фото</translation>
    </message>
    <message>
        <source>Photo library: caption, credit or sender, then Enter</source>
        <translation>Фотоархив: подпись, источник или отправитель, затем Enter</translation>
    </message>
    <message>
        <source>Use here</source>
        <translation>Использовать здесь</translation>
    </message>
    <message>
        <source>Adds the found photo to this article; the original is not copied again</source>
        <translation>Добавляет найденное фото в эту статью; оригинал повторно не копируется</translation>
    </message>
    <message>
        <source>Select several photos (Ctrl+click); the current one&apos;s credit, photographer and consent record go to the others</source>
        <translation>Выберите несколько фото (Ctrl+щелчок): источник, фотограф и разрешение текущего фото перейдут на остальные</translation>
    </message>
    <message>
        <source>Puts the photo with its caption and credit line at the cursor</source>
        <translation>Вставляет фото с подписью и указанием источника в место курсора</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись к фото</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Альтернативный текст</translation>
    </message>
    <message>
        <source>Credit source</source>
        <translation>Источник (кредит) фото</translation>
    </message>
    <message>
        <source>Credit type</source>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Фотограф</translation>
    </message>
    <message>
        <source>UGC: sender</source>
        <translation>UGC: отправитель</translation>
    </message>
    <message>
        <source>UGC: contact</source>
        <translation>UGC: контакты</translation>
    </message>
    <message>
        <source>UGC: came through</source>
        <translation>UGC: канал получения</translation>
    </message>
    <message>
        <source>The sender gave permission to publish</source>
        <translation>Отправитель разрешил публикацию</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>не публикуется</translation>
    </message>
    <message>
        <source>what the picture shows, for readers who cannot see it</source>
        <translation>что изображено на фото — для незрячих читателей</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>штатный фотограф</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>агентство</translation>
    </message>
    <message>
        <source>press service</source>
        <translation>пресс-служба</translation>
    </message>
    <message>
        <source>UGC (reader&apos;s picture)</source>
        <translation>UGC (фото читателя)</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>архив</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>раздаточный материал</translation>
    </message>
    <message>
        <source>No credit line yet: name the source.</source>
        <translation>Подписи источника пока нет: укажите источник.</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>координаты GPS</translation>
    </message>
    <message>
        <source>device serial number</source>
        <translation>серийный номер устройства</translation>
    </message>
    <message>
        <source>owner name</source>
        <translation>имя владельца</translation>
    </message>
    <message>
        <source>capture time %1</source>
        <translation>время съемки %1</translation>
    </message>
    <message>
        <source>Privacy: the file carries no location, device or owner data.</source>
        <translation>Приватность: в файле нет координат, данных устройства и владельца.</translation>
    </message>
    <message>
        <source>Privacy: the file carries %1.</source>
        <translation>Приватность: в файле есть %1.</translation>
    </message>
    <message>
        <source>The published copy removes the GPS position, serial numbers and owner name.</source>
        <translation>В публикуемой копии координаты, серийные номера и имя владельца удаляются.</translation>
    </message>
    <message>
        <source>The published copy keeps them unless the rendition strips private data.</source>
        <translation>В публикуемой копии они остаются, если версия для публикации не очищает личные данные.</translation>
    </message>
    <message numerus="yes">
        <source>Credit copied to %n photo(s).</source>
        <translation>
            <numerusform>Источник скопирован на %n фото.</numerusform>
            <numerusform>Источник скопирован на %n фото.</numerusform>
            <numerusform>Источник скопирован на %n фото.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Импорт %n фотографии…</numerusform>
            <numerusform>Импорт %n фотографий…</numerusform>
            <numerusform>Импорт %n фотографий…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>Добавлена %n фотография.</numerusform>
            <numerusform>Добавлены %n фотографии.</numerusform>
            <numerusform>Добавлено %n фотографий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo for the slot</source>
        <translation>Фото для этого места</translation>
    </message>
    <message>
        <source>Fill from file…</source>
        <translation>Заполнить из файла…</translation>
    </message>
    <message>
        <source>The picture gets the slot&apos;s caption and credit and takes its place</source>
        <translation>Изображение получит подпись и источник этого места и займёт его</translation>
    </message>
    <message>
        <source>Remove slot</source>
        <translation>Удалить место для фото</translation>
    </message>
    <message>
        <source>The photo took its slot: %1</source>
        <translation>Фото встало на своё место: %1</translation>
    </message>
    <message>
        <source>no caption</source>
        <translation>без подписи</translation>
    </message>
    <message>
        <source>Waiting for a file: %1</source>
        <translation>Ждёт файла: %1</translation>
    </message>
    <message>
        <source>Waiting for a file: %1 / %2</source>
        <translation>Ждёт файла: %1 / %2</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>подпись к фото</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>альтернативный текст</translation>
    </message>
    <message>
        <source>credit source</source>
        <translation>источник фото</translation>
    </message>
    <message>
        <source>credit type</source>
        <translation>тип источника</translation>
    </message>
    <message>
        <source>photographer</source>
        <translation>фотограф</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>отправитель</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакты</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал получения</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>разрешение</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Saves what you typed over the other desk&apos;s change</source>
        <translation>Сохраняет введённый вами текст поверх изменения с другого рабочего места</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять их версию</translation>
    </message>
    <message>
        <source>Shows the other desk&apos;s text; what you typed in other fields stays</source>
        <translation>Показывает текст с другого рабочего места; введённое вами в других полях остаётся</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>This photo was changed on another desk while you were editing it (%1). Your text is kept here and is not saved yet: keep yours, or take theirs.</source>
        <translation>Пока вы редактировали это фото, его изменили на другом рабочем месте (%1). Ваш текст остаётся здесь и ещё не сохранён: оставьте свою версию или возьмите их версию.</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Их версия: %1</translation>
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
        <translation>Фото читателя, опубликовано с разрешения отправителя.</translation>
    </message>
    <message>
        <source>A reader&apos;s picture, published with the sender&apos;s permission for: %1.</source>
        <translation>Фото читателя, опубликовано с разрешения отправителя на: %1.</translation>
    </message>
    <message>
        <source>Photo %1 (%2) could not be prepared for publishing: %3</source>
        <translation>Не удалось подготовить фото %1 (%2) к публикации: %3</translation>
    </message>
    <message>
        <source>Photo %1 (%2) could not be written to %3.</source>
        <translation>Не удалось записать фото %1 (%2) в %3.</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishLog</name>
    <message>
        <source>A publish log entry is a publish or an unpublish, not &quot;%1&quot;.</source>
        <translation>Запись журнала публикаций — это публикация или снятие с публикации, а не «%1».</translation>
    </message>
    <message>
        <source>A publish log entry needs the article and the result.</source>
        <translation>Для записи в журнале публикаций нужны статья и результат.</translation>
    </message>
    <message>
        <source>The publish log could not be written.</source>
        <translation>Не удалось сделать запись в журнале публикаций.</translation>
    </message>
    <message>
        <source>The publish log could not be read.</source>
        <translation>Не удалось прочитать журнал публикаций.</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishRunner</name>
    <message>
        <source>no answer within the time limit</source>
        <translation>нет ответа за отведённое время</translation>
    </message>
    <message>
        <source>the server answered %1 with a %2 page instead of the API: check the address (for a local WordPress use 127.0.0.1, not localhost)</source>
        <translation>сервер ответил кодом %1 и страницей %2 вместо API: проверьте адрес (для локального WordPress используйте 127.0.0.1, а не localhost)</translation>
    </message>
    <message>
        <source>the server answered %1 but not with readable JSON (%2)</source>
        <translation>сервер ответил кодом %1, но не читаемым JSON (%2)</translation>
    </message>
    <message>
        <source>the prepared photo %1 could not be read</source>
        <translation>не удалось прочитать подготовленное фото %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed %2 times; the last answer: %3</source>
        <translation>%1 — неудачных попыток: %2; последний ответ: %3</translation>
    </message>
    <message>
        <source>%1; it is retried at %2.</source>
        <translation>%1; повторная попытка в %2.</translation>
    </message>
    <message>
        <source>Waiting %1 s to retry. %2</source>
        <translation>Ожидание %1 с до повторной попытки. %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Preparing the article and its photos…</source>
        <translation>Подготовка статьи и её фото…</translation>
    </message>
    <message>
        <source>No secret is stored for endpoint %1: add it again with its password or token.</source>
        <translation>Для площадки публикации %1 не сохранён секрет: добавьте её снова с паролем или токеном.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>The article is %1 now: only an approved article can be published. Nothing more was sent.</source>
        <translation>Статья теперь в статусе «%1»: опубликовать можно только одобренную статью. Больше ничего не отправлено.</translation>
    </message>
    <message>
        <source>The article is %1 now: only a published article can be unpublished.</source>
        <translation>Статья теперь в статусе «%1»: снять с публикации можно только опубликованную статью.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n photo(s)…</source>
        <translation>
            <numerusform>Загрузка %n фото…</numerusform>
            <numerusform>Загрузка %n фото…</numerusform>
            <numerusform>Загрузка %n фото…</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploading photo %1</source>
        <translation>Загрузка фото %1</translation>
    </message>
    <message>
        <source>WordPress accepted photo %1 but gave no media id.</source>
        <translation>WordPress принял фото %1, но не вернул идентификатор медиафайла.</translation>
    </message>
    <message>
        <source>Captioning photo %1</source>
        <translation>Запись подписи к фото %1</translation>
    </message>
    <message>
        <source>Sending the post…</source>
        <translation>Отправка записи…</translation>
    </message>
    <message>
        <source>Sending the post</source>
        <translation>Отправка записи</translation>
    </message>
    <message>
        <source>WordPress answered without the post&apos;s id or address.</source>
        <translation>WordPress ответил без идентификатора или адреса записи.</translation>
    </message>
    <message>
        <source>WordPress did not keep the featured image (media %1); the post is %2.</source>
        <translation>WordPress не сохранил главное изображение (медиафайл %1); запись: %2.</translation>
    </message>
    <message>
        <source>WordPress keeps the post as &quot;%1&quot;, not published; see %2.</source>
        <translation>WordPress оставил запись в статусе «%1», а не опубликованной; см. %2.</translation>
    </message>
    <message>
        <source>Qalam has no record of this article at %1: there is nothing to unpublish there.</source>
        <translation>У Qalam нет сведений о публикации этой статьи на площадке %1: снимать там нечего.</translation>
    </message>
    <message>
        <source>Unpublishing the post</source>
        <translation>Снятие записи с публикации</translation>
    </message>
    <message>
        <source>Sending the story…</source>
        <translation>Отправка материала…</translation>
    </message>
    <message>
        <source>Sending the story</source>
        <translation>Отправка материала</translation>
    </message>
    <message>
        <source>Withholding the story</source>
        <translation>Отзыв материала</translation>
    </message>
    <message>
        <source>The endpoint has the story at %1, but Qalam could not mark it published: %2</source>
        <translation>Материал размещён на площадке по адресу %1, но Qalam не удалось отметить его как опубликованный: %2</translation>
    </message>
    <message>
        <source>Job %1 is no longer claimed by this desk; it was stopped here.</source>
        <translation>Задание %1 больше не закреплено за этим рабочим местом; здесь оно остановлено.</translation>
    </message>
    <message>
        <source>Job %1 was taken over by %2; it was stopped here.</source>
        <translation>Задание %1 перехватило рабочее место %2; здесь оно остановлено.</translation>
    </message>
    <message>
        <source>Job %1 is running on another desk, %2; it is left to it (its claim holds until %3).</source>
        <translation>Задание %1 выполняется на другом рабочем месте (%2); оно оставлено ему (срок захвата — до %3).</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishTargetDialog</name>
    <message>
        <source>Publish to</source>
        <translation>Публикация на площадке</translation>
    </message>
    <message>
        <source>Unpublish from</source>
        <translation>Снятие с публикации на площадке</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Publish «%1» to:</source>
        <translation>Опубликовать «%1» на площадке:</translation>
    </message>
    <message>
        <source>Take «%1» off:</source>
        <translation>Снять «%1» с площадки:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Why is the article taken off? The reason is recorded in the article&apos;s log.</source>
        <translation>Почему статья снимается с публикации? Причина будет записана в журнал статьи.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Снять с публикации</translation>
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
        <translation>ninjs по HTTP</translation>
    </message>
    <message>
        <source>Folder (ninjs package)</source>
        <translation>Папка (пакет ninjs)</translation>
    </message>
    <message>
        <source>WordPress application password</source>
        <translation>Пароль приложения WordPress</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Токен Bearer</translation>
    </message>
    <message>
        <source>Custom header</source>
        <translation>Произвольный HTTP-заголовок</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Без аутентификации</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishingController</name>
    <message>
        <source>Publishing &amp;endpoints…</source>
        <translation>П&amp;лощадки публикации…</translation>
    </message>
    <message>
        <source>Where articles are published: folders, WordPress sites, ninjs CMSs, and their secrets</source>
        <translation>Куда публикуются статьи: папки, сайты WordPress, CMS с ninjs и их секреты</translation>
    </message>
    <message>
        <source>Where articles are published (only an administrator changes them)</source>
        <translation>Куда публикуются статьи (изменять площадки может только администратор)</translation>
    </message>
    <message>
        <source>&amp;Publish to…</source>
        <translation>Оп&amp;убликовать на площадке…</translation>
    </message>
    <message>
        <source>Send the approved article to a publishing endpoint</source>
        <translation>Отправить одобренную статью на площадку публикации</translation>
    </message>
    <message>
        <source>Unpublish &amp;from…</source>
        <translation>С&amp;нять с публикации на площадке…</translation>
    </message>
    <message>
        <source>Take the published article off an endpoint, with the reason</source>
        <translation>Снять опубликованную статью с площадки публикации с указанием причины</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No publishing endpoint is set up yet: an administrator adds one in Newsroom → Publishing endpoints…</source>
        <translation>Площадки публикации ещё не настроены: администратор добавляет их в меню Редакция → Площадки публикации…</translation>
    </message>
    <message>
        <source>Scheduled: the article goes to %1 at %2.</source>
        <translation>Запланировано: статья будет отправлена на площадку %1 в %2.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Публикация на площадке %1…</translation>
    </message>
    <message>
        <source>Unpublishing from %1…</source>
        <translation>Снятие с публикации на площадке %1…</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Опубликовано: %1</translation>
    </message>
    <message>
        <source>Unpublished from %1.</source>
        <translation>Снято с публикации на площадке %1.</translation>
    </message>
    <message>
        <source>Publishing to %1 failed: %2</source>
        <translation>Не удалось опубликовать на площадке %1: %2</translation>
    </message>
    <message>
        <source>Unpublishing from %1 failed: %2</source>
        <translation>Не удалось снять с публикации на площадке %1: %2</translation>
    </message>
    <message>
        <source>Publishing job %1 cancelled.</source>
        <translation>Задание публикации %1 отменено.</translation>
    </message>
    <message>
        <source>The publishing job waits: %1</source>
        <translation>Задание публикации ожидает: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::PublishingDock</name>
    <message>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Last error or step</source>
        <translation>Последняя ошибка или шаг</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Stop the job; it stays in the list and can be retried</source>
        <translation>Остановить задание; оно останется в списке, и его можно будет повторить</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Send a failed or cancelled job again; steps already done are not repeated</source>
        <translation>Снова отправить неудавшееся или отменённое задание; уже выполненные шаги не повторяются</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Unpublishing</source>
        <translation>Снятие с публикации</translation>
    </message>
    <message>
        <source>Waiting until %1</source>
        <translation>Ожидание до %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Снято с публикации</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>%1
Queued %2 by %3</source>
        <translation>%1
Поставлено в очередь %2 пользователем %3</translation>
    </message>
    <message>
        <source>No publishing jobs yet. Workflow → Publish to… sends an approved article.</source>
        <translation>Заданий публикации пока нет. Согласование → Опубликовать на площадке… отправляет одобренную статью.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) unfinished</source>
        <translation>
            <numerusform>%n задание не завершено</numerusform>
            <numerusform>%n задания не завершены</numerusform>
            <numerusform>%n заданий не завершено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n неудачное</numerusform>
            <numerusform>%n неудачных</numerusform>
            <numerusform>%n неудачных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed job(s): fix the cause, then Retry.</source>
        <translation>
            <numerusform>%n задание не выполнено: устраните причину и нажмите «Повторить».</numerusform>
            <numerusform>%n задания не выполнены: устраните причину и нажмите «Повторить».</numerusform>
            <numerusform>%n заданий не выполнено: устраните причину и нажмите «Повторить».</numerusform>
        </translation>
    </message>
    <message>
        <source>Every job is finished.</source>
        <translation>Все задания завершены.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>The job waits until %1; Qalam sends it then.</source>
        <translation>Задание ожидает до %1; тогда Qalam его и отправит.</translation>
    </message>
    <message>
        <source>Running on another desk</source>
        <translation>На другом месте</translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation>Захвачено рабочим местом %1 до %2</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteAnalyzer</name>
    <message>
        <source>This quotation mark has no partner.</source>
        <translation>У этой кавычки нет парной.</translation>
    </message>
    <message>
        <source>Quotation marks of another style than in the rest of the article.</source>
        <translation>Кавычки другого вида, чем в остальной части статьи.</translation>
    </message>
    <message>
        <source>Nobody is named as saying this quotation.</source>
        <translation>Не указано, кому принадлежит эта цитата.</translation>
    </message>
    <message numerus="yes">
        <source>A long quotation: %n words.</source>
        <translation>
            <numerusform>Длинная цитата: %n слово.</numerusform>
            <numerusform>Длинная цитата: %n слова.</numerusform>
            <numerusform>Длинная цитата: %n слов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The headline quotes words that the text does not contain.</source>
        <translation>В заголовке цитируются слова, которых нет в тексте.</translation>
    </message>
    <message>
        <source>A placeholder is left in the text.</source>
        <translation>В тексте осталась заглушка.</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteHighlighter</name>
    <message>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
</context>
<context>
    <name>Qalam::QuoteTableModel</name>
    <message>
        <source>(inside a quotation)</source>
        <translation>(внутри цитаты)</translation>
    </message>
    <message>
        <source>(named before)</source>
        <translation>(назван ранее)</translation>
    </message>
    <message>
        <source>no attribution</source>
        <translation>без указания автора</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>заголовок</translation>
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
        <translation>название</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>речь</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Автор высказывания</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>Qalam::QuotesDock</name>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Unattributed only</source>
        <translation>Только без указания автора</translation>
    </message>
    <message>
        <source>Copy with attribution</source>
        <translation>Копировать с указанием автора</translation>
    </message>
    <message>
        <source>Copies «quotation», – verb speaker.</source>
        <translation>Копирует в виде: «цитата», – глагол автор высказывания.</translation>
    </message>
    <message>
        <source>Mark as pull quote</source>
        <translation>Сделать выносной цитатой</translation>
    </message>
    <message>
        <source>Pull quotes</source>
        <translation>Выносные цитаты</translation>
    </message>
    <message>
        <source>Remove pull quote</source>
        <translation>Удалить выносную цитату</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитаты</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without attribution</source>
        <translation>
            <numerusform>%n без указания автора</numerusform>
            <numerusform>%n без указания автора</numerusform>
            <numerusform>%n без указания автора</numerusform>
        </translation>
    </message>
    <message>
        <source>Source of the report: %1</source>
        <translation>Источник сообщения: %1</translation>
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
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <source>Open the review view: changes, checks, comments, approve or return</source>
        <translation>Открыть проверку статьи: изменения, замечания, комментарии; одобрить или вернуть</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n finding(s)</source>
        <translation>
            <numerusform>⚠ %n замечание</numerusform>
            <numerusform>⚠ %n замечания</numerusform>
            <numerusform>⚠ %n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Submitted %2 by %3</source>
        <translation>%1
Отправлено на проверку %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Статей на проверке нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in review, oldest first.</source>
        <translation>
            <numerusform>%n статья на проверке, сначала самые давние.</numerusform>
            <numerusform>%n статьи на проверке, сначала самые давние.</numerusform>
            <numerusform>%n статей на проверке, сначала самые давние.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::ReviewView</name>
    <message>
        <source>Checks</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Checks: %1 of %2 looked at</source>
        <translation>Замечания: просмотрено %1 из %2</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>A comment for the writer; required to return the article</source>
        <translation>Комментарий для автора; обязателен, чтобы вернуть статью</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <source>Add the comment to the thread without changing the article&apos;s state</source>
        <translation>Добавить комментарий в обсуждение, не меняя статус статьи</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Время публикации</translation>
    </message>
    <message>
        <source>Approve for publication at this time; without it the article may go out at once</source>
        <translation>Одобрить с публикацией в указанное время; без этого статья может выйти сразу</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>Вернуть с комментарием</translation>
    </message>
    <message>
        <source>Send the article back to the writer with the comment above</source>
        <translation>Вернуть статью автору с комментарием, написанным выше</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Approve the submitted version (with the comment above, if any)</source>
        <translation>Одобрить отправленную версию (с комментарием выше, если он есть)</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Открыть в редакторе</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The version the changes are counted from</source>
        <translation>Версия, от которой отсчитываются изменения</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Не удалось открыть статью</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Проверка: %1</translation>
    </message>
    <message>
        <source>submitted by %1, %2</source>
        <translation>отправлено на проверку: %1, %2</translation>
    </message>
    <message>
        <source>to be published %1</source>
        <translation>публикация: %1</translation>
    </message>
    <message>
        <source>since the last approved version</source>
        <translation>с последней одобренной версии</translation>
    </message>
    <message>
        <source>since the first version (never approved)</source>
        <translation>с первой версии (статья ещё не одобрялась)</translation>
    </message>
    <message>
        <source>since the submission of %1</source>
        <translation>с отправки на проверку %1</translation>
    </message>
    <message>
        <source>%1 — «%2»</source>
        <translation>%1 — «%2»</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (изменено)</translation>
    </message>
    <message>
        <source>The article is empty.</source>
        <translation>Статья пуста.</translation>
    </message>
    <message>
        <source>Changes: none</source>
        <translation>Изменения: нет</translation>
    </message>
    <message numerus="yes">
        <source>Changes: %n field(s)</source>
        <translation>
            <numerusform>Изменения: %n поле</numerusform>
            <numerusform>Изменения: %n поля</numerusform>
            <numerusform>Изменения: %n полей</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick it once you have looked at it (not stored).</source>
        <translation>Отметьте, когда просмотрите (не сохраняется).</translation>
    </message>
    <message>
        <source>No quotation, placeholder or photo findings.</source>
        <translation>Замечаний по цитатам, заглушкам и фото нет.</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n finding(s)</source>
        <translation>
            <numerusform>Замечания: %n</numerusform>
            <numerusform>Замечания: %n</numerusform>
            <numerusform>Замечания: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Комментариев пока нет.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Сначала напишите комментарий.</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>Комментарий добавлен.</translation>
    </message>
    <message>
        <source>Write in the comment box what the writer should change, then return the article.</source>
        <translation>Напишите в поле комментария, что нужно изменить автору, затем верните статью.</translation>
    </message>
    <message>
        <source>Returned to the writer with your comment.</source>
        <translation>Возвращено автору с вашим комментарием.</translation>
    </message>
    <message>
        <source>Approved for publication at %1.</source>
        <translation>Одобрено, публикация запланирована на %1.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Одобрено.</translation>
    </message>
</context>
<context>
    <name>Qalam::RevisionsDock</name>
    <message>
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Восстановить эту версию</translation>
    </message>
    <message>
        <source>Makes the selected revision the current text; the current text stays in the list</source>
        <translation>Делает выбранную версию текущим текстом; текущий текст остаётся в списке</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создана</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранена</translation>
    </message>
    <message>
        <source>autosave</source>
        <translation>автосохранение</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>sample newsroom</source>
        <translation>демонстрационная редакция</translation>
    </message>
    <message>
        <source>restored %1</source>
        <translation>восстановлена из %1</translation>
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
        <translation>Редактор региональных новостей</translation>
    </message>
    <message>
        <source>Photo editor</source>
        <translation>Фоторедактор</translation>
    </message>
    <message>
        <source>Chief editor</source>
        <translation>Главный редактор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>Qalam::SampleNewsroom</name>
    <message>
        <source>The sample photos could not be drawn.</source>
        <translation>Не удалось нарисовать фото для демонстрационной редакции.</translation>
    </message>
    <message>
        <source>The sample newsroom file is not valid JSON.</source>
        <translation>Файл демонстрационной редакции содержит некорректный JSON.</translation>
    </message>
    <message>
        <source>The sample article &quot;%1&quot; names an unknown author %2.</source>
        <translation>В демонстрационной статье «%1» указан неизвестный автор %2.</translation>
    </message>
    <message>
        <source>Please check the figures.</source>
        <translation>Проверьте, пожалуйста, цифры.</translation>
    </message>
    <message>
        <source>The sample page %1 could not be read.</source>
        <translation>Не удалось прочитать демонстрационную страницу %1.</translation>
    </message>
</context>
<context>
    <name>Qalam::SecretStore</name>
    <message>
        <source>The keychain did not answer earlier in this run.</source>
        <translation>Связка ключей не ответила ранее в ходе этого запуска.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>Связка ключей не ответила за %n секунду.</numerusform>
            <numerusform>Связка ключей не ответила за %n секунды.</numerusform>
            <numerusform>Связка ключей не ответила за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secret needs the endpoint it belongs to.</source>
        <translation>Для секрета нужно указать площадку публикации, к которой он относится.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; is empty.</source>
        <translation>Секрет для «%1» пуст.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; could not be stored in the keychain; nothing was stored.</source>
        <translation>Не удалось сохранить секрет для «%1» в связке ключей; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; could not be read from the keychain.</source>
        <translation>Не удалось прочитать секрет для «%1» из связки ключей.</translation>
    </message>
    <message>
        <source>The secret for &quot;%1&quot; could not be removed from the keychain.</source>
        <translation>Не удалось удалить секрет для «%1» из связки ключей.</translation>
    </message>
    <message>
        <source>The secrets file %1 may be read by other users (mode %2), so Qalam does not use it. Make it private (chmod 600 %1) and change the passwords and tokens it holds if others could have read them.</source>
        <translation>Файл секретов %1 доступен для чтения другим пользователям (права %2), поэтому Qalam его не использует. Закройте к нему доступ (chmod 600 %1) и смените хранящиеся в нём пароли и токены, если их могли прочитать посторонние.</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be read.</source>
        <translation>Не удаётся прочитать файл секретов %1.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged; nothing in it was used. Store the endpoints&apos; secrets again.</source>
        <translation>Файл секретов %1 повреждён; его содержимое не использовано. Сохраните секреты площадок публикации заново.</translation>
    </message>
    <message>
        <source>The folder for the secrets file, %1, cannot be created.</source>
        <translation>Не удаётся создать папку для файла секретов (%1).</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be created.</source>
        <translation>Не удаётся создать файл секретов %1.</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be written.</source>
        <translation>Не удаётся записать файл секретов %1.</translation>
    </message>
</context>
<context>
    <name>Qalam::ServerLogin</name>
    <message>
        <source>%1 is not a database server address; only a server needs a password.</source>
        <translation>%1 не является адресом сервера баз данных; пароль нужен только для сервера.</translation>
    </message>
    <message>
        <source>The password for %1 is empty; nothing was stored.</source>
        <translation>Пароль для %1 пуст; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 over TLS (%2)</source>
        <translation>Подключено к PostgreSQL %1 по TLS (%2)</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 without TLS</source>
        <translation>Подключено к PostgreSQL %1 без TLS</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>Файл SQLite %1</translation>
    </message>
    <message numerus="yes">
        <source>Qalam database, schema %1 (Qalam upgrades it to %2 when it opens it), %Ln articles</source>
        <translation><numerusform>база данных Qalam, схема %1 (Qalam обновит её до схемы %2 при открытии), %Ln статья</numerusform><numerusform>база данных Qalam, схема %1 (Qalam обновит её до схемы %2 при открытии), %Ln статьи</numerusform><numerusform>база данных Qalam, схема %1 (Qalam обновит её до схемы %2 при открытии), %Ln статей</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Qalam database, schema %1, %Ln articles</source>
        <translation><numerusform>база данных Qalam, схема %1, %Ln статья</numerusform><numerusform>база данных Qalam, схема %1, %Ln статьи</numerusform><numerusform>база данных Qalam, схема %1, %Ln статей</numerusform></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>%1; empty database: Qalam will create its tables.</source>
        <translation>%1; база данных пуста: Qalam создаст в ней свои таблицы.</translation>
    </message>
    <message>
        <source>%1 is empty: Qalam will create its tables.</source>
        <translation>%1 пуст: Qalam создаст в нём свои таблицы.</translation>
    </message>
    <message>
        <source>No file at %1 yet: Qalam will create the database there.</source>
        <translation>Файла %1 пока нет: Qalam создаст там базу данных.</translation>
    </message>
    <message>
        <source>this computer&apos;s account</source>
        <translation>учётная запись этого компьютера</translation>
    </message>
    <message>
        <source>No answer from the database server %1. Check the host name and port, that the server runs, and that this computer may reach it.</source>
        <translation>Сервер баз данных %1 не отвечает. Проверьте имя хоста и порт, запущен ли сервер и может ли этот компьютер к нему подключиться.</translation>
    </message>
    <message>
        <source>The server %1 refused the login of %2: the password is wrong or missing, or the account may not use this database.</source>
        <translation>Сервер %1 отклонил вход (%2): пароль неверен или не указан, либо этой учётной записи нельзя работать с этой базой данных.</translation>
    </message>
    <message>
        <source>The server %1 has no database &quot;%2&quot;. Ask its administrator to create it (createdb -E UTF8 --locale=C.UTF-8 -T template0).</source>
        <translation>На сервере %1 нет базы данных «%2». Попросите администратора сервера создать её (createdb -E UTF8 --locale=C.UTF-8 -T template0).</translation>
    </message>
    <message>
        <source>The database server %1 could not be used: %2</source>
        <translation>Не удалось воспользоваться сервером баз данных %1: %2</translation>
    </message>
    <message>
        <source>The database server %1 answered, but could not be asked about its database.</source>
        <translation>Сервер баз данных %1 ответил, но получить у него сведения о базе данных не удалось.</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not Qalam&apos;s. Give Qalam a database of its own.</source>
        <translation>В %1 находятся таблицы другой программы, а не Qalam. Выделите для Qalam отдельную базу данных.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Qalam (schema %2; this version knows up to %3). Update Qalam to use it.</source>
        <translation>База данных %1 записана более новой версией Qalam (схема %2; эта версия поддерживает схемы до %3). Чтобы работать с ней, обновите Qalam.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Выберите файл базы данных.</translation>
    </message>
    <message>
        <source>Qalam cannot create %1: the folder %2 is not writable.</source>
        <translation>Qalam не может создать %1: нет прав на запись в папку %2.</translation>
    </message>
    <message>
        <source>%1 is not a readable Qalam database.</source>
        <translation>%1 не является читаемой базой данных Qalam.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not Qalam&apos;s.</source>
        <translation>%1 — база данных SQLite другой программы, а не Qalam.</translation>
    </message>
</context>
<context>
    <name>Qalam::ServerWatch</name>
    <message>
        <source>Server unreachable — your text is kept on this computer; retrying now…</source>
        <translation>Сервер недоступен — ваш текст хранится на этом компьютере; повторная попытка…</translation>
    </message>
    <message>
        <source>Server unreachable; retrying now…</source>
        <translation>Сервер недоступен; повторная попытка…</translation>
    </message>
    <message numerus="yes">
        <source>Server unreachable — your text is kept on this computer; retrying in %n s</source>
        <translation>
            <numerusform>Сервер недоступен — ваш текст хранится на этом компьютере; повторная попытка через %n с</numerusform>
            <numerusform>Сервер недоступен — ваш текст хранится на этом компьютере; повторная попытка через %n с</numerusform>
            <numerusform>Сервер недоступен — ваш текст хранится на этом компьютере; повторная попытка через %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server unreachable; retrying in %n s</source>
        <translation>
            <numerusform>Сервер недоступен; повторная попытка через %n с</numerusform>
            <numerusform>Сервер недоступен; повторная попытка через %n с</numerusform>
            <numerusform>Сервер недоступен; повторная попытка через %n с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qalam::SignInDialog</name>
    <message>
        <source>Sign in — Qalam</source>
        <translation>Вход — Qalam</translation>
    </message>
    <message>
        <source>Sign in to the newsroom</source>
        <translation>Вход в редакцию</translation>
    </message>
    <message>
        <source>Newsroom database: %1</source>
        <translation>База данных редакции: %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>Qalam::SpellChecker</name>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Qalam has no spelling dictionary for the language &quot;%1&quot;; spelling can be checked in Russian (ru), Kazakh (kk) and English (en).</source>
        <translation>В Qalam нет словаря для проверки орфографии на языке «%1»; орфографию можно проверять на русском (ru), казахском (kk) и английском (en) языках.</translation>
    </message>
    <message>
        <source>The %1 spelling dictionary is not installed: %2 was not found. Spelling is not checked in %1 texts; install the package %3, or set QALAM_HUNSPELL_DIR to a folder that holds the dictionary.</source>
        <translation>Словарь для проверки орфографии (%1 язык) не установлен: файл %2 не найден. Орфография в текстах на этом языке не проверяется; установите пакет %3 или укажите в переменной QALAM_HUNSPELL_DIR папку со словарём.</translation>
    </message>
    <message>
        <source>The %1 spelling dictionary %2 cannot be read. Spelling is not checked in %1 texts; check the file&apos;s permissions.</source>
        <translation>Не удаётся прочитать словарь для проверки орфографии %2 (%1 язык). Орфография в текстах на этом языке не проверяется; проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>The %1 spelling dictionary %2 uses the encoding %3, which Qalam cannot read. Spelling is not checked in %1 texts; install a UTF-8 version of the dictionary.</source>
        <translation>Словарь для проверки орфографии %2 (%1 язык) использует кодировку %3, которую Qalam не поддерживает. Орфография в текстах на этом языке не проверяется; установите версию словаря в кодировке UTF-8.</translation>
    </message>
</context>
<context>
    <name>Qalam::TextChecks</name>
    <message>
        <source>Unknown word: %1</source>
        <translation>Неизвестное слово: %1</translation>
    </message>
</context>
<context>
    <name>Qalam::Typography</name>
    <message numerus="yes">
        <source>%n straight apostrophe(s): use ’</source>
        <translation>
            <numerusform>%n прямой апостроф: используйте ’</numerusform>
            <numerusform>%n прямых апострофа: используйте ’</numerusform>
            <numerusform>%n прямых апострофов: используйте ’</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ellipsis(es) typed as three dots: use …</source>
        <translation>
            <numerusform>%n многоточие набрано тремя точками: используйте …</numerusform>
            <numerusform>%n многоточия набраны тремя точками: используйте …</numerusform>
            <numerusform>%n многоточий набрано тремя точками: используйте …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short word(s) should be joined to the neighbouring word by a non-breaking space</source>
        <translation>
            <numerusform>%n короткое слово следует соединить с соседним словом неразрывным пробелом</numerusform>
            <numerusform>%n коротких слова следует соединить с соседними словами неразрывным пробелом</numerusform>
            <numerusform>%n коротких слов следует соединить с соседними словами неразрывным пробелом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initial(s) should be joined to the surname by a non-breaking space</source>
        <translation>
            <numerusform>%n инициал следует соединить с фамилией неразрывным пробелом</numerusform>
            <numerusform>%n инициала следует соединить с фамилией неразрывным пробелом</numerusform>
            <numerusform>%n инициалов следует соединить с фамилией неразрывным пробелом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) should be joined to their unit by a non-breaking space</source>
        <translation>
            <numerusform>%n число следует соединить с единицей измерения неразрывным пробелом</numerusform>
            <numerusform>%n числа следует соединить с единицами измерения неразрывным пробелом</numerusform>
            <numerusform>%n чисел следует соединить с единицами измерения неразрывным пробелом</numerusform>
        </translation>
    </message>
    <message>
        <source>Straight quote mark: use %1</source>
        <translation>Прямая кавычка: используйте %1</translation>
    </message>
    <message>
        <source>Quote mark of the wrong kind or nesting level: use %1</source>
        <translation>Кавычка неверного вида или уровня вложенности: используйте %1</translation>
    </message>
    <message>
        <source>Number range with a hyphen or em dash: use an en dash (10–15)</source>
        <translation>Диапазон чисел через дефис или длинное тире: используйте короткое тире (10–15)</translation>
    </message>
    <message>
        <source>Hyphen or wrong dash between words: use a spaced en dash</source>
        <translation>Дефис или неверное тире между словами: используйте короткое тире с пробелами по обе стороны</translation>
    </message>
    <message>
        <source>Dialogue line: start it with an en dash and a non-breaking space</source>
        <translation>Реплика диалога: начните её с короткого тире и неразрывного пробела</translation>
    </message>
    <message>
        <source>Dialogue line: start it with an em dash and a non-breaking space</source>
        <translation>Реплика диалога: начните её с длинного тире и неразрывного пробела</translation>
    </message>
    <message>
        <source>Hyphen or wrong dash between words: use an en dash with a non-breaking space before it</source>
        <translation>Дефис или неверное тире между словами: используйте короткое тире с неразрывным пробелом перед ним</translation>
    </message>
    <message>
        <source>Hyphen or wrong dash between words: use an em dash with a non-breaking space before it</source>
        <translation>Дефис или неверное тире между словами: используйте длинное тире с неразрывным пробелом перед ним</translation>
    </message>
</context>
<context>
    <name>Qalam::UserEditDialog</name>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Учётная запись %1</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>буквы, цифры, . _ -</translation>
    </message>
    <message>
        <source>e.g. Колмакова Виктория</source>
        <translation>например, Колмакова Виктория</translation>
    </message>
    <message>
        <source>A regional editor edits the articles of these regions</source>
        <translation>Редактор региональных новостей редактирует статьи этих регионов</translation>
    </message>
    <message>
        <source>Another region, then Enter</source>
        <translation>Ещё один регион, затем Enter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (не работает)</translation>
    </message>
    <message>
        <source>Articles this user creates get this profile in the byline</source>
        <translation>Этот профиль указывается в авторах статей, которые создаёт пользователь</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>Активна (можно входить в систему)</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Отображаемое имя:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Регионы:</translation>
    </message>
    <message>
        <source>Author profile:</source>
        <translation>Профиль автора:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>не менее 8 символов</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Повтор пароля:</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>Qalam::UserStore</name>
    <message>
        <source>&quot;%1&quot; cannot be a login: use 2 to 64 letters, digits, dots, underscores or hyphens, without spaces.</source>
        <translation>«%1» не может быть логином: используйте от 2 до 64 букв, цифр, точек, знаков подчёркивания или дефисов, без пробелов.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>Пароль слишком короткий: используйте не менее 8 символов.</translation>
    </message>
    <message>
        <source>The password is too long: use at most 1024 characters.</source>
        <translation>Пароль слишком длинный: используйте не более 1024 символов.</translation>
    </message>
    <message>
        <source>%1 needs at least one role: regional editor, photo editor, chief editor or administrator.</source>
        <translation>Учётной записи %1 нужна хотя бы одна роль: редактор региональных новостей, фоторедактор, главный редактор или администратор.</translation>
    </message>
    <message>
        <source>The author profiles could not be read.</source>
        <translation>Не удалось прочитать профили авторов.</translation>
    </message>
    <message>
        <source>There is no author profile %1 to link the account to.</source>
        <translation>Профиль автора %1, к которому нужно привязать учётную запись, не найден.</translation>
    </message>
    <message>
        <source>The login or the password is not right, or the account is no longer active. Check both and try again; an administrator can reset the password.</source>
        <translation>Неверный логин или пароль либо учётная запись больше не активна. Проверьте логин и пароль и попробуйте ещё раз; администратор может сбросить пароль.</translation>
    </message>
    <message>
        <source>The newsroom&apos;s accounts could not be read.</source>
        <translation>Не удалось прочитать учётные записи редакции.</translation>
    </message>
    <message>
        <source>There is already an account with the login %1; choose another login.</source>
        <translation>Учётная запись с логином %1 уже существует; выберите другой логин.</translation>
    </message>
    <message>
        <source>The first account of a newsroom must be an administrator, so that someone can add and manage the others. Add the administrator role to %1.</source>
        <translation>Первая учётная запись редакции должна быть учётной записью администратора, чтобы кто-то мог добавлять остальные и управлять ими. Добавьте учётной записи %1 роль администратора.</translation>
    </message>
    <message>
        <source>The account %1 could not be added.</source>
        <translation>Не удалось добавить учётную запись %1.</translation>
    </message>
    <message>
        <source>There is no account with id %1.</source>
        <translation>Учётная запись с идентификатором %1 не найдена.</translation>
    </message>
    <message>
        <source>There is no account with the login %1.</source>
        <translation>Учётная запись с логином %1 не найдена.</translation>
    </message>
    <message>
        <source>A login cannot be changed (%1 stays %1); add a new account instead.</source>
        <translation>Логин нельзя изменить (%1 остаётся %1); вместо этого добавьте новую учётную запись.</translation>
    </message>
    <message>
        <source>%1 is the newsroom&apos;s last active administrator: give another account the administrator role first. Nothing was changed.</source>
        <translation>%1 — последний активный администратор редакции: сначала назначьте роль администратора другой учётной записи. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The account %1 could not be changed.</source>
        <translation>Не удалось изменить учётную запись %1.</translation>
    </message>
    <message>
        <source>The password of %1 could not be changed.</source>
        <translation>Не удалось изменить пароль учётной записи %1.</translation>
    </message>
</context>
<context>
    <name>Qalam::UsersDialog</name>
    <message>
        <source>Newsroom accounts</source>
        <translation>Учётные записи редакции</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Author profile</source>
        <translation>Профиль автора</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Name, roles, regions, author profile and whether the account is active</source>
        <translation>Имя, роли, регионы, профиль автора и активность учётной записи</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Задать пароль…</translation>
    </message>
    <message>
        <source>Give the user a new password, e.g. when they forgot theirs</source>
        <translation>Задать пользователю новый пароль, например если он забыл свой</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключена</translation>
    </message>
</context>
<context>
    <name>Qalam::Workflow</name>
    <message>
        <source>Being edited by %1 since %2</source>
        <translation>Редактирует %1 с %2</translation>
    </message>
    <message>
        <source>The article&apos;s history could not be recorded.</source>
        <translation>Не удалось записать историю статьи.</translation>
    </message>
    <message>
        <source>The workflow settings could not be read.</source>
        <translation>Не удалось прочитать настройки согласования.</translation>
    </message>
    <message>
        <source>The article&apos;s lock could not be read.</source>
        <translation>Не удалось прочитать сведения о блокировке статьи.</translation>
    </message>
    <message>
        <source>The article&apos;s revisions could not be read.</source>
        <translation>Не удалось прочитать версии статьи.</translation>
    </message>
    <message>
        <source>Say what needs to change: returning an article needs a comment. Nothing was changed.</source>
        <translation>Напишите, что нужно изменить: чтобы вернуть статью, нужен комментарий. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Give the reason: unpublishing an article needs one. Nothing was changed.</source>
        <translation>Укажите причину: без неё статью нельзя снять с публикации. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This article is %1: it cannot be %2 now. Nothing was changed.</source>
        <translation>Статья в статусе «%1»: сейчас её нельзя перевести в статус «%2». Ничего не изменено.</translation>
    </message>
    <message>
        <source>The article could not be read.</source>
        <translation>Не удалось прочитать статью.</translation>
    </message>
    <message>
        <source>The article cannot go to review until its photos are in order: %1</source>
        <translation>Статью нельзя отправить на проверку, пока не исправлены замечания по фото: %1</translation>
    </message>
    <message>
        <source>The scheduled publication time has already passed; approve without a time to publish at once.</source>
        <translation>Запланированное время публикации уже прошло; чтобы опубликовать статью сразу, одобрите её без указания времени.</translation>
    </message>
    <message>
        <source>This article is scheduled for %1 and cannot be published before then.</source>
        <translation>Публикация статьи запланирована на %1, раньше её опубликовать нельзя.</translation>
    </message>
    <message>
        <source>The revision could not be recorded.</source>
        <translation>Не удалось записать версию.</translation>
    </message>
    <message>
        <source>The article&apos;s status could not be changed.</source>
        <translation>Не удалось изменить статус статьи.</translation>
    </message>
    <message>
        <source>The comment could not be saved.</source>
        <translation>Не удалось сохранить комментарий.</translation>
    </message>
    <message>
        <source>%1 submitted “%2” for review</source>
        <translation>%1: статья «%2» отправлена на проверку</translation>
    </message>
    <message>
        <source>The newsroom&apos;s accounts could not be read.</source>
        <translation>Не удалось прочитать учётные записи редакции.</translation>
    </message>
    <message>
        <source>%1 returned “%2”: %3</source>
        <translation>%1: статья «%2» возвращена: %3</translation>
    </message>
    <message>
        <source>%1 approved “%2”</source>
        <translation>%1: статья «%2» одобрена</translation>
    </message>
    <message>
        <source>The notification could not be recorded.</source>
        <translation>Не удалось записать уведомление.</translation>
    </message>
    <message>
        <source>The article&apos;s history could not be read.</source>
        <translation>Не удалось прочитать историю статьи.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Комментарий пуст.</translation>
    </message>
    <message>
        <source>The comments could not be read.</source>
        <translation>Не удалось прочитать комментарии.</translation>
    </message>
    <message>
        <source>The article could not be locked for editing.</source>
        <translation>Не удалось заблокировать статью для редактирования.</translation>
    </message>
    <message>
        <source>The article&apos;s lock could not be released.</source>
        <translation>Не удалось снять блокировку статьи.</translation>
    </message>
    <message>
        <source>The review queue could not be read.</source>
        <translation>Не удалось прочитать очередь на проверку.</translation>
    </message>
    <message>
        <source>Revision #%1 belongs to another article.</source>
        <translation>Версия #%1 относится к другой статье.</translation>
    </message>
    <message>
        <source>The notifications could not be read.</source>
        <translation>Не удалось прочитать уведомления.</translation>
    </message>
    <message>
        <source>The notification could not be marked as read.</source>
        <translation>Не удалось отметить уведомление как прочитанное.</translation>
    </message>
    <message>
        <source>There is no such notification for you.</source>
        <translation>Для вас такого уведомления нет.</translation>
    </message>
    <message>
        <source>The scheduled publications could not be read.</source>
        <translation>Не удалось прочитать запланированные публикации.</translation>
    </message>
    <message>
        <source>“%1” was scheduled for %2 and is not published yet</source>
        <translation>«%1»: публикация была запланирована на %2, но статья ещё не опубликована</translation>
    </message>
    <message>
        <source>The workflow settings could not be saved.</source>
        <translation>Не удалось сохранить настройки согласования.</translation>
    </message>
    <message>
        <source>Photo slot %1 waits for its file</source>
        <translation>Место для фото %1 ждёт файла</translation>
    </message>
    <message>
        <source>Photo slot %1 (“%2”) waits for its file</source>
        <translation>Место для фото %1 («%2») ждёт файла</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>this newsroom has no user accounts yet; --user is ignored</source>
        <translation>в этой редакции пока нет учётных записей; --user не учитывается</translation>
    </message>
    <message>
        <source>this newsroom has user accounts; --screenshot needs --user LOGIN and the password in QALAM_PASSWORD</source>
        <translation>в этой редакции есть учётные записи; для --screenshot нужны --user LOGIN и пароль в QALAM_PASSWORD</translation>
    </message>
    <message>
        <source>Correct the address or the password, or choose a file on this computer. Cancel closes Qalam.</source>
        <translation>Исправьте адрес или пароль либо выберите файл на этом компьютере. «Отмена» закрывает Qalam.</translation>
    </message>
    <message>
        <source>This window&apos;s database was given by --db or QALAM_DB, which choose it again at the next start. After OK, Qalam opens the chosen database now and at starts without them.</source>
        <translation>База данных этого окна задана через --db или QALAM_DB, и при следующем запуске они снова выберут её. После нажатия OK Qalam откроет выбранную базу данных сейчас, а также при запусках без них.</translation>
    </message>
</context>
</TS>
