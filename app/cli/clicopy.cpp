// qalam-cli db copy: a whole database into an empty one of either backend.
#include "app/cli/cliapp.h"

#include "app/core/secretstore.h"
#include "app/storage/database.h"
#include "app/storage/databasecopy.h"
#include "app/storage/serverlogin.h"

namespace Qalam {

int CliApp::cmdDbCopy()
{
    const QString from = optionValue("from");
    const QString to = optionValue("to");
    const Command *command = findCommand({QStringLiteral("db"), QStringLiteral("copy")});
    if (from.isEmpty() || to.isEmpty())
        return usageError(tr("\"db copy\" needs --from and --to."), command);
    // Server URLs without a password take the ones `db login` stored.
    SecretStore secrets;
    const auto storedFor = [this, &secrets](const QString &location) {
        if (!Database::isServerUrl(location) || ServerLogin::carriesPassword(location))
            return QString();
        auto stored = ServerLogin::storedPassword(location, secrets);
        if (!stored) {
            err(tr("The stored password could not be read (%1); PGPASSWORD or ~/.pgpass are used instead.")
                    .arg(stored.error().message));
            return QString();
        }
        return stored->value_or(QString());
    };
    auto source = DatabaseCopy::openSource(from, storedFor(from));
    if (!source)
        return fail(source.error());
    m_database = *source;
    // The copy reads the accounts too: an administrator of the source signs
    // in (a single desk's source has nobody to sign in).
    if (auto signedIn = signIn(*source); !signedIn)
        return fail(signedIn.error());
    auto report = DatabaseCopy::copy(*source, to, m_actor, storedFor(to));
    if (!report)
        return fail(report.error());
    if (m_json) {
        outJson(report->toJson());
        return Ok;
    }
    const DatabaseFingerprint &copied = report->copied;
    QString text =
        tr("Copied %1 to %2 (schema %3):").arg(report->from, report->to).arg(copied.schemaVersion) + u'\n';
    qsizetype width = 0;
    for (const TableFingerprint &t : copied.tables)
        width = std::max(width, t.name.size());
    for (const TableFingerprint &t : copied.tables)
        text += QStringLiteral("  %1 %2  sha256:%3\n")
                    .arg(t.name, -int(width))
                    .arg(t.rows, 8)
                    .arg(t.checksum.left(16));
    text += tr("  photo originals: %1 (%2 bytes)").arg(copied.photoOriginals).arg(copied.photoBytes) + u'\n';
    text += (report->verified ? tr("Verified: every table's rows and every photo original match the source.")
                              : tr("Not verified.")) +
            u'\n';
    out(text);
    return Ok;
}

} // namespace Qalam
