#pragma once

#include "app/storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace Qalam::Test {

// A fresh database file in its own temporary folder, removed with the object.
class TestDatabase
{
public:
    TestDatabase();
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Opens (and migrates) the file; fails the calling test when that fails.
    std::shared_ptr<Database> open();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace Qalam::Test
