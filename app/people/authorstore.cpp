#include "app/people/authorstore.h"

#include "app/storage/database.h"
#include "app/storage/keptquery.h"
#include "app/workflow/permissions.h"

#include <QBuffer>
#include <QCollator>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace Qalam {

namespace {

const QString s_nameOrderKey = QStringLiteral("newsroom.name_order");
constexpr int s_avatarSide = 256;
constexpr qsizetype s_maxAvatarBytes = 20 * 1024 * 1024;

// What two spellings of one name have in common: case, runs of spaces and
// ё/е do not count ("колмакова  виктория" is "Колмакова Виктория").
QString folded(const QString &text)
{
    QString s = text.simplified().toLower();
    s.replace(u'ё', u'е');
    return s;
}

QString nameOrderKey(NameOrder order)
{
    return order == NameOrder::GivenFamily ? QStringLiteral("given-family") : QStringLiteral("family-given");
}

// The name as stored in `authors.name`: family name first, whatever the
// newsroom prints (bylines are made from the parts).
QString canonicalName(const Author &a)
{
    if (a.familyName.isEmpty())
        return a.givenName;
    if (a.givenName.isEmpty())
        return a.familyName;
    return a.familyName + u' ' + a.givenName;
}

// Both orders of a name, folded; legacy rows without parts are split the
// way Author::fillNameParts does.
QStringList nameKeys(Author a)
{
    a.fillNameParts();
    QStringList keys = {folded(canonicalName(a))};
    if (!a.familyName.isEmpty() && !a.givenName.isEmpty())
        keys.append(folded(a.givenName + u' ' + a.familyName));
    return keys;
}

const char *s_authorColumns = "id, name, position, region, family_name, given_name, desk, bio_ru, bio_kk,"
                              " bio_en, avatar, email, phone, links, active";

Author authorFromRow(const QSqlQuery &q, NameOrder order)
{
    Author a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.position = q.value(2).toString();
    a.region = q.value(3).toString();
    a.familyName = q.value(4).toString();
    a.givenName = q.value(5).toString();
    a.desk = q.value(6).toString();
    a.bioRu = q.value(7).toString();
    a.bioKk = q.value(8).toString();
    a.bioEn = q.value(9).toString();
    a.avatarPng = q.value(10).toByteArray();
    a.email = q.value(11).toString();
    a.phone = q.value(12).toString();
    for (const auto &link : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array())
        a.links.append(link.toString());
    a.active = q.value(14).toBool();
    // Authors added before profiles existed (or by a byline) have only the
    // stored name, family name first.
    a.fillNameParts();
    a.name = a.bylineName(order);
    return a;
}

// A PNG of at most 256×256 from the PNG or JPEG the caller gave (EXIF
// orientation applied, metadata dropped).
Result<QByteArray> normalizedAvatar(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QByteArray();
    const Error refused{Error::Code::InvalidInput,
                        AuthorStore::tr("The author's photo must be a PNG or JPEG picture of at most 20 MB."),
                        {}};
    if (bytes.size() > s_maxAvatarBytes)
        return refused;
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    QImageReader reader(&in);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg")
        return refused;
    QImage image = reader.read();
    if (image.isNull())
        return Error{Error::Code::InvalidInput,
                     AuthorStore::tr("The author's photo could not be read; it may be damaged. Try another "
                                     "PNG or JPEG file."),
                     reader.errorString()};
    if (image.width() > s_avatarSide || image.height() > s_avatarSide)
        image = image.scaled(s_avatarSide, s_avatarSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    if (!image.save(&out, "PNG"))
        return Error{Error::Code::Io, AuthorStore::tr("The author's photo could not be converted."), {}};
    return png;
}

QStringList cleanLinks(const QStringList &links)
{
    QStringList out;
    for (const QString &link : links) {
        const QString clean = link.trimmed();
        if (!clean.isEmpty() && !out.contains(clean))
            out.append(clean);
    }
    return out;
}

// Name parts from what the caller gave: the parts when set, else `name` split
// in the newsroom's order (family name first: the first word; given name
// first: the last word is the family name).
Result<Author> normalized(Author a, NameOrder order)
{
    a.familyName = nn(a.familyName.simplified());
    a.givenName = nn(a.givenName.simplified());
    if (a.familyName.isEmpty() && a.givenName.isEmpty()) {
        const QString name = a.name.simplified();
        const qsizetype space = order == NameOrder::FamilyGiven ? name.indexOf(u' ') : name.lastIndexOf(u' ');
        if (space < 0) {
            a.familyName = name;
        } else if (order == NameOrder::FamilyGiven) {
            a.familyName = name.left(space);
            a.givenName = name.mid(space + 1);
        } else {
            a.givenName = name.left(space);
            a.familyName = name.mid(space + 1);
        }
    }
    if (a.familyName.isEmpty() && a.givenName.isEmpty())
        return Error{Error::Code::InvalidInput, AuthorStore::tr("An author needs a name."), {}};
    a.name = canonicalName(a);
    for (QString *field : {&a.position, &a.region, &a.desk, &a.email, &a.phone})
        *field = nn(field->simplified());
    for (QString *field : {&a.bioRu, &a.bioKk, &a.bioEn})
        *field = nn(field->trimmed());
    a.links = cleanLinks(a.links);
    auto avatar = normalizedAvatar(a.avatarPng);
    if (!avatar)
        return avatar.error();
    a.avatarPng = *avatar;
    return a;
}

void bindProfile(QSqlQuery &q, const Author &a)
{
    q.bindValue(QStringLiteral(":name"), a.name);
    q.bindValue(QStringLiteral(":position"), a.position);
    q.bindValue(QStringLiteral(":region"), a.region);
    q.bindValue(QStringLiteral(":family_name"), a.familyName);
    q.bindValue(QStringLiteral(":given_name"), a.givenName);
    q.bindValue(QStringLiteral(":desk"), a.desk);
    q.bindValue(QStringLiteral(":bio_ru"), a.bioRu);
    q.bindValue(QStringLiteral(":bio_kk"), a.bioKk);
    q.bindValue(QStringLiteral(":bio_en"), a.bioEn);
    q.bindValue(QStringLiteral(":avatar"), a.avatarPng.isEmpty() ? QVariant() : QVariant(a.avatarPng));
    q.bindValue(QStringLiteral(":email"), a.email);
    q.bindValue(QStringLiteral(":phone"), a.phone);
    q.bindValue(
        QStringLiteral(":links"),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.links)).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":active"), a.active ? 1 : 0);
}

Result<NameOrder> readNameOrder(QSqlDatabase &db)
{
    KeptQuery q(db, QStringLiteral("SELECT value FROM editor_state WHERE key = :key"));
    q->bindValue(QStringLiteral(":key"), s_nameOrderKey);
    if (auto r = execChecked(*q, AuthorStore::tr("The newsroom settings could not be read.")); !r)
        return r.error();
    if (q->next() && q->value(0).toString() == nameOrderKey(NameOrder::GivenFamily))
        return NameOrder::GivenFamily;
    return NameOrder::FamilyGiven;
}

Result<QList<Author>> readAll(QSqlDatabase &db, NameOrder order)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM authors").arg(QLatin1String(s_authorColumns)));
    if (auto r = execChecked(q, AuthorStore::tr("The author profiles could not be read.")); !r)
        return r.error();
    QList<Author> authors;
    while (q.next())
        authors.append(authorFromRow(q, order));
    return authors;
}

// Another profile with this name in either order: the directory and
// findByName() must tell people apart.
Result<void> checkNameIsFree(QSqlDatabase &db, const Author &candidate)
{
    auto all = readAll(db, NameOrder::FamilyGiven);
    if (!all)
        return all.error();
    const QStringList keys = nameKeys(candidate);
    for (const Author &other : std::as_const(*all)) {
        if (other.id == candidate.id)
            continue;
        for (const QString &key : nameKeys(other)) {
            if (keys.contains(key))
                return Error{
                    Error::Code::Conflict,
                    AuthorStore::tr("There is already a profile for %1 (author %2). Edit that profile, "
                                    "or tell the two apart, for example by a middle name.")
                        .arg(other.name)
                        .arg(other.id),
                    {}};
        }
    }
    return {};
}

} // namespace

AuthorStore::AuthorStore(std::shared_ptr<Database> database, Actor actor, const Clock *clock)
    : m_database(std::move(database)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<QList<Author>> AuthorStore::list(const QString &search)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    if (auto r = Permissions::authorize(*conn, m_actor, Action::Read); !r)
        return r.error();
    QSqlDatabase db = *conn;
    const auto order = readNameOrder(db);
    if (!order)
        return order.error();
    auto all = readAll(db, *order);
    if (!all)
        return all.error();
    QList<Author> authors = std::move(all).value();

    const QStringList words = folded(search).split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        QList<Author> matching;
        for (const Author &a : std::as_const(authors)) {
            const QString haystack =
                folded(QStringList{a.familyName, a.givenName, a.position, a.region, a.desk}.join(u' '));
            if (std::all_of(words.cbegin(), words.cend(),
                            [&haystack](const QString &w) { return haystack.contains(w); }))
                matching.append(a);
        }
        authors = matching;
    }
    // Russian collation: Cyrillic before Latin, ё beside е, the Kazakh letters
    // after their Russian neighbours; the same order whatever the UI language.
    QCollator collator{QLocale(QLocale::Russian, QLocale::Russia)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(authors.begin(), authors.end(), [&collator](const Author &x, const Author &y) {
        if (const int family = collator.compare(x.familyName, y.familyName); family != 0)
            return family < 0;
        if (const int given = collator.compare(x.givenName, y.givenName); given != 0)
            return given < 0;
        return x.id < y.id;
    });
    return authors;
}

Result<Author> AuthorStore::author(qint64 id)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    const auto order = readNameOrder(db);
    if (!order)
        return order.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM authors WHERE id = :id").arg(QLatin1String(s_authorColumns)));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto r = execChecked(q, tr("The author profile could not be read.")); !r)
        return r.error();
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no author %1.").arg(id), {}};
    return authorFromRow(q, *order);
}

Result<Author> AuthorStore::findByName(const QString &name)
{
    const QString wanted = folded(name);
    if (wanted.isEmpty())
        return Error{Error::Code::InvalidInput, tr("Give an author's name to look for."), {}};
    auto all = list();
    if (!all)
        return all.error();
    // The stored order first: with two legacy profiles "Иван Петров" and
    // "Петров Иван" the one written exactly so wins.
    for (const Author &a : std::as_const(*all))
        if (nameKeys(a).constFirst() == wanted)
            return a;
    for (const Author &a : std::as_const(*all))
        if (nameKeys(a).contains(wanted))
            return a;
    return Error{Error::Code::NotFound, tr("There is no author named %1.").arg(name.simplified()), {}};
}

Result<Author> AuthorStore::add(Author author)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    if (auto r = Permissions::authorize(db, m_actor, Action::EditAuthor, nullptr, 0); !r)
        return r.error();
    const auto order = readNameOrder(db);
    if (!order)
        return order.error();
    author.id = 0;
    auto clean = normalized(std::move(author), *order);
    if (!clean)
        return clean.error();
    const Author &a = *clean;
    if (auto r = checkNameIsFree(db, a); !r)
        return r.error();

    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO authors (name, position, region, family_name, given_name, desk,"
                       " bio_ru, bio_kk, bio_en, avatar, email, phone, links, active, created)"
                       " VALUES (:name, :position, :region, :family_name, :given_name, :desk,"
                       " :bio_ru, :bio_kk, :bio_en, :avatar, :email, :phone, :links, :active, :created)"
                       " RETURNING id"));
    bindProfile(ins, a);
    ins.bindValue(QStringLiteral(":created"), toDbTime(m_clock->nowUtc()));
    auto inserted = execInsert(ins, tr("The profile of %1 could not be added.").arg(a.name));
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (auto r = tx.commit(); !r)
        return r.error();
    return this->author(id);
}

Result<Author> AuthorStore::update(const Author &author)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    if (auto r = Permissions::authorize(db, m_actor, Action::EditAuthor, nullptr, author.id); !r)
        return r.error();
    const auto order = readNameOrder(db);
    if (!order)
        return order.error();
    auto clean = normalized(author, *order);
    if (!clean)
        return clean.error();
    const Author &a = *clean;
    if (auto r = checkNameIsFree(db, a); !r)
        return r.error();

    QSqlQuery upd(db);
    upd.prepare(QStringLiteral("UPDATE authors SET name = :name, position = :position, region = :region,"
                               " family_name = :family_name, given_name = :given_name, desk = :desk,"
                               " bio_ru = :bio_ru, bio_kk = :bio_kk, bio_en = :bio_en, avatar = :avatar,"
                               " email = :email, phone = :phone, links = :links, active = :active"
                               " WHERE id = :id"));
    bindProfile(upd, a);
    upd.bindValue(QStringLiteral(":id"), a.id);
    if (auto r = execChecked(upd, tr("The profile of %1 could not be saved.").arg(a.name)); !r)
        return r.error();
    if (upd.numRowsAffected() != 1)
        return Error{Error::Code::NotFound, tr("There is no author %1.").arg(a.id), {}};
    if (auto r = tx.commit(); !r)
        return r.error();
    return this->author(a.id);
}

namespace {

// Counts for one author or all: bylines on unpublished articles, and the
// publications of the month [monthStart, nextMonth) (ISO text compares in
// time order).
Result<QList<AuthorStats>> readStats(QSqlDatabase &db, const QDate &today, qint64 onlyAuthor)
{
    const QDate monthStart(today.year(), today.month(), 1);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT au.id,"
                       " (SELECT count(*) FROM article_authors aa JOIN articles a ON a.id = aa.article_id"
                       "   WHERE aa.author_id = au.id AND a.status <> 'published'),"
                       " (SELECT count(*) FROM article_authors aa JOIN articles a ON a.id = aa.article_id"
                       "   WHERE aa.author_id = au.id AND a.published_at >= :from AND a.published_at < :to),"
                       " (SELECT max(a.published_at) FROM article_authors aa"
                       "   JOIN articles a ON a.id = aa.article_id"
                       "   WHERE aa.author_id = au.id AND a.published_at <> '')"
                       " FROM authors au %1 ORDER BY au.id")
            .arg(onlyAuthor > 0 ? QStringLiteral("WHERE au.id = :id") : QString()));
    q.bindValue(QStringLiteral(":from"), monthStart.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), monthStart.addMonths(1).toString(Qt::ISODate));
    if (onlyAuthor > 0)
        q.bindValue(QStringLiteral(":id"), onlyAuthor);
    if (auto r = execChecked(q, AuthorStore::tr("The authors' article counts could not be read.")); !r)
        return r.error();
    QList<AuthorStats> stats;
    while (q.next()) {
        AuthorStats s;
        s.authorId = q.value(0).toLongLong();
        s.drafted = q.value(1).toInt();
        s.publishedThisMonth = q.value(2).toInt();
        s.lastPublished = fromDbTime(q.value(3));
        stats.append(s);
    }
    return stats;
}

} // namespace

Result<AuthorStats> AuthorStore::stats(qint64 authorId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    auto stats = readStats(db, m_clock->nowUtc().date(), authorId);
    if (!stats)
        return stats.error();
    if (authorId <= 0 || stats->isEmpty())
        return Error{Error::Code::NotFound, tr("There is no author %1.").arg(authorId), {}};
    return stats->constFirst();
}

Result<QList<AuthorStats>> AuthorStore::allStats()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    if (auto r = Permissions::authorize(*conn, m_actor, Action::Read); !r)
        return r.error();
    QSqlDatabase db = *conn;
    return readStats(db, m_clock->nowUtc().date(), 0);
}

Result<NameOrder> AuthorStore::nameOrder()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    return readNameOrder(db);
}

Result<void> AuthorStore::setNameOrder(NameOrder order)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r;
    if (auto r = Permissions::authorize(db, m_actor, Action::ManageSettings); !r)
        return r;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO editor_state (key, value) VALUES (:key, :value)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), s_nameOrderKey);
    q.bindValue(QStringLiteral(":value"), nameOrderKey(order));
    if (auto r = execChecked(q, tr("The byline name order could not be saved.")); !r)
        return r;
    return tx.commit();
}

} // namespace Qalam
