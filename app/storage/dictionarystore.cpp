#include "app/storage/dictionarystore.h"

#include "app/model/article.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"

#include <QSqlQuery>

namespace Qalam {

namespace {

} // namespace

DictionaryStore::DictionaryStore(std::shared_ptr<Database> database, const Clock *clock, QString who)
    : m_database(std::move(database)), m_clock(clock),
      m_who(who.isEmpty() ? ArticleStore::currentAccount() : std::move(who))
{
}

namespace {

Result<void> checkLanguage(const QString &language)
{
    if (isSupportedLanguage(language))
        return {};
    return Error{Error::Code::InvalidInput,
                 DictionaryStore::tr("The newsroom dictionary has no language \"%1\"; use ru, kk or en.")
                     .arg(language),
                 {}};
}

// A word is what the spellchecker looks up: one token, without spaces around
// or inside it.
Result<QString> checkWord(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty())
        return Error{Error::Code::InvalidInput,
                     DictionaryStore::tr("An empty word cannot be added to the newsroom dictionary."),
                     {}};
    for (const QChar c : trimmed) {
        if (c.isSpace())
            return Error{Error::Code::InvalidInput,
                         DictionaryStore::tr("\"%1\" is more than one word. The newsroom dictionary holds "
                                             "single words: add each word on its own.")
                             .arg(trimmed),
                         {}};
    }
    return trimmed;
}

} // namespace

Result<QStringList> DictionaryStore::words(const QString &language)
{
    if (auto r = checkLanguage(language); !r)
        return r.error();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(
        QStringLiteral("SELECT word FROM newsroom_dictionary WHERE language = :language ORDER BY word"));
    q.bindValue(QStringLiteral(":language"), language);
    if (auto r = execChecked(q, tr("The newsroom dictionary could not be read; spelling is checked without "
                                   "the newsroom's words."));
        !r)
        return r.error();
    QStringList words;
    while (q.next())
        words.append(q.value(0).toString());
    return words;
}

Result<void> DictionaryStore::addWord(const QString &language, const QString &word)
{
    if (auto r = checkLanguage(language); !r)
        return r;
    const auto clean = checkWord(word);
    if (!clean)
        return clean.error();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    // A second editor adding the same word at the same moment is not a
    // conflict: the word is there either way.
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("INSERT INTO newsroom_dictionary (language, word, added_by, created)"
                             " VALUES (:language, :word, :added_by, :created)"
                             " ON CONFLICT (language, word) DO NOTHING"));
    q.bindValue(QStringLiteral(":language"), language);
    q.bindValue(QStringLiteral(":word"), *clean);
    q.bindValue(QStringLiteral(":added_by"), nn(m_who));
    q.bindValue(QStringLiteral(":created"), m_clock->nowUtc().toUTC().toString(Qt::ISODateWithMs));
    return execChecked(q, tr("\"%1\" could not be added to the newsroom dictionary; try again.").arg(*clean));
}

// Removing a word that is not there is not an error, like adding one twice:
// either way the word is gone afterwards.
Result<void> DictionaryStore::removeWord(const QString &language, const QString &word)
{
    if (auto r = checkLanguage(language); !r)
        return r;
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty())
        return Error{
            Error::Code::InvalidInput, tr("Choose a word to remove from the newsroom dictionary."), {}};
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("DELETE FROM newsroom_dictionary WHERE language = :language AND word = :word"));
    q.bindValue(QStringLiteral(":language"), language);
    q.bindValue(QStringLiteral(":word"), trimmed);
    return execChecked(
        q, tr("\"%1\" could not be removed from the newsroom dictionary; try again.").arg(trimmed));
}

} // namespace Qalam
