#include "tests/support/testdatabase.h"

#include <QStandardPaths>
#include <QTest>

namespace Qalam::Test {

TestDatabase::TestDatabase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("qalam.sqlite"));
}

std::shared_ptr<Database> TestDatabase::open()
{
    auto db = Database::open(m_path);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message + QStringLiteral(" / ") + db.error().detail), __FILE__,
                     __LINE__);
        return nullptr;
    }
    return *db;
}

} // namespace Qalam::Test
