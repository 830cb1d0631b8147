#include "ui/photos/photosdock.h"

#include "app/media/photofile.h"
#include "app/media/photorules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
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
      m_permission(new QCheckBox(this)), m_creditLine(new QLabel(this)), m_privacy(new QLabel(this))
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
    connect(&m_saveDelay, &QTimer::timeout, this, &PhotosDock::saveSelected);
    auto edited = [this] {
        if (!m_filling && selected())
            m_saveDelay.start();
    };
    connect(m_caption, &QPlainTextEdit::textChanged, this, edited);
    for (QLineEdit *e : {m_alt, m_creditSource, m_creator, m_contributor, m_contact, m_channel})
        connect(e, &QLineEdit::textEdited, this, edited);
    connect(m_creditType, &QComboBox::activated, this, edited);
    connect(m_permission, &QCheckBox::toggled, this, edited);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_saveDelay.stop();
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
    if (m_saveDelay.isActive()) {
        m_saveDelay.stop();
        saveSelected();
    }
    m_articleId = articleId;
    setEnabled(!articleId.isEmpty());
    reload();
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
    const quint64 generation = ++m_generation;
    if (m_articleId.isEmpty()) {
        m_uses.clear();
        m_waitingSlots.clear();
        m_slotButtons->hide();
        m_list->clear();
        showSelected();
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
            m_creditTemplate = std::get<1>(loaded);
            m_waitingSlots = std::get<2>(loaded);
            if (!uses) {
                emit message(uses.error().message);
                return;
            }
            const qint64 current = selected() ? selected()->photo.id : 0;
            m_uses = *uses;
            m_filling = true;
            m_list->clear();
            QList<Photo> photos;
            for (const PhotoUse &use : std::as_const(m_uses)) {
                auto *item = new QListWidgetItem(m_list);
                item->setText(
                    (use.lead ? QStringLiteral("★ ") : QString()) +
                    (use.photo.caption.isEmpty() ? use.photo.fileName : use.photo.caption.left(40)));
                item->setToolTip(use.photo.caption);
                photos.append(use.photo);
                // Thumbnails are decoded at reduced size on the pool.
                const QString path = m_store.originalPath(use.photo.sha256);
                QPointer<QListWidget> list = m_list;
                const int row = m_list->count() - 1;
                inBackground(
                    this, [path]() { return PhotoFile::thumbnail(path, ThumbnailEdge); },
                    [list, row, generation, this](const Result<QImage> &image) {
                        if (list && generation == m_generation && image && row < list->count())
                            list->item(row)->setIcon(QPixmap::fromImage(*image));
                    });
            }
            // The slots of an imported article wait after the photos.
            for (const StoredPhotoSlot &slot : std::as_const(m_waitingSlots)) {
                auto *item = new QListWidgetItem(slotIcon(palette()), QString(), m_list);
                const QString caption = slot.caption.isEmpty() ? tr("no caption") : slot.caption;
                item->setText((slot.lead ? QStringLiteral("★ ") : QString()) +
                              tr("Waiting for a file: %1").arg(caption.left(40)));
                item->setToolTip(
                    tr("Waiting for a file: %1 / %2")
                        .arg(caption, slot.creditLine.isEmpty() ? slot.creditSource : slot.creditLine));
                item->setForeground(palette().color(QPalette::PlaceholderText));
            }
            m_slotButtons->setVisible(!m_waitingSlots.isEmpty());
            for (int i = 0; i < m_uses.size(); ++i)
                if (m_uses.at(i).photo.id == current)
                    m_list->setCurrentRow(i);
            if (m_list->currentRow() < 0 && !m_uses.isEmpty())
                m_list->setCurrentRow(0);
            m_filling = false;
            showSelected();
            emit photosChanged(photos);
        });
}

void PhotosDock::showSelected()
{
    const PhotoUse *use = selected();
    m_filling = true;
    for (QWidget *w : std::initializer_list<QWidget *>{m_caption, m_alt, m_creditSource, m_creditType,
                                                       m_creator, m_contributor, m_contact, m_channel,
                                                       m_permission, m_lead, m_remove})
        w->setEnabled(use != nullptr);
    const Photo p = use ? use->photo : Photo();
    if (m_caption->toPlainText() != p.caption)
        m_caption->setPlainText(p.caption);
    m_alt->setText(p.alt);
    m_creditSource->setText(p.creditSource);
    m_creditType->setCurrentIndex(p.creditType ? qMax(0, m_creditType->findData(creditTypeKey(*p.creditType)))
                                               : 0);
    m_creator->setText(p.creator);
    m_contributor->setText(p.consent.contributor);
    m_contact->setText(p.consent.contact);
    m_channel->setText(p.consent.channel);
    m_permission->setChecked(p.consent.granted);
    m_filling = false;
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
    m_privacy->clear();
    if (!use)
        return;
    // The privacy report: what the file carries, and what the published copy
    // keeps. Read off the GUI thread.
    const QString path = m_store.originalPath(p.sha256);
    const bool ugc = p.creditType == CreditType::Ugc;
    const qint64 id = p.id;
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

void PhotosDock::saveSelected()
{
    const PhotoUse *use = selected();
    if (!use)
        return;
    Photo p = use->photo;
    p.caption = m_caption->toPlainText().simplified();
    p.alt = m_alt->text();
    p.creditSource = m_creditSource->text();
    p.creditType = creditTypeFromKey(m_creditType->currentData().toString());
    p.creator = m_creator->text();
    p.consent.contributor = m_contributor->text();
    p.consent.contact = m_contact->text();
    p.consent.channel = m_channel->text();
    if (m_permission->isChecked() && !p.consent.granted)
        p.consent.date = QDate::currentDate();
    p.consent.granted = m_permission->isChecked();
    PhotoStore store = m_store;
    inBackground(
        this, [store, p]() mutable { return store.update(p); },
        [this](const Result<Photo> &saved) {
            if (!saved)
                emit message(saved.error().message);
            reload();
        });
}

void PhotosDock::copyCreditToSelection()
{
    const PhotoUse *source = selected();
    if (!source)
        return;
    m_saveDelay.stop();
    saveSelected(); // what is typed in the form counts
    QList<Photo> targets;
    for (QListWidgetItem *item : m_list->selectedItems()) {
        const int row = m_list->row(item);
        if (row < 0 || row >= m_uses.size() || m_uses.at(row).photo.id == source->photo.id)
            continue;
        Photo p = m_uses.at(row).photo;
        p.creditSource = m_creditSource->text();
        p.creditType = creditTypeFromKey(m_creditType->currentData().toString());
        p.creator = m_creator->text();
        p.consent = source->photo.consent;
        p.consent.contributor = m_contributor->text();
        p.consent.contact = m_contact->text();
        p.consent.channel = m_channel->text();
        p.consent.granted = m_permission->isChecked();
        targets.append(p);
    }
    if (targets.isEmpty())
        return;
    PhotoStore store = m_store;
    inBackground(
        this,
        [store, targets]() mutable {
            QStringList errors;
            for (const Photo &p : targets)
                if (auto saved = store.update(p); !saved)
                    errors.append(saved.error().message);
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
