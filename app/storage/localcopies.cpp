#include "app/storage/localcopies.h"

#include "app/core/logging.h"
#include "app/model/articledocument.h"
#include "app/storage/articlestore.h"
#include "app/text/documenthtml.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>

namespace Qalam {

namespace {

const int s_format = 1;

// Article ids are UUIDs; anything else still makes a safe file name.
QString fileNameFor(const QString &articleId)
{
    bool plain = !articleId.isEmpty() && articleId.size() <= 64;
    for (QChar c : articleId)
        plain = plain && c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-' || c == u'_');
    const QString base =
        plain
            ? articleId
            : QString::fromLatin1(
                  QCryptographicHash::hash(articleId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    return base + QStringLiteral(".json");
}

} // namespace

LocalCopies::LocalCopies(const QString &database, const QString &login) : m_database(database), m_login(login)
{
    // One folder per database and account: the same article id means nothing
    // in another database, and another account may not be allowed to edit it.
    const QByteArray key =
        QCryptographicHash::hash((database + u'\n' + login).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    m_folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                   .filePath(QStringLiteral("unsaved/") + QString::fromLatin1(key));
}

QString LocalCopies::pathFor(const QString &articleId) const
{
    return QDir(m_folder).filePath(fileNameFor(articleId));
}

Result<void> LocalCopies::keep(const Article &article, const QList<QByteArray> &sent, const QDateTime &nowUtc)
{
    if (!QDir().mkpath(m_folder))
        return Error{Error::Code::Io, tr("Cannot keep the unsaved text in %1.").arg(m_folder), {}};
    QJsonObject object = article.toJson();
    QJsonArray authorIds;
    for (const Author &author : article.authors)
        authorIds.append(author.id);
    object.insert(QStringLiteral("author_ids"), authorIds);
    object.insert(QStringLiteral("kept_at"), nowUtc.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("database"), m_database);
    object.insert(QStringLiteral("login"), m_login);
    object.insert(QStringLiteral("format"), s_format);
    QJsonArray sentKeys;
    for (const QByteArray &key : sent)
        sentKeys.append(QString::fromLatin1(key.toHex()));
    object.insert(QStringLiteral("sent"), sentKeys);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);

    // Only this account reads it: it may hold an unpublished story.
    QSaveFile file(pathFor(article.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
        return Error{Error::Code::Io, tr("Cannot keep the unsaved text in %1.").arg(m_folder),
                     file.errorString()};
    return {};
}

std::optional<LocalCopies::Copy> LocalCopies::read(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.isEmpty() || object.value(QStringLiteral("database")).toString() != m_database ||
        object.value(QStringLiteral("login")).toString() != m_login) {
        qCWarning(lcStorage) << "ignoring an unreadable copy of unsaved text:" << path;
        return std::nullopt;
    }
    Copy copy;
    copy.article = Article::fromJson(object);
    const QJsonArray ids = object.value(QStringLiteral("author_ids")).toArray();
    for (qsizetype i = 0; i < copy.article.authors.size() && i < ids.size(); ++i)
        copy.article.authors[i].id = ids.at(i).toInteger();
    copy.keptAt =
        QDateTime::fromString(object.value(QStringLiteral("kept_at")).toString(), Qt::ISODateWithMs).toUTC();
    for (const auto &key : object.value(QStringLiteral("sent")).toArray())
        copy.sent.append(QByteArray::fromHex(key.toString().toLatin1()));
    return copy;
}

std::optional<LocalCopies::Copy> LocalCopies::find(const QString &articleId) const
{
    auto copy = read(pathFor(articleId));
    if (copy && copy->article.id != articleId)
        return std::nullopt;
    return copy;
}

QList<LocalCopies::Copy> LocalCopies::all() const
{
    QList<Copy> copies;
    const QStringList names = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names) {
        if (auto copy = read(QDir(m_folder).filePath(name)))
            copies.append(*copy);
    }
    std::sort(copies.begin(), copies.end(), [](const Copy &a, const Copy &b) { return a.keptAt > b.keptAt; });
    return copies;
}

void LocalCopies::remove(const QString &articleId)
{
    QFile::remove(pathFor(articleId));
}

std::optional<Article> LocalCopies::restoreBase(const Copy &copy, const Article &stored)
{
    const QByteArray storedKey = ArticleStore::contentKey(stored);
    if (storedKey == ArticleStore::contentKey(copy.article))
        return std::nullopt;
    // Unchanged since, or changed by a save of this copy whose answer was lost.
    if (stored.version == copy.article.version || copy.sent.contains(storedKey))
        return stored;
    Article base = stored;
    base.version = copy.article.version;
    return base;
}

void LocalCopies::applyTo(ArticleDocument &document, const Article &kept)
{
    using Field = ArticleDocument::Field;
    document.setField(Field::Headline, kept.headline);
    document.setField(Field::Lead, kept.lead);
    document.setField(Field::Region, kept.region);
    document.setField(Field::Rubric, kept.rubric);
    document.setField(Field::Tags, kept.tags.join(QStringLiteral(", ")));
    document.setField(Field::Source, kept.source);
    document.setField(Field::Language, kept.language);
    document.setAuthors(kept.authors);
    document.setPullQuotes(kept.pullQuotes);

    QTextDocument body;
    DocumentHtml::load(body, kept.bodyHtml);
    if (DocumentHtml::toSubsetHtml(body) == DocumentHtml::toSubsetHtml(*document.body()))
        return;
    QTextCursor cursor(document.body());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.removeSelectedText();
    cursor.insertFragment(QTextDocumentFragment(&body));
    cursor.endEditBlock();
}

} // namespace Qalam
