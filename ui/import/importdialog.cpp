#include "ui/import/importdialog.h"

#include "app/import/draftcreator.h"
#include "app/text/htmlsanitizer.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

namespace {

// Photo table columns.
enum PhotoColumn { LeadColumn, CaptionColumn, AltColumn, SourceColumn, TypeColumn, FoundColumn, PlaceColumn };
constexpr int PhotoColumns = 7;
constexpr int SlotIndexRole = Qt::UserRole + 1;

// More of the original than this is not put into the read-only view: a
// 50 MB page would take the text layout seconds. The draft keeps all of it.
constexpr qsizetype OriginalShown = 1024 * 1024;

// The colours of the finding kinds (as in the Checks dock: amber warns, red stops).
const QColor s_warning(0xff, 0xf1, 0xc2);
const QColor s_error(0xfb, 0xd5, 0xd5);

template <typename Work, typename Done> void inBackground(QObject *receiver, Work work, Done done)
{
    using T = decltype(work());
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, receiver, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// A plain-text document for a QPlainTextEdit, built on a worker thread and
// handed to the GUI thread; deleted with the result unless an editor took it.
std::shared_ptr<QTextDocument> plainDocument(const QString &text)
{
    auto *document = new QTextDocument;
    document->setPlainText(text);
    document->moveToThread(QCoreApplication::instance()->thread());
    // An editor that took the document may have deleted it since (the next
    // recognition replaces it): the guard knows.
    return std::shared_ptr<QTextDocument>(document,
                                          [guard = QPointer<QTextDocument>(document)](QTextDocument *) {
                                              if (guard && !guard->parent())
                                                  delete guard.data();
                                          });
}

struct Recognition
{
    Result<ImportedDraft> draft;
    std::shared_ptr<QTextDocument> body;
    std::shared_ptr<QTextDocument> original;
};

QString lineStart(const QString &paragraph)
{
    return paragraph.left(60).trimmed();
}

} // namespace

ImportDialog::ImportDialog(std::shared_ptr<Database> database, Actor actor, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_actor(std::move(actor)),
      m_sourceLabel(new QLabel(this)), m_busyRow(new QWidget(this)), m_busyLabel(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_stop(new QPushButton(this)), m_error(new QLabel(this)),
      m_findingsTitle(new QLabel(this)), m_findings(new QListWidget(this)), m_tabs(new QTabWidget(this)),
      m_headlineWarning(new QLabel(this)), m_headline(new QLineEdit(this)), m_lead(new QPlainTextEdit(this)),
      m_authors(new QTableWidget(this)), m_addAuthor(new QPushButton(this)),
      m_removeAuthor(new QPushButton(this)), m_source(new QLineEdit(this)),
      m_attribution(new QLineEdit(this)), m_dateline(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_bodyTitle(new QLabel(this)), m_body(new QPlainTextEdit(this)), m_droppedToggle(new QToolButton(this)),
      m_droppedPanel(new QWidget(this)), m_dropped(new QListWidget(this)), m_restore(new QPushButton(this)),
      m_droppedAsHeadline(new QPushButton(this)), m_photos(new QTableWidget(this)),
      m_photosHint(new QLabel(this)), m_removePhoto(new QPushButton(this)), m_quotes(new QListWidget(this)),
      m_original(new QPlainTextEdit(this)), m_originalNote(new QLabel(this)), m_create(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);
    QFont bold = m_sourceLabel->font();
    bold.setBold(true);
    m_sourceLabel->setFont(bold);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_sourceLabel);

    // Busy: what runs, an indeterminate bar and Stop.
    auto *busy = new QHBoxLayout(m_busyRow);
    busy->setContentsMargins(0, 0, 0, 0);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    busy->addWidget(m_busyLabel, 1);
    busy->addWidget(m_progress);
    busy->addWidget(m_stop);
    m_busyRow->hide();
    layout->addWidget(m_busyRow);

    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: %1; padding: 6px; border-radius: 3px; }").arg(s_error.name()));
    m_error->hide();
    layout->addWidget(m_error);

    layout->addWidget(m_findingsTitle);
    m_findings->setObjectName(QStringLiteral("importFindings"));
    m_findings->setWordWrap(true);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_findings->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_findings);

    // ---- Draft tab: the headline across, then the fields on the left and
    // the body on the right --------------------------------------------------
    auto *draftPage = new QWidget(this);
    auto *draftLayout = new QVBoxLayout(draftPage);
    m_headlineWarning->setObjectName(QStringLiteral("headlineWarning"));
    m_headlineWarning->setWordWrap(true);
    m_headlineWarning->setStyleSheet(
        QStringLiteral("QLabel { background: %1; padding: 6px; border-radius: 3px; }").arg(s_warning.name()));
    m_headlineWarning->hide();
    draftLayout->addWidget(m_headlineWarning);
    auto *headlineRow = new QHBoxLayout;
    auto *headlineLabel = new QLabel(draftPage);
    headlineLabel->setBuddy(m_headline);
    m_formLabels.append(headlineLabel);
    headlineRow->addWidget(headlineLabel);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    m_headline->setFont(headlineFont);
    m_headline->setClearButtonEnabled(true);
    headlineRow->addWidget(m_headline, 1);
    draftLayout->addLayout(headlineRow);
    auto *splitter = new QSplitter(Qt::Horizontal, draftPage);
    splitter->setChildrenCollapsible(false);
    draftLayout->addWidget(splitter, 1);
    auto *fields = new QWidget(splitter);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 6, 0);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto row = [&](QWidget *field) {
        auto *label = new QLabel(fields);
        label->setBuddy(field);
        m_formLabels.append(label);
        form->addRow(label, field);
    };
    m_lead->setTabChangesFocus(true);
    m_lead->setMinimumHeight(60);
    m_lead->setMaximumHeight(96);
    row(m_lead);
    auto *byline = new QWidget(fields);
    auto *bylineLayout = new QVBoxLayout(byline);
    bylineLayout->setContentsMargins(0, 0, 0, 0);
    m_authors->setColumnCount(2);
    m_authors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_authors->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_authors->setWordWrap(true);
    m_authors->verticalHeader()->hide();
    m_authors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_authors->setSelectionMode(QAbstractItemView::SingleSelection);
    m_authors->setMinimumHeight(70);
    m_authors->setMaximumHeight(110);
    bylineLayout->addWidget(m_authors);
    auto *bylineButtons = new QHBoxLayout;
    bylineButtons->addWidget(m_addAuthor);
    bylineButtons->addWidget(m_removeAuthor);
    bylineButtons->addStretch(1);
    bylineLayout->addLayout(bylineButtons);
    row(byline);
    row(m_source);
    row(m_attribution);
    row(m_dateline);
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    row(m_language);
    fieldsLayout->addLayout(form);
    fieldsLayout->addStretch(1);

    auto *bodySide = new QWidget(splitter);
    auto *bodyLayout = new QVBoxLayout(bodySide);
    bodyLayout->setContentsMargins(6, 0, 0, 0);
    m_bodyTitle->setWordWrap(true);
    bodyLayout->addWidget(m_bodyTitle);
    m_body->setObjectName(QStringLiteral("importBody"));
    m_body->setTabChangesFocus(true);
    m_bodyTitle->setBuddy(m_body);
    bodyLayout->addWidget(m_body, 1);
    m_droppedToggle->setObjectName(QStringLiteral("droppedToggle"));
    m_droppedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_droppedToggle->setAutoRaise(true);
    m_droppedToggle->setCheckable(true);
    bodyLayout->addWidget(m_droppedToggle);
    auto *droppedLayout = new QHBoxLayout(m_droppedPanel);
    droppedLayout->setContentsMargins(0, 0, 0, 0);
    m_dropped->setObjectName(QStringLiteral("droppedList"));
    m_dropped->setMaximumHeight(130);
    m_dropped->setWordWrap(true);
    droppedLayout->addWidget(m_dropped, 1);
    auto *droppedButtons = new QVBoxLayout;
    droppedButtons->addWidget(m_restore);
    droppedButtons->addWidget(m_droppedAsHeadline);
    droppedButtons->addStretch(1);
    droppedLayout->addLayout(droppedButtons);
    bodyLayout->addWidget(m_droppedPanel);
    setDroppedExpanded(false);
    splitter->addWidget(fields);
    splitter->addWidget(bodySide);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 620});
    m_tabs->addTab(draftPage, QString());

    // ---- Photos tab -------------------------------------------------------
    auto *photosPage = new QWidget(this);
    auto *photosLayout = new QVBoxLayout(photosPage);
    m_photosHint->setWordWrap(true);
    photosLayout->addWidget(m_photosHint);
    m_photos->setObjectName(QStringLiteral("importPhotos"));
    m_photos->setColumnCount(PhotoColumns);
    m_photos->verticalHeader()->hide();
    m_photos->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_photos->setSelectionMode(QAbstractItemView::SingleSelection);
    m_photos->setWordWrap(true);
    m_photos->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_photos->horizontalHeader()->setSectionResizeMode(CaptionColumn, QHeaderView::Stretch);
    m_photos->horizontalHeader()->setSectionResizeMode(LeadColumn, QHeaderView::ResizeToContents);
    m_photos->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_photos->verticalHeader()->setDefaultSectionSize(m_photos->fontMetrics().lineSpacing() * 2 + 14);
    photosLayout->addWidget(m_photos, 1);
    auto *photoButtons = new QHBoxLayout;
    photoButtons->addWidget(m_removePhoto);
    photoButtons->addStretch(1);
    photosLayout->addLayout(photoButtons);
    m_tabs->addTab(photosPage, QString());

    // ---- Quotes and Original ----------------------------------------------
    m_quotes->setObjectName(QStringLiteral("importQuotes"));
    m_quotes->setWordWrap(true);
    m_quotes->setAlternatingRowColors(true);
    m_quotes->setSpacing(3);
    m_tabs->addTab(m_quotes, QString());
    auto *originalPage = new QWidget(this);
    auto *originalLayout = new QVBoxLayout(originalPage);
    m_originalNote->setWordWrap(true);
    originalLayout->addWidget(m_originalNote);
    m_original->setReadOnly(true);
    m_original->setObjectName(QStringLiteral("importOriginal"));
    m_original->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    originalLayout->addWidget(m_original, 1);
    m_tabs->addTab(originalPage, QString());
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_create->setDefault(true);
    m_close->setAutoDefault(false);
    m_create->setObjectName(QStringLiteral("createDraft"));
    buttons->addWidget(m_create);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_stop, &QPushButton::clicked, this, &ImportDialog::stop);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &ImportDialog::create);
    connect(m_headline, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_bodyEdited = true;
    });
    connect(m_addAuthor, &QPushButton::clicked, this, [this] {
        addAuthorRow({});
        m_authors->setCurrentCell(m_authors->rowCount() - 1, 0);
        m_authors->editItem(m_authors->item(m_authors->rowCount() - 1, 0));
    });
    connect(m_removeAuthor, &QPushButton::clicked, this, [this] {
        if (m_authors->currentRow() >= 0)
            m_authors->removeRow(m_authors->currentRow());
        updateState();
    });
    connect(m_authors, &QTableWidget::currentCellChanged, this, &ImportDialog::updateState);
    connect(m_droppedToggle, &QToolButton::toggled, this, &ImportDialog::setDroppedExpanded);
    connect(m_dropped, &QListWidget::currentRowChanged, this, &ImportDialog::updateState);
    connect(m_dropped, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { restoreDropped(m_dropped->row(item)); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreDropped(m_dropped->currentRow()); });
    connect(m_droppedAsHeadline, &QPushButton::clicked, this,
            [this] { takeHeadlineFromDropped(m_dropped->currentRow()); });
    // The body's menu offers its paragraph as the headline.
    m_body->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_body, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        std::unique_ptr<QMenu> menu(m_body->createStandardContextMenu(at));
        const int paragraph = paragraphAt(m_body->cursorForPosition(at).position());
        QAction *take = menu->addAction(tr("Use this paragraph as the headline"));
        take->setEnabled(paragraph >= 0 && !m_busy);
        menu->insertAction(menu->actions().value(0), take);
        menu->insertSeparator(menu->actions().value(1));
        if (menu->exec(m_body->viewport()->mapToGlobal(at)) == take)
            takeHeadlineFromBody(paragraph);
    });
    connect(m_removePhoto, &QPushButton::clicked, this, [this] {
        if (m_photos->currentRow() >= 0)
            m_photos->removeRow(m_photos->currentRow());
        updateState();
    });
    connect(m_photos, &QTableWidget::currentCellChanged, this, &ImportDialog::updateState);
    connect(m_photos, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        // One lead photo at most.
        if (item->column() == LeadColumn && item->checkState() == Qt::Checked) {
            m_filling = true;
            for (int r = 0; r < m_photos->rowCount(); ++r)
                if (r != item->row())
                    m_photos->item(r, LeadColumn)->setCheckState(Qt::Unchecked);
            m_filling = false;
        }
        if (item->column() == CaptionColumn)
            item->setBackground(item->text().trimmed().isEmpty() ? QBrush(s_warning) : QBrush());
    });

    retranslate();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("import/geometry")).toByteArray()))
        resize(1120, 760);
    updateState();
}

ImportDialog::~ImportDialog()
{
    QSettings().setValue(QStringLiteral("import/geometry"), saveGeometry());
}

void ImportDialog::retranslate()
{
    setWindowTitle(m_sourceName.isEmpty() ? tr("Import") : tr("Import: %1").arg(m_sourceName));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop recognising; nothing is created"));
    m_findingsTitle->setText(tr("What the import noticed"));
    m_headlineWarning->setText(
        tr("No headline was recognised. Write the headline: the draft is not created without one."));
    const QStringList labels = {
        tr("Headline"), tr("Lead"),    tr("Byline"), tr("Source"), tr("Attribution as written"),
        tr("Dateline"), tr("Language")};
    for (int i = 0; i < m_formLabels.size() && i < labels.size(); ++i)
        m_formLabels[i]->setText(labels.at(i));
    m_headline->setPlaceholderText(tr("The headline, as it will stand over the article"));
    m_source->setPlaceholderText(tr("e.g. Акорда"));
    m_attribution->setPlaceholderText(tr("e.g. передает Акорда"));
    m_dateline->setPlaceholderText(tr("e.g. АСТАНА. 12 марта. КАЗИНФОРМ"));
    m_authors->setHorizontalHeaderLabels({tr("Name"), tr("Position")});
    m_addAuthor->setText(tr("Add author"));
    m_removeAuthor->setText(tr("Remove author"));
    m_bodyTitle->setText(tr("Body: one paragraph per block, a blank line between blocks"));
    m_restore->setText(tr("Restore into body"));
    m_restore->setToolTip(tr("Puts the line back into the body where it stood in the original"));
    m_droppedAsHeadline->setText(tr("Use as headline"));
    m_droppedAsHeadline->setToolTip(
        tr("The line becomes the headline (the current one goes back to the list)"));
    m_body->setToolTip(tr("Right-click a paragraph to make it the headline"));
    m_dropped->setToolTip(tr("Lines the import took for site chrome: menus, counters, prompts"));
    m_photosHint->setText(
        tr("Pictures the source mentions. Each becomes a slot in the Photos dock that waits for its file; "
           "fill in what is missing now or later."));
    m_photos->setHorizontalHeaderLabels({tr("Lead"), tr("Caption"), tr("Alt text"), tr("Credit source"),
                                         tr("Credit type"), tr("As found"), tr("Place")});
    m_removePhoto->setText(tr("Remove slot"));
    m_create->setText(tr("Create draft"));
    m_close->setText(tr("Close"));
    m_tabs->setTabText(0, tr("Draft"));
    m_tabs->setTabText(3, tr("Original"));
    // The photo table's credit types and places, as they are.
    const auto names = creditTypeNames();
    for (int r = 0; r < m_photos->rowCount(); ++r) {
        if (auto *box = typeBox(r))
            for (int i = 0; i < box->count() && i < names.size(); ++i)
                box->setItemText(i, names.at(i).second);
        const int index = m_photos->item(r, LeadColumn)->data(SlotIndexRole).toInt();
        m_photos->item(r, PlaceColumn)->setText(placeText(m_draft.photos.value(index)));
    }
    updateState();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::setDroppedExpanded(bool expanded)
{
    m_droppedToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_droppedToggle->isChecked() != expanded)
        m_droppedToggle->setChecked(expanded);
    m_droppedPanel->setVisible(expanded);
}

void ImportDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    if (!busy)
        m_creating = false;
    m_stop->setVisible(busy && !m_creating);
    m_busyLabel->setText(what);
    m_busyRow->setVisible(busy);
    m_tabs->setEnabled(!busy);
    if (busy)
        m_error->hide();
    updateState();
    emit busyChanged(busy);
}

void ImportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ImportDialog::loadFile(const QString &path)
{
    const QFileInfo info(path);
    m_sourceName = info.fileName();
    m_sourceLabel->setText(QDir::toNativeSeparators(info.absoluteFilePath()));
    retranslate();
    const quint64 generation = ++m_generation;
    setBusy(
        true,
        tr("Reading and recognising %1 (%2)…").arg(m_sourceName, QLocale().formattedDataSize(info.size())));
    recognise([path]() { return Importer::fromFile(path); }, generation);
}

void ImportDialog::recognise(std::function<Result<ImportedDraft>()> work, quint64 generation)
{
    inBackground(
        this,
        [work]() {
            Recognition r{work(), {}, {}};
            // The text documents of a big page are built here too: filling
            // the editors on the GUI thread would hold it for a second.
            if (r.draft) {
                r.body = plainDocument(r.draft->paragraphs.join(QStringLiteral("\n\n")));
                r.original = plainDocument(r.draft->original.left(OriginalShown));
            }
            return r;
        },
        [this, generation](const Recognition &result) {
            if (generation != m_generation)
                return; // stopped, or another source since
            setBusy(false);
            if (!result.draft) {
                showError(result.draft.error().message);
                emit failed(result.draft.error().message);
                return;
            }
            fillFields(*result.draft, result.body, result.original);
        });
}

void ImportDialog::loadText(const QString &text, const QString &format, const QString &sourceName)
{
    m_sourceName = sourceName.isEmpty() ? tr("Pasted text") : sourceName;
    m_sourceLabel->setText(m_sourceName);
    retranslate();
    if (text.trimmed().isEmpty()) {
        const QString message = tr("There is no text to import.");
        showError(message);
        emit failed(message);
        return;
    }
    const quint64 generation = ++m_generation;
    setBusy(true, tr("Recognising %1 (%2)…")
                      .arg(m_sourceName, QLocale().formattedDataSize(text.size() * qint64(sizeof(QChar)))));
    recognise(
        [text, format]() -> Result<ImportedDraft> {
            const QString kind = format.isEmpty() ? Importer::guessFormat(text) : format;
            return kind == u"html" ? Importer::fromHtml(text) : Importer::fromText(text);
        },
        generation);
}

void ImportDialog::loadClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasHtml() && !mime->html().trimmed().isEmpty())
        loadText(mime->html(), QStringLiteral("html"), tr("Clipboard (HTML)"));
    else
        loadText(mime ? mime->text() : QString(), QStringLiteral("text"), tr("Clipboard (text)"));
}

void ImportDialog::stop()
{
    if (!m_busy || m_creating)
        return;
    ++m_generation; // the running work's result is dropped when it comes
    setBusy(false);
    showError(m_loaded ? tr("Stopped. The fields show the previous recognition.")
                       : tr("Stopped. Nothing was recognised and nothing is created."));
}

// Puts a document built on a worker into an editor, which then owns it.
static void adoptDocument(QPlainTextEdit *edit, const std::shared_ptr<QTextDocument> &document,
                          const QString &text)
{
    if (!document) {
        edit->setPlainText(text);
        return;
    }
    // The editor's own first document goes with setDocument(); one adopted
    // before is deleted here.
    const QPointer<QTextDocument> previous = edit->document();
    document->setDocumentLayout(new QPlainTextDocumentLayout(document.get()));
    document->setDefaultFont(edit->font());
    document->setParent(edit);
    edit->setDocument(document.get());
    if (previous && previous->parent() == edit)
        delete previous.data();
}

void ImportDialog::fillFields(const ImportedDraft &draft, const std::shared_ptr<QTextDocument> &body,
                              const std::shared_ptr<QTextDocument> &original)
{
    m_draft = draft;
    m_filling = true;
    m_headline->setText(draft.headline);
    m_headline->setCursorPosition(0);
    m_lead->setPlainText(draft.lead);
    m_authors->setRowCount(0);
    for (const ImportedAuthor &author : draft.authors)
        addAuthorRow(author);
    m_authors->resizeRowsToContents();
    m_source->setText(draft.source);
    m_attribution->setText(draft.sourcePhrase);
    m_dateline->setText(draft.dateline);
    const int language = m_language->findData(draft.language);
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    adoptDocument(m_body, body, draft.paragraphs.join(QStringLiteral("\n\n")));
    m_body->moveCursor(QTextCursor::Start);
    m_droppedLeft = draft.dropped;
    fillDropped();
    fillPhotos();

    m_quotes->clear();
    for (const Quote &q : draft.quotes.quotes) {
        if (q.kind != Quote::Kind::Speech || q.level != 0)
            continue;
        const QString speaker = q.speaker.isEmpty() ? tr("no speaker found") : q.speaker;
        auto *item = new QListWidgetItem(tr("«%1» — %2").arg(q.text, speaker), m_quotes);
        if (q.speaker.isEmpty())
            item->setBackground(s_warning);
    }
    if (m_quotes->count() == 0)
        m_quotes->addItem(tr("No quotations found."));

    m_findings->clear();
    for (const Finding &f : draft.findings) {
        auto *item = new QListWidgetItem(f.message, m_findings);
        item->setToolTip(f.code);
        if (f.severity == Finding::Severity::Error)
            item->setBackground(s_error);
        else if (f.severity == Finding::Severity::Warning)
            item->setBackground(s_warning);
    }
    adoptDocument(m_original, original, draft.original.left(OriginalShown));
    m_filling = false;
    m_bodyEdited = false;
    m_loaded = true;
    m_error->hide();
    m_tabs->setCurrentIndex(0);
    updateState();
    if (m_headline->text().isEmpty())
        m_headline->setFocus();
    emit recognised();
}

void ImportDialog::addAuthorRow(const ImportedAuthor &author)
{
    const int r = m_authors->rowCount();
    m_authors->insertRow(r);
    m_authors->setItem(r, 0, new QTableWidgetItem(author.name));
    m_authors->setItem(r, 1, new QTableWidgetItem(author.position));
}

QList<QPair<QString, QString>> ImportDialog::creditTypeNames()
{
    return {{QString(), tr("(choose)")},
            {creditTypeKey(CreditType::Staff), tr("staff")},
            {creditTypeKey(CreditType::Agency), tr("agency")},
            {creditTypeKey(CreditType::PressService), tr("press service")},
            {creditTypeKey(CreditType::Ugc), tr("UGC (reader's picture)")},
            {creditTypeKey(CreditType::Archive), tr("archive")},
            {creditTypeKey(CreditType::Handout), tr("handout")}};
}

QComboBox *ImportDialog::creditTypeBox(const std::optional<CreditType> &type)
{
    auto *box = new QComboBox(m_photos);
    for (const auto &t : creditTypeNames())
        box->addItem(t.second, t.first);
    box->setCurrentIndex(type ? qMax(0, box->findData(creditTypeKey(*type))) : 0);
    return box;
}

QComboBox *ImportDialog::typeBox(int row) const
{
    QWidget *cell = m_photos->cellWidget(row, TypeColumn);
    return cell ? cell->findChild<QComboBox *>() : nullptr;
}

QString ImportDialog::placeText(const PhotoSlot &slot) const
{
    if (slot.afterParagraph < 0)
        return tr("under the headline");
    return tr("after ¶ %1").arg(slot.afterParagraph + 1);
}

void ImportDialog::fillPhotos()
{
    // The slots as recognised stay in m_draft; the table holds the edits.
    m_photos->setRowCount(0);
    for (qsizetype index = 0; index < m_draft.photos.size(); ++index) {
        const PhotoSlot &slot = m_draft.photos.at(index);
        const int r = m_photos->rowCount();
        m_photos->insertRow(r);
        auto *lead = new QTableWidgetItem;
        lead->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        lead->setCheckState(slot.lead ? Qt::Checked : Qt::Unchecked);
        lead->setData(SlotIndexRole, int(index));
        m_photos->setItem(r, LeadColumn, lead);
        auto *caption = new QTableWidgetItem(slot.caption);
        if (slot.caption.trimmed().isEmpty()) {
            caption->setBackground(s_warning);
            caption->setToolTip(tr("No caption: every published photo needs one"));
        }
        m_photos->setItem(r, CaptionColumn, caption);
        m_photos->setItem(r, AltColumn, new QTableWidgetItem(slot.alt));
        m_photos->setItem(r, SourceColumn, new QTableWidgetItem(slot.creditSource));
        // The combo keeps its own height in a row of two text lines.
        auto *cell = new QWidget(m_photos);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(2, 0, 2, 0);
        cellLayout->addWidget(creditTypeBox(slot.creditType), 0, Qt::AlignVCenter);
        m_photos->setCellWidget(r, TypeColumn, cell);
        auto *found = new QTableWidgetItem(
            slot.imageUrl.isEmpty() ? slot.creditLine : tr("%1 (%2)").arg(slot.creditLine, slot.imageUrl));
        found->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        found->setToolTip(found->text());
        m_photos->setItem(r, FoundColumn, found);
        auto *place = new QTableWidgetItem(placeText(slot));
        place->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_photos->setItem(r, PlaceColumn, place);
    }
    m_photos->setColumnWidth(AltColumn, 150);
    m_photos->setColumnWidth(SourceColumn, 130);
    m_photos->setColumnWidth(TypeColumn, 190);
    m_photos->setColumnWidth(FoundColumn, 180);
    m_photos->resizeColumnToContents(PlaceColumn);
}

void ImportDialog::fillDropped()
{
    m_dropped->clear();
    m_dropped->addItems(m_droppedLeft);
    if (m_dropped->count() > 0)
        m_dropped->setCurrentRow(0);
}

void ImportDialog::restoreDropped(int row)
{
    if (row < 0 || row >= m_droppedLeft.size() || m_busy)
        return;
    const QString line = m_droppedLeft.at(row);
    QStringList paragraphs = paragraphsOf(m_body->toPlainText());
    // Before the first paragraph that stood after it in the original.
    const QString &original = m_draft.original;
    const qsizetype at = original.indexOf(line.trimmed());
    qsizetype insertAt = paragraphs.size();
    if (at >= 0) {
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            const qsizetype p = original.indexOf(lineStart(paragraphs.at(i)));
            if (p > at) {
                insertAt = i;
                break;
            }
        }
    }
    paragraphs.insert(insertAt, line.trimmed());
    m_body->setPlainText(paragraphs.join(QStringLiteral("\n\n"))); // marks the body edited
    // The slots that followed a later paragraph still follow it.
    for (int r = 0; r < m_photos->rowCount(); ++r) {
        const int index = m_photos->item(r, LeadColumn)->data(SlotIndexRole).toInt();
        PhotoSlot &slot = m_draft.photos[index];
        if (slot.afterParagraph >= insertAt) {
            ++slot.afterParagraph;
            m_photos->item(r, PlaceColumn)->setText(placeText(slot));
        }
    }
    QTextCursor cursor(m_body->document()->findBlockByNumber(int(insertAt) * 2));
    cursor.select(QTextCursor::BlockUnderCursor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
    m_droppedLeft.removeAt(row);
    delete m_dropped->takeItem(row);
    updateState();
}

int ImportDialog::paragraphAt(int position) const
{
    const QTextBlock block = m_body->document()->findBlock(position);
    if (!block.isValid() || block.text().trimmed().isEmpty())
        return -1;
    int index = 0;
    for (QTextBlock b = m_body->document()->begin(); b.isValid() && b != block; b = b.next())
        index += b.text().trimmed().isEmpty() ? 0 : 1;
    return index;
}

void ImportDialog::takeHeadlineFromBody(int paragraph)
{
    QStringList paragraphs = paragraphsOf(m_body->toPlainText());
    if (m_busy || paragraph < 0 || paragraph >= paragraphs.size())
        return;
    const QString line = paragraphs.takeAt(paragraph);
    const QString previous = m_headline->text().trimmed();
    m_body->setPlainText(paragraphs.join(QStringLiteral("\n\n"))); // marks the body edited
    // The slots after it move up with the paragraphs.
    for (int r = 0; r < m_photos->rowCount(); ++r) {
        PhotoSlot &slot = m_draft.photos[m_photos->item(r, LeadColumn)->data(SlotIndexRole).toInt()];
        if (slot.afterParagraph >= paragraph) {
            slot.afterParagraph = qMax(-1, slot.afterParagraph - 1);
            m_photos->item(r, PlaceColumn)->setText(placeText(slot));
        }
    }
    if (!previous.isEmpty()) {
        m_droppedLeft.prepend(previous);
        fillDropped();
    }
    m_headline->setText(line);
    m_headline->setCursorPosition(0);
    updateState();
}

void ImportDialog::takeHeadlineFromDropped(int row)
{
    if (m_busy || row < 0 || row >= m_droppedLeft.size())
        return;
    const QString line = m_droppedLeft.takeAt(row).trimmed();
    const QString previous = m_headline->text().trimmed();
    if (!previous.isEmpty())
        m_droppedLeft.prepend(previous);
    fillDropped();
    m_headline->setText(line);
    m_headline->setCursorPosition(0);
    updateState();
}

QStringList ImportDialog::paragraphsOf(const QString &bodyText)
{
    QStringList paragraphs;
    for (const QString &line : bodyText.split(u'\n')) {
        const QString clean = line.trimmed();
        if (!clean.isEmpty())
            paragraphs.append(clean);
    }
    return paragraphs;
}

ImportedDraft ImportDialog::draft() const
{
    ImportedDraft d = m_draft;
    d.headline = m_headline->text().trimmed();
    d.lead = m_lead->toPlainText().trimmed();
    d.authors.clear();
    for (int r = 0; r < m_authors->rowCount(); ++r) {
        ImportedAuthor author;
        author.name = m_authors->item(r, 0) ? m_authors->item(r, 0)->text().simplified() : QString();
        author.position = m_authors->item(r, 1) ? m_authors->item(r, 1)->text().simplified() : QString();
        if (!author.name.isEmpty())
            d.authors.append(author);
    }
    d.source = m_source->text().trimmed();
    d.sourcePhrase = m_attribution->text().trimmed();
    d.dateline = m_dateline->text().trimmed();
    d.language = m_language->currentData().toString();
    if (m_bodyEdited) {
        d.paragraphs = paragraphsOf(m_body->toPlainText());
        d.bodyHtml = HtmlSanitizer::fromPlainText(d.paragraphs.join(u'\n')).html;
    }
    d.dropped = m_droppedLeft;
    d.photos.clear();
    for (int r = 0; r < m_photos->rowCount(); ++r) {
        PhotoSlot slot = m_draft.photos.value(m_photos->item(r, LeadColumn)->data(SlotIndexRole).toInt());
        slot.lead = m_photos->item(r, LeadColumn)->checkState() == Qt::Checked;
        slot.caption = m_photos->item(r, CaptionColumn)->text().simplified();
        slot.alt = m_photos->item(r, AltColumn)->text().simplified();
        slot.creditSource = m_photos->item(r, SourceColumn)->text().simplified();
        const QComboBox *type = typeBox(r);
        slot.creditType = type ? creditTypeFromKey(type->currentData().toString()) : std::nullopt;
        if (!d.paragraphs.isEmpty())
            slot.afterParagraph = qMin(slot.afterParagraph, int(d.paragraphs.size()) - 1);
        d.photos.append(slot);
    }
    return d;
}

void ImportDialog::create()
{
    if (m_busy || !m_loaded || m_headline->text().trimmed().isEmpty())
        return;
    const ImportedDraft d = draft();
    auto database = m_database;
    const Actor actor = m_actor;
    m_creating = true; // a draft half-created is not a thing: it finishes
    setBusy(true, tr("Creating the draft…"));
    inBackground(
        this, [database, actor, d]() { return DraftCreator(database, actor).create(d); },
        [this](const Result<Article> &created) {
            setBusy(false);
            if (!created) {
                showError(created.error().message);
                emit failed(created.error().message);
                return;
            }
            emit draftCreated(*created);
            accept();
        });
}

void ImportDialog::updateState()
{
    const bool noHeadline = m_loaded && m_headline->text().trimmed().isEmpty();
    m_headlineWarning->setVisible(noHeadline);
    m_headline->setStyleSheet(
        noHeadline ? QStringLiteral("QLineEdit { background: %1; }").arg(s_warning.name()) : QString());
    m_create->setEnabled(m_loaded && !m_busy && !noHeadline);
    m_create->setToolTip(noHeadline ? tr("Write the headline first") : QString());
    m_removeAuthor->setEnabled(m_authors->currentRow() >= 0);
    m_removePhoto->setEnabled(m_photos->currentRow() >= 0);
    m_restore->setEnabled(m_dropped->currentRow() >= 0);
    m_droppedAsHeadline->setEnabled(m_dropped->currentRow() >= 0);
    m_findingsTitle->setVisible(m_findings->count() > 0);
    // As high as its findings, up to four lines; then it scrolls.
    int findingsHeight = 2 * m_findings->frameWidth();
    for (int i = 0; i < m_findings->count() && i < 4; ++i)
        findingsHeight += m_findings->sizeHintForRow(i);
    m_findings->setFixedHeight(findingsHeight);
    m_findings->setVisible(m_findings->count() > 0);
    m_droppedToggle->setText(tr("Left out as site chrome: %n line(s)", nullptr, int(m_droppedLeft.size())));
    m_droppedToggle->setEnabled(!m_droppedLeft.isEmpty());
    m_tabs->setTabText(1, tr("Photos (%1)").arg(m_photos->rowCount()));
    m_originalNote->setText(
        m_draft.original.size() > OriginalShown
            ? tr("The text as it was read (the first %1 of %2 characters are shown). It stays with the draft "
                 "for reference and is never published.")
                  .arg(QLocale().toString(OriginalShown), QLocale().toString(m_draft.original.size()))
            : tr("The text as it was read. It stays with the draft for reference and is never published."));
    int speech = 0;
    for (const Quote &q : m_draft.quotes.quotes)
        speech += q.kind == Quote::Kind::Speech && q.level == 0 ? 1 : 0;
    m_tabs->setTabText(2, tr("Quotes (%1)").arg(speech));
}

void ImportDialog::closeEvent(QCloseEvent *event)
{
    if (m_creating) {
        event->ignore(); // creating: a moment, and then the article opens
        return;
    }
    stop();
    QDialog::closeEvent(event);
}

void ImportDialog::reject()
{
    if (m_creating)
        return;
    stop();
    QDialog::reject();
}

} // namespace Qalam
