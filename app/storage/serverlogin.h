#pragma once

#include "app/core/result.h"
#include "app/storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

namespace Qalam {

class SecretStore;

// The login to a team database server: the password kept in the OS keychain
// (through SecretStore) under a key made of the server URL's scheme, user,
// host, port and database — never its password or query options, so changing
// ?sslmode= keeps the password — and the connection test of the Database
// dialog and `qalam-cli db login`. Stateless; every call that touches the
// keychain or the server blocks, so call it from qalam-cli or a worker
// thread, never from the GUI thread.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::ServerLogin)

public:
    // The parts of a server URL the Database dialog edits, and back.
    struct Address
    {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString sslMode;                             // "" = libpq's default (prefer)
        QString sslRootCert;                         // the CA certificate file for verify-ca/verify-full
        QList<QPair<QString, QString>> otherOptions; // connect_timeout, application_name, …

        // postgresql://USER@HOST:PORT/DATABASE?sslmode=…&sslrootcert=…
        QString url() const;
        // std::nullopt for a file path or a URL Database would refuse.
        static std::optional<Address> fromUrl(const QString &url);
    };

    // What the connection test found out about a location.
    struct Probe
    {
        enum class Outcome {
            Ready,        // a Qalam database (an older schema is upgraded on opening)
            Empty,        // reachable and empty: Qalam creates its tables (or the file)
            Unreachable,  // no answer: server stopped, wrong host or port, network
            LoginRefused, // the server answered and refused the user or the password
            NoDatabase,   // the server has no database of that name
            NotQalam,     // another program's tables, or a file that is not SQLite
            TooNew,       // written by a newer Qalam
            Failed,       // anything else (an unwritable folder, a TLS setting, …)
        };
        Outcome outcome = Outcome::Failed;
        QString location; // as shown: the file's path, or the URL without a password
        bool server = false;
        QString serverVersion; // "15.4"; SQLite's version for a file
        bool tls = false;
        QString tlsVersion; // "TLSv1.3"
        int schemaVersion = -1;
        int latestSchemaVersion = 0;
        qint64 articles = -1;
        Error error; // what went wrong, for outcomes that are not usable

        // Qalam can work on it (Ready or Empty).
        bool usable() const { return outcome == Outcome::Ready || outcome == Outcome::Empty; }
        // The login worked, whatever the database holds.
        bool loggedIn() const;
        // One translated line: "Connected to PostgreSQL 15.4 over TLS (TLSv1.3);
        // Qalam database, schema 10, 1,234 articles." or what went wrong.
        QString summary() const;
    };

    // "postgresql://user@host:5432/dbname"; empty for a file path or an
    // unusable URL.
    static QString keychainKey(const QString &location);
    // A server URL that carries its own password.
    static bool carriesPassword(const QString &location);

    // The stored password of a server URL; std::nullopt when none is stored
    // (or `location` is a file).
    static Result<std::optional<QString>> storedPassword(const QString &location, SecretStore &secrets);
    static Result<void> storePassword(const QString &location, const QString &password, SecretStore &secrets);
    // Removes the stored password; none stored is no error.
    static Result<void> forgetPassword(const QString &location, SecretStore &secrets);

    // Database::open with the stored password for a server URL that carries
    // none (libpq's PGPASSWORD and ~/.pgpass otherwise). A keychain that
    // cannot be read is reported in `keychainProblem` (when given) and the
    // database is opened without it.
    static Result<std::shared_ptr<Database>> open(const QString &location, Database::Migration migration,
                                                  SecretStore &secrets, QString *keychainProblem = nullptr);

    // Opens a throw-away connection to `location` (a file is only read, never
    // created or upgraded) with `password` (empty: the URL's, else libpq's)
    // and reports what a user needs to know.
    static Probe probe(const QString &location, const QString &password = QString());

private:
    static Probe probeServer(const QString &location, const QString &password);
    static Probe probeFile(const QString &location);
    static bool classifySchema(Probe &probe, QSqlDatabase &db, qint64 tables, const QString &notQalam,
                               QSqlError *error);
};

} // namespace Qalam
