#include "app/workflow/workflow.h"

#include "app/media/photorules.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/keptquery.h"
#include "app/storage/photostore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace Qalam {

namespace {

const QString s_settingsKey = QStringLiteral("newsroom.workflow_settings");

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// "Колмакова Виктория" → "Колмакова В."
QString shortName(const QString &displayName)
{
    const QStringList parts = displayName.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return displayName;
    return parts.first() + u' ' + parts.at(1).left(1) + u'.';
}

AuditEntry auditFromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.articleId = q.value(1).toString();
    e.at = fromDbTime(q.value(2));
    e.who = q.value(3).toString();
    e.action = q.value(4).toString();
    e.from = statusFromKey(q.value(5).toString());
    e.to = statusFromKey(q.value(6).toString());
    e.comment = q.value(7).toString();
    e.revisionId = q.value(8).toLongLong();
    e.detail = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    return e;
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("article_id"), articleId},
        {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
        {QStringLiteral("who"), who},
        {QStringLiteral("action"), action},
        {QStringLiteral("from"), from ? QJsonValue(statusKey(*from)) : QJsonValue()},
        {QStringLiteral("to"), to ? QJsonValue(statusKey(*to)) : QJsonValue()},
        {QStringLiteral("comment"), comment},
        {QStringLiteral("revision"), revisionId},
        {QStringLiteral("detail"), detail},
    };
}

QString ArticleLock::notice() const
{
    return QCoreApplication::translate("Qalam::Workflow", "Being edited by %1 since %2")
        .arg(shortName(holderName.isEmpty() ? holder : holderName),
             QLocale().toString(taken.toLocalTime().time(), QStringLiteral("HH:mm")));
}

// What one transition needs: the action it is, the states it leaves from,
// the state it reaches.
struct Workflow::Transition
{
    Action action;
    const char *key;
    QList<ArticleStatus> from;
    ArticleStatus to;
};

Workflow::Workflow(std::shared_ptr<Database> database, Actor actor, const Clock *clock)
    : m_database(std::move(database)), m_actor(std::move(actor)), m_clock(clock)
{
}

// ---- static helpers for the stores ------------------------------------------

Result<qint64> Workflow::appendAudit(QSqlDatabase &db, const AuditEntry &e)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (article_id, at, who, action, from_status, to_status,"
                             " comment, revision_id, detail) VALUES (:article, :at, :who, :action, :from,"
                             " :to, :comment, :revision, :detail) RETURNING id"));
    q.bindValue(QStringLiteral(":article"), e.articleId);
    q.bindValue(QStringLiteral(":at"), toDbTime(e.at));
    q.bindValue(QStringLiteral(":who"), nn(e.who));
    q.bindValue(QStringLiteral(":action"), e.action);
    q.bindValue(QStringLiteral(":from"), e.from ? statusKey(*e.from) : QStringLiteral(""));
    q.bindValue(QStringLiteral(":to"), e.to ? statusKey(*e.to) : QStringLiteral(""));
    q.bindValue(QStringLiteral(":comment"), nn(e.comment));
    q.bindValue(QStringLiteral(":revision"), e.revisionId);
    q.bindValue(QStringLiteral(":detail"), jsonText(e.detail));
    return execInsert(q, tr("The article's history could not be recorded."));
}

Result<WorkflowSettings> Workflow::readSettings(QSqlDatabase &db)
{
    KeptQuery q(db, QStringLiteral("SELECT value FROM editor_state WHERE key = :key"));
    q->bindValue(QStringLiteral(":key"), s_settingsKey);
    if (auto r = execChecked(*q, tr("The workflow settings could not be read.")); !r)
        return r.error();
    WorkflowSettings settings;
    if (!q->next())
        return settings;
    const QJsonObject o = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    settings.lockIdleMinutes =
        qBound(1, o.value(QStringLiteral("lock_idle_minutes")).toInt(settings.lockIdleMinutes), 24 * 60);
    settings.photoEditsKeepApproval =
        o.value(QStringLiteral("photo_edits_keep_approval")).toBool(settings.photoEditsKeepApproval);
    return settings;
}

namespace {
Result<std::optional<ArticleLock>> readLock(QSqlDatabase &db, const QString &articleId, const QDateTime &now)
{
    auto settings = Workflow::readSettings(db);
    if (!settings)
        return settings.error();
    KeptQuery q(db, QStringLiteral("SELECT l.holder, COALESCE(u.display_name, ''), l.taken, l.last_seen"
                                   " FROM article_locks l LEFT JOIN users u ON u.login = l.holder"
                                   " WHERE l.article_id = :id"));
    q->bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(
            *q, QCoreApplication::translate("Qalam::Workflow", "The article's lock could not be read."));
        !r)
        return r.error();
    if (!q->next())
        return std::optional<ArticleLock>();
    ArticleLock lock;
    lock.articleId = articleId;
    lock.holder = q->value(0).toString();
    lock.holderName = q->value(1).toString();
    if (lock.holderName.isEmpty())
        lock.holderName = lock.holder;
    lock.taken = fromDbTime(q->value(2));
    lock.lastSeen = fromDbTime(q->value(3));
    lock.live = lock.lastSeen.addSecs(qint64(settings->lockIdleMinutes) * 60) > now;
    return std::optional<ArticleLock>(lock);
}
// Takes or renews the lock row for `holder`.
Result<void> writeLock(QSqlDatabase &db, const QString &articleId, const QString &holder,
                       const QDateTime &taken, const QDateTime &seen)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO article_locks (article_id, holder, taken, last_seen)"
                       " VALUES (:id, :holder, :taken, :seen) ON CONFLICT(article_id) DO UPDATE SET"
                       " holder = excluded.holder, taken = excluded.taken, last_seen = excluded.last_seen"));
    q.bindValue(QStringLiteral(":id"), articleId);
    q.bindValue(QStringLiteral(":holder"), holder);
    q.bindValue(QStringLiteral(":taken"), toDbTime(taken));
    q.bindValue(QStringLiteral(":seen"), toDbTime(seen));
    return execChecked(
        q, QCoreApplication::translate("Qalam::Workflow", "The article could not be locked for editing."));
}
} // namespace

Result<std::optional<ArticleLock>> Workflow::foreignLiveLock(QSqlDatabase &db, const QString &articleId,
                                                             const QString &login, const QDateTime &nowUtc)
{
    auto lock = readLock(db, articleId, nowUtc);
    if (!lock)
        return lock.error();
    if (*lock && (*lock)->live && (*lock)->holder != login)
        return *lock;
    return std::optional<ArticleLock>();
}

Result<qint64> Workflow::currentRevisionId(QSqlDatabase &db, const QString &articleId)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT r.id FROM article_revisions r JOIN articles a ON a.id = r.article_id"
                       " WHERE r.article_id = :id AND r.version = a.version ORDER BY r.id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(q, tr("The article's revisions could not be read.")); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

// ---- transitions ------------------------------------------------------------

Result<Article> Workflow::submit(const QString &articleId, const QString &comment)
{
    static const Transition t{Action::Submit,
                              "submit",
                              {ArticleStatus::Draft, ArticleStatus::Returned, ArticleStatus::Withdrawn,
                               ArticleStatus::Updated, ArticleStatus::Unpublished},
                              ArticleStatus::InReview};
    return transition(articleId, t, comment, {}, {});
}

Result<Article> Workflow::withdraw(const QString &articleId, const QString &comment)
{
    static const Transition t{
        Action::Withdraw, "withdraw", {ArticleStatus::InReview}, ArticleStatus::Withdrawn};
    return transition(articleId, t, comment, {}, {});
}

Result<Article> Workflow::approve(const QString &articleId, const QString &comment,
                                  const QDateTime &publishAt)
{
    static const Transition t{Action::Approve, "approve", {ArticleStatus::InReview}, ArticleStatus::Approved};
    return transition(articleId, t, comment, publishAt, {});
}

Result<Article> Workflow::returnToWriter(const QString &articleId, const QString &comment)
{
    static const Transition t{Action::Return,
                              "return",
                              {ArticleStatus::InReview, ArticleStatus::Approved},
                              ArticleStatus::Returned};
    if (comment.trimmed().isEmpty())
        return Error{
            Error::Code::InvalidInput,
            tr("Say what needs to change: returning an article needs a comment. Nothing was changed."),
            {}};
    return transition(articleId, t, comment, {}, {});
}

Result<Article> Workflow::publish(const QString &articleId, const QJsonObject &detail)
{
    static const Transition t{
        Action::Publish, "publish", {ArticleStatus::Approved}, ArticleStatus::Published};
    return transition(articleId, t, {}, {}, detail);
}

Result<Article> Workflow::unpublish(const QString &articleId, const QString &reason)
{
    static const Transition t{Action::Unpublish,
                              "unpublish",
                              {ArticleStatus::Published, ArticleStatus::Updated},
                              ArticleStatus::Unpublished};
    if (reason.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("Give the reason: unpublishing an article needs one. Nothing was changed."),
                     {}};
    return transition(articleId, t, reason, {}, {});
}

namespace {

// The photos as the audit log records them (and the review diff compares).
QJsonArray photosJson(const QList<PhotoUse> &uses, const PhotoSettings &settings)
{
    QJsonArray photos;
    for (const PhotoUse &use : uses)
        photos.append(QJsonObject{
            {QStringLiteral("id"), use.photo.id},
            {QStringLiteral("caption"), use.photo.caption},
            {QStringLiteral("credit_line"), PhotoRules::creditLine(use.photo, settings.creditTemplate)},
            {QStringLiteral("alt"), use.photo.alt},
        });
    return photos;
}

QList<Photo> photosOnly(const QList<PhotoUse> &uses)
{
    QList<Photo> photos;
    for (const PhotoUse &use : uses)
        photos.append(use.photo);
    return photos;
}

} // namespace

Result<Article> Workflow::transition(const QString &articleId, const Transition &t, const QString &comment,
                                     const QDateTime &publishAt, const QJsonObject &detail)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    const QDateTime now = m_clock->nowUtc();
    PhotoStore photoStore(m_database, m_clock, m_actor);

    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    auto facts = Permissions::facts(db, articleId);
    if (!facts)
        return facts.error();
    if (auto r = Permissions::authorize(db, m_actor, t.action, &*facts); !r)
        return r.error();
    if (!t.from.contains(facts->status))
        return Error{Error::Code::Conflict,
                     tr("This article is %1: it cannot be %2 now. Nothing was changed.")
                         .arg(statusDisplayName(facts->status).toLower(), statusDisplayName(t.to).toLower()),
                     QString::fromLatin1(t.key)};

    QSqlQuery current(db);
    current.prepare(QStringLiteral("SELECT publish_at FROM articles WHERE id = :id"));
    current.bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(current, tr("The article could not be read.")); !r)
        return r.error();
    const QDateTime scheduled = current.next() ? fromDbTime(current.value(0)) : QDateTime();

    auto uses = photoStore.photosOf(articleId);
    if (!uses)
        return uses.error();
    auto photoSettings = photoStore.settings();
    if (!photoSettings)
        return photoSettings.error();

    if (t.action == Action::Submit) {
        QStringList problems;
        for (const Finding &f : PhotoRules::check(photosOnly(*uses)))
            if (f.severity == Finding::Severity::Error)
                problems.append(f.message);
        // An imported article's pictures that still wait for their files.
        auto waiting = photoStore.photoSlots(articleId);
        if (!waiting)
            return waiting.error();
        for (qsizetype i = 0; i < waiting->size(); ++i) {
            const QString label =
                waiting->at(i).caption.isEmpty() ? waiting->at(i).creditLine : waiting->at(i).caption;
            problems.append(label.isEmpty()
                                ? tr("Photo slot %1 waits for its file").arg(i + 1)
                                : tr("Photo slot %1 (“%2”) waits for its file").arg(i + 1).arg(label));
        }
        if (!problems.isEmpty())
            return Error{Error::Code::InvalidInput,
                         tr("The article cannot go to review until its photos are in order: %1")
                             .arg(problems.join(QStringLiteral("; "))),
                         QStringLiteral("photo-rules")};
    }
    if (t.action == Action::Approve && publishAt.isValid() && publishAt <= now)
        return Error{Error::Code::InvalidInput,
                     tr("The scheduled publication time has already passed; approve without a time to "
                        "publish at once."),
                     {}};
    if (t.action == Action::Publish && scheduled.isValid() && scheduled > now)
        return Error{Error::Code::Conflict,
                     tr("This article is scheduled for %1 and cannot be published before then.")
                         .arg(QLocale().toString(scheduled.toLocalTime(), QLocale::ShortFormat)),
                     {}};

    // The revision the action applies to: the current text, snapshotted
    // now unless a revision of this version exists.
    auto revisionId = currentRevisionId(db, articleId);
    if (!revisionId)
        return revisionId.error();
    if (*revisionId == 0) {
        ArticleStore store(m_database, m_clock, m_actor);
        auto article = store.load(articleId);
        if (!article)
            return article.error();
        QSqlQuery ins(db);
        QJsonObject snapshot = article->toJson();
        QJsonArray byline;
        for (const Author &a : article->authors)
            byline.append(QJsonObject{{QStringLiteral("id"), a.id},
                                      {QStringLiteral("name"), a.name},
                                      {QStringLiteral("position"), a.position}});
        snapshot.insert(QStringLiteral("authors"), byline);
        ins.prepare(QStringLiteral(
            "INSERT INTO article_revisions (article_id, version, who, reason, created, snapshot)"
            " VALUES (:article, :version, :who, :reason, :created, :snapshot) RETURNING id"));
        ins.bindValue(QStringLiteral(":article"), articleId);
        ins.bindValue(QStringLiteral(":version"), article->version);
        ins.bindValue(QStringLiteral(":who"), nn(m_actor.login));
        ins.bindValue(QStringLiteral(":reason"), QString::fromLatin1(t.key));
        ins.bindValue(QStringLiteral(":created"), toDbTime(now));
        ins.bindValue(QStringLiteral(":snapshot"), jsonText(snapshot));
        auto inserted = execInsert(ins, tr("The revision could not be recorded."));
        if (!inserted)
            return inserted.error();
        revisionId = *inserted;
    }

    QSqlQuery update(db);
    QString extra;
    if (t.action == Action::Approve)
        extra = QStringLiteral(", publish_at = :publish_at");
    else if (t.action == Action::Publish)
        extra = QStringLiteral(", published_at = :published_at, publish_at = ''");
    else if (t.action == Action::Return || t.action == Action::Withdraw)
        extra = QStringLiteral(", publish_at = ''");
    update.prepare(QStringLiteral("UPDATE articles SET status = :status%1 WHERE id = :id").arg(extra));
    update.bindValue(QStringLiteral(":status"), statusKey(t.to));
    update.bindValue(QStringLiteral(":id"), articleId);
    if (t.action == Action::Approve)
        update.bindValue(QStringLiteral(":publish_at"), toDbTime(publishAt));
    if (t.action == Action::Publish)
        update.bindValue(QStringLiteral(":published_at"), toDbTime(now));
    if (auto r = execChecked(update, tr("The article's status could not be changed.")); !r)
        return r.error();

    AuditEntry entry;
    entry.articleId = articleId;
    entry.at = now;
    entry.who = m_actor.login;
    entry.action = QString::fromLatin1(t.key);
    entry.from = facts->status;
    entry.to = t.to;
    entry.comment = comment.trimmed();
    entry.revisionId = *revisionId;
    entry.detail = detail;
    if (t.action == Action::Submit || t.action == Action::Approve || t.action == Action::Publish)
        entry.detail.insert(QStringLiteral("photos"), photosJson(*uses, *photoSettings));
    if (t.action == Action::Approve && publishAt.isValid())
        entry.detail.insert(QStringLiteral("publish_at"), publishAt.toUTC().toString(Qt::ISODate));
    if (auto r = appendAudit(db, entry); !r)
        return r.error();
    // A chief editor's word on a return (or approval) goes on in the thread,
    // where the writer answers.
    if (!entry.comment.isEmpty() &&
        (t.action == Action::Return || t.action == Action::Approve || t.action == Action::Unpublish)) {
        QSqlQuery thread(db);
        thread.prepare(QStringLiteral("INSERT INTO article_comments (article_id, at, who, text, revision_id)"
                                      " VALUES (:article, :at, :who, :text, :revision)"));
        thread.bindValue(QStringLiteral(":article"), articleId);
        thread.bindValue(QStringLiteral(":at"), toDbTime(now));
        thread.bindValue(QStringLiteral(":who"), nn(m_actor.login));
        thread.bindValue(QStringLiteral(":text"), entry.comment);
        thread.bindValue(QStringLiteral(":revision"), entry.revisionId);
        if (auto r = execChecked(thread, tr("The comment could not be saved.")); !r)
            return r.error();
    }

    // Who is told. Nobody in a single-desk newsroom (no accounts).
    QSqlQuery headlineQuery(db);
    headlineQuery.prepare(QStringLiteral("SELECT headline FROM articles WHERE id = :id"));
    headlineQuery.bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(headlineQuery, tr("The article could not be read.")); !r)
        return r.error();
    const QString headline = headlineQuery.next() ? headlineQuery.value(0).toString() : QString();
    QStringList recipients;
    QString kind, text;
    const QString who = m_actor.displayName.isEmpty() ? m_actor.login : m_actor.displayName;
    if (t.action == Action::Submit) {
        kind = QStringLiteral("submitted");
        text = tr("%1 submitted “%2” for review").arg(who, headline);
        QSqlQuery chiefs(db);
        chiefs.prepare(QStringLiteral("SELECT login, roles FROM users WHERE active = 1"));
        if (auto r = execChecked(chiefs, tr("The newsroom's accounts could not be read.")); !r)
            return r.error();
        while (chiefs.next())
            if (QJsonDocument::fromJson(chiefs.value(1).toString().toUtf8())
                    .array()
                    .contains(roleKey(Role::ChiefEditor)))
                recipients.append(chiefs.value(0).toString());
    } else if (t.action == Action::Return || t.action == Action::Approve) {
        kind = t.action == Action::Return ? QStringLiteral("returned") : QStringLiteral("approved");
        text = t.action == Action::Return ? tr("%1 returned “%2”: %3").arg(who, headline, comment.trimmed())
                                          : tr("%1 approved “%2”").arg(who, headline);
        recipients.append(facts->createdBy);
        if (!facts->submittedBy.isEmpty())
            recipients.append(facts->submittedBy);
        QSqlQuery writers(db);
        writers.prepare(QStringLiteral("SELECT u.login FROM users u JOIN article_authors aa ON aa.author_id ="
                                       " u.author_id WHERE aa.article_id = :id AND u.active = 1"));
        writers.bindValue(QStringLiteral(":id"), articleId);
        if (auto r = execChecked(writers, tr("The newsroom's accounts could not be read.")); !r)
            return r.error();
        while (writers.next())
            recipients.append(writers.value(0).toString());
    }
    recipients.removeDuplicates();
    recipients.removeAll(m_actor.login);
    for (const QString &login : std::as_const(recipients)) {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM users WHERE login = :login AND active = 1"));
        exists.bindValue(QStringLiteral(":login"), login);
        if (auto r = execChecked(exists, tr("The newsroom's accounts could not be read.")); !r)
            return r.error();
        if (!exists.next())
            continue;
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO notifications (at, recipient, kind, article_id, text)"
                                   " VALUES (:at, :recipient, :kind, :article, :text)"));
        ins.bindValue(QStringLiteral(":at"), toDbTime(now));
        ins.bindValue(QStringLiteral(":recipient"), login);
        ins.bindValue(QStringLiteral(":kind"), kind);
        ins.bindValue(QStringLiteral(":article"), articleId);
        ins.bindValue(QStringLiteral(":text"), text);
        if (auto r = execChecked(ins, tr("The notification could not be recorded.")); !r)
            return r.error();
    }

    if (auto r = tx.commit(); !r)
        return r.error();
    return ArticleStore(m_database, m_clock, m_actor).load(articleId);
}

// ---- history and comments ---------------------------------------------------

Result<QList<AuditEntry>> Workflow::log(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT id, article_id, at, who, action, from_status, to_status, comment,"
                             " revision_id, detail FROM audit_log WHERE article_id = :id ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(q, tr("The article's history could not be read.")); !r)
        return r.error();
    QList<AuditEntry> entries;
    while (q.next())
        entries.append(auditFromRow(q));
    return entries;
}

Result<Comment> Workflow::addComment(const QString &articleId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput, tr("The comment is empty."), {}};
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    auto facts = Permissions::facts(db, articleId);
    if (!facts)
        return facts.error();
    if (auto r = Permissions::authorize(db, m_actor, Action::Comment, &*facts); !r)
        return r.error();
    auto revisionId = currentRevisionId(db, articleId);
    if (!revisionId)
        return revisionId.error();
    Comment c;
    c.articleId = articleId;
    c.at = m_clock->nowUtc();
    c.who = m_actor.login;
    c.whoName = m_actor.displayName.isEmpty() ? m_actor.login : m_actor.displayName;
    c.text = text.trimmed();
    c.revisionId = *revisionId;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO article_comments (article_id, at, who, text, revision_id)"
                             " VALUES (:article, :at, :who, :text, :revision) RETURNING id"));
    q.bindValue(QStringLiteral(":article"), articleId);
    q.bindValue(QStringLiteral(":at"), toDbTime(c.at));
    q.bindValue(QStringLiteral(":who"), nn(c.who));
    q.bindValue(QStringLiteral(":text"), c.text);
    q.bindValue(QStringLiteral(":revision"), c.revisionId);
    auto id = execInsert(q, tr("The comment could not be saved."));
    if (!id)
        return id.error();
    c.id = *id;
    AuditEntry entry;
    entry.articleId = articleId;
    entry.at = c.at;
    entry.who = c.who;
    entry.action = QStringLiteral("comment");
    entry.comment = c.text;
    entry.revisionId = c.revisionId;
    if (auto r = appendAudit(db, entry); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return c;
}

Result<QList<Comment>> Workflow::comments(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT c.id, c.at, c.who, COALESCE(u.display_name, ''), c.text, c.revision_id"
                             " FROM article_comments c LEFT JOIN users u ON u.login = c.who"
                             " WHERE c.article_id = :id ORDER BY c.id"));
    q.bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(q, tr("The comments could not be read.")); !r)
        return r.error();
    QList<Comment> list;
    while (q.next()) {
        Comment c;
        c.id = q.value(0).toLongLong();
        c.articleId = articleId;
        c.at = fromDbTime(q.value(1));
        c.who = q.value(2).toString();
        c.whoName = q.value(3).toString().isEmpty() ? c.who : q.value(3).toString();
        c.text = q.value(4).toString();
        c.revisionId = q.value(5).toLongLong();
        list.append(c);
    }
    return list;
}

// ---- locks ------------------------------------------------------------------

Result<ArticleLock> Workflow::acquireLock(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    const QDateTime now = m_clock->nowUtc();
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    auto facts = Permissions::facts(db, articleId);
    if (!facts)
        return facts.error();
    if (auto r = Permissions::authorize(db, m_actor, Action::EditText, &*facts); !r)
        return r.error();
    auto existing = readLock(db, articleId, now);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->live && (*existing)->holder != m_actor.login)
        return Error{Error::Code::Conflict, (*existing)->notice(), (*existing)->holder};
    const bool mine = *existing && (*existing)->live && (*existing)->holder == m_actor.login;
    if (auto r = writeLock(db, articleId, m_actor.login, mine ? (*existing)->taken : now, now); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    ArticleLock lock;
    lock.articleId = articleId;
    lock.holder = m_actor.login;
    lock.holderName = m_actor.displayName.isEmpty() ? m_actor.login : m_actor.displayName;
    lock.taken = mine ? (*existing)->taken : now;
    lock.lastSeen = now;
    lock.live = true;
    return lock;
}

Result<void> Workflow::releaseLock(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("DELETE FROM article_locks WHERE article_id = :id AND holder = :holder"));
    q.bindValue(QStringLiteral(":id"), articleId);
    q.bindValue(QStringLiteral(":holder"), m_actor.login);
    return execChecked(q, tr("The article's lock could not be released."));
}

Result<ArticleLock> Workflow::takeOverLock(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    const QDateTime now = m_clock->nowUtc();
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    auto facts = Permissions::facts(db, articleId);
    if (!facts)
        return facts.error();
    if (auto r = Permissions::authorize(db, m_actor, Action::TakeOverLock, &*facts); !r)
        return r.error();
    auto existing = readLock(db, articleId, now);
    if (!existing)
        return existing.error();
    if (auto r = writeLock(db, articleId, m_actor.login, now, now); !r)
        return r.error();
    if (*existing && (*existing)->holder != m_actor.login) {
        AuditEntry entry;
        entry.articleId = articleId;
        entry.at = now;
        entry.who = m_actor.login;
        entry.action = QStringLiteral("lock-takeover");
        entry.detail = QJsonObject{{QStringLiteral("previous_holder"), (*existing)->holder},
                                   {QStringLiteral("previous_since"), toDbTime((*existing)->taken)},
                                   {QStringLiteral("was_live"), (*existing)->live}};
        if (auto r = appendAudit(db, entry); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    ArticleLock lock;
    lock.articleId = articleId;
    lock.holder = m_actor.login;
    lock.holderName = m_actor.displayName.isEmpty() ? m_actor.login : m_actor.displayName;
    lock.taken = lock.lastSeen = now;
    lock.live = true;
    return lock;
}

Result<std::optional<ArticleLock>> Workflow::lockOf(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    return readLock(db, articleId, m_clock->nowUtc());
}

// ---- review -----------------------------------------------------------------

Result<QList<ReviewItem>> Workflow::reviewQueue()
{
    ArticleStore store(m_database, m_clock, m_actor);
    ArticleFilter filter;
    filter.status = ArticleStatus::InReview;
    auto articles = store.list(filter);
    if (!articles)
        return articles.error();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    PhotoStore photoStore(m_database, m_clock, m_actor);
    QList<ReviewItem> queue;
    for (const ArticleSummary &summary : *articles) {
        ReviewItem item;
        item.article = summary;
        QSqlQuery q(*conn);
        q.prepare(QStringLiteral("SELECT at, who FROM audit_log WHERE article_id = :id AND action = 'submit'"
                                 " ORDER BY id DESC LIMIT 1"));
        q.bindValue(QStringLiteral(":id"), summary.id);
        if (auto r = execChecked(q, tr("The review queue could not be read.")); !r)
            return r.error();
        if (q.next()) {
            item.submitted = fromDbTime(q.value(0));
            item.submittedBy = q.value(1).toString();
        } else {
            item.submitted = summary.updated;
        }
        auto uses = photoStore.photosOf(summary.id);
        if (!uses)
            return uses.error();
        item.photos = int(uses->size());
        for (const Finding &f : PhotoRules::check(photosOnly(*uses)))
            if (f.severity == Finding::Severity::Error)
                ++item.openFindings;
        auto waiting = photoStore.photoSlots(summary.id); // unfilled photo slots are open findings too
        if (!waiting)
            return waiting.error();
        item.openFindings += int(waiting->size());
        queue.append(item);
    }
    std::stable_sort(queue.begin(), queue.end(),
                     [](const ReviewItem &a, const ReviewItem &b) { return a.submitted < b.submitted; });
    return queue;
}

namespace {
Result<qint64> lastRevisionOf(QSqlDatabase &db, const QString &articleId, const QString &actions)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT revision_id FROM audit_log WHERE article_id = :id AND action IN (%1)"
                             " AND revision_id > 0 ORDER BY id DESC LIMIT 1")
                  .arg(actions));
    q.bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(
            q, QCoreApplication::translate("Qalam::Workflow", "The article's history could not be read."));
        !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}
} // namespace

Result<qint64> Workflow::lastApprovedRevision(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    return lastRevisionOf(db, articleId, QStringLiteral("'approve', 'publish'"));
}

Result<qint64> Workflow::lastSubmittedRevision(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    return lastRevisionOf(db, articleId, QStringLiteral("'submit'"));
}

Result<QList<FieldDiff>> Workflow::diff(const QString &articleId, qint64 fromRevision, qint64 toRevision)
{
    ArticleStore store(m_database, m_clock, m_actor);
    auto article = store.load(articleId);
    if (!article)
        return article.error();
    auto history = log(articleId);
    if (!history)
        return history.error();
    // The photos as recorded with a revision: by an approval or a
    // publication for the "from" side (what was approved), by any of
    // submit/approve/publish for the "to" side. Nothing recorded: none.
    const auto photosAt = [&](qint64 revisionId, bool approvedOnly) {
        for (auto it = history->crbegin(); it != history->crend(); ++it)
            if (it->revisionId == revisionId && it->detail.contains(QStringLiteral("photos")) &&
                (!approvedOnly || it->action == u"approve" || it->action == u"publish"))
                return it->detail.value(QStringLiteral("photos")).toArray();
        return QJsonArray();
    };

    // Which photos the "from" side had: given a revision, as recorded with
    // it; by default, as last approved; never approved, none (the first
    // review sees every photo as new).
    enum class FromPhotos { Recorded, Approved, None } fromPhotos = FromPhotos::Recorded;
    if (fromRevision == 0) {
        auto approved = lastApprovedRevision(articleId);
        if (!approved)
            return approved.error();
        fromRevision = *approved;
        fromPhotos = FromPhotos::Approved;
    }
    if (fromRevision == 0) {
        fromPhotos = FromPhotos::None;
        auto all = store.revisions(articleId);
        if (!all)
            return all.error();
        if (!all->isEmpty())
            fromRevision = all->last().id; // the oldest
    }
    Article before;
    QJsonArray photosBefore;
    if (fromRevision > 0) {
        auto revision = store.revision(fromRevision);
        if (!revision)
            return revision.error();
        if (revision->articleId != articleId)
            return Error{Error::Code::InvalidInput,
                         tr("Revision #%1 belongs to another article.").arg(fromRevision),
                         {}};
        before = revision->snapshot;
        if (fromPhotos != FromPhotos::None)
            photosBefore = photosAt(fromRevision, fromPhotos == FromPhotos::Approved);
    }

    Article after = *article;
    QJsonArray photosAfter;
    if (toRevision > 0) {
        auto revision = store.revision(toRevision);
        if (!revision)
            return revision.error();
        if (revision->articleId != articleId)
            return Error{Error::Code::InvalidInput,
                         tr("Revision #%1 belongs to another article.").arg(toRevision),
                         {}};
        after = revision->snapshot;
        photosAfter = photosAt(toRevision, false);
    } else {
        PhotoStore photoStore(m_database, m_clock, m_actor);
        auto uses = photoStore.photosOf(articleId);
        if (!uses)
            return uses.error();
        auto settings = photoStore.settings();
        if (!settings)
            return settings.error();
        photosAfter = photosJson(*uses, *settings);
    }
    return ArticleDiff::compare(before, photosBefore, after, photosAfter);
}

// ---- notifications ----------------------------------------------------------

Result<QList<Notification>> Workflow::notifications(bool unreadOnly)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(
        QStringLiteral("SELECT n.id, n.at, n.recipient, n.kind, n.article_id, COALESCE(a.headline, ''),"
                       " n.text, n.read FROM notifications n LEFT JOIN articles a ON a.id = n.article_id"
                       " WHERE n.recipient = :me%1 ORDER BY n.id DESC")
            .arg(unreadOnly ? QStringLiteral(" AND n.read = 0") : QString()));
    q.bindValue(QStringLiteral(":me"), m_actor.login);
    if (auto r = execChecked(q, tr("The notifications could not be read.")); !r)
        return r.error();
    QList<Notification> list;
    while (q.next()) {
        Notification n;
        n.id = q.value(0).toLongLong();
        n.at = fromDbTime(q.value(1));
        n.recipient = q.value(2).toString();
        n.kind = q.value(3).toString();
        n.articleId = q.value(4).toString();
        n.headline = q.value(5).toString();
        n.text = q.value(6).toString();
        n.read = q.value(7).toBool();
        list.append(n);
    }
    return list;
}

Result<void> Workflow::markRead(qint64 notificationId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("UPDATE notifications SET read = 1 WHERE id = :id AND recipient = :me"));
    q.bindValue(QStringLiteral(":id"), notificationId);
    q.bindValue(QStringLiteral(":me"), m_actor.login);
    if (auto r = execChecked(q, tr("The notification could not be marked as read.")); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error{Error::Code::NotFound, tr("There is no such notification for you."), {}};
    return {};
}

Result<int> Workflow::notifyOverdue()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    const QDateTime now = m_clock->nowUtc();
    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    QSqlQuery due(db);
    due.prepare(QStringLiteral("SELECT id, headline, publish_at FROM articles WHERE status = 'approved'"
                               " AND publish_at <> '' AND publish_at < :now"));
    due.bindValue(QStringLiteral(":now"), toDbTime(now));
    if (auto r = execChecked(due, tr("The scheduled publications could not be read.")); !r)
        return r.error();
    struct Due
    {
        QString id, headline, publishAt;
    };
    QList<Due> overdue;
    while (due.next())
        overdue.append({due.value(0).toString(), due.value(1).toString(), due.value(2).toString()});
    for (const Due &d : std::as_const(overdue)) {
        const QString dedupe = QStringLiteral("overdue:%1:%2").arg(d.id, d.publishAt);
        const QString text = tr("“%1” was scheduled for %2 and is not published yet")
                                 .arg(d.headline, QLocale().toString(fromDbTime(d.publishAt).toLocalTime(),
                                                                     QLocale::ShortFormat));
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral(
            "INSERT INTO notifications (at, recipient, kind, article_id, text, dedupe)"
            " SELECT CAST(:at AS TEXT), u.login, 'overdue', CAST(:article AS TEXT), CAST(:text AS TEXT),"
            " CAST(:dedupe AS TEXT) FROM users u WHERE u.active = 1"
            " AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.recipient = u.login AND n.dedupe = "
            ":dedupe2)"));
        ins.bindValue(QStringLiteral(":at"), toDbTime(now));
        ins.bindValue(QStringLiteral(":article"), d.id);
        ins.bindValue(QStringLiteral(":text"), text);
        ins.bindValue(QStringLiteral(":dedupe"), dedupe);
        ins.bindValue(QStringLiteral(":dedupe2"), dedupe);
        if (auto r = execChecked(ins, tr("The notification could not be recorded.")); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return int(overdue.size());
}

// ---- settings ---------------------------------------------------------------

Result<WorkflowSettings> Workflow::settings()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    return readSettings(db);
}

Result<void> Workflow::setSettings(const WorkflowSettings &settings)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    if (auto r = Permissions::authorize(db, m_actor, Action::ManageSettings); !r)
        return r;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO editor_state (key, value) VALUES (:key, :value)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), s_settingsKey);
    q.bindValue(QStringLiteral(":value"),
                jsonText(QJsonObject{
                    {QStringLiteral("lock_idle_minutes"), settings.lockIdleMinutes},
                    {QStringLiteral("photo_edits_keep_approval"), settings.photoEditsKeepApproval}}));
    return execChecked(q, tr("The workflow settings could not be saved."));
}

} // namespace Qalam
