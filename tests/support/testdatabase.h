#pragma once

#include "app/storage/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Qalam::Test {

// A fresh database for one test, removed with the object: an SQLite file in
// its own temporary folder or, when QALAM_TEST_BACKEND=postgresql, a new
// database on the server QALAM_TEST_PG_URL names (scripts/postgres.sh start),
// dropped afterwards. Tests written against path() and open() run on both.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // What Database::open takes: the file's path, or the database's URL.
    QString path() const { return m_path; }
    // A temporary folder of the test's own, on either backend.
    QString dir() const { return m_dir.path(); }
    // Opens (and migrates) the database; fails the calling test when that fails.
    std::shared_ptr<Database> open();
    // Everything the database keeps, as far as a test can read it: the SQLite
    // file with its WAL, shared memory and journal, byte for byte; on a server
    // every row of every table as text. For "this never reaches the database".
    QByteArray storedBytes() const;

    // This process runs its tests on PostgreSQL (QALAM_TEST_BACKEND).
    static bool isPostgres();
    // Empty when the requested backend can run here; otherwise why not.
    static QString unavailableReason();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_serverDatabase; // PostgreSQL: the database created for this object
    QString m_photoCache;
};

} // namespace Qalam::Test

// In initTestCase(): skips the whole test when its backend cannot run here (a
// PostgreSQL run without QALAM_TEST_PG_URL), except on CI (CI set), which must
// run both backends and so fails instead.
#define QALAM_REQUIRE_TEST_BACKEND()                                                                         \
    do {                                                                                                     \
        const QString qalamWhy = Qalam::Test::TestDatabase::unavailableReason();                             \
        if (!qalamWhy.isEmpty()) {                                                                           \
            if (qEnvironmentVariableIsSet("CI"))                                                             \
                QFAIL(qPrintable(qalamWhy));                                                                 \
            QSKIP(qPrintable(qalamWhy));                                                                     \
        }                                                                                                    \
    } while (false)

// A test about the SQLite file itself (its bytes, WAL, raw SQLite access).
#define QALAM_SQLITE_ONLY(why)                                                                               \
    do {                                                                                                     \
        if (Qalam::Test::TestDatabase::isPostgres())                                                         \
            QSKIP("SQLite only: " why);                                                                      \
    } while (false)
