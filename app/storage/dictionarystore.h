#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Qalam {

class Database;

// The newsroom dictionary: words every editor's spellchecker accepts (names,
// places, local terms), per language, shared through the database (table
// newsroom_dictionary, schema 4). A value type like ArticleStore: copy it to
// a worker thread and use it there.
class DictionaryStore
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::DictionaryStore)

public:
    explicit DictionaryStore(std::shared_ptr<Database> database, const Clock *clock = &Clock::system(),
                             QString who = QString());

    Result<QStringList> words(const QString &language);
    // Adding a word twice is not an error; an empty word or an unknown
    // language is Error::Code::InvalidInput.
    Result<void> addWord(const QString &language, const QString &word);
    Result<void> removeWord(const QString &language, const QString &word);

private:
    std::shared_ptr<Database> m_database;
    const Clock *m_clock;
    QString m_who;
};

} // namespace Qalam
