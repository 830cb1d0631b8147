#include "app/people/password.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qalam;

namespace {

// Low enough for a quick test; the stored form records it either way.
constexpr int s_testIterations = 1000;

QList<QByteArray> partsOf(const QByteArray &stored)
{
    return stored.split('$');
}

} // namespace

class TestPassword : public QObject
{
    Q_OBJECT

private slots:
    void storedForm();
    void differentSaltsForTheSamePassword();
    void verifyMatchesOnlyTheRightPassword_data();
    void verifyMatchesOnlyTheRightPassword();
    void unicodeNormalisation();
    void malformedHashesNeverMatch_data();
    void malformedHashesNeverMatch();
    void iterationsRecorded();
    void defaultIterations();
    void constantTimeEquals();
    void constantTimeEqualsDoesNotStopEarly();
};

void TestPassword::storedForm()
{
    const QByteArray stored = Password::hash(QStringLiteral("Пароль-2026!"), s_testIterations);
    const QList<QByteArray> parts = partsOf(stored);
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts[0], QByteArray("pbkdf2-sha512"));
    QCOMPARE(parts[1], QByteArray::number(s_testIterations));
    const auto salt = QByteArray::fromBase64Encoding(parts[2], QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts[3], QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(salt);
    QVERIFY(key);
    QCOMPARE((*salt).size(), 16);
    QCOMPARE((*key).size(), 64);
    QVERIFY(!stored.contains("Пароль"));
    QVERIFY(!stored.contains(QStringLiteral("Пароль-2026!").toUtf8()));
}

void TestPassword::differentSaltsForTheSamePassword()
{
    const QString password = QStringLiteral("одинаковый пароль");
    QSet<QByteArray> salts, keys;
    for (int i = 0; i < 5; ++i) {
        const QByteArray stored = Password::hash(password, s_testIterations);
        QVERIFY(Password::verify(password, stored));
        salts.insert(partsOf(stored)[2]);
        keys.insert(partsOf(stored)[3]);
    }
    QCOMPARE(salts.size(), 5);
    QCOMPARE(keys.size(), 5);
}

void TestPassword::verifyMatchesOnlyTheRightPassword_data()
{
    QTest::addColumn<QString>("tried");
    QTest::addColumn<bool>("matches");
    QTest::newRow("right") << QStringLiteral("Қарағанды-2026") << true;
    QTest::newRow("other case") << QStringLiteral("қарағанды-2026") << false;
    QTest::newRow("one letter off") << QStringLiteral("Караганды-2026") << false;
    QTest::newRow("trailing space") << QStringLiteral("Қарағанды-2026 ") << false;
    QTest::newRow("prefix") << QStringLiteral("Қарағанды") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPassword::verifyMatchesOnlyTheRightPassword()
{
    QFETCH(QString, tried);
    QFETCH(bool, matches);
    static const QByteArray s_stored = Password::hash(QStringLiteral("Қарағанды-2026"), s_testIterations);
    QCOMPARE(Password::verify(tried, s_stored), matches);
}

void TestPassword::unicodeNormalisation()
{
    // "й" typed as one letter or as "и" + combining breve is one password.
    const QByteArray stored = Password::hash(QStringLiteral("мой пароль"), s_testIterations);
    QVERIFY(Password::verify(QStringLiteral("мои\u0306 пароль"), stored));
    QVERIFY(!Password::verify(QStringLiteral("мои пароль"), stored));
}

void TestPassword::malformedHashesNeverMatch_data()
{
    const QByteArray good = Password::hash(QStringLiteral("секретный"), s_testIterations);
    const QList<QByteArray> p = partsOf(good);
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("the password in clear") << QByteArray("секретный");
    QTest::newRow("scheme only") << QByteArray("pbkdf2-sha512");
    QTest::newRow("other scheme") << QByteArray("pbkdf2-sha256$" + p[1] + '$' + p[2] + '$' + p[3]);
    QTest::newRow("zero iterations") << QByteArray(p[0] + "$0$" + p[2] + '$' + p[3]);
    QTest::newRow("negative iterations") << QByteArray(p[0] + "$-1000$" + p[2] + '$' + p[3]);
    QTest::newRow("iterations not a number") << QByteArray(p[0] + "$lots$" + p[2] + '$' + p[3]);
    QTest::newRow("absurd iterations") << QByteArray(p[0] + "$2000000000$" + p[2] + '$' + p[3]);
    QTest::newRow("salt not base64") << QByteArray(p[0] + '$' + p[1] + "$!!!!$" + p[3]);
    QTest::newRow("key not base64") << QByteArray(p[0] + '$' + p[1] + '$' + p[2] + "$**");
    QTest::newRow("empty key") << QByteArray(p[0] + '$' + p[1] + '$' + p[2] + '$');
    QTest::newRow("short key") << QByteArray(p[0] + '$' + p[1] + '$' + p[2] + '$' + p[3].left(8));
    QTest::newRow("missing key") << QByteArray(p[0] + '$' + p[1] + '$' + p[2]);
    QTest::newRow("extra part") << QByteArray(good + "$x");
    QTest::newRow("key of other password")
        << QByteArray(p[0] + '$' + p[1] + '$' + p[2] + '$' +
                      partsOf(Password::hash(QStringLiteral("другой"), s_testIterations))[3]);
}

void TestPassword::malformedHashesNeverMatch()
{
    QFETCH(QByteArray, stored);
    QVERIFY(!Password::verify(QStringLiteral("секретный"), stored));
    if (QByteArray(QTest::currentDataTag()) != "key of other password")
        QCOMPARE(Password::iterationsOf(stored), 0);
}

void TestPassword::iterationsRecorded()
{
    for (int iterations : {1, 1234, 5000}) {
        const QByteArray stored = Password::hash(QStringLiteral("пароль-пароль"), iterations);
        QCOMPARE(Password::iterationsOf(stored), iterations);
        QVERIFY(Password::verify(QStringLiteral("пароль-пароль"), stored));
    }
    // A hash made with more work still verifies: stored hashes name their own cost.
    QVERIFY(Password::verify(QStringLiteral("пароль-пароль"),
                             Password::hash(QStringLiteral("пароль-пароль"), 3 * s_testIterations)));
}

// The one test that pays for the real work factor.
void TestPassword::defaultIterations()
{
    QCOMPARE(Password::DefaultIterations, 210000);
    QElapsedTimer timer;
    timer.start();
    const QByteArray stored = Password::hash(QStringLiteral("Колмакова-2026"));
    const qint64 hashMs = timer.elapsed();
    QCOMPARE(Password::iterationsOf(stored), Password::DefaultIterations);
    timer.restart();
    QVERIFY(Password::verify(QStringLiteral("Колмакова-2026"), stored));
    QVERIFY(!Password::verify(QStringLiteral("Колмакова-2025"), stored));
    qInfo("one hash at %d iterations: %lld ms; two verifications: %lld ms", Password::DefaultIterations,
          hashMs, timer.elapsed());
}

void TestPassword::constantTimeEquals()
{
    QVERIFY(Password::constantTimeEquals(QByteArray(), QByteArray()));
    QVERIFY(Password::constantTimeEquals(QByteArray("abc"), QByteArray("abc")));
    QVERIFY(!Password::constantTimeEquals(QByteArray("abc"), QByteArray("abd")));
    QVERIFY(!Password::constantTimeEquals(QByteArray("abc"), QByteArray("bbc")));
    QVERIFY(!Password::constantTimeEquals(QByteArray("abc"), QByteArray("abcd")));
    QVERIFY(!Password::constantTimeEquals(QByteArray("abc"), QByteArray()));
    QByteArray zeros(64, '\0');
    QByteArray oneBit = zeros;
    oneBit[63] = '\x01';
    QVERIFY(!Password::constantTimeEquals(zeros, oneBit));
    oneBit[63] = '\0';
    oneBit[0] = '\x80';
    QVERIFY(!Password::constantTimeEquals(zeros, oneBit));
}

// A comparison that stops at the first difference answers a mismatch in the
// first byte far sooner than one in the last. Timed on 1 MB, best of many
// runs (the least disturbed), the two must be of one order.
void TestPassword::constantTimeEqualsDoesNotStopEarly()
{
    const QByteArray a(1024 * 1024, 'x');
    QByteArray firstDiffers = a;
    firstDiffers[0] = 'y';
    QByteArray lastDiffers = a;
    lastDiffers[lastDiffers.size() - 1] = 'y';
    const auto best = [&a](const QByteArray &b) {
        qint64 bestNs = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer timer;
            timer.start();
            const bool equal = Password::constantTimeEquals(a, b);
            const qint64 ns = timer.nsecsElapsed();
            if (equal)
                return qint64(-1);
            bestNs = std::min(bestNs, ns);
        }
        return bestNs;
    };
    const qint64 first = best(firstDiffers);
    const qint64 last = best(lastDiffers);
    QVERIFY(first > 0 && last > 0);
    qInfo("1 MB compare: first byte differs %lld µs, last byte differs %lld µs", first / 1000, last / 1000);
    QVERIFY2(first * 4 > last, "a difference in the first byte was found much sooner than one in the last");
}

QTEST_GUILESS_MAIN(TestPassword)
#include "tst_password.moc"
