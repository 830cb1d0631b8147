#include "app/people/password.h"

#include <QCryptographicHash>
#include <QList>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <optional>

namespace Qalam::Password {

namespace {

constexpr QByteArrayView s_scheme = "pbkdf2-sha512";
constexpr int s_saltBytes = 16;
constexpr int s_keyBytes = 64; // SHA-512's output: PBKDF2 gains nothing from more
// A stored hash that asks for more work than this is refused rather than run:
// a damaged or hostile row must not freeze sign-in for minutes.
constexpr int s_maxIterations = 10'000'000;

// The password's bytes: UTF-8 of its NFC form, so that "й" typed as one
// letter or as "и" + combining breve is the same password.
QByteArray passwordBytes(const QString &password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

QByteArray derive(const QString &password, const QByteArray &salt, int iterations, int keyBytes)
{
    QByteArray secret = passwordBytes(password);
    QByteArray key =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha512, secret, salt, iterations, keyBytes);
    secret.fill('\0'); // do not leave the clear text in freed memory longer than needed
    return key;
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

std::optional<Parsed> parse(const QByteArray &stored)
{
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 4 || parts.at(0) != s_scheme)
        return std::nullopt;
    bool ok = false;
    Parsed p;
    p.iterations = parts.at(1).toInt(&ok);
    if (!ok || p.iterations < 1 || p.iterations > s_maxIterations)
        return std::nullopt;
    const auto decode = [](const QByteArray &text) -> std::optional<QByteArray> {
        auto r = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!r)
            return std::nullopt;
        return *r;
    };
    const auto salt = decode(parts.at(2));
    const auto key = decode(parts.at(3));
    if (!salt || !key || salt->size() < 8 || key->size() < 16 || key->size() > s_keyBytes)
        return std::nullopt;
    p.salt = *salt;
    p.key = *key;
    return p;
}

} // namespace

QByteArray hash(const QString &password, int iterations)
{
    iterations = qBound(1, iterations, s_maxIterations);
    QByteArray salt(s_saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray key = derive(password, salt, iterations, s_keyBytes);
    return s_scheme.toByteArray() + '$' + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' +
           key.toBase64();
}

bool verify(const QString &password, const QByteArray &stored)
{
    const auto parsed = parse(stored);
    if (!parsed)
        return false;
    const QByteArray key = derive(password, parsed->salt, parsed->iterations, int(parsed->key.size()));
    return constantTimeEquals(key, parsed->key);
}

int iterationsOf(const QByteArray &stored)
{
    const auto parsed = parse(stored);
    return parsed ? parsed->iterations : 0;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    // No early exit: every byte is looked at whatever the first difference.
    // `volatile` keeps the compiler from turning the loop back into memcmp.
    const char *x = a.constData();
    const char *y = b.constData();
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference = difference | static_cast<unsigned char>(x[i] ^ y[i]);
    return difference == 0;
}

} // namespace Qalam::Password
