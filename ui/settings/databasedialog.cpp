#include "ui/settings/databasedialog.h"

#include "app/core/datalocation.h"
#include "app/core/secretstore.h"
#include "app/storage/database.h"
#include "app/storage/serverlogin.h"
#include "ui/publish/endpointsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Qalam {

namespace {

// libpq's TLS modes, weakest first; the texts are the dialog's.
struct SslMode
{
    const char *key;
    const char *name;
    const char *help;
};
const SslMode s_sslModes[] = {
    {"disable", QT_TRANSLATE_NOOP("Qalam::DatabaseDialog", "disable: no encryption"),
     QT_TRANSLATE_NOOP("Qalam::DatabaseDialog",
                       "Nothing is encrypted: the password and the drafts cross the network readable. Only "
                       "for a server on this computer.")},
    {"allow", QT_TRANSLATE_NOOP("Qalam::DatabaseDialog", "allow: encrypted only if the server insists"),
     QT_TRANSLATE_NOOP("Qalam::DatabaseDialog",
                       "Plain unless the server demands encryption, and the server is not checked. Not for a "
                       "newsroom network.")},
    {"prefer", QT_TRANSLATE_NOOP("Qalam::DatabaseDialog", "prefer: encrypted when offered"),
     QT_TRANSLATE_NOOP(
         "Qalam::DatabaseDialog",
         "Encrypted when the server offers it, but nobody checks who answers: someone in between "
         "can pose as the server. PostgreSQL's default.")},
    {"require", QT_TRANSLATE_NOOP("Qalam::DatabaseDialog", "require: always encrypted"),
     QT_TRANSLATE_NOOP("Qalam::DatabaseDialog",
                       "Always encrypted, so nobody can read along, but the server's certificate is not "
                       "checked: a fake server could still collect the password.")},
    {"verify-ca", QT_TRANSLATE_NOOP("Qalam::DatabaseDialog", "verify-ca: encrypted, certificate checked"),
     QT_TRANSLATE_NOOP(
         "Qalam::DatabaseDialog",
         "Encrypted, and the server's certificate must be signed by your newsroom's certificate "
         "authority (the CA certificate below); its host name is not compared.")},
    {"verify-full", QT_TRANSLATE_NOOP("Qalam::DatabaseDialog", "verify-full: encrypted, server verified"),
     QT_TRANSLATE_NOOP(
         "Qalam::DatabaseDialog",
         "Encrypted, and the certificate must be signed by your certificate authority and issued "
         "for this host name: nobody can read or divert the connection. Recommended for a "
         "newsroom.")},
};
// A newsroom's desks reach the server across cities, over networks Qalam
// does not control; the password and unpublished drafts travel. verify-full
// is the one mode that stops both reading along and a fake server.
const QLatin1String s_defaultSslMode("verify-full");

} // namespace

DatabaseDialog::DatabaseDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("databaseDialog"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setContentsMargins(0, 0, 0, 8);
    m_problem->hide();

    m_fileChoice = new QRadioButton(this);
    m_serverChoice = new QRadioButton(this);

    m_fileGroup = new QGroupBox(this);
    m_filePath = new QLineEdit(m_fileGroup);
    m_filePath->setObjectName(QStringLiteral("filePath"));
    m_browse = new QPushButton(m_fileGroup);
    auto *fileRow = new QHBoxLayout(m_fileGroup);
    fileRow->addWidget(m_filePath, 1);
    fileRow->addWidget(m_browse);

    m_serverGroup = new QGroupBox(this);
    auto *form = new QFormLayout(m_serverGroup);
    m_host = new QLineEdit(m_serverGroup);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(m_serverGroup);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(m_serverGroup);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(m_serverGroup);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(m_serverGroup);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(m_serverGroup);
    m_remember->setChecked(true);
    m_sslMode = new QComboBox(m_serverGroup);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    for (const SslMode &mode : s_sslModes)
        m_sslMode->addItem(QString(), QString::fromLatin1(mode.key));
    m_sslHelp = new QLabel(m_serverGroup);
    m_sslHelp->setObjectName(QStringLiteral("sslHelp"));
    m_sslHelp->setWordWrap(true);
    m_sslHelp->setForegroundRole(QPalette::PlaceholderText);
    m_caFile = new QLineEdit(m_serverGroup);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caBrowse = new QPushButton(m_serverGroup);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    m_portLabel = new QLabel(m_serverGroup);
    m_portLabel->setBuddy(m_port);
    hostRow->addWidget(m_portLabel);
    hostRow->addWidget(m_port);
    m_hostLabel = new QLabel(m_serverGroup);
    m_databaseLabel = new QLabel(m_serverGroup);
    m_userLabel = new QLabel(m_serverGroup);
    m_passwordLabel = new QLabel(m_serverGroup);
    m_sslLabel = new QLabel(m_serverGroup);
    m_caLabel = new QLabel(m_serverGroup);
    m_hostLabel->setBuddy(m_host);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_sslLabel->setBuddy(m_sslMode);
    m_caLabel->setBuddy(m_caFile);
    form->addRow(m_hostLabel, hostRow);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);
    form->addRow(m_sslLabel, m_sslMode);
    form->addRow(QString(), m_sslHelp);
    form->addRow(m_caLabel, caRow);

    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop | Qt::AlignLeft);
    testRow->addWidget(m_result, 1);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_fileChoice);
    layout->addWidget(m_fileGroup);
    layout->addWidget(m_serverChoice);
    layout->addWidget(m_serverGroup);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);

    connect(m_fileChoice, &QRadioButton::toggled, this, &DatabaseDialog::updateEnabled);
    connect(m_serverChoice, &QRadioButton::toggled, this, &DatabaseDialog::updateEnabled);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, [this] {
        updateSslHelp();
        updateEnabled();
    });
    connect(m_test, &QPushButton::clicked, this, &DatabaseDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DatabaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DatabaseDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Database file"), m_filePath->text(),
            tr("Qalam databases (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            m_filePath->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                         tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!chosen.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(chosen));
    });
    // A finding is about the form as it was tested.
    for (QLineEdit *edit : {m_filePath, m_host, m_database, m_user, m_password, m_caFile})
        connect(edit, &QLineEdit::textEdited, m_result, &QLabel::hide);

    m_fileChoice->setChecked(true);
    m_sslMode->setCurrentIndex(m_sslMode->findData(QString(s_defaultSslMode)));
    retranslate();
    updateEnabled();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

DatabaseDialog::~DatabaseDialog() = default;

void DatabaseDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFit();
}

void DatabaseDialog::growToFit()
{
    // Wrapped labels (the problem, the TLS help, the finding) need more
    // height than the first size hint knew of; a top-level widget does not
    // grow for them by itself.
    QTimer::singleShot(0, this, [this] {
        if (!layout() || !layout()->hasHeightForWidth())
            return;
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    });
}

void DatabaseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DatabaseDialog::retranslate()
{
    setWindowTitle(tr("Database"));
    m_fileChoice->setText(tr("This computer (a file)"));
    m_serverChoice->setText(tr("Newsroom server (PostgreSQL)"));
    m_fileGroup->setTitle(QString());
    m_filePath->setPlaceholderText(DataLocation::defaultDatabasePath());
    m_browse->setText(tr("Browse…"));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("db.newsroom.kz"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_database->setPlaceholderText(tr("newsroom"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setPlaceholderText(tr("Blank: keep the stored password"));
    m_remember->setText(tr("Remember in the keychain"));
    m_remember->setToolTip(tr("Unticked, the password is used until Qalam closes, and a stored one is "
                              "forgotten; PGPASSWORD or ~/.pgpass may still provide one."));
    m_sslLabel->setText(tr("&Encryption (TLS):"));
    for (int i = 0; i < m_sslMode->count(); ++i)
        m_sslMode->setItemText(i, tr(s_sslModes[i].name));
    m_caLabel->setText(tr("&CA certificate:"));
    m_caFile->setPlaceholderText(tr("~/.postgresql/root.crt when blank"));
    m_caBrowse->setText(tr("Browse…"));
    m_test->setText(tr("&Test connection"));
    updateSslHelp();
}

void DatabaseDialog::updateSslHelp()
{
    const int index = m_sslMode->currentIndex();
    m_sslHelp->setText(index >= 0 ? tr(s_sslModes[index].help) : QString());
    growToFit();
}

void DatabaseDialog::updateEnabled()
{
    const bool server = m_serverChoice->isChecked();
    m_fileGroup->setEnabled(!server && !m_busy);
    m_serverGroup->setEnabled(server && !m_busy);
    const bool verifies = m_sslMode->currentData().toString().startsWith(QLatin1String("verify-"));
    m_caLabel->setEnabled(verifies);
    m_caFile->setEnabled(verifies);
    m_caBrowse->setEnabled(verifies);
    m_fileChoice->setEnabled(!m_busy);
    m_serverChoice->setEnabled(!m_busy);
    m_test->setEnabled(!m_busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy);
}

void DatabaseDialog::setLocation(const QString &location)
{
    m_result->hide();
    if (!Database::isServerUrl(location)) {
        m_fileChoice->setChecked(true);
        m_filePath->setText(QDir::toNativeSeparators(location));
        return;
    }
    m_serverChoice->setChecked(true);
    const auto address = ServerLogin::Address::fromUrl(location);
    if (!address) {
        showProblem(tr("The saved server address %1 cannot be read; enter it again.")
                        .arg(QUrl(location).toString(QUrl::RemovePassword)));
        return;
    }
    m_host->setText(address->host);
    m_port->setValue(address->port);
    m_database->setText(address->database);
    m_user->setText(address->user);
    m_urlPassword = QUrl(location).password();
    m_loadedSslMode = address->sslMode;
    const int index =
        m_sslMode->findData(address->sslMode.isEmpty() ? QStringLiteral("prefer") : address->sslMode);
    if (index >= 0)
        m_sslMode->setCurrentIndex(index);
    m_caFile->setText(address->sslRootCert);
    m_otherOptions = address->otherOptions;
}

QString DatabaseDialog::formLocation(QString *problem) const
{
    if (m_fileChoice->isChecked()) {
        const QString path = QDir::fromNativeSeparators(m_filePath->text().trimmed());
        if (path.isEmpty()) {
            *problem = tr("Choose the database file.");
            return {};
        }
        return QFileInfo(QDir::cleanPath(path.startsWith(QLatin1String("~/")) ? QDir::homePath() + path.mid(1)
                                                                              : path))
            .absoluteFilePath();
    }
    ServerLogin::Address address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_sslMode->currentData().toString();
    // A URL that named no mode keeps naming none while "prefer" (its meaning) stays chosen.
    if (m_loadedSslMode.isEmpty() && address.sslMode == u"prefer")
        address.sslMode.clear();
    if (m_caFile->isEnabled())
        address.sslRootCert = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    address.otherOptions = m_otherOptions;
    if (address.host.isEmpty())
        *problem = tr("Enter the server's host name.");
    else if (address.database.isEmpty())
        *problem = tr("Enter the name of the newsroom's database.");
    else if (address.user.isEmpty())
        *problem = tr("Enter your user name on the server.");
    if (!problem->isEmpty())
        return {};
    const QString url = address.url();
    if (!ServerLogin::Address::fromUrl(url)) {
        *problem = tr("The host, database or user name contains characters a server address cannot hold.");
        return {};
    }
    return url;
}

QString DatabaseDialog::location() const
{
    QString problem;
    return formLocation(&problem);
}

QString DatabaseDialog::password() const
{
    if (!m_serverChoice->isChecked())
        return {};
    return m_password->text().isEmpty() ? m_urlPassword : m_password->text();
}

void DatabaseDialog::showProblem(const QString &message, const QString &detail)
{
    m_problem->setText(message);
    m_problem->setToolTip(detail);
    PublishUi::showResult(m_problem, false, message);
    growToFit();
}

void DatabaseDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    growToFit();
}

void DatabaseDialog::showResult(bool ok, const QString &text, const QString &detail)
{
    PublishUi::showResult(m_result, ok, text);
    m_result->setToolTip(detail);
    growToFit();
}

void DatabaseDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateEnabled();
}

bool DatabaseDialog::sameLocation(const QString &a, const QString &b)
{
    if (Database::isServerUrl(a) != Database::isServerUrl(b))
        return false;
    if (!Database::isServerUrl(a)) {
        const QFileInfo fa(a), fb(b);
        const QString ca = fa.canonicalFilePath(), cb = fb.canonicalFilePath();
        if (!ca.isEmpty() && !cb.isEmpty())
            return ca == cb;
        return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
    }
    auto pa = ServerLogin::Address::fromUrl(a), pb = ServerLogin::Address::fromUrl(b);
    if (!pa || !pb)
        return a == b;
    pa->host = pa->host.toLower();
    pb->host = pb->host.toLower();
    return pa->url() == pb->url();
}

void DatabaseDialog::testConnection()
{
    if (m_busy)
        return;
    QString problem;
    const QString location = formLocation(&problem);
    if (!problem.isEmpty()) {
        showResult(false, problem);
        emit testFinished(false);
        return;
    }
    const QString typed = password();
    setBusy(true);
    m_result->setPalette(palette());
    m_result->setText(tr("Testing the connection…"));
    m_result->setToolTip(QString());
    m_result->show();
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<ServerLogin::Probe>(this);
    connect(watcher, &QFutureWatcher<ServerLogin::Probe>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        setBusy(false);
        const ServerLogin::Probe probe = watcher->result();
        showResult(probe.usable(), probe.summary(), probe.error.detail);
        emit testFinished(probe.usable());
    });
    // A worker thread: the keychain may prompt, the server may take up to
    // its connect timeout to answer.
    watcher->setFuture(QtConcurrent::run([location, typed] {
        QString password = typed;
        if (password.isEmpty() && Database::isServerUrl(location)) {
            SecretStore secrets;
            auto stored = ServerLogin::storedPassword(location, secrets);
            if (stored && stored->has_value())
                password = **stored;
        }
        return ServerLogin::probe(location, password);
    }));
}

void DatabaseDialog::accept()
{
    if (m_busy)
        return;
    QString problem;
    const QString location = formLocation(&problem);
    if (!problem.isEmpty()) {
        showResult(false, problem);
        return;
    }
    if (!Database::isServerUrl(location)) {
        finishAccept(location);
        return;
    }
    const QString typed = password();
    const bool remember = m_remember->isChecked();
    if (remember && typed.isEmpty()) {
        finishAccept(location); // the stored password, if any, stays
        return;
    }
    // Stored or forgotten on a worker thread: the keychain may prompt.
    setBusy(true);
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcher<Result<void>>::finished, this, [this, watcher, generation, location] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        setBusy(false);
        const Result<void> done = watcher->result();
        if (!done) {
            showResult(false, done.error().message, done.error().detail);
            return;
        }
        finishAccept(location);
    });
    watcher->setFuture(QtConcurrent::run([location, typed, remember]() -> Result<void> {
        SecretStore secrets;
        if (remember)
            return ServerLogin::storePassword(location, typed, secrets);
        return ServerLogin::forgetPassword(location, secrets);
    }));
}

void DatabaseDialog::reject()
{
    ++m_generation; // a test or a keychain call still running is not waited for
    setBusy(false);
    QDialog::reject();
}

void DatabaseDialog::finishAccept(const QString &location)
{
    DataLocation::saveDatabaseLocation(location);
    QDialog::accept();
}

} // namespace Qalam
