#include "ui/people/usersdialog.h"

#include "app/people/authorstore.h"
#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "ui/people/peoplecommon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Qalam {

namespace {

struct Loaded
{
    Result<QList<User>> users = QList<User>();
    Result<QList<Author>> authors = QList<Author>();
    Result<QStringList> regions = QStringList();
};

QString rolesText(const QList<Role> &roles)
{
    QStringList names;
    for (Role role : allRoles())
        if (roles.contains(role))
            names.append(roleDisplayName(role));
    return names.join(QStringLiteral(", "));
}

} // namespace

UsersDialog::UsersDialog(std::shared_ptr<Database> database, Actor actor, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_actor(std::move(actor)),
      m_table(new QTableWidget(this)), m_add(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_reset(new QPushButton(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Newsroom accounts"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name"), tr("Roles"), tr("Regions"), tr("Author profile"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_add->setText(tr("Add user…"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Name, roles, regions, author profile and whether the account is active"));
    m_reset->setText(tr("Set password…"));
    m_reset->setToolTip(tr("Give the user a new password, e.g. when they forgot theirs"));
    People::makeErrorLabel(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersDialog::editUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &UsersDialog::editUser);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(selectedUser());
        m_reset->setEnabled(selectedUser());
    });
    m_edit->setEnabled(false);
    m_reset->setEnabled(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    resize(1000, 460);
    reload();
}

void UsersDialog::reload()
{
    UserStore users(m_database, m_actor);
    AuthorStore authors(m_database, m_actor);
    ArticleStore articles(m_database, &Clock::system(), m_actor);
    People::inBackground(
        this,
        [users, authors, articles]() mutable {
            Loaded loaded;
            loaded.users = users.list();
            loaded.authors = authors.list();
            loaded.regions = articles.regions();
            return loaded;
        },
        [this](const Loaded &loaded) {
            if (!loaded.users) {
                People::showInlineError(m_error, loaded.users.error().message);
                return;
            }
            People::showInlineError(m_error, {});
            const qint64 selectedId = selectedUser() ? selectedUser()->id : 0;
            m_users = *loaded.users;
            m_authors = loaded.authors ? *loaded.authors : QList<Author>();
            m_regions = loaded.regions ? *loaded.regions : QStringList();
            m_table->setRowCount(int(m_users.size()));
            for (int r = 0; r < m_users.size(); ++r) {
                const User &u = m_users.at(r);
                QString author;
                for (const Author &a : std::as_const(m_authors))
                    if (a.id == u.authorId)
                        author = a.name;
                const QStringList cells = {u.login,
                                           u.displayName,
                                           rolesText(u.roles),
                                           u.regions.join(QStringLiteral(", ")),
                                           author,
                                           u.active ? tr("active") : tr("deactivated")};
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells.at(c));
                    item->setToolTip(cells.at(c));
                    if (!u.active)
                        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                    m_table->setItem(r, c, item);
                }
                if (u.id == selectedId)
                    m_table->selectRow(r);
            }
            m_table->resizeColumnsToContents();
            for (int c = 0; c < m_table->columnCount() - 1; ++c)
                m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));
            emit reloaded();
        });
}

const User *UsersDialog::selectedUser() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_users.at(row);
}

void UsersDialog::addUser()
{
    auto *dialog = new UserEditDialog(m_database, m_actor, User(), m_authors, m_regions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPasswordIterations(m_iterations);
    connect(dialog, &QDialog::accepted, this, &UsersDialog::reload);
    dialog->open();
}

void UsersDialog::editUser()
{
    const User *user = selectedUser();
    if (!user)
        return;
    auto *dialog = new UserEditDialog(m_database, m_actor, *user, m_authors, m_regions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPasswordIterations(m_iterations);
    connect(dialog, &QDialog::accepted, this, &UsersDialog::reload);
    dialog->open();
}

void UsersDialog::resetPassword()
{
    const User *user = selectedUser();
    if (!user)
        return;
    auto *dialog = new PasswordResetDialog(m_database, m_actor, user->login, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPasswordIterations(m_iterations);
    dialog->open();
}

// --- UserEditDialog ---------------------------------------------------------

UserEditDialog::UserEditDialog(std::shared_ptr<Database> database, Actor actor, const User &user,
                               const QList<Author> &authors, const QStringList &regions, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_actor(std::move(actor)), m_user(user),
      m_login(new QLineEdit(this)), m_displayName(new QLineEdit(this)), m_regions(new QListWidget(this)),
      m_newRegion(new QLineEdit(this)), m_author(new QComboBox(this)), m_active(new QCheckBox(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool adding = user.id == 0;
    setObjectName(QStringLiteral("userEditDialog"));
    setWindowTitle(adding ? tr("New account") : tr("Account %1").arg(user.login));
    m_login->setText(user.login);
    m_login->setReadOnly(!adding);
    m_login->setPlaceholderText(tr("letters, digits, . _ -"));
    m_displayName->setText(user.displayName);
    m_displayName->setPlaceholderText(tr("e.g. Колмакова Виктория"));

    auto *roles = new QWidget(this);
    auto *rolesLayout = new QVBoxLayout(roles);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    for (Role role : allRoles()) {
        auto *box = new QCheckBox(roleDisplayName(role), roles);
        box->setChecked(user.roles.contains(role));
        rolesLayout->addWidget(box);
        m_roles.append({role, box});
    }

    for (const QString &region : regions)
        addRegion(region, user.regions.contains(region));
    for (const QString &region : user.regions)
        if (!regions.contains(region))
            addRegion(region, true);
    m_regions->setMaximumHeight(130);
    m_regions->setToolTip(tr("A regional editor edits the articles of these regions"));
    m_newRegion->setPlaceholderText(tr("Another region, then Enter"));
    connect(m_newRegion, &QLineEdit::returnPressed, this, [this] {
        const QString region = m_newRegion->text().simplified();
        if (!region.isEmpty())
            addRegion(region, true);
        m_newRegion->clear();
    });
    auto *regionsBox = new QWidget(this);
    auto *regionsLayout = new QVBoxLayout(regionsBox);
    regionsLayout->setContentsMargins(0, 0, 0, 0);
    regionsLayout->addWidget(m_regions);
    regionsLayout->addWidget(m_newRegion);

    m_author->addItem(tr("(none)"), qint64(0));
    for (const Author &a : authors)
        m_author->addItem(a.active ? a.name : tr("%1 (left)").arg(a.name), a.id);
    m_author->setCurrentIndex(qMax(0, m_author->findData(user.authorId)));
    m_author->setToolTip(tr("Articles this user creates get this profile in the byline"));
    m_active->setText(tr("Active (may sign in)"));
    m_active->setChecked(user.active);
    People::makeErrorLabel(m_error);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Display name:"), m_displayName);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("Regions:"), regionsBox);
    form->addRow(tr("Author profile:"), m_author);
    form->addRow(QString(), m_active);
    if (adding) {
        m_password = new QLineEdit(this);
        m_repeat = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("at least 8 characters"));
        form->addRow(tr("Password:"), m_password);
        form->addRow(tr("Password again:"), m_repeat);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add the account") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

QCheckBox *UserEditDialog::roleBox(Role role) const
{
    for (const auto &[r, box] : m_roles)
        if (r == role)
            return box;
    return nullptr;
}

void UserEditDialog::addRegion(const QString &region, bool checked)
{
    for (int i = 0; i < m_regions->count(); ++i) {
        if (m_regions->item(i)->text() == region) {
            if (checked)
                m_regions->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    auto *item = new QListWidgetItem(region, m_regions);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void UserEditDialog::accept()
{
    if (m_busy)
        return;
    const bool adding = m_user.id == 0;
    if (adding && m_password->text() != m_repeat->text()) {
        People::showInlineError(m_error, tr("The two passwords differ. Type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    User user = m_user;
    user.login = m_login->text().trimmed();
    user.displayName = m_displayName->text().simplified();
    user.roles.clear();
    for (const auto &[role, box] : std::as_const(m_roles))
        if (box->isChecked())
            user.roles.append(role);
    user.regions.clear();
    for (int i = 0; i < m_regions->count(); ++i)
        if (m_regions->item(i)->checkState() == Qt::Checked)
            user.regions.append(m_regions->item(i)->text());
    user.authorId = m_author->currentData().toLongLong();
    user.active = m_active->isChecked();
    const QString password = adding ? m_password->text() : QString();

    m_busy = true;
    setCursor(Qt::BusyCursor);
    m_buttons->setEnabled(false);
    People::showInlineError(m_error, {});
    UserStore store(m_database, m_actor);
    store.setPasswordIterations(m_iterations);
    People::inBackground(
        this,
        [store, user, password, adding]() mutable {
            return adding ? store.add(user, password) : store.update(user);
        },
        [this](const Result<User> &saved) {
            m_busy = false;
            unsetCursor();
            m_buttons->setEnabled(true);
            if (!saved) {
                People::showInlineError(m_error, saved.error().message);
                emit saveFinished(false);
                return;
            }
            m_user = *saved;
            emit saveFinished(true);
            QDialog::accept();
        });
}

// --- PasswordResetDialog ----------------------------------------------------

PasswordResetDialog::PasswordResetDialog(std::shared_ptr<Database> database, Actor actor,
                                         const QString &login, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_actor(std::move(actor)), m_login(login),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passwordResetDialog"));
    setWindowTitle(tr("New password for %1").arg(login));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters"));
    People::makeErrorLabel(m_error);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Password again:"), m_repeat);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set the password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordResetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

void PasswordResetDialog::accept()
{
    if (m_busy)
        return;
    if (m_password->text() != m_repeat->text()) {
        People::showInlineError(m_error, tr("The two passwords differ. Type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    m_busy = true;
    setCursor(Qt::BusyCursor);
    m_buttons->setEnabled(false);
    UserStore store(m_database, m_actor);
    store.setPasswordIterations(m_iterations);
    const QString login = m_login;
    const QString password = m_password->text();
    People::inBackground(
        this, [store, login, password]() mutable { return store.setPassword(login, password); },
        [this](const Result<void> &set) {
            m_busy = false;
            unsetCursor();
            m_buttons->setEnabled(true);
            if (!set) {
                People::showInlineError(m_error, set.error().message);
                return;
            }
            QDialog::accept();
        });
}

} // namespace Qalam
