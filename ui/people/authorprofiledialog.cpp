#include "ui/people/authorprofiledialog.h"

#include "app/people/authorstore.h"
#include "app/storage/articlestore.h"
#include "app/workflow/permissions.h"
#include "ui/people/avatar.h"
#include "ui/people/peoplecommon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Qalam {

namespace {

struct ProfileData
{
    Result<Author> author = Author();
    NameOrder order = NameOrder::FamilyGiven;
    QStringList regions;
};

struct Avatar
{
    QByteArray png;
    QString error;
};

} // namespace

AuthorProfileDialog::AuthorProfileDialog(std::shared_ptr<Database> database, Actor actor, qint64 authorId,
                                         QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_actor(std::move(actor)), m_authorId(authorId),
      m_notice(new QLabel(this)), m_avatar(new QLabel(this)), m_chooseAvatar(new QPushButton(this)),
      m_removeAvatar(new QPushButton(this)), m_bylinePreview(new QLabel(this)),
      m_familyName(new QLineEdit(this)), m_givenName(new QLineEdit(this)), m_position(new QLineEdit(this)),
      m_region(new QComboBox(this)), m_desk(new QLineEdit(this)), m_bioTabs(new QTabWidget(this)),
      m_bioRu(new QPlainTextEdit(this)), m_bioKk(new QPlainTextEdit(this)), m_bioEn(new QPlainTextEdit(this)),
      m_email(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_links(new QPlainTextEdit(this)),
      m_left(new QCheckBox(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("authorProfileDialog"));
    setWindowTitle(authorId == 0 ? tr("New author") : tr("Author profile"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_avatar->setFixedSize(96, 96);
    m_avatar->setAlignment(Qt::AlignCenter);
    m_chooseAvatar->setText(tr("Choose picture…"));
    m_chooseAvatar->setToolTip(tr("A portrait; it is cropped to a square and stored small"));
    m_removeAvatar->setText(tr("Remove picture"));
    QFont bold = m_bylinePreview->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_bylinePreview->setFont(bold);
    m_bylinePreview->setWordWrap(true);
    m_region->setEditable(true);
    m_region->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_position->setPlaceholderText(tr("e.g. Редактор региональных новостей"));
    m_desk->setPlaceholderText(tr("e.g. Новости регионов"));
    m_email->setPlaceholderText(tr("name@newsroom.kz"));
    m_phone->setPlaceholderText(tr("+7 701 000 00 00"));
    m_links->setPlaceholderText(tr("One link a line: https://t.me/…, https://instagram.com/…"));
    m_links->setTabChangesFocus(true);
    m_links->setMaximumHeight(70);
    for (QPlainTextEdit *bio : {m_bioRu, m_bioKk, m_bioEn}) {
        bio->setTabChangesFocus(true);
        bio->setPlaceholderText(tr("Two or three sentences for the author's page"));
    }
    m_bioTabs->addTab(m_bioRu, tr("Russian"));
    m_bioTabs->addTab(m_bioKk, tr("Kazakh"));
    m_bioTabs->addTab(m_bioEn, tr("English"));
    m_bioTabs->setMaximumHeight(150);
    m_left->setText(tr("Left the newsroom (stays on the bylines of old articles)"));
    People::makeErrorLabel(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    auto *header = new QGridLayout;
    header->addWidget(m_avatar, 0, 0, 3, 1, Qt::AlignTop);
    header->addWidget(m_bylinePreview, 0, 1, 1, 2);
    header->addWidget(m_chooseAvatar, 1, 1);
    header->addWidget(m_removeAvatar, 1, 2);
    header->setColumnStretch(3, 1);
    header->setHorizontalSpacing(10);
    layout->addLayout(header);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Family name:"), m_familyName);
    form->addRow(tr("Given name:"), m_givenName);
    form->addRow(tr("Position:"), m_position);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Desk:"), m_desk);
    form->addRow(tr("Short bio:"), m_bioTabs);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Links:"), m_links);
    form->addRow(QString(), m_left);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AuthorProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_familyName, &QLineEdit::textChanged, this, &AuthorProfileDialog::updateBylinePreview);
    connect(m_givenName, &QLineEdit::textChanged, this, &AuthorProfileDialog::updateBylinePreview);
    connect(m_left, &QCheckBox::toggled, this, &AuthorProfileDialog::showAvatar);
    connect(m_chooseAvatar, &QPushButton::clicked, this, [this] {
        QStringList patterns;
        for (const QByteArray &format : QImageReader::supportedImageFormats())
            patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
        const QString file = QFileDialog::getOpenFileName(this, tr("Author's picture"), QString(),
                                                          tr("Images (%1)").arg(patterns.join(u' ')));
        if (!file.isEmpty())
            loadAvatar(file);
    });
    connect(m_removeAvatar, &QPushButton::clicked, this, [this] {
        m_avatarPng.clear();
        showAvatar();
    });
    resize(640, 720);

    // Nothing can be typed until the stored profile is in.
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_familyName, m_givenName, m_position, m_region, m_desk, m_bioTabs,
                                          m_email, m_phone, m_links, m_left, m_chooseAvatar, m_removeAvatar})
        w->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    updateBylinePreview();
    showAvatar();

    AuthorStore store(m_database, m_actor);
    ArticleStore articles(m_database, &Clock::system(), m_actor);
    People::inBackground(
        this,
        [store, articles, authorId]() mutable {
            ProfileData profile;
            if (authorId != 0)
                profile.author = store.author(authorId);
            if (auto order = store.nameOrder())
                profile.order = *order;
            if (auto regions = articles.regions())
                profile.regions = *regions;
            return profile;
        },
        [this](const ProfileData &profile) {
            m_order = profile.order;
            m_region->addItems(profile.regions);
            if (!profile.author) {
                People::showInlineError(m_error, profile.author.error().message);
                setReadOnly(true, {});
                m_loaded = true;
                emit loaded();
                return;
            }
            fill(*profile.author);
            const Result<void> allowed = Permissions::check(m_actor, Action::EditAuthor, nullptr, m_authorId);
            setReadOnly(!allowed, allowed ? QString() : allowed.error().message);
            m_loaded = true;
            emit loaded();
        });
}

QPlainTextEdit *AuthorProfileDialog::bioEdit(const QString &language) const
{
    if (language == QLatin1String("kk"))
        return m_bioKk;
    if (language == QLatin1String("en"))
        return m_bioEn;
    return m_bioRu;
}

void AuthorProfileDialog::fill(const Author &stored)
{
    Author author = stored;
    author.fillNameParts();
    m_author = author;
    m_familyName->setText(author.familyName);
    m_givenName->setText(author.givenName);
    m_position->setText(author.position);
    m_region->setCurrentText(author.region);
    m_desk->setText(author.desk);
    m_bioRu->setPlainText(author.bioRu);
    m_bioKk->setPlainText(author.bioKk);
    m_bioEn->setPlainText(author.bioEn);
    m_email->setText(author.email);
    m_phone->setText(author.phone);
    m_links->setPlainText(author.links.join(u'\n'));
    m_left->setChecked(!author.active && author.id != 0);
    m_avatarPng = author.avatarPng;
    updateBylinePreview();
    showAvatar();
}

void AuthorProfileDialog::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    for (QLineEdit *e : {m_familyName, m_givenName, m_position, m_desk, m_email, m_phone}) {
        e->setEnabled(true);
        e->setReadOnly(readOnly);
    }
    for (QPlainTextEdit *e : {m_bioRu, m_bioKk, m_bioEn, m_links}) {
        e->setEnabled(true);
        e->setReadOnly(readOnly);
    }
    m_bioTabs->setEnabled(true);
    m_region->setEnabled(!readOnly);
    m_left->setEnabled(!readOnly);
    m_chooseAvatar->setEnabled(!readOnly);
    m_removeAvatar->setEnabled(!readOnly);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!readOnly);
    m_buttons->button(QDialogButtonBox::Save)->setVisible(!readOnly);
    if (readOnly)
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_notice->setText(reason.isEmpty() ? QString() : tr("Read only: %1").arg(reason));
    m_notice->setVisible(!reason.isEmpty());
}

void AuthorProfileDialog::updateBylinePreview()
{
    Author author = m_author;
    author.familyName = m_familyName->text().simplified();
    author.givenName = m_givenName->text().simplified();
    const QString name = author.bylineName(m_order);
    m_bylinePreview->setText(name.isEmpty() ? tr("(no name yet)") : name);
    m_bylinePreview->setToolTip(tr("The name as bylines print it"));
    showAvatar();
}

void AuthorProfileDialog::showAvatar()
{
    Author author = m_author;
    author.familyName = m_familyName->text().simplified();
    author.givenName = m_givenName->text().simplified();
    author.name = author.bylineName(m_order);
    author.avatarPng = m_avatarPng;
    author.active = !m_left->isChecked();
    m_avatar->setPixmap(People::avatarPixmap(author, 96, devicePixelRatioF()));
    m_removeAvatar->setEnabled(!m_readOnly && m_loaded && !m_avatarPng.isEmpty());
}

void AuthorProfileDialog::loadAvatar(const QString &path)
{
    People::inBackground(
        this,
        [path] {
            Avatar avatar;
            QImageReader reader(path);
            reader.setAutoTransform(true);
            const QImage image = reader.read();
            if (image.isNull())
                avatar.error = tr("%1 is not a picture Qalam can read (%2). The profile keeps its picture.")
                                   .arg(QFileInfo(path).fileName(), reader.errorString());
            else
                avatar.png = People::avatarPng(image, AvatarEdge);
            return avatar;
        },
        [this](const Avatar &avatar) {
            People::showInlineError(m_error, avatar.error);
            if (!avatar.png.isEmpty())
                m_avatarPng = avatar.png;
            showAvatar();
            emit avatarLoaded(avatar.error.isEmpty());
        });
}

void AuthorProfileDialog::accept()
{
    if (m_busy || m_readOnly || !m_loaded)
        return;
    Author author = m_author;
    author.id = m_authorId;
    author.familyName = m_familyName->text().simplified();
    author.givenName = m_givenName->text().simplified();
    author.name = author.bylineName(m_order).simplified();
    if (author.familyName.isEmpty() && author.givenName.isEmpty()) {
        People::showInlineError(m_error, tr("Type the author's family name; bylines print it."));
        m_familyName->setFocus();
        return;
    }
    author.position = m_position->text().simplified();
    author.region = m_region->currentText().simplified();
    author.desk = m_desk->text().simplified();
    author.bioRu = m_bioRu->toPlainText().trimmed();
    author.bioKk = m_bioKk->toPlainText().trimmed();
    author.bioEn = m_bioEn->toPlainText().trimmed();
    author.email = m_email->text().trimmed();
    author.phone = m_phone->text().simplified();
    author.links.clear();
    for (const QString &line : m_links->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            author.links.append(line.trimmed());
    author.avatarPng = m_avatarPng;
    author.active = !m_left->isChecked();

    m_busy = true;
    setCursor(Qt::BusyCursor);
    m_buttons->setEnabled(false);
    People::showInlineError(m_error, {});
    AuthorStore store(m_database, m_actor);
    People::inBackground(
        this, [store, author]() mutable { return author.id == 0 ? store.add(author) : store.update(author); },
        [this](const Result<Author> &saved) {
            m_busy = false;
            unsetCursor();
            m_buttons->setEnabled(true);
            if (!saved) {
                People::showInlineError(m_error, saved.error().message);
                emit saveFinished(false);
                return;
            }
            m_author = *saved;
            m_authorId = saved->id;
            emit saveFinished(true);
            QDialog::accept();
        });
}

} // namespace Qalam
