#include "app/storage/photostore.h"

#include "app/media/photofile.h"
#include "app/storage/changefeed.h"
#include "app/storage/database.h"
#include "app/workflow/permissions.h"
#include "app/workflow/workflow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace Qalam {

namespace {

QString consentToJson(const UgcConsent &c)
{
    const QJsonObject o{{QStringLiteral("contributor"), c.contributor},
                        {QStringLiteral("contact"), c.contact},
                        {QStringLiteral("channel"), c.channel},
                        {QStringLiteral("permission"), c.permission},
                        {QStringLiteral("granted"), c.granted},
                        {QStringLiteral("date"), c.date.toString(Qt::ISODate)},
                        {QStringLiteral("scope"), QJsonArray::fromStringList(c.scope)},
                        {QStringLiteral("expires"), c.expires.toString(Qt::ISODate)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

UgcConsent consentFromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    UgcConsent c;
    c.contributor = o.value(QStringLiteral("contributor")).toString();
    c.contact = o.value(QStringLiteral("contact")).toString();
    c.channel = o.value(QStringLiteral("channel")).toString();
    c.permission = o.value(QStringLiteral("permission")).toString();
    c.granted = o.value(QStringLiteral("granted")).toBool();
    c.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    for (const auto &v : o.value(QStringLiteral("scope")).toArray())
        c.scope.append(v.toString());
    c.expires = QDate::fromString(o.value(QStringLiteral("expires")).toString(), Qt::ISODate);
    return c;
}

const char *s_photoColumns =
    "id, sha256, file_name, mime, width, height, caption, alt, credit_source, credit_type,"
    " creator, licence, has_gps, taken, camera, orientation, consent";

Photo photoFromRow(const QSqlQuery &q, int offset = 0)
{
    Photo p;
    p.id = q.value(offset + 0).toLongLong();
    p.sha256 = q.value(offset + 1).toString();
    p.fileName = q.value(offset + 2).toString();
    p.mimeType = q.value(offset + 3).toString();
    p.width = q.value(offset + 4).toInt();
    p.height = q.value(offset + 5).toInt();
    p.caption = q.value(offset + 6).toString();
    p.alt = q.value(offset + 7).toString();
    p.creditSource = q.value(offset + 8).toString();
    p.creditType = creditTypeFromKey(q.value(offset + 9).toString());
    p.creator = q.value(offset + 10).toString();
    p.licence = q.value(offset + 11).toString();
    p.hasGps = q.value(offset + 12).toBool();
    p.taken = QDateTime::fromString(q.value(offset + 13).toString(), Qt::ISODate);
    p.camera = q.value(offset + 14).toString();
    p.orientation = q.value(offset + 15).toInt();
    p.consent = consentFromJson(q.value(offset + 16).toString());
    return p;
}

// Tells the other desks (ChangeFeed) that the article's photos changed; at
// the commit of the caller's transaction, nothing on a rollback.
Result<void> announcePhotos(QSqlDatabase &db, const QString &articleId, const Actor &actor)
{
    return ChangeFeed::announce(db, articleId, QStringLiteral("photos"), actor.login);
}

} // namespace

PhotoStore::PhotoStore(std::shared_ptr<Database> database, const Clock *clock, Actor actor)
    : m_database(std::move(database)), m_clock(clock), m_actor(std::move(actor))
{
}

QString PhotoStore::originalsFolder() const
{
    return m_database->photoFolder();
}

QString PhotoStore::originalPath(const QString &sha256) const
{
    const QString path = QDir(originalsFolder()).filePath(sha256.left(2) + u'/' + sha256);
    if (m_database->dialect().keepsPhotoOriginals() && !QFileInfo::exists(path))
        (void)fetchOriginal(sha256, path);
    return path;
}

Result<void> PhotoStore::fetchOriginal(const QString &sha256, const QString &path) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT data FROM photo_originals WHERE sha256 = :sha"));
    q.bindValue(QStringLiteral(":sha"), sha256);
    if (auto r = execChecked(q, tr("The photo could not be read.")); !r)
        return r;
    if (!q.next())
        return Error{
            Error::Code::NotFound, tr("The database holds no original for photo %1.").arg(sha256), {}};
    const QByteArray bytes = q.value(0).toByteArray();
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Code::Io, tr("Cannot copy the photo into %1.").arg(originalsFolder()),
                     file.errorString()};
    return {};
}

Result<QList<Photo>> PhotoStore::query(QSqlQuery &q)
{
    if (auto r = execChecked(q, tr("The photos could not be read.")); !r)
        return r.error();
    QList<Photo> photos;
    while (q.next())
        photos.append(photoFromRow(q));
    return photos;
}

Result<Photo> PhotoStore::photo(qint64 id)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT %1 FROM photos WHERE id = :id").arg(QLatin1String(s_photoColumns)));
    q.bindValue(QStringLiteral(":id"), id);
    auto rows = query(q);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{Error::Code::NotFound, tr("There is no photo %1.").arg(id), {}};
    return rows->first();
}

Result<Photo> PhotoStore::importFile(const QString &path)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    {
        QSqlDatabase db = *conn;
        if (auto r = Permissions::authorize(db, m_actor, Action::AttachPhoto); !r)
            return r.error();
    }
    auto info = PhotoFile::inspect(path);
    if (!info)
        return info.error();
    const QString sha = QString::fromLatin1(info->sha256);
    {
        QSqlQuery existing(*conn);
        existing.prepare(
            QStringLiteral("SELECT %1 FROM photos WHERE sha256 = :sha").arg(QLatin1String(s_photoColumns)));
        existing.bindValue(QStringLiteral(":sha"), sha);
        auto rows = query(existing);
        if (!rows)
            return rows.error();
        if (!rows->isEmpty())
            return rows->first(); // the same picture, imported once
    }
    // The original first, then its row: a crash in between leaves an unused
    // file, never a row without its picture.
    const QString target = originalPath(sha);
    if (!QFileInfo::exists(target)) {
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error{Error::Code::Io,
                         tr("Cannot create the photo folder %1.").arg(QFileInfo(target).absolutePath()),
                         {}};
        QFile source(path);
        QSaveFile copy(target);
        if (!source.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly))
            return Error{Error::Code::Io, tr("Cannot copy %1 into the photo folder.").arg(path),
                         source.errorString() + u' ' + copy.errorString()};
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            if (copy.write(chunk) != chunk.size())
                return Error{Error::Code::Io, tr("Cannot copy %1 into the photo folder.").arg(path),
                             copy.errorString()};
        }
        if (!copy.commit())
            return Error{Error::Code::Io, tr("Cannot copy %1 into the photo folder.").arg(path),
                         copy.errorString()};
    }
    if (m_database->dialect().keepsPhotoOriginals()) {
        QFile original(target);
        if (!original.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io, tr("Cannot read %1.").arg(target), original.errorString()};
        QSqlQuery keep(*conn);
        keep.prepare(QStringLiteral("INSERT INTO photo_originals (sha256, data) VALUES (:sha, :data)"
                                    " ON CONFLICT (sha256) DO NOTHING"));
        keep.bindValue(QStringLiteral(":sha"), sha);
        keep.bindValue(QStringLiteral(":data"), original.readAll());
        if (auto r = execChecked(keep, tr("The photo could not be stored.")); !r)
            return r.error();
    }
    Photo p;
    p.sha256 = sha;
    p.fileName = QFileInfo(path).fileName();
    p.mimeType = info->mimeType;
    p.width = info->width;
    p.height = info->height;
    const PhotoMetadata &m = info->metadata;
    p.caption = m.caption;
    p.creator = m.creator;
    p.creditSource = m.credit.isEmpty() ? m.source : m.credit;
    p.licence = m.copyright;
    p.hasGps = m.hasGps;
    p.taken = m.taken;
    p.camera = m.camera;
    p.orientation = m.orientation;

    QSqlQuery ins(*conn);
    ins.prepare(QStringLiteral("INSERT INTO photos (sha256, file_name, mime, width, height, caption, alt, "
                               "credit_source, credit_type,"
                               " creator, licence, has_gps, taken, camera, orientation, consent, created)"
                               " VALUES (:sha, :file, :mime, :w, :h, :caption, :alt, :source, :type, "
                               ":creator, :licence, :gps, :taken,"
                               " :camera, :orientation, :consent, :created)"
                               " ON CONFLICT (sha256) DO NOTHING RETURNING id"));
    ins.bindValue(QStringLiteral(":sha"), p.sha256);
    ins.bindValue(QStringLiteral(":file"), nn(p.fileName));
    ins.bindValue(QStringLiteral(":mime"), nn(p.mimeType));
    ins.bindValue(QStringLiteral(":w"), p.width);
    ins.bindValue(QStringLiteral(":h"), p.height);
    ins.bindValue(QStringLiteral(":caption"), nn(p.caption));
    ins.bindValue(QStringLiteral(":alt"), nn(p.alt));
    ins.bindValue(QStringLiteral(":source"), nn(p.creditSource));
    ins.bindValue(QStringLiteral(":type"), p.creditType ? creditTypeKey(*p.creditType) : QStringLiteral(""));
    ins.bindValue(QStringLiteral(":creator"), nn(p.creator));
    ins.bindValue(QStringLiteral(":licence"), nn(p.licence));
    ins.bindValue(QStringLiteral(":gps"), p.hasGps ? 1 : 0);
    ins.bindValue(QStringLiteral(":taken"),
                  nn(p.taken.isValid() ? p.taken.toString(Qt::ISODate) : QString()));
    ins.bindValue(QStringLiteral(":camera"), nn(p.camera));
    ins.bindValue(QStringLiteral(":orientation"), p.orientation);
    ins.bindValue(QStringLiteral(":consent"), consentToJson(p.consent));
    ins.bindValue(QStringLiteral(":created"), m_clock->nowUtc().toString(Qt::ISODateWithMs));
    if (auto r = execChecked(ins, tr("The photo could not be stored.")); !r)
        return r.error();
    if (ins.next()) {
        p.id = ins.value(0).toLongLong();
        ins.finish();
        return p;
    }
    // Another desk imported the same picture meanwhile: that one it is.
    ins.finish();
    QSqlQuery existing(*conn);
    existing.prepare(
        QStringLiteral("SELECT %1 FROM photos WHERE sha256 = :sha").arg(QLatin1String(s_photoColumns)));
    existing.bindValue(QStringLiteral(":sha"), sha);
    auto rows = query(existing);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{Error::Code::Database, tr("The photo could not be stored."), {}};
    return rows->first();
}

Result<void> PhotoStore::authorizeOn(QSqlDatabase &db, const QString &articleId, int action)
{
    auto facts = Permissions::facts(db, articleId);
    if (!facts)
        return facts.error();
    return Permissions::authorize(db, m_actor, Action(action), &*facts);
}

Result<void> PhotoStore::attach(const QString &articleId, qint64 photoId, bool lead)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r;
    if (auto r = authorizeOn(db, articleId, int(Action::AttachPhoto)); !r)
        return r;
    if (lead) {
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("UPDATE photo_uses SET is_lead = 0 WHERE article_id = :article"));
        clear.bindValue(QStringLiteral(":article"), articleId);
        if (auto r = execChecked(clear, tr("The photo could not be attached.")); !r)
            return r;
    }
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO photo_uses (article_id, photo_id, ord, is_lead)"
        " VALUES (:article, :photo, (SELECT coalesce(max(ord), -1) + 1 FROM photo_uses WHERE article_id = "
        ":article2),"
        " :lead)"
        " ON CONFLICT(article_id, photo_id) DO UPDATE SET is_lead ="
        " CASE WHEN excluded.is_lead = 1 OR photo_uses.is_lead = 1 THEN 1 ELSE 0 END"));
    ins.bindValue(QStringLiteral(":article"), articleId);
    ins.bindValue(QStringLiteral(":photo"), photoId);
    ins.bindValue(QStringLiteral(":article2"), articleId);
    ins.bindValue(QStringLiteral(":lead"), lead ? 1 : 0);
    if (auto r = execChecked(ins, tr("The photo could not be attached to the article.")); !r)
        return r;
    if (auto r = announcePhotos(db, articleId, m_actor); !r)
        return r;
    return tx.commit();
}

Result<void> PhotoStore::detach(const QString &articleId, qint64 photoId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r;
    if (auto r = authorizeOn(db, articleId, int(Action::EditPhotos)); !r)
        return r;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM photo_uses WHERE article_id = :article AND photo_id = :photo"));
    q.bindValue(QStringLiteral(":article"), articleId);
    q.bindValue(QStringLiteral(":photo"), photoId);
    if (auto r = execChecked(q, tr("The photo could not be removed from the article.")); !r)
        return r;
    if (auto r = announcePhotos(db, articleId, m_actor); !r)
        return r;
    return tx.commit();
}

Result<void> PhotoStore::setLead(const QString &articleId, qint64 photoId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r;
    if (auto r = authorizeOn(db, articleId, int(Action::EditPhotos)); !r)
        return r;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE photo_uses SET is_lead = CASE WHEN photo_id = :photo THEN 1 ELSE 0 END"
                             " WHERE article_id = :article"));
    q.bindValue(QStringLiteral(":photo"), photoId);
    q.bindValue(QStringLiteral(":article"), articleId);
    if (auto r = execChecked(q, tr("The lead photo could not be set.")); !r)
        return r;
    if (auto r = announcePhotos(db, articleId, m_actor); !r)
        return r;
    return tx.commit();
}

Result<void> PhotoStore::reorder(const QString &articleId, const QList<qint64> &photoIds)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r;
    if (auto r = authorizeOn(db, articleId, int(Action::EditPhotos)); !r)
        return r;
    QSqlQuery current(db);
    current.prepare(QStringLiteral("SELECT photo_id FROM photo_uses WHERE article_id = :article"));
    current.bindValue(QStringLiteral(":article"), articleId);
    if (auto r = execChecked(current, tr("The photos could not be read.")); !r)
        return r;
    QList<qint64> have;
    while (current.next())
        have.append(current.value(0).toLongLong());
    QList<qint64> sortedHave = have, sortedGiven = photoIds;
    std::sort(sortedHave.begin(), sortedHave.end());
    std::sort(sortedGiven.begin(), sortedGiven.end());
    if (sortedHave != sortedGiven)
        return Error{
            Error::Code::Conflict,
            tr("The article's photos changed meanwhile; the order was not saved. Reload and try again."),
            {}};
    for (qsizetype i = 0; i < photoIds.size(); ++i) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE photo_uses SET ord = :ord WHERE article_id = :article AND photo_id = :photo"));
        q.bindValue(QStringLiteral(":ord"), int(i));
        q.bindValue(QStringLiteral(":article"), articleId);
        q.bindValue(QStringLiteral(":photo"), photoIds.at(i));
        if (auto r = execChecked(q, tr("The photo order could not be saved.")); !r)
            return r;
    }
    if (auto r = announcePhotos(db, articleId, m_actor); !r)
        return r;
    return tx.commit();
}

Result<QList<PhotoUse>> PhotoStore::photosOf(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    if (auto r = Permissions::authorize(*conn, m_actor, Action::Read); !r)
        return r.error();
    QSqlQuery q(*conn);
    QString columns;
    for (const QString &c : QString::fromLatin1(s_photoColumns).split(u','))
        columns +=
            (columns.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("p.") + c.trimmed();
    q.prepare(
        QStringLiteral("SELECT %1, u.ord, u.is_lead FROM photo_uses u JOIN photos p ON p.id = u.photo_id"
                       " WHERE u.article_id = :article ORDER BY u.ord")
            .arg(columns));
    q.bindValue(QStringLiteral(":article"), articleId);
    if (auto r = execChecked(q, tr("The photos could not be read.")); !r)
        return r.error();
    QList<PhotoUse> uses;
    while (q.next())
        uses.append({photoFromRow(q), q.value(17).toInt(), q.value(18).toBool()});
    return uses;
}

Result<Photo> PhotoStore::update(const Photo &p)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    auto before = photo(p.id);
    if (!before)
        return before.error();
    // Every article using the photo must allow the change.
    QSqlQuery uses(db);
    uses.prepare(QStringLiteral("SELECT article_id FROM photo_uses WHERE photo_id = :id"));
    uses.bindValue(QStringLiteral(":id"), p.id);
    if (auto r = execChecked(uses, tr("The photos could not be read.")); !r)
        return r.error();
    QStringList articles;
    while (uses.next())
        articles.append(uses.value(0).toString());
    QList<ArticleFacts> facts;
    for (const QString &articleId : std::as_const(articles)) {
        auto f = Permissions::facts(db, articleId);
        if (!f)
            return f.error();
        if (auto r = Permissions::authorize(db, m_actor, Action::EditPhotos, &*f); !r)
            return r.error();
        facts.append(*f);
    }
    if (articles.isEmpty()) {
        if (auto r = Permissions::authorize(db, m_actor, Action::AttachPhoto); !r)
            return r.error();
    }
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE photos SET caption = :caption, alt = :alt, credit_source = :source,"
                       " credit_type = :type, creator = :creator, licence = :licence, consent = :consent"
                       " WHERE id = :id"));
    q.bindValue(QStringLiteral(":caption"), nn(p.caption.trimmed()));
    q.bindValue(QStringLiteral(":alt"), nn(p.alt.trimmed()));
    q.bindValue(QStringLiteral(":source"), nn(p.creditSource.trimmed()));
    q.bindValue(QStringLiteral(":type"), p.creditType ? creditTypeKey(*p.creditType) : QStringLiteral(""));
    q.bindValue(QStringLiteral(":creator"), nn(p.creator.trimmed()));
    q.bindValue(QStringLiteral(":licence"), nn(p.licence.trimmed()));
    q.bindValue(QStringLiteral(":consent"), consentToJson(p.consent));
    q.bindValue(QStringLiteral(":id"), p.id);
    if (auto r = execChecked(q, tr("The photo could not be saved.")); !r)
        return r.error();
    if (q.numRowsAffected() != 1)
        return Error{Error::Code::NotFound, tr("There is no photo %1.").arg(p.id), {}};
    auto after = photo(p.id);
    if (!after)
        return after.error();
    // A changed caption or credit voids the approval of the articles using
    // it, unless the newsroom lets photo edits keep approvals.
    auto workflowSettings = Workflow::readSettings(db);
    if (!workflowSettings)
        return workflowSettings.error();
    if (*after != *before && !workflowSettings->photoEditsKeepApproval) {
        for (qsizetype i = 0; i < articles.size(); ++i) {
            if (facts.at(i).status != ArticleStatus::Approved)
                continue;
            QSqlQuery status(db);
            status.prepare(
                QStringLiteral("UPDATE articles SET status = 'in_review', publish_at = '' WHERE id = :id"));
            status.bindValue(QStringLiteral(":id"), articles.at(i));
            if (auto r = execChecked(status, tr("The photo could not be saved.")); !r)
                return r.error();
            auto revisionId = Workflow::currentRevisionId(db, articles.at(i));
            if (!revisionId)
                return revisionId.error();
            AuditEntry entry;
            entry.articleId = articles.at(i);
            entry.at = m_clock->nowUtc();
            entry.who = m_actor.login;
            entry.action = QStringLiteral("approval-voided");
            entry.from = ArticleStatus::Approved;
            entry.to = ArticleStatus::InReview;
            entry.revisionId = *revisionId;
            entry.detail = QJsonObject{{QStringLiteral("photo"), p.id}};
            if (auto r = Workflow::appendAudit(db, entry); !r)
                return r.error();
        }
    }
    if (*after != *before)
        for (const QString &articleId : std::as_const(articles))
            if (auto r = announcePhotos(db, articleId, m_actor); !r)
                return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return after;
}

Result<PhotoSettings> PhotoStore::settings()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT value FROM editor_state WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), QStringLiteral("newsroom.photo_settings"));
    if (auto r = execChecked(q, tr("The photo settings could not be read.")); !r)
        return r.error();
    PhotoSettings settings;
    if (!q.next())
        return settings;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    settings.creditTemplate = o.value(QStringLiteral("credit_template")).toString(settings.creditTemplate);
    settings.longestEdge =
        qBound(16, o.value(QStringLiteral("longest_edge")).toInt(settings.longestEdge), 20000);
    settings.quality = qBound(1, o.value(QStringLiteral("quality")).toInt(settings.quality), 100);
    settings.stripAll = o.value(QStringLiteral("strip_all")).toBool(settings.stripAll);
    return settings;
}

Result<void> PhotoStore::setSettings(const PhotoSettings &settings)
{
    if (!settings.creditTemplate.contains(QStringLiteral("{source}")))
        return Error{Error::Code::InvalidInput, tr("The credit template must contain {source}."), {}};
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    if (auto r = Permissions::authorize(db, m_actor, Action::ManageSettings); !r)
        return r;
    const QJsonObject o{{QStringLiteral("credit_template"), settings.creditTemplate},
                        {QStringLiteral("longest_edge"), settings.longestEdge},
                        {QStringLiteral("quality"), settings.quality},
                        {QStringLiteral("strip_all"), settings.stripAll}};
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("INSERT INTO editor_state (key, value) VALUES (:key, :value)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), QStringLiteral("newsroom.photo_settings"));
    q.bindValue(QStringLiteral(":value"), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    return execChecked(q, tr("The photo settings could not be saved."));
}

Result<QList<Photo>> PhotoStore::search(const QString &text)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    if (auto r = Permissions::authorize(*conn, m_actor, Action::Read); !r)
        return r.error();
    QSqlQuery q(*conn);
    // LIKE with a bound pattern; the contributor sits in the consent JSON.
    // lower() on both sides: SQLite's LIKE ignores the case of ASCII letters,
    // PostgreSQL's of none.
    q.prepare(QStringLiteral("SELECT %1 FROM photos WHERE lower(caption) LIKE lower(:p) ESCAPE '\\'"
                             " OR lower(credit_source) LIKE lower(:p2) ESCAPE '\\'"
                             " OR lower(creator) LIKE lower(:p3) ESCAPE '\\'"
                             " OR lower(consent) LIKE lower(:p4) ESCAPE '\\' ORDER BY id DESC")
                  .arg(QLatin1String(s_photoColumns)));
    QString escaped = text.trimmed();
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    const QString pattern = u'%' + escaped + u'%';
    for (const char *name : {":p", ":p2", ":p3", ":p4"})
        q.bindValue(QString::fromLatin1(name), pattern);
    return query(q);
}

// ---- photo slots ------------------------------------------------------------

namespace {

const char *s_slotColumns = "id, article_id, ord, caption, alt, credit_source, credit_type, credit_line,"
                            " image_url, is_lead";

StoredPhotoSlot slotFromRow(const QSqlQuery &q)
{
    StoredPhotoSlot s;
    s.id = q.value(0).toLongLong();
    s.articleId = q.value(1).toString();
    s.order = q.value(2).toInt();
    s.caption = q.value(3).toString();
    s.alt = q.value(4).toString();
    s.creditSource = q.value(5).toString();
    s.creditType = creditTypeFromKey(q.value(6).toString());
    s.creditLine = q.value(7).toString();
    s.imageUrl = q.value(8).toString();
    s.lead = q.value(9).toBool();
    return s;
}

// One slot by id, on the caller's connection (inside its transaction).
Result<StoredPhotoSlot> readSlot(QSqlDatabase &db, qint64 slotId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM photo_slots WHERE id = :id").arg(QLatin1String(s_slotColumns)));
    q.bindValue(QStringLiteral(":id"), slotId);
    if (auto r = execChecked(q, PhotoStore::tr("The photo slots could not be read.")); !r)
        return r.error();
    if (!q.next())
        return Error{Error::Code::NotFound,
                     PhotoStore::tr("There is no photo slot %1: it may have been filled or removed already.")
                         .arg(slotId),
                     {}};
    return slotFromRow(q);
}

} // namespace

Result<QList<StoredPhotoSlot>> PhotoStore::photoSlots(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    if (auto r = Permissions::authorize(db, m_actor, Action::Read); !r)
        return r.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM photo_slots WHERE article_id = :article ORDER BY ord, id")
                  .arg(QLatin1String(s_slotColumns)));
    q.bindValue(QStringLiteral(":article"), articleId);
    if (auto r = execChecked(q, tr("The photo slots could not be read.")); !r)
        return r.error();
    QList<StoredPhotoSlot> found;
    while (q.next())
        found.append(slotFromRow(q));
    return found;
}

Result<StoredPhotoSlot> PhotoStore::addSlot(const StoredPhotoSlot &slot)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    if (auto r = authorizeOn(db, slot.articleId, int(Action::AttachPhoto)); !r)
        return r.error();
    if (slot.lead) {
        // One lead picture per article: a new lead slot takes the place.
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("UPDATE photo_slots SET is_lead = 0 WHERE article_id = :article"));
        clear.bindValue(QStringLiteral(":article"), slot.articleId);
        if (auto r = execChecked(clear, tr("The photo slot could not be stored.")); !r)
            return r.error();
    }
    // Slots are added at the end: the importer hands them over in the order
    // of the source.
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO photo_slots (article_id, ord, caption, alt, credit_source, credit_type, credit_line,"
        " image_url, is_lead)"
        " VALUES (:article, (SELECT coalesce(max(ord), -1) + 1 FROM photo_slots WHERE article_id = "
        ":article2),"
        " :caption, :alt, :source, :type, :line, :url, :lead) RETURNING id"));
    ins.bindValue(QStringLiteral(":article"), slot.articleId);
    ins.bindValue(QStringLiteral(":article2"), slot.articleId);
    ins.bindValue(QStringLiteral(":caption"), nn(slot.caption.trimmed()));
    ins.bindValue(QStringLiteral(":alt"), nn(slot.alt.trimmed()));
    ins.bindValue(QStringLiteral(":source"), nn(slot.creditSource.trimmed()));
    ins.bindValue(QStringLiteral(":type"),
                  slot.creditType ? creditTypeKey(*slot.creditType) : QStringLiteral(""));
    ins.bindValue(QStringLiteral(":line"), nn(slot.creditLine.trimmed()));
    ins.bindValue(QStringLiteral(":url"), nn(slot.imageUrl.trimmed()));
    ins.bindValue(QStringLiteral(":lead"), slot.lead ? 1 : 0);
    auto slotId = execInsert(ins, tr("The photo slot could not be stored."));
    if (!slotId)
        return slotId.error();
    auto stored = readSlot(db, *slotId);
    if (!stored)
        return stored.error();
    if (auto r = announcePhotos(db, slot.articleId, m_actor); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return stored;
}

Result<Photo> PhotoStore::fillSlot(qint64 slotId, const QString &filePath)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    // Asked before the import, so that a refusal leaves no stray original.
    {
        auto before = readSlot(db, slotId);
        if (!before)
            return before.error();
        if (auto r = authorizeOn(db, before->articleId, int(Action::AttachPhoto)); !r)
            return r.error();
    }
    // The original and its row (importFile writes them, as for any photo);
    // a picture already in the library is reused.
    auto imported = importFile(filePath);
    if (!imported)
        return imported.error();

    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    // Read again inside the transaction: someone may have filled it meanwhile.
    auto slot = readSlot(db, slotId);
    if (!slot)
        return slot.error();
    if (auto r = authorizeOn(db, slot->articleId, int(Action::AttachPhoto)); !r)
        return r.error();
    auto current = photo(imported->id);
    if (!current)
        return current.error();

    // The slot's words where the file brought none; what the file (or an
    // earlier use of the same picture) says is kept.
    Photo filled = *current;
    if (filled.caption.trimmed().isEmpty())
        filled.caption = slot->caption;
    if (filled.alt.trimmed().isEmpty())
        filled.alt = slot->alt;
    if (filled.creditSource.trimmed().isEmpty())
        filled.creditSource = slot->creditSource;
    if (!filled.creditType)
        filled.creditType = slot->creditType;
    QStringList others; // articles using the picture already
    if (!(filled == *current)) {
        // A picture other articles use already: those articles must allow it.
        QSqlQuery uses(db);
        uses.prepare(QStringLiteral("SELECT article_id FROM photo_uses WHERE photo_id = :id"));
        uses.bindValue(QStringLiteral(":id"), filled.id);
        if (auto r = execChecked(uses, tr("The photos could not be read.")); !r)
            return r.error();
        while (uses.next())
            others.append(uses.value(0).toString());
        for (const QString &other : std::as_const(others))
            if (auto r = authorizeOn(db, other, int(Action::EditPhotos)); !r)
                return r.error();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE photos SET caption = :caption, alt = :alt, credit_source = :source,"
                                 " credit_type = :type WHERE id = :id"));
        q.bindValue(QStringLiteral(":caption"), nn(filled.caption.trimmed()));
        q.bindValue(QStringLiteral(":alt"), nn(filled.alt.trimmed()));
        q.bindValue(QStringLiteral(":source"), nn(filled.creditSource.trimmed()));
        q.bindValue(QStringLiteral(":type"),
                    filled.creditType ? creditTypeKey(*filled.creditType) : QStringLiteral(""));
        q.bindValue(QStringLiteral(":id"), filled.id);
        if (auto r = execChecked(q, tr("The photo could not be saved.")); !r)
            return r.error();
    }
    if (slot->lead) {
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("UPDATE photo_uses SET is_lead = 0 WHERE article_id = :article"));
        clear.bindValue(QStringLiteral(":article"), slot->articleId);
        if (auto r = execChecked(clear, tr("The photo could not be attached.")); !r)
            return r.error();
    }
    QSqlQuery attachQuery(db);
    attachQuery.prepare(QStringLiteral(
        "INSERT INTO photo_uses (article_id, photo_id, ord, is_lead)"
        " VALUES (:article, :photo, (SELECT coalesce(max(ord), -1) + 1 FROM photo_uses WHERE article_id = "
        ":article2), :lead)"
        " ON CONFLICT(article_id, photo_id) DO UPDATE SET is_lead ="
        " CASE WHEN excluded.is_lead = 1 OR photo_uses.is_lead = 1 THEN 1 ELSE 0 END"));
    attachQuery.bindValue(QStringLiteral(":article"), slot->articleId);
    attachQuery.bindValue(QStringLiteral(":photo"), filled.id);
    attachQuery.bindValue(QStringLiteral(":article2"), slot->articleId);
    attachQuery.bindValue(QStringLiteral(":lead"), slot->lead ? 1 : 0);
    if (auto r = execChecked(attachQuery, tr("The photo could not be attached to the article.")); !r)
        return r.error();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM photo_slots WHERE id = :id"));
    del.bindValue(QStringLiteral(":id"), slotId);
    if (auto r = execChecked(del, tr("The photo slot could not be removed.")); !r)
        return r.error();
    auto result = photo(filled.id);
    if (!result)
        return result.error();
    others.append(slot->articleId);
    others.removeDuplicates();
    for (const QString &articleId : std::as_const(others))
        if (auto r = announcePhotos(db, articleId, m_actor); !r)
            return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

Result<void> PhotoStore::removeSlot(qint64 slotId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r;
    auto slot = readSlot(db, slotId);
    if (!slot)
        return slot.error();
    if (auto r = authorizeOn(db, slot->articleId, int(Action::EditPhotos)); !r)
        return r;
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM photo_slots WHERE id = :id"));
    del.bindValue(QStringLiteral(":id"), slotId);
    if (auto r = execChecked(del, tr("The photo slot could not be removed.")); !r)
        return r;
    if (auto r = announcePhotos(db, slot->articleId, m_actor); !r)
        return r;
    return tx.commit();
}

} // namespace Qalam
