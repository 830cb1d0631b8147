#include "ui/people/signindialog.h"

#include "app/people/userstore.h"
#include "app/storage/database.h"
#include "ui/people/peoplecommon.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Qalam {

namespace {
const auto s_lastLoginKey = QStringLiteral("signin/lastLogin");
}

SignInDialog::SignInDialog(std::shared_ptr<Database> database, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_title(new QLabel(this)),
      m_newsroom(new QLabel(this)), m_loginLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_login(new QLineEdit(this)), m_password(new QLineEdit(this)), m_error(new QLabel(this)),
      m_busyLabel(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_newsroom->setWordWrap(true);
    m_newsroom->setTextFormat(Qt::PlainText);
    m_newsroom->setForegroundRole(QPalette::PlaceholderText);
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_error->setObjectName(QStringLiteral("signInError"));
    People::makeErrorLabel(m_error);
    m_progress->setRange(0, 0); // busy, no percentage
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_busyLabel->hide();
    m_progress->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_newsroom);
    layout->addSpacing(6);
    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    retranslate();
    setLogin(lastLogin());
    setMinimumWidth(420);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in — Qalam"));
    m_title->setText(tr("Sign in to the newsroom"));
    m_newsroom->setText(
        tr("Newsroom database: %1").arg(m_database ? QFileInfo(m_database->path()).fileName() : QString()));
    m_newsroom->setToolTip(m_database ? m_database->path() : QString());
    m_loginLabel->setText(tr("&Login:"));
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);
    m_busyLabel->setText(tr("Checking the password…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    if (login.isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
    updateButtons();
}

void SignInDialog::showError(const QString &message)
{
    People::showInlineError(m_error, message);
}

QString SignInDialog::lastLogin()
{
    return QSettings().value(s_lastLoginKey).toString();
}

void SignInDialog::rememberLogin(const QString &login)
{
    QSettings().setValue(s_lastLoginKey, login);
}

void SignInDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButtons();
}

void SignInDialog::accept()
{
    if (m_busy)
        return;
    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    if (login.isEmpty() || password.isEmpty())
        return;
    showError({});
    setBusy(true);
    const quint64 generation = ++m_generation;
    UserStore store(m_database);
    store.setPasswordIterations(m_iterations);
    People::inBackground(
        this, [store, login, password]() mutable { return store.signIn(login, password); },
        [this, generation, login](const Result<Actor> &signedIn) {
            if (generation != m_generation)
                return; // cancelled meanwhile
            setBusy(false);
            if (!signedIn) {
                showError(signedIn.error().message);
                m_password->clear();
                m_password->setFocus();
                emit checked(false);
                return;
            }
            m_actor = *signedIn;
            rememberLogin(login);
            m_password->clear();
            emit checked(true);
            QDialog::accept();
        });
}

void SignInDialog::reject()
{
    ++m_generation; // a check still running is forgotten
    setBusy(false);
    QDialog::reject();
}

} // namespace Qalam
