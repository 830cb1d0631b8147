#include "app/storage/articlestore.h"

#include "app/core/textstats.h"
#include "app/storage/database.h"
#include "app/storage/keptquery.h"
#include "app/text/htmlsanitizer.h"
#include "app/workflow/permissions.h"
#include "app/workflow/workflow.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Qalam {

namespace {

// Normalises what the caller gave into what is stored.
Article prepared(Article a)
{
    const auto body = HtmlSanitizer::sanitize(a.bodyHtml);
    a.bodyHtml = body.html;
    a.bodyText = body.text;
    a.headline = a.headline.simplified();
    a.lead = a.lead.trimmed();
    a.region = a.region.simplified();
    a.rubric = a.rubric.simplified();
    a.source = a.source.simplified();
    QStringList tags;
    for (const QString &t : std::as_const(a.tags)) {
        const QString clean = t.simplified();
        if (!clean.isEmpty() && !tags.contains(clean, Qt::CaseInsensitive))
            tags.append(clean);
    }
    a.tags = tags;
    if (!isSupportedLanguage(a.language))
        a.language = QStringLiteral("ru");
    for (QString *field : {&a.headline, &a.lead, &a.bodyHtml, &a.bodyText, &a.region, &a.rubric, &a.source})
        *field = nn(*field);
    return a;
}

// The columns an insert and an update both write.
void bindContent(QSqlQuery &q, const Article &a)
{
    q.bindValue(QStringLiteral(":headline"), a.headline);
    q.bindValue(QStringLiteral(":lead"), a.lead);
    q.bindValue(QStringLiteral(":body_html"), a.bodyHtml);
    q.bindValue(QStringLiteral(":body_text"), a.bodyText);
    q.bindValue(QStringLiteral(":region"), a.region);
    q.bindValue(QStringLiteral(":rubric"), a.rubric);
    q.bindValue(QStringLiteral(":tags"), stringListToDb(a.tags));
    q.bindValue(QStringLiteral(":source"), a.source);
    q.bindValue(QStringLiteral(":language"), a.language);
    q.bindValue(QStringLiteral(":word_count"), TextStats::of(a.bodyText).words);
}

const char *s_articleColumns =
    "id, headline, lead, body_html, body_text, region, rubric, tags, source, language,"
    " status, created, updated, version, created_by, publish_at, published_at";

Article articleFromRow(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toString();
    a.headline = q.value(1).toString();
    a.lead = q.value(2).toString();
    a.bodyHtml = q.value(3).toString();
    a.bodyText = q.value(4).toString();
    a.region = q.value(5).toString();
    a.rubric = q.value(6).toString();
    a.tags = stringListFromDb(q.value(7));
    a.source = q.value(8).toString();
    a.language = q.value(9).toString();
    a.status = statusFromKey(q.value(10).toString()).value_or(ArticleStatus::Draft);
    a.created = fromDbTime(q.value(11));
    a.updated = fromDbTime(q.value(12));
    a.version = q.value(13).toInt();
    a.createdBy = q.value(14).toString();
    a.publishAt = fromDbTime(q.value(15));
    a.publishedAt = fromDbTime(q.value(16));
    return a;
}

} // namespace

ArticleStore::ArticleStore(std::shared_ptr<Database> database, const Clock *clock, Actor actor)
    : m_database(std::move(database)), m_clock(clock), m_actor(std::move(actor))
{
}

Error ArticleStore::conflictError(int theirs, int yours) const
{
    return Error{Error::Code::Conflict,
                 tr("This article was changed elsewhere (it is now at version %1; your edit is based on "
                    "version %2). Nothing was overwritten and your text is kept in the editor: reload the "
                    "article and apply your change again.")
                     .arg(theirs)
                     .arg(yours),
                 {}};
}

Result<Article> ArticleStore::create(Article draft, const QString &reason)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    Article a = prepared(std::move(draft));
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.created = a.updated = m_clock->nowUtc();
    a.version = 1;
    a.status = ArticleStatus::Draft; // only the Workflow moves it on
    a.createdBy = m_actor.login;
    a.publishAt = a.publishedAt = QDateTime();

    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginWrite()); !r)
        return r.error();
    if (auto r = Permissions::authorize(db, m_actor, Action::CreateArticle); !r)
        return r.error();
    if (a.authors.isEmpty() && m_actor.authorId > 0) {
        QSqlQuery own(db);
        own.prepare(QStringLiteral("SELECT id, name, position, region FROM authors WHERE id = :id"));
        own.bindValue(QStringLiteral(":id"), m_actor.authorId);
        if (auto r = execChecked(own, tr("The authors could not be read.")); !r)
            return r.error();
        if (own.next())
            a.authors.append(Author{own.value(0).toLongLong(), own.value(1).toString(),
                                    own.value(2).toString(), own.value(3).toString()});
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO articles (id, headline, lead, body_html, body_text, region, rubric, tags,"
        " source, language, status, word_count, created, updated, version, created_by)"
        " VALUES (:id, :headline, :lead, :body_html, :body_text, :region, :rubric, :tags,"
        " :source, :language, 'draft', :word_count, :created, :updated, :version, :created_by)"));
    q.bindValue(QStringLiteral(":id"), a.id);
    bindContent(q, a);
    q.bindValue(QStringLiteral(":created"), toDbTime(a.created));
    q.bindValue(QStringLiteral(":updated"), toDbTime(a.updated));
    q.bindValue(QStringLiteral(":version"), a.version);
    q.bindValue(QStringLiteral(":created_by"), nn(a.createdBy));
    if (auto r = execChecked(q, tr("The new article could not be stored.")); !r)
        return r.error();
    if (auto r = writeRelated(db, a); !r)
        return r.error();
    if (auto r = writeRevision(db, a, reason); !r)
        return r.error();
    auto revisionId = Workflow::currentRevisionId(db, a.id);
    if (!revisionId)
        return revisionId.error();
    AuditEntry created;
    created.articleId = a.id;
    created.at = a.created;
    created.who = m_actor.login;
    created.action = QStringLiteral("created");
    created.to = ArticleStatus::Draft;
    created.comment = reason == u"created" ? QString() : reason;
    created.revisionId = *revisionId;
    if (auto r = Workflow::appendAudit(db, created); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return a;
}

Result<Article> ArticleStore::load(const QString &id)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    if (auto r = Permissions::authorize(*conn, m_actor, Action::Read); !r)
        return r.error();
    QSqlDatabase db = *conn;
    return read(db, id);
}

Result<Article> ArticleStore::read(QSqlDatabase &db, const QString &id)
{
    KeptQuery q(
        db, QStringLiteral("SELECT %1 FROM articles WHERE id = :id").arg(QLatin1String(s_articleColumns)));
    q->bindValue(QStringLiteral(":id"), id);
    if (auto r = execChecked(*q, tr("The article could not be read.")); !r)
        return r.error();
    if (!q->next())
        return Error{Error::Code::NotFound, tr("There is no article with id %1.").arg(id), {}};
    Article a = articleFromRow(*q);
    if (auto r = readRelated(db, a); !r)
        return r.error();
    return a;
}

Result<Article> ArticleStore::save(const Article &edited, SaveKind kind, const QString &reason)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    Article a = prepared(edited);
    const int base = edited.version;
    a.updated = m_clock->nowUtc();

    WriteTransaction tx(db);
    if (auto r = tx.begin(m_database->dialect().beginArticleWrite(a.id)); !r)
        return r.error();
    auto facts = Permissions::facts(db, a.id);
    if (!facts)
        return facts.error();
    // What the save changes decides what it needs and what it does to the
    // status: the text, or only the byline. (Reading needs no permission of
    // its own: editing, checked below, covers it.)
    auto stored = read(db, a.id);
    if (!stored)
        return stored.error();
    const bool textChanged =
        stored->headline != a.headline || stored->lead != a.lead || stored->bodyHtml != a.bodyHtml ||
        stored->region != a.region || stored->rubric != a.rubric || stored->tags != a.tags ||
        stored->source != a.source || stored->language != a.language || stored->pullQuotes != a.pullQuotes;
    const auto bylineKey = [](const QList<Author> &authors) {
        QStringList key;
        for (const Author &au : authors)
            key.append(au.id > 0 ? QString::number(au.id) : au.name.simplified());
        return key;
    };
    const bool bylineChanged = bylineKey(stored->authors) != bylineKey(a.authors);
    if (textChanged || !bylineChanged) {
        if (auto r = Permissions::authorize(db, m_actor, Action::EditText, &*facts); !r)
            return r.error();
    }
    if (bylineChanged) {
        if (auto r = Permissions::authorize(db, m_actor, Action::EditByline, &*facts); !r)
            return r.error();
    }
    auto lock = Workflow::foreignLiveLock(db, a.id, m_actor.login, a.updated);
    if (!lock)
        return lock.error();
    if (*lock)
        return Error{Error::Code::Conflict,
                     tr("%1: your change was not saved and is kept in the editor.").arg((*lock)->notice()),
                     (*lock)->holder};
    ArticleStatus status = facts->status;
    QString statusAction;
    if (textChanged || bylineChanged) {
        if (status == ArticleStatus::Approved) {
            status = ArticleStatus::InReview;
            statusAction = QStringLiteral("approval-voided");
        } else if (status == ArticleStatus::Published) {
            status = ArticleStatus::Updated;
            statusAction = QStringLiteral("update-started");
        }
    }
    a.status = status;
    a.createdBy = stored->createdBy;
    a.publishedAt = stored->publishedAt;
    a.publishAt = statusAction.isEmpty() ? stored->publishAt : QDateTime();

    // The statements every autosave runs are kept prepared (KeptQuery).
    KeptQuery q(
        db, QStringLiteral("UPDATE articles SET headline = :headline, lead = :lead, body_html = :body_html,"
                           " body_text = :body_text, region = :region, rubric = :rubric, tags = :tags,"
                           " source = :source, language = :language, status = :status,"
                           " publish_at = :publish_at,"
                           " word_count = :word_count, updated = :updated, version = version + 1"
                           " WHERE id = :id AND version = :base"));
    bindContent(*q, a);
    q->bindValue(QStringLiteral(":status"), statusKey(a.status));
    q->bindValue(QStringLiteral(":publish_at"), toDbTime(a.publishAt));
    q->bindValue(QStringLiteral(":updated"), toDbTime(a.updated));
    q->bindValue(QStringLiteral(":id"), a.id);
    q->bindValue(QStringLiteral(":base"), base);
    if (auto r = execChecked(*q, tr("The article could not be saved; your text is kept.")); !r)
        return r.error();
    if (q->numRowsAffected() != 1) {
        QSqlQuery v(db);
        v.prepare(QStringLiteral("SELECT version FROM articles WHERE id = :id"));
        v.bindValue(QStringLiteral(":id"), a.id);
        if (auto r = execChecked(v, tr("The article could not be saved; your text is kept.")); !r)
            return r.error();
        if (!v.next())
            return Error{Error::Code::NotFound, tr("There is no article with id %1.").arg(a.id), {}};
        return conflictError(v.value(0).toInt(), base);
    }
    a.version = base + 1;
    a.created = stored->created;
    // An autosave usually changes the body only: the byline and pull quotes
    // are rewritten when they changed.
    if (bylineChanged || stored->pullQuotes != a.pullQuotes) {
        if (auto r = writeRelated(db, a); !r)
            return r.error();
    } else {
        a.authors = stored->authors; // with their ids and names as stored
        a.pullQuotes = stored->pullQuotes;
    }
    if (kind == SaveKind::Revision) {
        if (auto r = writeRevision(db, a, reason); !r)
            return r.error();
    }
    if (!statusAction.isEmpty()) {
        auto revisionId = Workflow::currentRevisionId(db, a.id);
        if (!revisionId)
            return revisionId.error();
        AuditEntry entry;
        entry.articleId = a.id;
        entry.at = a.updated;
        entry.who = m_actor.login;
        entry.action = statusAction;
        entry.from = facts->status;
        entry.to = a.status;
        entry.revisionId = *revisionId;
        if (auto r = Workflow::appendAudit(db, entry); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return a;
}

QByteArray ArticleStore::contentKey(const Article &article)
{
    const Article a = prepared(article);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &part) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    };
    for (const QString *field :
         {&a.headline, &a.lead, &a.bodyHtml, &a.region, &a.rubric, &a.source, &a.language})
        add(*field);
    add(stringListToDb(a.tags));
    for (const Author &author : a.authors)
        add(QStringLiteral("author:") + author.name.simplified());
    for (const PullQuote &pull : a.pullQuotes)
        add(QStringLiteral("pull:") + pull.text + u'\n' + pull.speaker);
    return hash.result();
}

Result<QList<ArticleSummary>> ArticleStore::list(const ArticleFilter &filter)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    if (auto r = Permissions::authorize(*conn, m_actor, Action::Read); !r)
        return r.error();
    QStringList where;
    const QString search = m_database->dialect().searchQuery(filter.search);
    if (!search.isEmpty())
        where.append(m_database->dialect().searchCondition());
    if (filter.status)
        where.append(QStringLiteral("a.status = :status"));
    if (!filter.region.isEmpty())
        where.append(QStringLiteral("a.region = :region"));
    if (filter.authorId > 0)
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM article_authors f"
                                    " WHERE f.article_id = a.id AND f.author_id = :author)"));
    if (!filter.statuses.isEmpty()) {
        QStringList keys;
        for (ArticleStatus st : filter.statuses)
            keys.append(u'\'' + statusKey(st) + u'\''); // our own fixed keys, not user text
        where.append(QStringLiteral("a.status IN (%1)").arg(keys.join(u',')));
    }
    if (!filter.createdBy.isEmpty())
        where.append(QStringLiteral("a.created_by = :created_by"));
    auto order = nameOrder();
    if (!order)
        return order.error();
    // The authors' names first: one read of the (small) authors table, in the
    // newsroom's name order. (Read before the list, whose rows may stream:
    // a forward-only result must be read to its end before the next query.)
    QHash<qint64, QString> names;
    {
        QSqlQuery authors(*conn);
        authors.setForwardOnly(true);
        authors.prepare(QStringLiteral("SELECT id, name, family_name, given_name FROM authors"));
        if (auto r = execChecked(authors, tr("The article list could not be read.")); !r)
            return r.error();
        while (authors.next()) {
            Author au{authors.value(0).toLongLong(), authors.value(1).toString()};
            au.familyName = authors.value(2).toString();
            au.givenName = authors.value(3).toString();
            names.insert(au.id, au.bylineName(*order));
        }
    }
    QString sql = QStringLiteral("SELECT a.id, a.headline, a.region, a.status, a.updated, a.word_count,"
                                 // The byline as author ids, named from `names` below.
                                 " (SELECT %1 FROM (SELECT aa.author_id, aa.ord FROM article_authors aa"
                                 "   WHERE aa.article_id = a.id ORDER BY aa.ord) byline),"
                                 " a.created_by, NULLIF(a.publish_at, ''), a.photo_count"
                                 " FROM articles a")
                      .arg(m_database->dialect().idList(QStringLiteral("author_id"), QStringLiteral("ord")));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY a.updated DESC, a.seq DESC");
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT :limit");

    QSqlQuery q(*conn);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!search.isEmpty())
        q.bindValue(QStringLiteral(":search"), search);
    if (filter.status)
        q.bindValue(QStringLiteral(":status"), statusKey(*filter.status));
    if (!filter.region.isEmpty())
        q.bindValue(QStringLiteral(":region"), filter.region);
    if (filter.authorId > 0)
        q.bindValue(QStringLiteral(":author"), filter.authorId);
    if (filter.limit >= 0)
        q.bindValue(QStringLiteral(":limit"), filter.limit);
    if (!filter.createdBy.isEmpty())
        q.bindValue(QStringLiteral(":created_by"), filter.createdBy);
    if (auto r = execChecked(q, tr("The article list could not be read.")); !r)
        return r.error();
    QList<ArticleSummary> rows;
    while (q.next()) {
        ArticleSummary s;
        s.id = q.value(0).toString();
        s.headline = q.value(1).toString();
        s.region = q.value(2).toString();
        s.status = statusFromKey(q.value(3).toString()).value_or(ArticleStatus::Draft);
        s.updated = fromDbTime(q.value(4));
        s.words = q.value(5).toInt();
        const QString ids = q.value(6).toString();
        if (!ids.isEmpty()) {
            for (QStringView id : QStringView(ids).split(u',')) {
                if (!s.authors.isEmpty())
                    s.authors += QStringLiteral(", ");
                s.authors += names.value(id.toLongLong());
            }
        }
        s.createdBy = q.value(7).toString();
        if (!q.isNull(8))
            s.publishAt = fromDbTime(q.value(8));
        s.photos = q.value(9).toInt();
        rows.append(std::move(s));
    }
    // Who holds which article: few rows, read apart so that the list's
    // query stays a plain scan (the desk's speed goal).
    QSqlQuery locks(*conn);
    locks.prepare(
        QStringLiteral("SELECT l.article_id, COALESCE(NULLIF(u.display_name, ''), l.holder), l.last_seen"
                       " FROM article_locks l LEFT JOIN users u ON u.login = l.holder"));
    if (auto r = execChecked(locks, tr("The article list could not be read.")); !r)
        return r.error();
    QHash<QString, std::pair<QString, QDateTime>> held;
    while (locks.next())
        held.insert(locks.value(0).toString(), {locks.value(1).toString(), fromDbTime(locks.value(2))});
    if (!held.isEmpty()) {
        for (ArticleSummary &row : rows) {
            const auto it = held.constFind(row.id);
            if (it != held.constEnd()) {
                row.lockedBy = it->first;
                row.lockSeen = it->second;
            }
        }
    }
    return rows;
}

Result<int> ArticleStore::count()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT count(*) FROM articles"));
    if (auto r = execChecked(q, tr("The article list could not be read.")); !r)
        return r.error();
    q.next();
    return q.value(0).toInt();
}

Result<void> ArticleStore::writeRelated(QSqlDatabase &db, Article &article)
{
    if (auto r = writeByline(db, article.id, article.authors); !r)
        return r;
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM pull_quotes WHERE article_id = :id"));
    del.bindValue(QStringLiteral(":id"), article.id);
    if (auto r = execChecked(del, tr("The pull quotes could not be saved.")); !r)
        return r;
    int ord = 0;
    for (const PullQuote &pull : std::as_const(article.pullQuotes)) {
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO pull_quotes (article_id, ord, text, speaker)"
                                   " VALUES (:article, :ord, :text, :speaker)"));
        ins.bindValue(QStringLiteral(":article"), article.id);
        ins.bindValue(QStringLiteral(":ord"), ord++);
        ins.bindValue(QStringLiteral(":text"), nn(pull.text));
        ins.bindValue(QStringLiteral(":speaker"), nn(pull.speaker));
        if (auto r = execChecked(ins, tr("The pull quotes could not be saved.")); !r)
            return r;
    }
    // Read back: new byline authors get their ids.
    return readRelated(db, article);
}

Result<void> ArticleStore::readRelated(QSqlDatabase &db, Article &article)
{
    auto byline = readByline(db, article.id);
    if (!byline)
        return byline.error();
    article.authors = *byline;
    KeptQuery q(db,
                QStringLiteral("SELECT text, speaker FROM pull_quotes WHERE article_id = :id ORDER BY ord"));
    q->bindValue(QStringLiteral(":id"), article.id);
    if (auto r = execChecked(*q, tr("The pull quotes could not be read.")); !r)
        return r;
    article.pullQuotes.clear();
    while (q->next())
        article.pullQuotes.append(PullQuote{q->value(0).toString(), q->value(1).toString()});
    return {};
}

Result<void> ArticleStore::writeByline(QSqlDatabase &db, const QString &articleId,
                                       const QList<Author> &authors)
{
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM article_authors WHERE article_id = :id"));
    del.bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(del, tr("The byline could not be saved.")); !r)
        return r;
    int ord = 0;
    QList<qint64> seen;
    for (const Author &author : authors) {
        qint64 authorId = author.id;
        if (authorId <= 0) {
            auto ensured = ensureAuthor(author);
            if (!ensured)
                return ensured.error();
            authorId = ensured->id;
        }
        if (seen.contains(authorId))
            continue;
        seen.append(authorId);
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO article_authors (article_id, author_id, ord)"
                                   " VALUES (:article, :author, :ord)"));
        ins.bindValue(QStringLiteral(":article"), articleId);
        ins.bindValue(QStringLiteral(":author"), authorId);
        ins.bindValue(QStringLiteral(":ord"), ord++);
        if (auto r = execChecked(ins, tr("The byline could not be saved.")); !r)
            return r;
    }
    return {};
}

Result<QList<Author>> ArticleStore::readByline(QSqlDatabase &db, const QString &articleId)
{
    auto order = nameOrder();
    if (!order)
        return order.error();
    KeptQuery q(db,
                QStringLiteral("SELECT au.id, au.name, au.position, au.region, au.family_name, au.given_name"
                               " FROM article_authors aa JOIN authors au ON au.id = aa.author_id"
                               " WHERE aa.article_id = :id ORDER BY aa.ord"));
    q->bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(*q, tr("The byline could not be read.")); !r)
        return r.error();
    QList<Author> byline;
    while (q->next()) {
        Author au{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                  q->value(3).toString()};
        au.familyName = q->value(4).toString();
        au.givenName = q->value(5).toString();
        au.name = au.bylineName(*order);
        byline.append(au);
    }
    return byline;
}

Result<void> ArticleStore::writeRevision(QSqlDatabase &db, const Article &article, const QString &reason)
{
    QJsonObject snapshot = article.toJson();
    QJsonArray byline;
    for (const Author &a : article.authors)
        byline.append(QJsonObject{{QStringLiteral("id"), a.id},
                                  {QStringLiteral("name"), a.name},
                                  {QStringLiteral("position"), a.position}});
    snapshot.insert(QStringLiteral("authors"), byline);
    KeptQuery q(db, QStringLiteral(
                        "INSERT INTO article_revisions (article_id, version, who, reason, created, snapshot)"
                        " VALUES (:article, :version, :who, :reason, :created, :snapshot)"));
    q->bindValue(QStringLiteral(":article"), article.id);
    q->bindValue(QStringLiteral(":version"), article.version);
    q->bindValue(QStringLiteral(":who"), nn(m_actor.login));
    q->bindValue(QStringLiteral(":reason"), nn(reason));
    q->bindValue(QStringLiteral(":created"), toDbTime(m_clock->nowUtc()));
    q->bindValue(QStringLiteral(":snapshot"),
                 QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact)));
    return execChecked(*q, tr("The revision could not be recorded."));
}

namespace {
Revision revisionFromRow(const QSqlQuery &q)
{
    Revision r;
    r.id = q.value(0).toLongLong();
    r.articleId = q.value(1).toString();
    r.version = q.value(2).toInt();
    r.who = q.value(3).toString();
    r.reason = q.value(4).toString();
    r.created = fromDbTime(q.value(5));
    const QJsonObject snapshot = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    r.snapshot = Article::fromJson(snapshot);
    const QJsonArray byline = snapshot.value(QStringLiteral("authors")).toArray();
    for (qsizetype i = 0; i < byline.size() && i < r.snapshot.authors.size(); ++i)
        r.snapshot.authors[i].id = byline.at(i).toObject().value(QStringLiteral("id")).toInteger();
    return r;
}
} // namespace

Result<QList<Revision>> ArticleStore::revisions(const QString &articleId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    if (auto r = Permissions::authorize(*conn, m_actor, Action::Read); !r)
        return r.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT id, article_id, version, who, reason, created, snapshot"
                             " FROM article_revisions WHERE article_id = :id ORDER BY id DESC"));
    q.bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(q, tr("The revisions could not be read.")); !r)
        return r.error();
    QList<Revision> list;
    while (q.next())
        list.append(revisionFromRow(q));
    return list;
}

Result<Revision> ArticleStore::revision(qint64 revisionId)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    if (auto r = Permissions::authorize(*conn, m_actor, Action::Read); !r)
        return r.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT id, article_id, version, who, reason, created, snapshot"
                             " FROM article_revisions WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), revisionId);
    if (auto r = execChecked(q, tr("The revision could not be read.")); !r)
        return r.error();
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no revision #%1.").arg(revisionId), {}};
    return revisionFromRow(q);
}

Result<Article> ArticleStore::restore(qint64 revisionId, int baseVersion)
{
    auto rev = revision(revisionId);
    if (!rev)
        return rev.error();
    Article restored = rev->snapshot;
    restored.version = baseVersion;
    // The workflow state is not content: restoring text never changes it.
    auto current = load(restored.id);
    if (!current)
        return current.error();
    if (current->version != baseVersion)
        return conflictError(current->version, baseVersion);
    restored.status = current->status;
    // The text being replaced stays in the history: snapshot it unless the
    // newest revision already holds this version.
    auto history = revisions(restored.id);
    if (!history)
        return history.error();
    if (history->isEmpty() || history->first().version != current->version) {
        auto conn = m_database->connection();
        if (!conn)
            return conn.error();
        QSqlDatabase db = *conn;
        if (auto r = writeRevision(db, *current, QStringLiteral("before restore")); !r)
            return r.error();
    }
    return save(restored, SaveKind::Revision, QStringLiteral("restore of #%1").arg(revisionId));
}

Result<QList<Author>> ArticleStore::authors()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT id, name, position, region FROM authors ORDER BY name"));
    if (auto r = execChecked(q, tr("The authors could not be read.")); !r)
        return r.error();
    QList<Author> list;
    while (q.next())
        list.append(Author{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString()});
    return list;
}

Result<Author> ArticleStore::ensureAuthor(const Author &author)
{
    const QString name = author.name.simplified();
    if (name.isEmpty())
        return Error{Error::Code::InvalidInput, tr("An author needs a name."), {}};
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery find(*conn);
    find.prepare(QStringLiteral("SELECT id, name, position, region FROM authors WHERE name = :name"
                                " OR (given_name <> '' AND given_name || ' ' || family_name = :name2)"
                                " ORDER BY name = :name3 DESC LIMIT 1"));
    find.bindValue(QStringLiteral(":name"), name);
    find.bindValue(QStringLiteral(":name2"), name);
    find.bindValue(QStringLiteral(":name3"), name);
    if (auto r = execChecked(find, tr("The authors could not be read.")); !r)
        return r.error();
    if (find.next())
        return Author{find.value(0).toLongLong(), find.value(1).toString(), find.value(2).toString(),
                      find.value(3).toString()};
    QSqlQuery ins(*conn);
    Author parts = author;
    parts.name = name;
    parts.fillNameParts();
    ins.prepare(
        QStringLiteral("INSERT INTO authors (name, position, region, created, family_name, given_name)"
                       " VALUES (:name, :position, :region, :created, :family, :given) RETURNING id"));
    ins.bindValue(QStringLiteral(":name"), name);
    ins.bindValue(QStringLiteral(":family"), nn(parts.familyName));
    ins.bindValue(QStringLiteral(":given"), nn(parts.givenName));
    ins.bindValue(QStringLiteral(":position"), nn(author.position.simplified()));
    ins.bindValue(QStringLiteral(":region"), nn(author.region.simplified()));
    ins.bindValue(QStringLiteral(":created"), toDbTime(m_clock->nowUtc()));
    auto id = execInsert(ins, tr("The author could not be added."));
    if (!id)
        return id.error();
    return Author{*id, name, author.position.simplified(), author.region.simplified()};
}

Result<NameOrder> ArticleStore::nameOrder()
{
    auto value = editorState(QStringLiteral("newsroom.name_order"));
    if (!value)
        return value.error();
    return *value == u"given-family" ? NameOrder::GivenFamily : NameOrder::FamilyGiven;
}

Result<QStringList> ArticleStore::regions()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT DISTINCT region FROM articles WHERE region <> '' ORDER BY region"));
    if (auto r = execChecked(q, tr("The regions could not be read.")); !r)
        return r.error();
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

Result<void> ArticleStore::setEditorState(const QString &key, const QString &value)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("INSERT INTO editor_state (key, value) VALUES (:key, :value)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), nn(value));
    return execChecked(q, tr("The editor position could not be remembered."));
}

Result<QString> ArticleStore::editorState(const QString &key)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    KeptQuery q(*conn, QStringLiteral("SELECT value FROM editor_state WHERE key = :key"));
    q->bindValue(QStringLiteral(":key"), key);
    if (auto r = execChecked(*q, tr("The editor position could not be read.")); !r)
        return r.error();
    return q->next() ? q->value(0).toString() : QString();
}

} // namespace Qalam
