#include "app/core/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Qalam {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "qalam.publish.secrets", QtWarningMsg)

enum Operation { ReadOp, WriteOp, DeleteOp };

// Once a keychain job never finished, every later job would queue behind
// it (QtKeychain runs one at a time): the keychain is absent for this run.
std::atomic<bool> s_keychainStuck{false};

constexpr QFileDevice::Permissions s_privateMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions s_othersMode = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

// "0644", as chmod writes it.
QString modeText(QFileDevice::Permissions p)
{
    auto digit = [p](QFileDevice::Permission r, QFileDevice::Permission w, QFileDevice::Permission x) {
        return QString::number((p.testFlag(r) ? 4 : 0) + (p.testFlag(w) ? 2 : 0) + (p.testFlag(x) ? 1 : 0));
    };
    return u'0' + digit(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner) +
           digit(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup) +
           digit(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther);
}

const QString s_label = QStringLiteral(
    "Qalam's secrets (publishing endpoints, database server passwords), kept here because no keychain "
    "service was available. Only your account may read this file (mode 0600); Qalam refuses it when "
    "others may. Remove a secret with \"qalam-cli endpoint remove NAME\" or \"qalam-cli --db URL db "
    "logout\".");

} // namespace

struct SecretStore::KeychainAnswer
{
    KeychainState state = KeychainState::Failed;
    QString text;  // the secret read
    QString error; // the keychain's own message
};

SecretStore::SecretStore()
{
    const QString backend = qEnvironmentVariable("QALAM_SECRETS_BACKEND").trimmed().toLower();
    if (backend == u"file")
        m_requested = Backend::File;
    else if (backend == u"keychain")
        m_requested = Backend::Keychain;
    const QString file = qEnvironmentVariable("QALAM_SECRETS_FILE");
    m_filePath = file.isEmpty() ? defaultFilePath() : file;
}

QString SecretStore::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("secrets.json"));
}

QString SecretStore::keychainService(Kind kind)
{
    return kind == Kind::DatabaseServer ? QStringLiteral("Qalam database servers")
                                        : QStringLiteral("Qalam publishing endpoints");
}

QString SecretStore::backend() const
{
    if (!m_lastBackend.isEmpty())
        return m_lastBackend;
    return m_requested == Backend::File ? QStringLiteral("file") : QStringLiteral("keychain");
}

SecretStore::KeychainAnswer SecretStore::runKeychain(int operation, const QString &endpoint,
                                                     const QString &secret)
{
    KeychainAnswer answer;
    if (s_keychainStuck) {
        answer.state = KeychainState::Unavailable;
        answer.error = tr("The keychain did not answer earlier in this run.");
        return answer;
    }
    std::unique_ptr<QKeychain::Job> job;
    switch (operation) {
    case ReadOp:
        job = std::make_unique<QKeychain::ReadPasswordJob>(keychainService(m_kind));
        break;
    case WriteOp: {
        auto write = std::make_unique<QKeychain::WritePasswordJob>(keychainService(m_kind));
        write->setTextData(secret);
        job = std::move(write);
        break;
    }
    default:
        job = std::make_unique<QKeychain::DeletePasswordJob>(keychainService(m_kind));
        break;
    }
    job->setKey(endpoint);
    job->setAutoDelete(false);
    // QtKeychain's own fallback is a plain QSettings file with no mode
    // check: never. Qalam's fallback is the labelled file below.
    job->setInsecureFallback(false);

    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop]() {
        finished = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start();
    timer.start(m_timeoutMs);
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        // The job may still call back: let it delete itself whenever it ends.
        QObject::disconnect(job.get(), nullptr, &loop, nullptr);
        job.release()->setAutoDelete(true);
        s_keychainStuck = true;
        answer.state = KeychainState::Unavailable;
        answer.error = tr("The keychain did not answer within %n seconds.", nullptr, m_timeoutMs / 1000);
        return answer;
    }
    answer.error = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        answer.state = KeychainState::Ok;
        if (operation == ReadOp)
            answer.text = static_cast<QKeychain::ReadPasswordJob *>(job.get())->textData();
        break;
    case QKeychain::EntryNotFound:
        answer.state = KeychainState::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        // A keychain that is there and said no: never a reason to write the
        // secret somewhere weaker.
        answer.state = KeychainState::Failed;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // No keychain service answers: on Linux without a Secret Service or
        // KWallet, QtKeychain reports OtherError ("Unknown error") or
        // NoBackendAvailable.
        answer.state = KeychainState::Unavailable;
        break;
    }
    if (answer.state == KeychainState::Unavailable)
        qCInfo(lcSecrets, "No keychain service (%s): the fallback file is used.", qPrintable(answer.error));
    return answer;
}

Result<void> SecretStore::store(const QString &endpoint, const QString &secret)
{
    m_fallbackReason.clear();
    if (endpoint.isEmpty())
        return Error{Error::Code::InvalidInput, tr("A secret needs the endpoint it belongs to."), {}};
    if (secret.isEmpty())
        return Error{Error::Code::InvalidInput, tr("The secret for \"%1\" is empty.").arg(endpoint), {}};
    if (m_requested != Backend::File) {
        const KeychainAnswer answer = runKeychain(WriteOp, endpoint, secret);
        if (answer.state == KeychainState::Ok) {
            m_lastBackend = QStringLiteral("keychain");
            // A copy left in the file from a run without a keychain goes.
            if (m_requested == Backend::Automatic && QFileInfo::exists(m_filePath))
                if (auto r = removeFromFile(endpoint); !r)
                    qCWarning(lcSecrets, "An older copy of a secret could not be removed from the file: %s",
                              qPrintable(r.error().message));
            return {};
        }
        if (m_requested == Backend::Keychain || answer.state != KeychainState::Unavailable)
            return Error{Error::Code::Io,
                         tr("The secret for \"%1\" could not be stored in the keychain; nothing was stored.")
                             .arg(endpoint),
                         answer.error};
        m_fallbackReason = answer.error;
    }
    m_lastBackend = QStringLiteral("file");
    return storeInFile(endpoint, secret);
}

Result<std::optional<QString>> SecretStore::read(const QString &endpoint)
{
    m_fallbackReason.clear();
    if (m_requested != Backend::File) {
        const KeychainAnswer answer = runKeychain(ReadOp, endpoint, {});
        if (answer.state == KeychainState::Ok) {
            m_lastBackend = QStringLiteral("keychain");
            return std::optional<QString>(answer.text);
        }
        if (m_requested == Backend::Keychain) {
            m_lastBackend = QStringLiteral("keychain");
            if (answer.state == KeychainState::NotFound)
                return std::optional<QString>();
            return Error{Error::Code::Io,
                         tr("The secret for \"%1\" could not be read from the keychain.").arg(endpoint),
                         answer.error};
        }
        if (answer.state == KeychainState::Failed)
            return Error{Error::Code::Io,
                         tr("The secret for \"%1\" could not be read from the keychain.").arg(endpoint),
                         answer.error};
        if (answer.state == KeychainState::NotFound) {
            // Stored in a run without a keychain, perhaps.
            m_lastBackend = QStringLiteral("keychain");
            if (!QFileInfo::exists(m_filePath))
                return std::optional<QString>();
            auto fromFile = readFromFile(endpoint);
            if (fromFile && fromFile->has_value())
                m_lastBackend = QStringLiteral("file");
            return fromFile;
        }
        m_fallbackReason = answer.error;
    }
    m_lastBackend = QStringLiteral("file");
    return readFromFile(endpoint);
}

Result<void> SecretStore::remove(const QString &endpoint)
{
    m_fallbackReason.clear();
    if (m_requested != Backend::File) {
        const KeychainAnswer answer = runKeychain(DeleteOp, endpoint, {});
        m_lastBackend = QStringLiteral("keychain");
        if (answer.state == KeychainState::Failed ||
            (m_requested == Backend::Keychain && answer.state == KeychainState::Unavailable))
            return Error{Error::Code::Io,
                         tr("The secret for \"%1\" could not be removed from the keychain.").arg(endpoint),
                         answer.error};
        if (m_requested == Backend::Keychain)
            return {};
        if (answer.state == KeychainState::Unavailable) {
            m_fallbackReason = answer.error;
            m_lastBackend = QStringLiteral("file");
        }
    } else {
        m_lastBackend = QStringLiteral("file");
    }
    // Wherever it was: the file too.
    if (!QFileInfo::exists(m_filePath))
        return {};
    return removeFromFile(endpoint);
}

namespace {

// The secrets in the file, by endpoint; refuses a file others may read.
Result<QJsonObject> readSecretsFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QJsonObject();
    const QFileDevice::Permissions mode = info.permissions();
    bool ours = true;
#ifdef Q_OS_UNIX
    ours = info.ownerId() == uint(::geteuid());
#endif
    if ((mode & s_othersMode) || !ours)
        return Error{
            Error::Code::Denied,
            SecretStore::tr("The secrets file %1 may be read by other users (mode %2), so Qalam does "
                            "not use it. Make it private (chmod 600 %1) and change the passwords and "
                            "tokens it holds if others could have read them.")
                .arg(path, modeText(mode)),
            QStringLiteral("secrets-file-mode")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, SecretStore::tr("The secrets file %1 cannot be read.").arg(path),
                     file.errorString()};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error{Error::Code::Io,
                     SecretStore::tr("The secrets file %1 is damaged; nothing in it was used. Store the "
                                     "endpoints' secrets again.")
                         .arg(path),
                     parseError.errorString()}; // the parser's message quotes no content
    return doc.object().value(QStringLiteral("secrets")).toObject();
}

Result<void> writeSecretsFile(const QString &path, const QJsonObject &secrets)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{Error::Code::Io,
                     SecretStore::tr("The folder for the secrets file, %1, cannot be created.")
                         .arg(info.absolutePath()),
                     {}};
    if (!info.exists()) {
        // Created private from the start: no moment in which others could open it.
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly, s_privateMode) ||
            !create.setPermissions(s_privateMode))
            return Error{Error::Code::Io, SecretStore::tr("The secrets file %1 cannot be created.").arg(path),
                         create.errorString()};
        create.close();
    }
    // The save file copies the (private) mode of the file it replaces; it is
    // set once more before anything is written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(s_privateMode))
        return Error{Error::Code::Io, SecretStore::tr("The secrets file %1 cannot be written.").arg(path),
                     file.errorString()};
    const QJsonObject root{{QStringLiteral("about"), s_label},
                           {QStringLiteral("format"), 1},
                           {QStringLiteral("secrets"), secrets}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Code::Io, SecretStore::tr("The secrets file %1 cannot be written.").arg(path),
                     file.errorString()};
    return {};
}

} // namespace

Result<void> SecretStore::storeInFile(const QString &endpoint, const QString &secret)
{
    auto secrets = readSecretsFile(m_filePath);
    if (!secrets)
        return secrets.error();
    QJsonObject changed = *secrets;
    changed.insert(endpoint, secret);
    return writeSecretsFile(m_filePath, changed);
}

Result<std::optional<QString>> SecretStore::readFromFile(const QString &endpoint)
{
    auto secrets = readSecretsFile(m_filePath);
    if (!secrets)
        return secrets.error();
    const QJsonValue value = secrets->value(endpoint);
    if (!value.isString())
        return std::optional<QString>();
    return std::optional<QString>(value.toString());
}

Result<void> SecretStore::removeFromFile(const QString &endpoint)
{
    auto secrets = readSecretsFile(m_filePath);
    if (!secrets)
        return secrets.error();
    if (!secrets->contains(endpoint))
        return {};
    QJsonObject changed = *secrets;
    changed.remove(endpoint);
    return writeSecretsFile(m_filePath, changed);
}

} // namespace Qalam
