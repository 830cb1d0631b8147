// qalam-cli db login / db logout: a team database's password in the keychain.
#include "app/cli/cliapp.h"

#include "app/core/datalocation.h"
#include "app/core/secretstore.h"
#include "app/storage/database.h"
#include "app/storage/serverlogin.h"

#include <cstdio>
#include <optional>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Qalam {

namespace {

// One line from standard input, without its line break; on a terminal typed
// without echo after a prompt on stderr. std::nullopt when nothing came.
std::optional<QString> readPasswordLine(const QString &prompt)
{
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    const bool quieted = terminal && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        const QByteArray promptBytes = prompt.toUtf8();
        std::fwrite(promptBytes.constData(), 1, size_t(promptBytes.size()), stderr);
        std::fflush(stderr);
    }
    if (quieted) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#else
    Q_UNUSED(prompt)
#endif
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n' && line.size() < 4096)
        line.push_back(char(c));
#ifdef Q_OS_UNIX
    if (quieted)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (terminal)
        std::fputc('\n', stderr);
#endif
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (line.empty())
        return std::nullopt;
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}

} // namespace

int CliApp::cmdDbLogin()
{
    const Command *command = findCommand({QStringLiteral("db"), QStringLiteral("login")});
    const QString location = DataLocation::databasePath(optionValue("db"));
    if (!Database::isServerUrl(location))
        return usageError(tr("\"db login\" is for a team database: give --db "
                             "postgresql://USER@HOST:PORT/DATABASE (a file needs no password)."),
                          command);
    if (ServerLogin::carriesPassword(location))
        return usageError(tr("Leave the password out of the URL: \"db login\" reads it from standard input."),
                          command);
    const QString key = ServerLogin::keychainKey(location);
    if (key.isEmpty())
        return fail(ServerLogin::probe(location).error); // the URL's own fault, before any connection
    const std::optional<QString> password = readPasswordLine(tr("Password for %1: ").arg(key));
    if (!password)
        return usageError(tr("\"db login\" read no password: type it, or pipe it into qalam-cli."), command);

    // Checked before it is kept: a refused or unreachable login stores nothing.
    const ServerLogin::Probe probe = ServerLogin::probe(location, *password);
    if (!probe.loggedIn())
        return fail(probe.error);
    SecretStore secrets;
    if (auto stored = ServerLogin::storePassword(location, *password, secrets); !stored)
        return fail(stored.error());
    if (m_json) {
        outJson(QJsonObject{{QStringLiteral("key"), key},
                            {QStringLiteral("secret_backend"), secrets.backend()},
                            {QStringLiteral("server_version"), probe.serverVersion},
                            {QStringLiteral("tls"), probe.tls},
                            {QStringLiteral("schema_version"), probe.schemaVersion},
                            {QStringLiteral("articles"), probe.articles},
                            {QStringLiteral("summary"), probe.summary()}});
        return Ok;
    }
    QString where;
    if (secrets.backend() == u"file")
        where =
            tr("The password for %1 is stored in the fallback file %2 (readable only by you), because no "
               "keychain service answered%3.")
                .arg(key, secrets.filePath(),
                     secrets.fallbackReason().isEmpty() ? QString()
                                                        : QStringLiteral(": ") + secrets.fallbackReason());
    else
        where = tr("The password for %1 is stored in the keychain.").arg(key);
    out(where + u'\n' + probe.summary() + u'\n');
    return Ok;
}

int CliApp::cmdDbLogout()
{
    const Command *command = findCommand({QStringLiteral("db"), QStringLiteral("logout")});
    const QString location = DataLocation::databasePath(optionValue("db"));
    if (!Database::isServerUrl(location))
        return usageError(tr("\"db logout\" is for a team database: give --db "
                             "postgresql://USER@HOST:PORT/DATABASE."),
                          command);
    const QString key = ServerLogin::keychainKey(location);
    if (key.isEmpty())
        return fail(ServerLogin::probe(location).error);
    SecretStore secrets;
    if (auto forgotten = ServerLogin::forgetPassword(location, secrets); !forgotten)
        return fail(forgotten.error());
    if (m_json)
        outJson(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("stored"), false}});
    else
        out(tr("The password for %1 is no longer stored.").arg(key) + u'\n');
    return Ok;
}

} // namespace Qalam
