#include "app/storage/serverlogin.h"

#include "app/core/logging.h"
#include "app/core/secretstore.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace Qalam {

namespace {

QAtomicInt s_probeCounter;

// libpq's default port, when a URL names none.
constexpr int s_defaultPort = 5432;

// One value of a prepared statement without parameters; nullopt when it fails.
std::optional<QVariant> singleValue(QSqlDatabase db, const QString &sql, QSqlError *error = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql) || !q.exec()) {
        if (error)
            *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return QVariant();
    return q.value(0);
}

// What Database::readSchemaVersion reads, on a connection of our own: the
// first query without a row means schema 0.
std::optional<int> schemaVersionOf(QSqlDatabase db, const SqlDialect &dialect, QSqlError *error)
{
    int version = 0;
    for (const QString &sql : dialect.schemaVersionQueries()) {
        const auto value = singleValue(db, sql, error);
        if (!value)
            return std::nullopt;
        if (!value->isValid())
            return 0;
        version = value->toInt();
    }
    return version;
}

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0).simplified();
}

} // namespace

// ---- the address the Database dialog edits ---------------------------------

QString ServerLogin::Address::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user.trimmed());
    url.setHost(host.trimmed());
    url.setPort(port > 0 ? port : s_defaultPort);
    url.setPath(u'/' + database.trimmed());
    // Values percent-encoded here, so that a file name with "&", "=" or "%"
    // comes back unchanged from fromUrl().
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (!sslMode.isEmpty())
        add(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.trimmed().isEmpty())
        add(QStringLiteral("sslrootcert"), sslRootCert.trimmed());
    for (const auto &[key, value] : otherOptions)
        add(key, value);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

std::optional<ServerLogin::Address> ServerLogin::Address::fromUrl(const QString &text)
{
    if (!Database::isServerUrl(text))
        return std::nullopt;
    auto parsed = Database::parseServerUrl(text);
    if (!parsed)
        return std::nullopt;
    Address address;
    address.host = parsed->host;
    address.port = parsed->port > 0 ? parsed->port : s_defaultPort;
    address.user = parsed->user;
    address.database = parsed->databaseName;
    for (const auto &[key, value] : QUrlQuery(QUrl(text)).queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode")
            address.sslMode = value;
        else if (key == u"sslrootcert")
            address.sslRootCert = value;
        else
            address.otherOptions.append({key, value});
    }
    return address;
}

// ---- the keychain ----------------------------------------------------------

QString ServerLogin::keychainKey(const QString &location)
{
    if (!Database::isServerUrl(location))
        return {};
    auto address = Database::parseServerUrl(location);
    if (!address)
        return {};
    // What identifies the login: who, where, which database. Not the query
    // options (sslmode, timeouts), so that changing them keeps the password.
    QUrl key;
    key.setScheme(QStringLiteral("postgresql"));
    key.setUserName(address->user);
    key.setHost(address->host.toLower());
    key.setPort(address->port > 0 ? address->port : s_defaultPort);
    key.setPath(u'/' + address->databaseName);
    return key.toString();
}

bool ServerLogin::carriesPassword(const QString &location)
{
    return Database::isServerUrl(location) && !QUrl(location).password().isEmpty();
}

Result<std::optional<QString>> ServerLogin::storedPassword(const QString &location, SecretStore &secrets)
{
    const QString key = keychainKey(location);
    if (key.isEmpty())
        return std::optional<QString>();
    secrets.setKind(SecretStore::Kind::DatabaseServer);
    return secrets.read(key);
}

Result<void> ServerLogin::storePassword(const QString &location, const QString &password,
                                        SecretStore &secrets)
{
    const QString key = keychainKey(location);
    if (key.isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("%1 is not a database server address; only a server needs a password.")
                         .arg(QUrl(location).toString(QUrl::RemovePassword)),
                     {}};
    if (password.isEmpty())
        return Error{
            Error::Code::InvalidInput, tr("The password for %1 is empty; nothing was stored.").arg(key), {}};
    secrets.setKind(SecretStore::Kind::DatabaseServer);
    return secrets.store(key, password);
}

Result<void> ServerLogin::forgetPassword(const QString &location, SecretStore &secrets)
{
    const QString key = keychainKey(location);
    if (key.isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("%1 is not a database server address; only a server needs a password.")
                         .arg(QUrl(location).toString(QUrl::RemovePassword)),
                     {}};
    secrets.setKind(SecretStore::Kind::DatabaseServer);
    return secrets.remove(key);
}

Result<std::shared_ptr<Database>> ServerLogin::open(const QString &location, Database::Migration migration,
                                                    SecretStore &secrets, QString *keychainProblem)
{
    QString password;
    if (Database::isServerUrl(location) && !carriesPassword(location)) {
        auto stored = storedPassword(location, secrets);
        if (!stored) {
            // libpq's own sources may still hold it: go on without.
            if (keychainProblem)
                *keychainProblem = stored.error().message;
            else
                qCWarning(lcStorage) << "the stored database password could not be read:"
                                     << stored.error().message;
        } else if (stored->has_value()) {
            password = **stored;
        }
    }
    return Database::open(location, migration, password);
}

// ---- the connection test ---------------------------------------------------

bool ServerLogin::Probe::loggedIn() const
{
    switch (outcome) {
    case Outcome::Ready:
    case Outcome::Empty:
    case Outcome::NotQalam:
    case Outcome::TooNew:
        return true;
    default:
        return false;
    }
}

QString ServerLogin::Probe::summary() const
{
    QString where;
    if (server)
        where = tls ? tr("Connected to PostgreSQL %1 over TLS (%2)").arg(serverVersion, tlsVersion)
                    : tr("Connected to PostgreSQL %1 without TLS").arg(serverVersion);
    else
        where = tr("SQLite file %1").arg(location);
    switch (outcome) {
    case Outcome::Ready: {
        const QString content =
            schemaVersion < latestSchemaVersion
                ? tr("Qalam database, schema %1 (Qalam upgrades it to %2 when it opens it), %Ln articles",
                     nullptr, int(articles))
                      .arg(schemaVersion)
                      .arg(latestSchemaVersion)
                : tr("Qalam database, schema %1, %Ln articles", nullptr, int(articles)).arg(schemaVersion);
        return tr("%1; %2.").arg(where, content);
    }
    case Outcome::Empty:
        if (server)
            return tr("%1; empty database: Qalam will create its tables.").arg(where);
        if (schemaVersion == 0)
            return tr("%1 is empty: Qalam will create its tables.").arg(where);
        return tr("No file at %1 yet: Qalam will create the database there.").arg(location);
    default:
        return error.message;
    }
}

// What the schema version and the table count say about a reachable
// database, on either backend: another program's, a newer Qalam's, empty, or
// ready (with its article count). False when that count could not be read
// (`error` says why).
bool ServerLogin::classifySchema(Probe &probe, QSqlDatabase &db, qint64 tables, const QString &notQalam,
                                 QSqlError *error)
{
    if (probe.schemaVersion == 0 && tables > 0) {
        probe.outcome = Probe::Outcome::NotQalam;
        probe.error = Error{Error::Code::NotADatabase, notQalam, {}};
    } else if (probe.schemaVersion > probe.latestSchemaVersion) {
        probe.outcome = Probe::Outcome::TooNew;
        probe.error = Error{Error::Code::SchemaTooNew,
                            tr("%1 was written by a newer Qalam (schema %2; this version knows up to %3). "
                               "Update Qalam to use it.")
                                .arg(probe.location)
                                .arg(probe.schemaVersion)
                                .arg(probe.latestSchemaVersion),
                            {}};
    } else if (probe.schemaVersion == 0) {
        probe.outcome = Probe::Outcome::Empty;
    } else {
        const auto articles = singleValue(db, QStringLiteral("SELECT count(*) FROM articles"), error);
        if (!articles)
            return false;
        probe.articles = articles->toLongLong();
        probe.outcome = Probe::Outcome::Ready;
    }
    return true;
}

ServerLogin::Probe ServerLogin::probe(const QString &location, const QString &password)
{
    if (Database::isServerUrl(location))
        return probeServer(location, password);
    return probeFile(location);
}

ServerLogin::Probe ServerLogin::probeServer(const QString &location, const QString &password)
{
    Probe probe;
    probe.server = true;
    probe.location = QUrl(location).toString(QUrl::RemovePassword);
    const PostgresDialect dialect{};
    probe.latestSchemaVersion = dialect.latestSchemaVersion();
    auto parsed = Database::parseServerUrl(location);
    if (!parsed) {
        probe.error = parsed.error();
        return probe;
    }
    Database::ServerAddress address = *parsed;
    if (address.password.isEmpty())
        address.password = password;

    const QString name = QStringLiteral("qalam-probe-%1").arg(s_probeCounter.fetchAndAddRelaxed(1));
    // Declared first, so that it runs after every handle below is gone.
    const auto removeConnection = qScopeGuard([&name] { QSqlDatabase::removeDatabase(name); });
    auto opened = Database::openServer(address, name, probe.location);
    if (!opened) {
        probe.error = opened.error();
        const QString detail = opened.error().detail;
        const QString who = address.user.isEmpty() ? tr("this computer's account") : address.user;
        if (opened.error().code == Error::Code::Unavailable) {
            probe.outcome = Probe::Outcome::Unreachable;
            probe.error.message = tr("No answer from the database server %1. Check the host name and port, "
                                     "that the server runs, and that this computer may reach it.")
                                      .arg(probe.location);
        } else if (Database::isLoginRefused(detail)) {
            probe.outcome = Probe::Outcome::LoginRefused;
            probe.error.message = tr("The server %1 refused the login of %2: the password is wrong or "
                                     "missing, or the account may not use this database.")
                                      .arg(probe.location, who);
        } else if (detail.contains(
                       QStringLiteral("database \"%1\" does not exist").arg(address.databaseName))) {
            probe.outcome = Probe::Outcome::NoDatabase;
            probe.error.message = tr("The server %1 has no database \"%2\". Ask its administrator to create "
                                     "it (createdb -E UTF8 --locale=C.UTF-8 -T template0).")
                                      .arg(probe.location, address.databaseName);
        } else {
            probe.outcome = Probe::Outcome::Failed;
            probe.error.message =
                tr("The database server %1 could not be used: %2").arg(probe.location, firstLine(detail));
        }
        return probe;
    }
    QSqlDatabase db = *opened;
    const auto failed = [&probe](const QSqlError &error) {
        probe.outcome = Probe::Outcome::Failed;
        probe.error = Error{Error::Code::Database,
                            tr("The database server %1 answered, but could not be asked about its database.")
                                .arg(probe.location),
                            error.text()};
        return probe;
    };
    QSqlError error;
    const auto version = singleValue(db, QStringLiteral("SELECT current_setting('server_version')"), &error);
    if (!version)
        return failed(error);
    // "15.4 (Debian 15.4-1.pgdg120+1)": the number is what a user compares.
    probe.serverVersion = version->toString().section(u' ', 0, 0);
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) ||
            !q.exec())
            return failed(q.lastError());
        if (q.next()) {
            probe.tls = q.value(0).toBool();
            probe.tlsVersion = q.value(1).toString();
        }
    }
    const auto schema = schemaVersionOf(db, dialect, &error);
    if (!schema)
        return failed(error);
    probe.schemaVersion = *schema;
    const auto tables = singleValue(db, dialect.tableCountQuery(), &error);
    if (!tables)
        return failed(error);
    if (!classifySchema(probe, db, tables->toLongLong(),
                        tr("%1 holds the tables of another program, not Qalam's. Give Qalam a database of "
                           "its own.")
                            .arg(probe.location),
                        &error))
        return failed(error);
    db.close();
    return probe;
}

ServerLogin::Probe ServerLogin::probeFile(const QString &location)
{
    Probe probe;
    const QFileInfo info(location);
    probe.location = info.absoluteFilePath();
    const SqliteDialect dialect{};
    probe.latestSchemaVersion = dialect.latestSchemaVersion();
    if (location.trimmed().isEmpty()) {
        probe.error = Error{Error::Code::InvalidInput, tr("Choose the database file."), {}};
        return probe;
    }
    if (!info.exists()) {
        // The nearest folder that exists must let Qalam create the rest.
        QFileInfo folder(info.absolutePath());
        while (!folder.exists() && !folder.isRoot() && folder.absoluteFilePath() != folder.absolutePath())
            folder = QFileInfo(folder.absolutePath());
        if (!folder.isDir() || !folder.isWritable()) {
            probe.error = Error{Error::Code::Io,
                                tr("Qalam cannot create %1: the folder %2 is not writable.")
                                    .arg(probe.location, folder.absoluteFilePath()),
                                {}};
            return probe;
        }
        probe.outcome = Probe::Outcome::Empty;
        return probe;
    }
    if (auto checked = Database::checkFile(probe.location); !checked) {
        probe.error = checked.error();
        probe.outcome = checked.error().code == Error::Code::NotADatabase ? Probe::Outcome::NotQalam
                                                                          : Probe::Outcome::Failed;
        return probe;
    }

    const QString name = QStringLiteral("qalam-probe-%1").arg(s_probeCounter.fetchAndAddRelaxed(1));
    const auto removeConnection = qScopeGuard([&name] { QSqlDatabase::removeDatabase(name); });
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(probe.location);
    // Only read: the test never creates, upgrades or locks the file for long.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    const auto unreadable = [&probe](const QString &detail) {
        probe.outcome = Probe::Outcome::NotQalam;
        probe.error = Error{Error::Code::NotADatabase,
                            tr("%1 is not a readable Qalam database.").arg(probe.location), detail};
        return probe;
    };
    if (!db.open())
        return unreadable(db.lastError().text());
    QSqlError error;
    if (const auto version = singleValue(db, QStringLiteral("SELECT sqlite_version()"), &error))
        probe.serverVersion = version->toString();
    const auto schema = schemaVersionOf(db, dialect, &error);
    const auto tables = singleValue(db, dialect.tableCountQuery(), &error);
    if (!schema || !tables)
        return unreadable(error.text());
    probe.schemaVersion = *schema;
    if (!classifySchema(probe, db, tables->toLongLong(),
                        tr("%1 is an SQLite database of another program, not Qalam's.").arg(probe.location),
                        &error))
        return unreadable(error.text());
    db.close();
    return probe;
}

} // namespace Qalam
