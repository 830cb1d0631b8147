#include "ui/editor/articleeditor.h"

#include "ui_articleeditor.h"

#include "app/model/articledocument.h"
#include "app/text/documenthtml.h"
#include "ui/editor/bodyedit.h"
#include "ui/editor/paragraphedit.h"
#include "ui/editor/quotehighlighter.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>

namespace Qalam {

using Field = ArticleDocument::Field;

ArticleEditor::ArticleEditor(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ArticleEditor>())
{
    m_ui->setupUi(this);
    m_ui->conflictBanner->hide();
    m_ui->conflictBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_ui->conflictBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3c, 0x2a, 0x00));
    m_ui->conflictBanner->setPalette(bannerPalette);
    // The read-only notice is information (blue-grey); a refused action is a
    // warning (the conflict banner's amber). Fixed light colours with dark
    // text read the same in light and dark themes.
    m_ui->noticeBanner->hide();
    m_ui->noticeBanner->setAutoFillBackground(true);
    QPalette noticePalette = m_ui->noticeBanner->palette();
    noticePalette.setColor(QPalette::Window, QColor(0xe3, 0xec, 0xf7));
    noticePalette.setColor(QPalette::WindowText, QColor(0x0d, 0x2a, 0x4a));
    m_ui->noticeBanner->setPalette(noticePalette);
    m_ui->messageBanner->hide();
    m_ui->messageBanner->setAutoFillBackground(true);
    m_ui->messageBanner->setPalette(bannerPalette);
    connect(m_ui->takeOverButton, &QPushButton::clicked, this, &ArticleEditor::takeOverRequested);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &ArticleEditor::mergeRequested);
    connect(m_ui->messageCloseButton, &QToolButton::clicked, this, &ArticleEditor::hideMessage);

    QFont headlineFont = m_ui->headlineEdit->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.6);
    headlineFont.setBold(true);
    m_ui->headlineEdit->setFont(headlineFont);
    QFont leadFont = m_ui->leadEdit->font();
    leadFont.setPointSizeF(leadFont.pointSizeF() * 1.1);
    leadFont.setBold(true);
    m_ui->leadEdit->setFont(leadFont);
    QFont bodyFont = m_ui->bodyEdit->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.1);
    m_ui->bodyEdit->setFont(bodyFont);

    m_ui->languageEdit->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_ui->languageEdit->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    m_ui->languageEdit->addItem(QStringLiteral("English"), QStringLiteral("en"));
    retranslate();
    setEnabled(false);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_headlineHighlighter = new QuoteHighlighter(m_ui->headlineEdit->document(), true);
    m_leadHighlighter = new QuoteHighlighter(m_ui->leadEdit->document());
    m_headlineHighlighter->setDarkPalette(dark);
    m_leadHighlighter->setDarkPalette(dark);
    m_ui->bodyEdit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->bodyEdit, &QWidget::customContextMenuRequested, this, &ArticleEditor::showBodyContextMenu);
    m_ui->bodyEdit->setToolTipProvider([this](int position) {
        return m_bodyHighlighter ? m_bodyHighlighter->findingAt(position) : QString();
    });

    connect(m_ui->metadataToggle, &QToolButton::toggled, this, [this](bool open) {
        m_ui->metadataStrip->setVisible(open);
        m_ui->metadataToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    auto edit = [this](Field field, const QString &value) {
        if (!m_updating && m_document)
            m_document->setField(field, value);
    };
    connect(m_ui->headlineEdit, &QPlainTextEdit::textChanged, this,
            [=, this] { edit(Field::Headline, m_ui->headlineEdit->text()); });
    connect(m_ui->leadEdit, &QPlainTextEdit::textChanged, this,
            [=, this] { edit(Field::Lead, m_ui->leadEdit->toPlainText()); });
    connect(m_ui->regionEdit, &QComboBox::currentTextChanged, this,
            [=](const QString &t) { edit(Field::Region, t); });
    connect(m_ui->rubricEdit, &QLineEdit::textChanged, this,
            [=](const QString &t) { edit(Field::Rubric, t); });
    connect(m_ui->tagsEdit, &QLineEdit::textChanged, this, [=](const QString &t) { edit(Field::Tags, t); });
    connect(m_ui->sourceEdit, &QLineEdit::textChanged, this,
            [=](const QString &t) { edit(Field::Source, t); });
    connect(m_ui->languageEdit, &QComboBox::currentIndexChanged, this,
            [=, this](int i) { edit(Field::Language, m_ui->languageEdit->itemData(i).toString()); });

    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this] {
        // Nothing of the editor's text is dropped silently: it goes to the clipboard.
        if (m_document)
            QGuiApplication::clipboard()->setText(m_document->snapshot().bodyText);
        emit reloadRequested();
    });
}

ArticleEditor::~ArticleEditor() = default;

BodyEdit *ArticleEditor::bodyEdit() const
{
    return m_ui->bodyEdit;
}

ParagraphEdit *ArticleEditor::headlineEdit() const
{
    return m_ui->headlineEdit;
}

void ArticleEditor::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->headlineEdit->setPlaceholderText(tr("Headline"));
    m_ui->leadEdit->setPlaceholderText(tr("Lead: the news in one or two sentences"));
    m_ui->bodyEdit->setPlaceholderText(tr("Text of the article"));
    m_ui->tagsEdit->setPlaceholderText(tr("comma-separated"));
    m_ui->sourceEdit->setPlaceholderText(tr("e.g. передает Акорда"));
    m_ui->bylineLabel->setToolTip(tr("Change the byline in the Authors panel"));
    refreshByline();
}

void ArticleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ArticleEditor::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    hideConflict();
    hideMessage();
    setEnabled(document != nullptr);
    m_updating = true;
    m_ui->bodyEdit->setDocument(document ? document->body() : new QTextDocument(m_ui->bodyEdit));
    m_updating = false;
    if (!document)
        return;
    m_ui->bodyEdit->document()->setDefaultFont(m_ui->bodyEdit->font());
    // Parented to the body document: it goes when the article is closed.
    m_bodyHighlighter = new QuoteHighlighter(document->body());
    m_bodyHighlighter->setDarkPalette(palette().color(QPalette::Base).lightness() < 128);
    connect(document, &ArticleDocument::fieldChanged, this, [this](Field f) { refreshField(int(f)); });
    connect(document, &ArticleDocument::authorsChanged, this, &ArticleEditor::refreshByline);
    for (Field f : {Field::Headline, Field::Lead, Field::Region, Field::Rubric, Field::Tags, Field::Source,
                    Field::Language})
        refreshField(int(f));
    refreshByline();
}

void ArticleEditor::refreshField(int fieldValue)
{
    if (!m_document)
        return;
    const auto field = Field(fieldValue);
    const QString value = m_document->field(field);
    m_updating = true;
    switch (field) {
    case Field::Headline:
        if (m_ui->headlineEdit->text() != value)
            m_ui->headlineEdit->setText(value);
        break;
    case Field::Lead:
        if (m_ui->leadEdit->toPlainText() != value)
            m_ui->leadEdit->setPlainText(value);
        break;
    case Field::Region:
        if (m_ui->regionEdit->currentText() != value)
            m_ui->regionEdit->setCurrentText(value);
        break;
    case Field::Rubric:
        if (m_ui->rubricEdit->text() != value) {
            m_ui->rubricEdit->setText(value);
            if (!m_ui->rubricEdit->hasFocus())
                m_ui->rubricEdit->setCursorPosition(0); // show the beginning of a long line
        }
        break;
    case Field::Tags:
        // Typing "a, " must not be rewritten to "a" under the cursor.
        if (m_ui->tagsEdit->text()
                .split(u',')
                .join(u',')
                .simplified()
                .remove(QStringLiteral(" "))
                .remove(u',') != QString(value).remove(QStringLiteral(" ")).remove(u',')) {
            m_ui->tagsEdit->setText(value);
            m_ui->tagsEdit->setCursorPosition(0);
        }
        break;
    case Field::Source:
        if (m_ui->sourceEdit->text() != value) {
            m_ui->sourceEdit->setText(value);
            if (!m_ui->sourceEdit->hasFocus())
                m_ui->sourceEdit->setCursorPosition(0); // show the beginning of a long line
        }
        break;
    case Field::Language:
        m_ui->languageEdit->setCurrentIndex(qMax(0, m_ui->languageEdit->findData(value)));
        break;
    }
    m_updating = false;
}

void ArticleEditor::refreshByline()
{
    if (!m_document) {
        m_ui->bylineText->clear();
        return;
    }
    QStringList names;
    for (const Author &a : m_document->authors())
        names.append(a.position.isEmpty() ? a.name : tr("%1, %2").arg(a.name, a.position));
    const QString byline = names.isEmpty() ? tr("(no author)") : names.join(QStringLiteral("; "));
    m_ui->bylineText->setText(byline);
    m_ui->bylineText->setToolTip(byline);
}

void ArticleEditor::setRegions(const QStringList &regions)
{
    m_updating = true;
    const QString current = m_ui->regionEdit->currentText();
    m_ui->regionEdit->clear();
    m_ui->regionEdit->addItems(regions);
    m_ui->regionEdit->setCurrentText(current);
    m_updating = false;
}

void ArticleEditor::showConflict(const QString &message)
{
    m_ui->conflictLabel->setText(message);
    m_ui->conflictBanner->show();
}

void ArticleEditor::hideConflict()
{
    m_ui->conflictBanner->hide();
}

bool ArticleEditor::isConflictShown() const
{
    return !m_ui->conflictBanner->isHidden();
}

QString ArticleEditor::conflictMessage() const
{
    return isConflictShown() ? m_ui->conflictLabel->text() : QString();
}

void ArticleEditor::setReadOnly(bool readOnly, const QString &reason, bool offerTakeOver)
{
    m_readOnly = readOnly;
    m_ui->headlineEdit->setReadOnly(readOnly);
    m_ui->leadEdit->setReadOnly(readOnly);
    if (!m_ui->bodyEdit->isPasting())
        m_ui->bodyEdit->setReadOnly(readOnly);
    for (QLineEdit *line : {m_ui->rubricEdit, m_ui->tagsEdit, m_ui->sourceEdit})
        line->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->regionEdit, m_ui->languageEdit})
        w->setEnabled(!readOnly);
    m_ui->noticeLabel->setText(reason);
    m_ui->takeOverButton->setVisible(readOnly && offerTakeOver);
    m_ui->noticeBanner->setVisible(readOnly && !reason.isEmpty());
}

QString ArticleEditor::readOnlyReason() const
{
    return m_ui->noticeBanner->isVisible() ? m_ui->noticeLabel->text() : QString();
}

void ArticleEditor::showMessage(const QString &message, bool error)
{
    QPalette palette = m_ui->messageBanner->palette();
    palette.setColor(QPalette::Window, error ? QColor(0xfd, 0xec, 0xc8) : QColor(0xe6, 0xf4, 0xea));
    palette.setColor(QPalette::WindowText, error ? QColor(0x3c, 0x2a, 0x00) : QColor(0x0d, 0x3b, 0x1a));
    m_ui->messageBanner->setPalette(palette);
    m_ui->messageLabel->setText(message);
    m_ui->messageBanner->show();
}

void ArticleEditor::hideMessage()
{
    m_ui->messageBanner->hide();
}

QString ArticleEditor::message() const
{
    return m_ui->messageBanner->isVisible() ? m_ui->messageLabel->text() : QString();
}

void ArticleEditor::mergeCharFormat(const QTextCharFormat &format)
{
    QTextCursor cursor = m_ui->bodyEdit->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.mergeCharFormat(format);
    m_ui->bodyEdit->mergeCurrentCharFormat(format);
}

void ArticleEditor::toggleBold()
{
    QTextCharFormat f;
    f.setFontWeight(m_ui->bodyEdit->fontWeight() >= QFont::DemiBold ? QFont::Normal : QFont::Bold);
    mergeCharFormat(f);
}

void ArticleEditor::toggleItalic()
{
    QTextCharFormat f;
    f.setFontItalic(!m_ui->bodyEdit->fontItalic());
    mergeCharFormat(f);
}

void ArticleEditor::toggleHeading()
{
    QTextCursor cursor = m_ui->bodyEdit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    const bool heading = block.headingLevel() == 0;
    block.setHeadingLevel(heading ? 2 : 0);
    cursor.beginEditBlock();
    cursor.setBlockFormat(block);
    // Headings are bold and larger in the editor; the stored HTML only says <h2>.
    QTextCursor whole = cursor;
    whole.select(QTextCursor::BlockUnderCursor);
    QTextCharFormat f;
    f.setFontWeight(heading ? QFont::Bold : QFont::Normal);
    f.setProperty(QTextFormat::FontSizeAdjustment, heading ? 1 : 0);
    whole.mergeCharFormat(f);
    cursor.endEditBlock();
}

void ArticleEditor::toggleBlockquote()
{
    QTextCursor cursor = m_ui->bodyEdit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    const bool quote = block.intProperty(QTextFormat::BlockQuoteLevel) == 0;
    block.setProperty(QTextFormat::BlockQuoteLevel, quote ? 1 : 0);
    block.setLeftMargin(quote ? 40 : 0);
    block.setRightMargin(quote ? 40 : 0);
    cursor.setBlockFormat(block);
}

void ArticleEditor::insertLink()
{
    QTextCursor cursor = m_ui->bodyEdit->textCursor();
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Link"), tr("Address (https://…):"), QLineEdit::Normal,
                                              cursor.charFormat().anchorHref(), &ok);
    if (!ok)
        return;
    QTextCharFormat f;
    const QString trimmed = url.trimmed();
    f.setAnchor(!trimmed.isEmpty());
    f.setAnchorHref(trimmed);
    f.setFontUnderline(!trimmed.isEmpty());
    f.setForeground(trimmed.isEmpty() ? palette().text() : palette().link());
    if (!cursor.hasSelection() && !trimmed.isEmpty()) {
        cursor.insertText(trimmed, f);
        return;
    }
    cursor.mergeCharFormat(f);
}

void ArticleEditor::toggleList(int style)
{
    QTextCursor cursor = m_ui->bodyEdit->textCursor();
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // Leave the list: the block becomes a plain paragraph.
        list->remove(cursor.block());
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(0);
        cursor.setBlockFormat(block);
    } else {
        QTextListFormat format;
        format.setStyle(QTextListFormat::Style(style));
        cursor.createList(format);
    }
    cursor.endEditBlock();
}

void ArticleEditor::toggleBulletList()
{
    toggleList(QTextListFormat::ListDisc);
}

void ArticleEditor::toggleNumberedList()
{
    toggleList(QTextListFormat::ListDecimal);
}

ArticleEditor::CheckText ArticleEditor::checkText() const
{
    CheckText checked;
    const QString headline = m_ui->headlineEdit->text();
    QString lead = m_ui->leadEdit->toPlainText();
    lead.replace(u'\n', u' ');
    const QString body = m_ui->bodyEdit->document()->toPlainText();
    checked.text = headline + u'\n' + lead + u'\n' + body;
    checked.leadOffset = int(headline.size()) + 1;
    checked.bodyOffset = checked.leadOffset + int(lead.size()) + 1;
    return checked;
}

void ArticleEditor::showFindings(const QList<Finding> &findings, const CheckText &checked)
{
    QList<Finding> headline, lead, body;
    for (Finding f : findings) {
        if (f.start >= checked.bodyOffset) {
            f.start -= checked.bodyOffset;
            f.end -= checked.bodyOffset;
            body.append(f);
        } else if (f.start >= checked.leadOffset) {
            f.start -= checked.leadOffset;
            f.end = qMin(f.end, checked.bodyOffset - 1) - checked.leadOffset;
            lead.append(f);
        } else {
            f.end = qMin(f.end, checked.leadOffset - 1);
            headline.append(f);
        }
    }
    m_headlineHighlighter->setFindings(headline);
    m_leadHighlighter->setFindings(lead);
    if (m_bodyHighlighter)
        m_bodyHighlighter->setFindings(body);
}

void ArticleEditor::selectRange(int start, int end, const CheckText &checked)
{
    QPlainTextEdit *field = nullptr;
    int offset = 0;
    if (start >= checked.bodyOffset) {
        QTextCursor cursor = m_ui->bodyEdit->textCursor();
        const int last = m_ui->bodyEdit->document()->characterCount() - 1;
        cursor.setPosition(qBound(0, start - checked.bodyOffset, last));
        cursor.setPosition(qBound(0, end - checked.bodyOffset, last), QTextCursor::KeepAnchor);
        m_ui->bodyEdit->setTextCursor(cursor);
        m_ui->bodyEdit->ensureCursorVisible();
        m_ui->bodyEdit->setFocus();
        return;
    }
    if (start >= checked.leadOffset) {
        field = m_ui->leadEdit;
        offset = checked.leadOffset;
    } else {
        field = m_ui->headlineEdit;
    }
    QTextCursor cursor = field->textCursor();
    const int last = field->document()->characterCount() - 1;
    cursor.setPosition(qBound(0, start - offset, last));
    cursor.setPosition(qBound(0, end - offset, last), QTextCursor::KeepAnchor);
    field->setTextCursor(cursor);
    field->setFocus();
}

void ArticleEditor::applyTypography(const Typography::Options &options)
{
    if (!m_document)
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Typography"));
    m_document->setField(ArticleDocument::Field::Headline,
                         Typography::apply(m_document->field(ArticleDocument::Field::Headline), options));
    m_document->setField(ArticleDocument::Field::Lead,
                         Typography::apply(m_document->field(ArticleDocument::Field::Lead), options));
    // The body paragraph by paragraph, edits applied back to front so that
    // formatting (bold, links) around them stays where it was.
    QTextDocument *body = m_document->body();
    QTextCursor cursor(body);
    cursor.beginEditBlock();
    for (QTextBlock block = body->begin(); block.isValid(); block = block.next()) {
        const QList<Typography::Edit> edits = Typography::edits(block.text(), options);
        for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
            cursor.setPosition(block.position() + it->position);
            cursor.setPosition(block.position() + it->position + it->length, QTextCursor::KeepAnchor);
            cursor.insertText(it->replacement);
        }
    }
    cursor.endEditBlock();
    stack->endMacro();
}

void ArticleEditor::showMisspellings(const QList<SpellChecker::Misspelling> &misspellings,
                                     const CheckText &checked)
{
    QList<QPair<int, int>> headline, lead, body;
    for (const SpellChecker::Misspelling &m : misspellings) {
        if (m.start >= checked.bodyOffset)
            body.append({m.start - checked.bodyOffset, m.end - checked.bodyOffset});
        else if (m.start >= checked.leadOffset)
            lead.append({m.start - checked.leadOffset, m.end - checked.leadOffset});
        else
            headline.append({m.start, m.end});
    }
    m_headlineHighlighter->setMisspellings(headline);
    m_leadHighlighter->setMisspellings(lead);
    if (m_bodyHighlighter)
        m_bodyHighlighter->setMisspellings(body);
}

void ArticleEditor::showBodyContextMenu(const QPoint &pos)
{
    BodyEdit *body = m_ui->bodyEdit;
    std::unique_ptr<QMenu> menu(body->createStandardContextMenu(pos));
    QTextCursor cursor = body->cursorForPosition(pos);
    cursor.select(QTextCursor::WordUnderCursor);
    const QString word = cursor.selectedText();
    const QString tip = m_bodyHighlighter ? m_bodyHighlighter->findingAt(cursor.selectionStart()) : QString();
    if (m_document && !word.isEmpty() && tip.contains(QuoteHighlighter::tr("Spelling"))) {
        const QString language = m_document->field(ArticleDocument::Field::Language);
        // Suggestions need a dictionary on this thread; it is loaded once,
        // on the first right-click on an unknown word.
        if (!m_suggestions || m_suggestions->language() != language)
            m_suggestions = std::make_unique<SpellChecker>(language);
        QAction *first = menu->actions().value(0);
        const QStringList suggestions = m_suggestions->suggestions(word).mid(0, 6);
        for (const QString &suggestion : suggestions) {
            QAction *a = new QAction(suggestion, menu.get());
            QFont bold = a->font();
            bold.setBold(true);
            a->setFont(bold);
            connect(a, &QAction::triggered, this,
                    [cursor, suggestion]() mutable { cursor.insertText(suggestion); });
            menu->insertAction(first, a);
        }
        if (suggestions.isEmpty()) {
            QAction *none = new QAction(tr("No suggestions"), menu.get());
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        QAction *add = new QAction(tr("Add «%1» to the newsroom dictionary").arg(word), menu.get());
        connect(add, &QAction::triggered, this, [this, word] { emit addToDictionaryRequested(word); });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
    }
    menu->exec(body->viewport()->mapToGlobal(pos));
}

void ArticleEditor::insertPhoto(qint64 photoId, const QString &captionLine)
{
    if (!m_document)
        return;
    QTextCursor cursor = m_ui->bodyEdit->textCursor();
    cursor.movePosition(QTextCursor::EndOfBlock);
    DocumentHtml::insertFigure(cursor, QStringLiteral("qalam-photo:%1").arg(photoId), captionLine);
    m_ui->bodyEdit->setTextCursor(cursor);
    m_ui->bodyEdit->setFocus();
}

} // namespace Qalam
