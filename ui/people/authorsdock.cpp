#include "ui/people/authorsdock.h"

#include "app/model/articledocument.h"
#include "app/people/authorstore.h"
#include "app/workflow/permissions.h"
#include "ui/people/authorpickerdialog.h"
#include "ui/people/authorprofiledialog.h"
#include "ui/people/avatar.h"
#include "ui/people/peoplecommon.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Qalam {

namespace {

constexpr int ListAvatarEdge = 36;
constexpr int CardAvatarEdge = 72;

struct Profiles
{
    QHash<qint64, Author> authors;
    NameOrder order = NameOrder::FamilyGiven;
};

QString languageName(const QString &code)
{
    if (code == QLatin1String("kk"))
        return AuthorsDock::tr("Kazakh");
    if (code == QLatin1String("en"))
        return AuthorsDock::tr("English");
    return AuthorsDock::tr("Russian");
}

} // namespace

AuthorsDock::AuthorsDock(std::shared_ptr<Database> database, Actor actor, QWidget *parent)
    : QDockWidget(parent), m_database(std::move(database)), m_actor(std::move(actor)),
      m_notice(new QLabel(this)), m_bylineLabel(new QLabel(this)), m_list(new QListWidget(this)),
      m_add(new QToolButton(this)), m_remove(new QToolButton(this)), m_up(new QToolButton(this)),
      m_down(new QToolButton(this)), m_card(new QWidget(this)), m_avatar(new QLabel(this)),
      m_name(new QLabel(this)), m_position(new QLabel(this)), m_place(new QLabel(this)),
      m_status(new QLabel(this)), m_bio(new QLabel(this)), m_contacts(new QLabel(this)),
      m_empty(new QLabel(this)), m_editProfile(new QPushButton(this)), m_directory(new QPushButton(this))
{
    setObjectName(QStringLiteral("authorsDock"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::AlternateBase);
    m_notice->hide();
    QFont small = m_bylineLabel->font();
    small.setBold(true);
    m_bylineLabel->setFont(small);

    m_list->setIconSize({ListAvatarEdge, ListAvatarEdge});
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(2);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    for (QToolButton *b : {m_add, m_remove})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_add->setObjectName(QStringLiteral("addAuthor"));
    m_remove->setObjectName(QStringLiteral("removeAuthor"));
    m_up->setObjectName(QStringLiteral("moveAuthorUp"));
    m_down->setObjectName(QStringLiteral("moveAuthorDown"));

    m_avatar->setFixedSize(CardAvatarEdge, CardAvatarEdge);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_name->setFont(nameFont);
    for (QLabel *l : {m_name, m_position, m_place, m_status, m_bio, m_contacts, m_empty}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    for (QLabel *l : {m_name, m_position, m_place, m_status, m_bio, m_empty})
        l->setTextFormat(Qt::PlainText);
    m_contacts->setTextFormat(Qt::RichText);
    m_contacts->setOpenExternalLinks(true);
    m_contacts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_place->setForegroundRole(QPalette::PlaceholderText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_bio->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_notice);
    layout->addWidget(m_bylineLabel);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    auto *card = new QVBoxLayout(m_card);
    card->setContentsMargins(0, 4, 0, 0);
    auto *head = new QGridLayout;
    head->setHorizontalSpacing(10);
    head->setVerticalSpacing(2);
    head->addWidget(m_avatar, 0, 0, 4, 1, Qt::AlignTop);
    head->addWidget(m_name, 0, 1);
    head->addWidget(m_position, 1, 1);
    head->addWidget(m_place, 2, 1);
    head->addWidget(m_status, 3, 1);
    head->setColumnStretch(1, 1);
    head->setRowStretch(4, 1);
    card->addLayout(head);
    card->addSpacing(4);
    card->addWidget(m_bio);
    card->addWidget(m_contacts);
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_editProfile);
    profileButtons->addStretch(1);
    card->addLayout(profileButtons);
    layout->addWidget(m_card);
    layout->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_directory);
    layout->addLayout(bottom);
    setWidget(content);

    connect(m_add, &QToolButton::clicked, this, &AuthorsDock::addAuthor);
    connect(m_remove, &QToolButton::clicked, this, &AuthorsDock::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_editProfile, &QPushButton::clicked, this, &AuthorsDock::editSelectedProfile);
    connect(m_directory, &QPushButton::clicked, this, &AuthorsDock::directoryRequested);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &AuthorsDock::editSelectedProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (m_refreshing)
            return;
        m_selected = selectedId();
        updateEditable();
        refreshCard();
    });
    // Keyboard: Delete removes, Alt+Up/Down reorders, while the list has focus.
    auto *remove = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (m_remove->isEnabled())
            removeSelected();
    });
    auto *up =
        new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] {
        if (m_up->isEnabled())
            moveSelected(-1);
    });
    auto *down =
        new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        if (m_down->isEnabled())
            moveSelected(+1);
    });

    retranslate();
    refresh();
}

AuthorsDock::~AuthorsDock() = default;

void AuthorsDock::retranslate()
{
    setWindowTitle(tr("Authors"));
    m_bylineLabel->setText(tr("Byline"));
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add an author to the byline"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Take the selected author off the byline (Delete)"));
    m_up->setToolTip(tr("Move the selected author up (Alt+Up)"));
    m_down->setToolTip(tr("Move the selected author down (Alt+Down)"));
    m_directory->setText(tr("All authors…"));
    m_directory->setToolTip(tr("The newsroom's authors with their article counts"));
    refresh();
}

void AuthorsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void AuthorsDock::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_picker)
        m_picker->reject();
    m_document = document;
    m_createdBy.clear();
    m_selected = 0;
    if (document) {
        // The creator decides "own article" for a regional editor; it does
        // not change while the article is open.
        m_createdBy = document->snapshot().createdBy;
        connect(document, &ArticleDocument::authorsChanged, this, [this] {
            refresh();
            reloadProfiles();
        });
        connect(document, &ArticleDocument::fieldChanged, this, [this](ArticleDocument::Field field) {
            if (field == ArticleDocument::Field::Region || field == ArticleDocument::Field::Language)
                refresh();
        });
        // A save may change the status (an approval voided, an update started).
        connect(document, &ArticleDocument::saved, this, &AuthorsDock::updateEditable);
        connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    refresh();
    reloadProfiles();
}

void AuthorsDock::setReadOnly(bool readOnly, const QString &reason)
{
    m_externalReadOnly = readOnly;
    m_readOnlyReason = readOnly ? reason : QString();
    updateEditable();
}

qint64 AuthorsDock::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

Author AuthorsDock::profileOf(const Author &bylineAuthor) const
{
    return m_profiles.value(bylineAuthor.id, bylineAuthor);
}

void AuthorsDock::reloadProfiles()
{
    if (!m_document) {
        m_profiles.clear();
        return;
    }
    QList<qint64> ids;
    for (const Author &a : m_document->authors())
        ids.append(a.id);
    const quint64 generation = ++m_generation;
    AuthorStore store(m_database, m_actor);
    People::inBackground(
        this,
        [store, ids]() mutable {
            Profiles profiles;
            if (auto order = store.nameOrder())
                profiles.order = *order;
            for (qint64 id : ids)
                if (auto author = store.author(id))
                    profiles.authors.insert(id, *author);
            return profiles;
        },
        [this, generation](const Profiles &profiles) {
            if (generation != m_generation)
                return;
            m_profiles = profiles.authors;
            m_order = profiles.order;
            refresh();
            emit profilesLoaded();
        });
}

void AuthorsDock::refresh()
{
    m_refreshing = true;
    m_list->clear();
    const QList<Author> byline = m_document ? m_document->authors() : QList<Author>();
    QListWidgetItem *current = nullptr;
    for (const Author &bylineAuthor : byline) {
        const Author profile = profileOf(bylineAuthor);
        QString text = profile.bylineName(m_order);
        if (text.isEmpty())
            text = bylineAuthor.name;
        if (!profile.position.isEmpty())
            text += u'\n' + profile.position;
        auto *item = new QListWidgetItem(People::avatarIcon(profile, ListAvatarEdge, devicePixelRatioF()),
                                         text, m_list);
        item->setData(Qt::UserRole, bylineAuthor.id);
        item->setToolTip(profile.active ? text : tr("%1\nLeft the newsroom").arg(text));
        if (bylineAuthor.id == m_selected)
            current = item;
    }
    if (!current && m_list->count() > 0)
        current = m_list->item(0);
    m_list->setCurrentItem(current);
    m_selected = selectedId();
    m_refreshing = false;
    // As tall as the byline (one to five authors), so the profile sits right below it.
    const int rowHeight =
        qMax(ListAvatarEdge + 4, m_list->count() > 0 ? m_list->sizeHintForRow(0) : 0) + 2 * m_list->spacing();
    const int rows = qBound(1, int(m_list->count()), 5);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + m_list->spacing());
    m_empty->setText(!m_document        ? tr("Open an article to see its byline.")
                     : byline.isEmpty() ? tr("No author in the byline yet.")
                                        : QString());
    m_empty->setVisible(!m_empty->text().isEmpty());
    updateEditable();
    refreshCard();
}

void AuthorsDock::updateEditable()
{
    QString reason;
    QString detail;
    bool editable = m_document != nullptr;
    if (m_document && m_externalReadOnly) {
        editable = false;
        reason = m_readOnlyReason.isEmpty() ? tr("The article is read-only.") : m_readOnlyReason;
    }
    if (m_document && editable) {
        ArticleFacts facts;
        facts.status = m_document->status();
        facts.region = m_document->field(ArticleDocument::Field::Region);
        facts.createdBy = m_createdBy;
        for (const Author &a : m_document->authors())
            facts.authorIds.append(a.id);
        const Result<void> allowed = Permissions::check(m_actor, Action::EditByline, &facts);
        if (!allowed) {
            // A short line in the dock; the core's full reason on hover.
            editable = false;
            reason = tr("Read-only: you may not change this byline.");
            detail = allowed.error().message;
        }
    }
    m_editable = editable;
    m_notice->setText(reason);
    m_notice->setToolTip(detail);
    m_notice->setVisible(!reason.isEmpty());
    const int row = m_list->currentRow();
    const int count = m_list->count();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row < count - 1);
}

void AuthorsDock::refreshCard()
{
    const qint64 id = selectedId();
    Author profile;
    bool found = false;
    if (m_document) {
        for (const Author &a : m_document->authors()) {
            if (a.id == id) {
                profile = profileOf(a);
                found = true;
            }
        }
    }
    m_card->setVisible(found);
    if (!found)
        return;
    m_avatar->setPixmap(People::avatarPixmap(profile, CardAvatarEdge, devicePixelRatioF()));
    const QString name = profile.bylineName(m_order);
    m_name->setText(name.isEmpty() ? profile.name : name);
    m_position->setText(profile.position);
    m_position->setVisible(!profile.position.isEmpty());
    QStringList place;
    for (const QString &part : {profile.region, profile.desk})
        if (!part.isEmpty())
            place.append(part);
    m_place->setText(place.join(QStringLiteral(" · ")));
    m_place->setVisible(!place.isEmpty());
    m_status->setText(profile.active ? QString() : tr("Left the newsroom; stays on old bylines"));
    m_status->setVisible(!profile.active);

    const QString language = m_document->field(ArticleDocument::Field::Language);
    const QString bio = language == QLatin1String("kk")   ? profile.bioKk
                        : language == QLatin1String("en") ? profile.bioEn
                                                          : profile.bioRu;
    if (bio.isEmpty()) {
        m_bio->setForegroundRole(QPalette::PlaceholderText);
        m_bio->setText(tr("No short bio in %1 yet.").arg(languageName(language)));
    } else {
        m_bio->setForegroundRole(QPalette::WindowText);
        m_bio->setText(bio);
    }

    QStringList contacts;
    if (!profile.email.isEmpty())
        contacts.append(QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(QUrl(QStringLiteral("mailto:") + profile.email)
                                     .toString(QUrl::FullyEncoded)
                                     .toHtmlEscaped(),
                                 profile.email.toHtmlEscaped()));
    if (!profile.phone.isEmpty())
        contacts.append(profile.phone.toHtmlEscaped());
    for (const QString &link : profile.links) {
        const QUrl url = QUrl::fromUserInput(link);
        if (url.isValid() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            contacts.append(QStringLiteral("<a href=\"%1\">%2</a>")
                                .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                     QString(url.host() + url.path()).toHtmlEscaped()));
        else
            contacts.append(link.toHtmlEscaped());
    }
    m_contacts->setText(contacts.join(QStringLiteral(" · ")));
    m_contacts->setVisible(!contacts.isEmpty());

    const bool mayEdit = Permissions::check(m_actor, Action::EditAuthor, nullptr, profile.id).ok();
    m_editProfile->setText(mayEdit ? tr("Edit profile…") : tr("Show profile…"));
    m_editProfile->setEnabled(profile.id != 0);
}

void AuthorsDock::addAuthor()
{
    if (!m_document || !m_editable)
        return;
    if (m_picker) {
        m_picker->raise();
        m_picker->activateWindow();
        return;
    }
    QList<qint64> exclude;
    for (const Author &a : m_document->authors())
        exclude.append(a.id);
    m_picker = new AuthorPickerDialog(m_database, m_actor, exclude, this);
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    AuthorPickerDialog *picker = m_picker;
    const QPointer<ArticleDocument> document = m_document;
    connect(picker, &QDialog::accepted, this, [this, picker, document] {
        if (!document || document != m_document || !m_editable)
            return;
        const Author chosen = picker->author();
        QList<Author> byline = document->authors();
        for (const Author &a : std::as_const(byline))
            if (a.id == chosen.id)
                return;
        byline.append(chosen);
        m_selected = chosen.id;
        m_profiles.insert(chosen.id, chosen);
        document->setAuthors(byline);
    });
    picker->open();
}

void AuthorsDock::removeSelected()
{
    if (!m_document || !m_editable)
        return;
    const qint64 id = selectedId();
    QList<Author> byline = m_document->authors();
    for (int i = 0; i < byline.size(); ++i) {
        if (byline.at(i).id == id) {
            byline.removeAt(i);
            // The neighbour below (or above) becomes the selection.
            m_selected = byline.isEmpty() ? 0 : byline.at(qMin(i, int(byline.size()) - 1)).id;
            m_document->setAuthors(byline);
            return;
        }
    }
}

void AuthorsDock::moveSelected(int delta)
{
    if (!m_document || !m_editable)
        return;
    const qint64 id = selectedId();
    QList<Author> byline = m_document->authors();
    for (int i = 0; i < byline.size(); ++i) {
        if (byline.at(i).id != id)
            continue;
        const int to = i + delta;
        if (to < 0 || to >= byline.size())
            return;
        byline.move(i, to);
        m_selected = id;
        m_document->setAuthors(byline);
        return;
    }
}

void AuthorsDock::editSelectedProfile()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto *dialog = new AuthorProfileDialog(m_database, m_actor, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reloadProfiles();
        emit profilesChanged();
    });
    dialog->open();
}

} // namespace Qalam
