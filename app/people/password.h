#pragma once

#include <QByteArray>
#include <QString>

namespace Qalam {

// Password hashing for user accounts: PBKDF2-HMAC-SHA-512 (QPasswordDigestor)
// with a random 16-byte salt per password. The stored form names its own
// parameters, so the iteration count can be raised later without breaking old
// hashes:  pbkdf2-sha512$<iterations>$<salt base64>$<key base64>
namespace Password {

// OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-512.
constexpr int DefaultIterations = 210000;

QByteArray hash(const QString &password, int iterations = DefaultIterations);
// True when `password` matches `stored`. The keys are compared in constant
// time; a malformed `stored` never matches.
bool verify(const QString &password, const QByteArray &stored);
// The iteration count a stored hash was made with (0 when malformed).
int iterationsOf(const QByteArray &stored);
// Compares two byte strings in time that depends only on their lengths.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace Password
} // namespace Qalam
