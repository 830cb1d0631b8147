#include "ui/photos/photosdock.h"

#include "app/media/photofile.h"
#include "app/media/photorules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

namespace {
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

constexpr int ThumbnailEdge = 96;

// The tile of a photo slot: a dashed frame with a picture sign, waiting.
QPixmap slotIcon(const QPalette &palette)
{
    QPixmap pixmap(ThumbnailEdge, ThumbnailEdge);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette.color(QPalette::Mid), 2, Qt::DashLine);
    p.setPen(pen);
    p.setBrush(palette.color(QPalette::AlternateBase));
    p.drawRoundedRect(QRectF(3, 13, ThumbnailEdge - 6, ThumbnailEdge - 26), 6, 6);
    pen.setStyle(Qt::SolidLine);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QPointF c(ThumbnailEdge / 2.0, ThumbnailEdge / 2.0);
    p.drawEllipse(c + QPointF(14, -12), 5, 5);
    p.drawPolyline(QPolygonF({c + QPointF(-26, 20), c + QPointF(-8, -2), c + QPointF(4, 10),
                              c + QPointF(12, 2), c + QPointF(26, 20)}));
    return pixmap;
}

// The fields of the form, for merging what was typed here with what another
// desk stored meanwhile, one field at a time.
struct FormField
{
    const char *name; // for the conflict notice
    bool (*same)(const Photo &, const Photo &);
    void (*take)(Photo &to, const Photo &from);
    QString (*text)(const Photo &); // theirs, quoted in the notice (empty: not quoted)
};

const FormField s_formFields[] = {
    {QT_TRANSLATE_NOOP("Qalam::PhotosDock", "caption"),
     [](const Photo &a, const Photo &b) { return a.caption == b.caption; },
     [](Photo &to, const Photo &from) { to.caption = from.caption; },
     [](const Photo &p) { return p.caption; }},
    {QT_TRANSLATE_NOOP("Qalam::PhotosDock", "alt text"),
     [](const Photo &a, const Photo &b) { return a.alt == b.alt; },
     [](Photo &to, const Photo &from) { to.alt = from.alt; }, [](const Photo &p) { return p.alt; }},
    {QT_TRANSLATE_NOOP("Qalam::PhotosDock", "credit source"),
     [](const Photo &a, const Photo &b) { return a.creditSource == b.creditSource; },
     [](Photo &to, const Photo &from) { to.creditSource = from.creditSource; },
     [](const Photo &p) { return p.creditSource; }},
    {QT_TRANSLATE_NOOP("Qalam::PhotosDock", "credit type"),
     [](const Photo &a, const Photo &b) { return a.creditType == b.creditType; },
     [](Photo &to, const Photo &from) { to.creditType = from.creditType; },
     [](const Photo &) { return QString(); }},
    {QT_TRANSLATE_NOOP("Qalam::PhotosDock", "photographer"),
     [](const Photo &a, const Photo &b) { return a.creator == b.creator; },
     [](Photo &to, const Photo &from) { to.creator = from.creator; },
     [](const Photo &p) { return p.creator; }},
    {QT_TRANSLATE_NOOP("Qalam::PhotosDock", "sender"),
     [](const Photo &a, const Photo &b) { return a.consent.contributor == b.consent.contributor; },
     [](Photo &to, const Photo &from) { to.consent.contributor = from.consent.contributor; },
     [](const Photo &p) { return p.consent.contributor; }},
    {QT_TRANSLATE_NOOP("Qalam::PhotosDock", "contact"),
     [](const Photo &a, const Photo &b) { return a.consent.contact == b.consent.contact; },
     [](Photo &to, const Photo &from) { to.consent.contact = from.consent.contact; },
     [](const Photo &) { return QString(); }}, // never shown beyond its field
    {QT_TRANSLATE_NOOP("Qalam::PhotosDock", "channel"),
     [](const Photo &a, const Photo &b) { return a.consent.channel == b.consent.channel; },
     [](Photo &to, const Photo &from) { to.consent.channel = from.consent.channel; },
     [](const Photo &p) { return p.consent.channel; }},
    {QT_TRANSLATE_NOOP("Qalam::PhotosDock", "permission"),
     [](const Photo &a, const Photo &b) { return a.consent.granted == b.consent.granted; },
     [](Photo &to, const Photo &from) {
         to.consent.granted = from.consent.granted;
         to.consent.date = from.consent.date;
     },
     [](const Photo &) { return QString(); }},
};

bool sameForm(const Photo &a, const Photo &b)
{
    return std::all_of(std::begin(s_formFields), std::end(s_formFields),
                       [&](const FormField &f) { return f.same(a, b); });
}

// Theirs with the fields typed here (changed from `base`) on top; a field
// both sides changed, to different values, is a conflict (mine is kept).
Photo merged(const Photo &base, const Photo &mine, const Photo &theirs, QList<int> *conflicts)
{
    Photo result = theirs;
    for (int i = 0; i < int(std::size(s_formFields)); ++i) {
        const FormField &f = s_formFields[i];
        if (f.same(mine, base))
            continue;
        if (conflicts && !f.same(theirs, base) && !f.same(theirs, mine))
            conflicts->append(i);
        f.take(result, mine);
    }
    return result;
}

QString itemText(const PhotoUse &use)
{
    return (use.lead ? QStringLiteral("★ ") : QString()) +
           (use.photo.caption.isEmpty() ? use.photo.fileName : use.photo.caption.left(40));
}

// What a save found: the photo as stored after it, a conflict, or an error.
struct SaveOutcome
{
    std::optional<Photo> saved;
    std::optional<Photo> theirs; // a conflict: the stored photo
    QList<int> conflicts;
    QString error;
    bool keepText = true; // false: the change cannot be made (denied, gone)
};
} // namespace

PhotosDock::PhotosDock(std::shared_ptr<Database> database, Actor actor, QWidget *parent)
    : QDockWidget(parent), m_store(std::move(database), &Clock::system(), std::move(actor)),
      m_list(new QListWidget(this)), m_add(new QPushButton(this)), m_lead(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_insert(new QPushButton(this)), m_copyCredit(new QPushButton(this)),
      m_librarySearch(new QLineEdit(this)), m_library(new QListWidget(this)), m_reuse(new QPushButton(this)),
      m_slotButtons(new QWidget(this)), m_fillSlot(new QPushButton(this)),
      m_removeSlot(new QPushButton(this)), m_caption(new QPlainTextEdit(this)), m_alt(new QLineEdit(this)),
      m_creditSource(new QLineEdit(this)), m_creditType(new QComboBox(this)), m_creator(new QLineEdit(this)),
      m_contributor(new QLineEdit(this)), m_contact(new QLineEdit(this)), m_channel(new QLineEdit(this)),
      m_permission(new QCheckBox(this)), m_creditLine(new QLabel(this)), m_privacy(new QLabel(this)),
      m_conflictBanner(new QFrame(this)), m_conflictLabel(new QLabel(this)),
      m_keepMine(new QPushButton(this)), m_takeTheirs(new QPushButton(this))
{
    setObjectName(QStringLiteral("photosDock"));
    setAcceptDrops(true);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize({ThumbnailEdge, ThumbnailEdge});
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setGridSize({ThumbnailEdge + 24, ThumbnailEdge + 40});
    m_list->setMaximumHeight(ThumbnailEdge * 2 + 90);
    m_caption->setMaximumHeight(70);
    m_caption->setTabChangesFocus(true);
    m_creditLine->setWordWrap(true);
    m_privacy->setWordWrap(true);
    QFont bold = m_creditLine->font();
    bold.setBold(true);
    m_creditLine->setFont(bold);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_lead);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_insert);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    auto *slotButtons = new QHBoxLayout(m_slotButtons);
    slotButtons->setContentsMargins(0, 0, 0, 0);
    slotButtons->addWidget(m_fillSlot);
    slotButtons->addWidget(m_removeSlot);
    slotButtons->addStretch(1);
    m_slotButtons->hide();
    layout->addWidget(m_slotButtons);
    // Another desk changed what is being typed here: the article editor's
    // kind of notice, above the form.
    auto *banner = static_cast<QFrame *>(m_conflictBanner);
    banner->setObjectName(QStringLiteral("photoConflictBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    QPalette warning = banner->palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8)); // the article editor's amber
    warning.setColor(QPalette::WindowText, QColor(0x3c, 0x2a, 0x00));
    banner->setPalette(warning);
    m_conflictLabel->setWordWrap(true);
    m_conflictLabel->setTextFormat(Qt::PlainText);
    auto *bannerLayout = new QVBoxLayout(banner);
    bannerLayout->setContentsMargins(6, 4, 6, 4);
    bannerLayout->addWidget(m_conflictLabel);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_keepMine);
    choices->addWidget(m_takeTheirs);
    choices->addStretch(1);
    bannerLayout->addLayout(choices);
    banner->hide();
    layout->addWidget(banner);
    connect(m_keepMine, &QPushButton::clicked, this, &PhotosDock::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &PhotosDock::takeTheirs);
    connect(m_fillSlot, &QPushButton::clicked, this, [this] {
        const StoredPhotoSlot *slot = selectedSlot();
        if (!slot)
            return;
        const qint64 id = slot->id;
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Photo for the slot"), QString(),
                                         tr("Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)"));
        if (!file.isEmpty())
            fillSlot(id, file);
    });
    connect(m_removeSlot, &QPushButton::clicked, this, [this] {
        if (const StoredPhotoSlot *slot = selectedSlot())
            removeSlot(slot->id);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (selectedSlot())
            m_fillSlot->click();
    });
    auto *form = new QFormLayout;
    auto row = [&](QWidget *field) {
        auto *label = new QLabel(this);
        m_labels.append(label);
        form->addRow(label, field);
    };
    row(m_caption);
    row(m_alt);
    row(m_creditSource);
    row(m_creditType);
    row(m_creator);
    row(m_contributor);
    row(m_contact);
    row(m_channel);
    form->addRow(QString(), m_permission);
    layout->addLayout(form);
    layout->addWidget(m_copyCredit);
    layout->addWidget(m_creditLine);
    layout->addWidget(m_privacy);
    layout->addWidget(m_librarySearch);
    auto *library = new QHBoxLayout;
    library->addWidget(m_library, 1);
    library->addWidget(m_reuse, 0, Qt::AlignTop);
    layout->addLayout(library);
    m_library->setMaximumHeight(110);
    m_librarySearch->setClearButtonEnabled(true);
    m_reuse->setEnabled(false);
    connect(m_librarySearch, &QLineEdit::returnPressed, this, &PhotosDock::searchLibrary);
    connect(m_library, &QListWidget::currentRowChanged, this,
            [this](int current) { m_reuse->setEnabled(current >= 0 && !m_articleId.isEmpty()); });
    connect(m_reuse, &QPushButton::clicked, this, &PhotosDock::reuseSelectedLibraryPhoto);
    layout->addStretch(1);
    setWidget(content);

    m_saveDelay.setSingleShot(true);
    m_saveDelay.setInterval(500);
    connect(&m_saveDelay, &QTimer::timeout, this, &PhotosDock::saveForm);
    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(100);
    connect(&m_refreshDelay, &QTimer::timeout, this, &PhotosDock::reload);
    auto edited = [this] {
        if (!m_filling && m_base.id != 0)
            m_saveDelay.start();
    };
    connect(m_caption, &QPlainTextEdit::textChanged, this, edited);
    for (QLineEdit *e : {m_alt, m_creditSource, m_creator, m_contributor, m_contact, m_channel})
        connect(e, &QLineEdit::textEdited, this, edited);
    connect(m_creditType, &QComboBox::activated, this, edited);
    connect(m_permission, &QCheckBox::toggled, this, edited);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_rebuilding)
            showSelected();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Add photos"), QString(), tr("Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)"));
        importFiles(files);
    });
    connect(m_lead, &QPushButton::clicked, this, [this] {
        if (const PhotoUse *use = selected()) {
            PhotoStore store = m_store;
            const QString article = m_articleId;
            const qint64 id = use->photo.id;
            inBackground(
                this, [store, article, id]() mutable { return store.attach(article, id, true); },
                [this](const Result<void> &) { reload(); });
        }
    });
    m_copyCredit->setEnabled(false);
    connect(m_copyCredit, &QPushButton::clicked, this, &PhotosDock::copyCreditToSelection);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_copyCredit->setEnabled(m_list->selectedItems().size() > 1); });
    connect(m_insert, &QPushButton::clicked, this, [this] {
        if (const PhotoUse *use = selected()) {
            const QString credit = PhotoRules::creditLine(use->photo, m_creditTemplate);
            emit insertRequested(use->photo.id, credit.isEmpty()
                                                    ? use->photo.caption
                                                    : tr("%1 / %2").arg(use->photo.caption, credit));
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const PhotoUse *use = selected()) {
            PhotoStore store = m_store;
            const QString article = m_articleId;
            const qint64 id = use->photo.id;
            inBackground(
                this, [store, article, id]() mutable { return store.detach(article, id); },
                [this](const Result<void> &) { reload(); });
        }
    });
    retranslate();
    setEnabled(false);
}

void PhotosDock::retranslate()
{
    setWindowTitle(tr("Photos"));
    m_add->setText(tr("Add photos…"));
    m_add->setToolTip(tr("Or drop image files here"));
    m_lead->setText(tr("Make lead"));
    m_remove->setText(tr("Remove"));
    m_insert->setText(tr("Insert into text"));
    m_copyCredit->setText(tr("Copy credit and consent to the selected photos"));
    m_librarySearch->setPlaceholderText(tr("Photo library: caption, credit or sender, then Enter"));
    m_reuse->setText(tr("Use here"));
    m_fillSlot->setText(tr("Fill from file…"));
    m_fillSlot->setToolTip(tr("The picture gets the slot's caption and credit and takes its place"));
    m_removeSlot->setText(tr("Remove slot"));
    m_reuse->setToolTip(tr("Adds the found photo to this article; the original is not copied again"));
    m_copyCredit->setToolTip(tr("Select several photos (Ctrl+click); the current one's credit, photographer "
                                "and consent record go to the others"));
    m_insert->setToolTip(tr("Puts the photo with its caption and credit line at the cursor"));
    const QStringList labels = {tr("Caption"),      tr("Alt text"),         tr("Credit source"),
                                tr("Credit type"),  tr("Photographer"),     tr("UGC: sender"),
                                tr("UGC: contact"), tr("UGC: came through")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels.at(i));
    m_permission->setText(tr("The sender gave permission to publish"));
    m_keepMine->setText(tr("Keep mine"));
    m_keepMine->setToolTip(tr("Saves what you typed over the other desk's change"));
    m_takeTheirs->setText(tr("Take theirs"));
    m_takeTheirs->setToolTip(tr("Shows the other desk's text; what you typed in other fields stays"));
    if (m_conflictShown)
        showConflict(m_theirs, m_conflictFields);
    m_contact->setPlaceholderText(tr("never published"));
    m_alt->setPlaceholderText(tr("what the picture shows, for readers who cannot see it"));
    const int current = m_creditType->currentIndex();
    m_creditType->clear();
    m_creditType->addItem(tr("(choose)"));
    const QList<QPair<CreditType, QString>> types = {{CreditType::Staff, tr("staff")},
                                                     {CreditType::Agency, tr("agency")},
                                                     {CreditType::PressService, tr("press service")},
                                                     {CreditType::Ugc, tr("UGC (reader's picture)")},
                                                     {CreditType::Archive, tr("archive")},
                                                     {CreditType::Handout, tr("handout")}};
    for (const auto &t : types)
        m_creditType->addItem(t.second, creditTypeKey(t.first));
    m_creditType->setCurrentIndex(qMax(0, current));
    m_privacy->clear(); // read again in this language
    showSelected();
}

void PhotosDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void PhotosDock::setArticle(const QString &articleId)
{
    // What was typed for the photo shown is saved (or kept, in a conflict).
    leaveForm();
    m_base = Photo();
    hideConflict();
    fillForm(Photo());
    m_articleId = articleId;
    m_photosAnnounced = false;
    setEnabled(!articleId.isEmpty());
    reload();
}

void PhotosDock::refreshSoon()
{
    if (!m_refreshDelay.isActive())
        m_refreshDelay.start();
}

const StoredPhotoSlot *PhotosDock::selectedSlot() const
{
    const int row = int(m_list->currentRow() - m_uses.size());
    return row >= 0 && row < m_waitingSlots.size() ? &m_waitingSlots.at(row) : nullptr;
}

void PhotosDock::fillSlot(qint64 slotId, const QString &filePath)
{
    PhotoStore store = m_store;
    inBackground(
        this, [store, slotId, filePath]() mutable { return store.fillSlot(slotId, filePath); },
        [this](const Result<Photo> &filled) {
            emit message(filled ? tr("The photo took its slot: %1").arg(filled->caption)
                                : filled.error().message);
            reload();
        });
}

void PhotosDock::removeSlot(qint64 slotId)
{
    PhotoStore store = m_store;
    inBackground(
        this, [store, slotId]() mutable { return store.removeSlot(slotId); },
        [this](const Result<void> &removed) {
            if (!removed)
                emit message(removed.error().message);
            reload();
        });
}

const PhotoUse *PhotosDock::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_uses.size() ? &m_uses.at(row) : nullptr;
}

void PhotosDock::reload()
{
    m_refreshDelay.stop();
    const quint64 generation = ++m_generation;
    if (m_articleId.isEmpty()) {
        m_uses.clear();
        m_waitingSlots.clear();
        m_slotButtons->hide();
        m_rebuilding = true;
        m_list->clear();
        m_rebuilding = false;
        showSelected();
        m_announced.clear();
        emit photosChanged({});
        return;
    }
    PhotoStore store = m_store;
    const QString article = m_articleId;
    inBackground(
        this,
        [store, article]() mutable {
            auto settings = store.settings();
            auto waiting = store.photoSlots(article);
            return std::make_tuple(store.photosOf(article),
                                   settings ? settings->creditTemplate : PhotoRules::defaultCreditTemplate(),
                                   waiting ? *waiting : QList<StoredPhotoSlot>());
        },
        [this,
         generation](const std::tuple<Result<QList<PhotoUse>>, QString, QList<StoredPhotoSlot>> &loaded) {
            if (generation != m_generation)
                return;
            const Result<QList<PhotoUse>> &uses = std::get<0>(loaded);
            if (!uses) {
                emit message(uses.error().message);
                return;
            }
            m_creditTemplate = std::get<1>(loaded);
            const auto photoIds = [](const QList<PhotoUse> &list) {
                QList<qint64> ids;
                for (const PhotoUse &use : list)
                    ids.append(use.photo.id);
                return ids;
            };
            const auto slotIds = [](const QList<StoredPhotoSlot> &list) {
                QList<qint64> ids;
                for (const StoredPhotoSlot &slot : list)
                    ids.append(slot.id);
                return ids;
            };
            // The same rows (the usual case: a caption or credit changed):
            // updated in place, so that selection, scrolling and the form
            // stay as they are.
            const bool sameRows = photoIds(*uses) == photoIds(m_uses) &&
                                  slotIds(std::get<2>(loaded)) == slotIds(m_waitingSlots) &&
                                  m_list->count() == uses->size() + std::get<2>(loaded).size();
            const qint64 current = m_base.id;
            QSet<qint64> chosen;
            for (QListWidgetItem *item : m_list->selectedItems())
                chosen.insert(item->data(Qt::UserRole).toLongLong());
            m_uses = *uses;
            m_waitingSlots = std::get<2>(loaded);
            m_rebuilding = true;
            if (!sameRows)
                m_list->clear();
            QList<Photo> photos;
            for (int row = 0; row < m_uses.size(); ++row) {
                const PhotoUse &use = m_uses.at(row);
                photos.append(use.photo);
                QListWidgetItem *item = sameRows ? m_list->item(row) : new QListWidgetItem(m_list);
                item->setText(itemText(use));
                item->setToolTip(use.photo.caption);
                item->setData(Qt::UserRole, use.photo.id);
                if (sameRows)
                    continue;
                if (const auto icon = m_thumbnails.constFind(use.photo.sha256); icon != m_thumbnails.cend()) {
                    item->setIcon(*icon);
                    continue;
                }
                // Thumbnails are decoded at reduced size on the pool.
                const QString path = m_store.originalPath(use.photo.sha256);
                const QString sha = use.photo.sha256;
                QPointer<QListWidget> list = m_list;
                inBackground(
                    this, [path]() { return PhotoFile::thumbnail(path, ThumbnailEdge); },
                    [list, sha, this](const Result<QImage> &image) {
                        if (!list || !image)
                            return;
                        const QIcon icon(QPixmap::fromImage(*image));
                        m_thumbnails.insert(sha, icon);
                        for (int i = 0; i < m_uses.size() && i < list->count(); ++i)
                            if (m_uses.at(i).photo.sha256 == sha)
                                list->item(i)->setIcon(icon);
                    });
            }
            // The slots of an imported article wait after the photos.
            for (int i = 0; i < m_waitingSlots.size(); ++i) {
                const StoredPhotoSlot &slot = m_waitingSlots.at(i);
                QListWidgetItem *item = sameRows
                                            ? m_list->item(int(m_uses.size()) + i)
                                            : new QListWidgetItem(slotIcon(palette()), QString(), m_list);
                const QString caption = slot.caption.isEmpty() ? tr("no caption") : slot.caption;
                item->setText((slot.lead ? QStringLiteral("★ ") : QString()) +
                              tr("Waiting for a file: %1").arg(caption.left(40)));
                item->setToolTip(
                    tr("Waiting for a file: %1 / %2")
                        .arg(caption, slot.creditLine.isEmpty() ? slot.creditSource : slot.creditLine));
                item->setForeground(palette().color(QPalette::PlaceholderText));
            }
            m_slotButtons->setVisible(!m_waitingSlots.isEmpty());
            if (!sameRows) {
                for (int i = 0; i < m_uses.size(); ++i) {
                    if (m_uses.at(i).photo.id == current)
                        m_list->setCurrentRow(i, QItemSelectionModel::NoUpdate);
                    if (chosen.contains(m_uses.at(i).photo.id) || m_uses.at(i).photo.id == current)
                        m_list->item(i)->setSelected(true);
                }
                if (m_list->currentRow() < 0 && !m_uses.isEmpty())
                    m_list->setCurrentRow(0);
            }
            m_rebuilding = false;
            // The photo in the form: another desk's values where nothing
            // is typed here.
            if (const PhotoUse *use = selected(); use && use->photo.id == m_base.id)
                syncForm(use->photo);
            showSelected();
            if (!m_photosAnnounced || photos != m_announced) {
                m_photosAnnounced = true;
                m_announced = photos;
                emit photosChanged(photos);
            }
        });
}

void PhotosDock::showSelected()
{
    if (m_rebuilding)
        return;
    const PhotoUse *use = selected();
    const qint64 id = use ? use->photo.id : 0;
    const bool switched = id != m_base.id;
    if (switched) {
        leaveForm();
        hideConflict();
        m_base = use ? use->photo : Photo();
        const auto draft = m_drafts.constFind(id);
        if (use && draft != m_drafts.cend()) {
            // Left in a conflict: what was typed comes back, and so does the notice.
            const Edit edit = *draft;
            m_drafts.erase(draft);
            m_base = edit.base;
            fillForm(edit.mine);
            syncForm(use->photo);
        } else {
            fillForm(m_base);
        }
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_caption, m_alt, m_creditSource, m_creditType,
                                                       m_creator, m_contributor, m_contact, m_channel,
                                                       m_permission, m_lead, m_remove})
        w->setEnabled(use != nullptr);
    const Photo p = formPhoto();
    const QString line = PhotoRules::creditLine(p, m_creditTemplate);
    m_creditLine->setText(use ? (line.isEmpty() ? tr("No credit line yet: name the source.") : line)
                              : QString());
    const StoredPhotoSlot *slot = selectedSlot();
    m_fillSlot->setEnabled(slot != nullptr);
    m_removeSlot->setEnabled(slot != nullptr);
    if (slot)
        m_creditLine->setText(tr("Waiting for a file: %1 / %2")
                                  .arg(slot->caption.isEmpty() ? tr("no caption") : slot->caption,
                                       slot->creditLine.isEmpty() ? slot->creditSource : slot->creditLine));
    if (!use) {
        m_privacy->clear();
        return;
    }
    if (!switched && !m_privacy->text().isEmpty())
        return; // the file is the same
    // The privacy report: what the file carries, and what the published copy
    // keeps. Read off the GUI thread.
    const QString path = m_store.originalPath(p.sha256);
    const bool ugc = p.creditType == CreditType::Ugc;
    inBackground(
        this, [path]() { return PhotoFile::readMetadata(path); },
        [this, id, ugc](const Result<PhotoMetadata> &metadata) {
            const PhotoUse *current = selected();
            if (!current || current->photo.id != id || !metadata)
                return;
            QStringList found;
            if (metadata->hasGps)
                found.append(tr("GPS position"));
            if (!metadata->deviceSerial.isEmpty())
                found.append(tr("device serial number"));
            if (!metadata->ownerName.isEmpty())
                found.append(tr("owner name"));
            if (metadata->taken.isValid())
                found.append(
                    tr("capture time %1").arg(QLocale().toString(metadata->taken, QLocale::ShortFormat)));
            if (found.isEmpty()) {
                m_privacy->setText(tr("Privacy: the file carries no location, device or owner data."));
                return;
            }
            m_privacy->setText(
                tr("Privacy: the file carries %1.").arg(found.join(QStringLiteral(", "))) + u' ' +
                (ugc ? tr("The published copy removes the GPS position, serial numbers and owner name.")
                     : tr("The published copy keeps them unless the rendition strips private data.")));
        });
}

Photo PhotosDock::formPhoto() const
{
    // As PhotoStore::update stores them, so that a space typed at the end
    // is not taken for a change.
    Photo p = m_base;
    p.caption = m_caption->toPlainText().simplified();
    p.alt = m_alt->text().trimmed();
    p.creditSource = m_creditSource->text().trimmed();
    p.creditType = creditTypeFromKey(m_creditType->currentData().toString());
    p.creator = m_creator->text().trimmed();
    p.consent.contributor = m_contributor->text();
    p.consent.contact = m_contact->text();
    p.consent.channel = m_channel->text();
    if (m_permission->isChecked() && !p.consent.granted)
        p.consent.date = QDate::currentDate();
    p.consent.granted = m_permission->isChecked();
    return p;
}

void PhotosDock::fillForm(const Photo &p)
{
    // A field that already says the same keeps its cursor and what the
    // user is in the middle of typing.
    m_filling = true;
    if (m_caption->toPlainText().simplified() != p.caption)
        m_caption->setPlainText(p.caption);
    const auto put = [](QLineEdit *edit, const QString &value, bool trimmed) {
        if ((trimmed ? edit->text().trimmed() : edit->text()) != value)
            edit->setText(value);
    };
    put(m_alt, p.alt, true);
    put(m_creditSource, p.creditSource, true);
    put(m_creator, p.creator, true);
    put(m_contributor, p.consent.contributor, false);
    put(m_contact, p.consent.contact, false);
    put(m_channel, p.consent.channel, false);
    m_creditType->setCurrentIndex(p.creditType ? qMax(0, m_creditType->findData(creditTypeKey(*p.creditType)))
                                               : 0);
    m_permission->setChecked(p.consent.granted);
    m_filling = false;
}

void PhotosDock::syncForm(const Photo &stored)
{
    const Photo mine = formPhoto();
    if (sameForm(mine, m_base)) {
        // Nothing typed here: the form shows what is stored.
        m_base = stored;
        fillForm(stored);
        hideConflict();
        return;
    }
    // Typed here and maybe changed there: theirs in the fields not typed
    // here; a field changed on both sides keeps this desk's text, unsaved,
    // until the user chooses.
    QList<int> conflicts;
    const Photo next = merged(m_base, mine, stored, &conflicts);
    fillForm(next);
    if (conflicts.isEmpty()) {
        m_base = stored;
        hideConflict();
        return;
    }
    m_saveDelay.stop();
    showConflict(stored, conflicts);
}

void PhotosDock::leaveForm()
{
    m_saveDelay.stop();
    if (m_base.id == 0)
        return;
    const Photo mine = formPhoto();
    if (sameForm(mine, m_base))
        return;
    if (m_conflictShown)
        m_drafts.insert(m_base.id, {m_base, mine});
    else
        saveEdit({m_base, mine});
}

void PhotosDock::saveForm()
{
    if (m_base.id == 0 || m_conflictShown || m_saving)
        return; // (a save on its way looks again when it is done)
    const Photo mine = formPhoto();
    if (!sameForm(mine, m_base))
        saveEdit({m_base, mine});
}

void PhotosDock::saveEdit(const Edit &edit)
{
    if (m_saving) {
        // One save at a time: the next starts from what this one stored.
        m_queued.insert(edit.mine.id, edit);
        return;
    }
    m_saving = true;
    PhotoStore store = m_store;
    inBackground(
        this,
        [store, edit]() mutable {
            // Only the fields typed here go onto the photo as stored now:
            // another desk's change to the others is kept.
            SaveOutcome outcome;
            auto current = store.photo(edit.mine.id);
            if (!current) {
                outcome.error = current.error().message;
                outcome.keepText = current.error().code != Error::Code::NotFound;
                return outcome;
            }
            QList<int> conflicts;
            const Photo next = merged(edit.base, edit.mine, *current, &conflicts);
            if (!conflicts.isEmpty()) {
                outcome.theirs = *current;
                outcome.conflicts = conflicts;
                return outcome;
            }
            if (sameForm(next, *current)) {
                outcome.saved = *current;
                return outcome;
            }
            auto saved = store.update(next);
            if (saved)
                outcome.saved = *saved;
            else {
                outcome.error = saved.error().message;
                outcome.keepText =
                    saved.error().code != Error::Code::Denied && saved.error().code != Error::Code::NotFound;
            }
            return outcome;
        },
        [this, edit](const SaveOutcome &outcome) {
            m_saving = false;
            const qint64 id = edit.mine.id;
            const bool shown = m_base.id == id;
            if (outcome.saved) {
                if (shown && !m_conflictShown)
                    m_base = *outcome.saved;
                if (auto queued = m_queued.find(id); queued != m_queued.end())
                    queued->base = *outcome.saved;
            } else if (outcome.theirs) {
                // Changed on another desk between the last reading and this save.
                if (shown)
                    syncForm(*outcome.theirs);
                else
                    m_drafts.insert(id, edit);
            } else {
                emit message(outcome.error);
                if (shown && !outcome.keepText)
                    fillForm(m_base); // not this desk's to change: what is stored
            }
            if (!m_queued.isEmpty()) {
                const Edit next = m_queued.begin().value();
                m_queued.erase(m_queued.begin());
                saveEdit(next);
            } else if (outcome.error.isEmpty() && m_base.id != 0 && !m_conflictShown &&
                       !sameForm(formPhoto(), m_base) && !m_saveDelay.isActive()) {
                m_saveDelay.start(); // typed on while it was saved
            }
            reload();
        });
}

void PhotosDock::showConflict(const Photo &theirs, const QList<int> &fields)
{
    m_theirs = theirs;
    m_conflictFields = fields;
    m_conflictShown = true;
    QStringList names;
    QStringList quoted;
    for (int i : fields) {
        const FormField &f = s_formFields[i];
        names.append(tr(f.name));
        if (const QString value = f.text(theirs); !value.isEmpty())
            quoted.append(tr("%1: “%2”").arg(tr(f.name), value));
    }
    QString text = tr("This photo was changed on another desk while you were editing it (%1). Your text "
                      "is kept here and is not saved yet: keep yours, or take theirs.")
                       .arg(names.join(QStringLiteral(", ")));
    if (!quoted.isEmpty())
        text += u'\n' + tr("Theirs: %1").arg(quoted.join(QStringLiteral("; ")));
    m_conflictLabel->setText(text);
    m_conflictBanner->show();
}

void PhotosDock::hideConflict()
{
    m_conflictShown = false;
    m_conflictFields.clear();
    m_conflictBanner->hide();
}

void PhotosDock::keepMine()
{
    if (!m_conflictShown)
        return;
    // Theirs is what mine now goes on top of.
    m_base = m_theirs;
    hideConflict();
    saveForm();
}

void PhotosDock::takeTheirs()
{
    if (!m_conflictShown)
        return;
    Photo p = formPhoto();
    for (int i : std::as_const(m_conflictFields))
        s_formFields[i].take(p, m_theirs);
    m_base = m_theirs;
    hideConflict();
    fillForm(p);
    showSelected(); // the credit line
    saveForm();     // what was typed in the other fields
}

void PhotosDock::copyCreditToSelection()
{
    const PhotoUse *source = selected();
    if (!source)
        return;
    m_saveDelay.stop();
    saveForm(); // what is typed in the form counts
    const Photo credit = formPhoto();
    QList<qint64> targets;
    for (QListWidgetItem *item : m_list->selectedItems()) {
        const int row = m_list->row(item);
        if (row < 0 || row >= m_uses.size() || m_uses.at(row).photo.id == source->photo.id)
            continue;
        targets.append(m_uses.at(row).photo.id);
    }
    if (targets.isEmpty())
        return;
    PhotoStore store = m_store;
    inBackground(
        this,
        [store, targets, credit]() mutable {
            // Onto each photo as stored now: its caption is left alone.
            QStringList errors;
            for (qint64 id : targets) {
                auto current = store.photo(id);
                if (!current) {
                    errors.append(current.error().message);
                    continue;
                }
                Photo p = *current;
                p.creditSource = credit.creditSource;
                p.creditType = credit.creditType;
                p.creator = credit.creator;
                const UgcConsent was = p.consent;
                p.consent = credit.consent;
                if (p.consent.granted && was.granted)
                    p.consent.date = was.date;
                if (auto saved = store.update(p); !saved)
                    errors.append(saved.error().message);
            }
            return errors;
        },
        [this, count = targets.size()](const QStringList &errors) {
            emit message(errors.isEmpty() ? tr("Credit copied to %n photo(s).", nullptr, int(count))
                                          : errors.join(u' '));
            reload();
        });
}

void PhotosDock::searchLibrary()
{
    PhotoStore store = m_store;
    const QString text = m_librarySearch->text();
    inBackground(
        this, [store, text]() mutable { return store.search(text); },
        [this](const Result<QList<Photo>> &found) {
            m_library->clear();
            m_libraryResults = found ? *found : QList<Photo>();
            if (!found)
                emit message(found.error().message);
            for (const Photo &p : std::as_const(m_libraryResults)) {
                const QString credit = PhotoRules::creditLine(p, m_creditTemplate);
                m_library->addItem(credit.isEmpty() ? p.caption : tr("%1 / %2").arg(p.caption, credit));
            }
        });
}

void PhotosDock::reuseSelectedLibraryPhoto()
{
    const int row = m_library->currentRow();
    if (row < 0 || row >= m_libraryResults.size() || m_articleId.isEmpty())
        return;
    PhotoStore store = m_store;
    const QString article = m_articleId;
    const qint64 id = m_libraryResults.at(row).id;
    inBackground(
        this, [store, article, id]() mutable { return store.attach(article, id); },
        [this](const Result<void> &attached) {
            if (!attached)
                emit message(attached.error().message);
            reload();
        });
}

void PhotosDock::importFiles(const QStringList &paths)
{
    if (paths.isEmpty() || m_articleId.isEmpty())
        return;
    PhotoStore store = m_store;
    const QString article = m_articleId;
    emit message(tr("Importing %n photo(s)…", nullptr, int(paths.size())));
    inBackground(
        this,
        [store, article, paths]() mutable {
            // One file at a time; a bad one is reported and the rest go on.
            QStringList errors;
            for (const QString &path : paths) {
                auto photo = store.importFile(path);
                if (!photo) {
                    errors.append(photo.error().message);
                    continue;
                }
                if (auto attached = store.attach(article, photo->id); !attached)
                    errors.append(attached.error().message);
            }
            return errors;
        },
        [this, count = paths.size()](const QStringList &errors) {
            emit message(errors.isEmpty() ? tr("%n photo(s) added.", nullptr, int(count))
                                          : errors.join(u' '));
            emit importFinished(errors);
            reload();
        });
}

void PhotosDock::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && isEnabled())
        event->acceptProposedAction();
}

void PhotosDock::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    importFiles(paths);
    event->acceptProposedAction();
}

} // namespace Qalam
