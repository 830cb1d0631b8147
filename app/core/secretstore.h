#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Qalam {

// The secrets of publishing endpoints (application passwords, tokens,
// header values), filed under the endpoint's name: in the operating
// system's keychain through QtKeychain, or — where no keychain service runs
// (CI, a bare session) — in a clearly labelled fallback file readable only
// by the user (<AppDataLocation>/secrets.json, mode 0600; a file with a
// wider mode is refused). Never in the database, logs, Error::detail or
// command lines.
//
// Blocking: every call waits for its keychain job in a local event loop.
// Call it from qalam-cli or a worker thread, never from the GUI thread (a
// keychain may show an unlock prompt and take minutes). One instance per
// thread.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::SecretStore)

public:
    enum class Backend {
        Automatic, // the keychain; the file when no keychain service answers
        Keychain,  // the keychain only
        File,      // the fallback file only
    };

    // The backend comes from $QALAM_SECRETS_BACKEND ("keychain", "file";
    // anything else: automatic), the file from $QALAM_SECRETS_FILE, else
    // defaultFilePath().
    SecretStore();

    // What the secrets are for: the keychain files each kind under its own
    // service name, so that the user can tell them apart there.
    enum class Kind {
        PublishingEndpoint, // filed under the endpoint's name
        DatabaseServer,     // filed under the server's address (ServerLogin)
    };
    void setKind(Kind kind) { m_kind = kind; }
    Kind kind() const { return m_kind; }

    void setBackend(Backend backend) { m_requested = backend; }
    Backend requestedBackend() const { return m_requested; }
    void setFilePath(const QString &path) { m_filePath = path; }
    QString filePath() const { return m_filePath; }
    // How long a keychain job may take before the keychain counts as absent.
    void setKeychainTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    Result<void> store(const QString &endpoint, const QString &secret);
    // std::nullopt when no secret is stored for the endpoint.
    Result<std::optional<QString>> read(const QString &endpoint);
    // Removes the secret wherever it is; an absent secret is no error.
    Result<void> remove(const QString &endpoint);

    // "keychain" or "file": where the last call went (before any call, where
    // the next one goes first).
    QString backend() const;
    // Why the last call used the file although the keychain was asked
    // first: the keychain's own error text ("" when it did not).
    QString fallbackReason() const { return m_fallbackReason; }

    static QString defaultFilePath(); // <AppDataLocation>/secrets.json
    // The service name entries of `kind` are filed under in the keychain.
    static QString keychainService(Kind kind = Kind::PublishingEndpoint);

private:
    enum class KeychainState { Ok, NotFound, Unavailable, Failed };
    struct KeychainAnswer;
    KeychainAnswer runKeychain(int operation, const QString &endpoint, const QString &secret);

    Result<void> storeInFile(const QString &endpoint, const QString &secret);
    Result<std::optional<QString>> readFromFile(const QString &endpoint);
    Result<void> removeFromFile(const QString &endpoint);

    Backend m_requested = Backend::Automatic;
    Kind m_kind = Kind::PublishingEndpoint;
    QString m_filePath;
    int m_timeoutMs = 20000;
    QString m_lastBackend;
    QString m_fallbackReason;
};

} // namespace Qalam
