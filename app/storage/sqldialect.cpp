#include "app/storage/sqldialect.h"

namespace Qalam {

namespace {

// Russian writers type "е" for "ё" as often as not: the index holds both as
// "е" (queries are folded the same way in searchQuery()).
QString fold(const char *column)
{
    return QStringLiteral("replace(replace(%1, 'ё', 'е'), 'Ё', 'Е')").arg(QLatin1String(column));
}

// The triggers that keep articles_fts in step with articles (schema 3 on).
QStringList foldedSearchTriggers()
{
    const QString newValues = fold("new.headline") + u',' + fold("new.lead") + u',' + fold("new.body_text");
    const QString oldValues = fold("old.headline") + u',' + fold("old.lead") + u',' + fold("old.body_text");
    return {
        QStringLiteral("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
                       " INSERT INTO articles_fts(rowid, headline, lead, body_text)"
                       " VALUES (new.seq, %1); END")
            .arg(newValues),
        QStringLiteral("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
                       " INSERT INTO articles_fts(articles_fts, rowid, headline, lead, body_text)"
                       " VALUES ('delete', old.seq, %1); END")
            .arg(oldValues),
        QStringLiteral("CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, lead, body_text"
                       " ON articles BEGIN"
                       " INSERT INTO articles_fts(articles_fts, rowid, headline, lead, body_text)"
                       " VALUES ('delete', old.seq, %1);"
                       " INSERT INTO articles_fts(rowid, headline, lead, body_text)"
                       " VALUES (new.seq, %2); END")
            .arg(oldValues, newValues),
    };
}

} // namespace

QStringList outboxClaimColumns()
{
    return {
        // Which runner (desk, process and a token of its own) runs the job,
        // and until when its lease holds unless it renews it (ISO text in UTC
        // like the other times; "" when nobody runs it).
        QStringLiteral("ALTER TABLE outbox_jobs ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE outbox_jobs ADD COLUMN claimed_until TEXT NOT NULL DEFAULT ''"),
    };
}

QStringList SqliteDialect::migration(int version) const
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE authors ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL,"
                           " position TEXT NOT NULL DEFAULT '',"
                           " region TEXT NOT NULL DEFAULT '',"
                           " created TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX authors_name ON authors(name)"),
            // `seq` is the integer key the full-text index refers to; `id` is the
            // article's public UUID.
            QStringLiteral("CREATE TABLE articles ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " id TEXT NOT NULL UNIQUE,"
                           " headline TEXT NOT NULL DEFAULT '',"
                           " lead TEXT NOT NULL DEFAULT '',"
                           " region TEXT NOT NULL DEFAULT '',"
                           " rubric TEXT NOT NULL DEFAULT '',"
                           " tags TEXT NOT NULL DEFAULT '[]',"
                           " source TEXT NOT NULL DEFAULT '',"
                           " language TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('ru','kk','en')),"
                           " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN"
                           "  ('draft','in_review','returned','approved','published')),"
                           " word_count INTEGER NOT NULL DEFAULT 0,"
                           " created TEXT NOT NULL,"
                           " updated TEXT NOT NULL,"
                           " version INTEGER NOT NULL DEFAULT 1,"
                           // The bodies come last: a row's small columns are then read
                           // without walking the bodies' overflow pages (the desk list).
                           " body_html TEXT NOT NULL DEFAULT '',"
                           " body_text TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX articles_updated ON articles(updated DESC)"),
            QStringLiteral("CREATE TABLE article_authors ("
                           " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " author_id INTEGER NOT NULL REFERENCES authors(id),"
                           " ord INTEGER NOT NULL,"
                           " PRIMARY KEY (article_id, author_id))"),
            QStringLiteral("CREATE INDEX article_authors_author ON article_authors(author_id)"),
            QStringLiteral("CREATE TABLE article_revisions ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " version INTEGER NOT NULL,"
                           " who TEXT NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " created TEXT NOT NULL,"
                           " snapshot TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX article_revisions_article ON article_revisions(article_id, id)"),
        };
    case 2:
        return {
            // External-content FTS5 index: unicode61 folds case for Cyrillic and
            // Latin; remove_diacritics 2 folds Latin accents but keeps й, ё and
            // the Kazakh letters (ә ғ қ ң ө ұ ү һ і) distinct.
            QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5("
                           " headline, lead, body_text,"
                           " content='articles', content_rowid='seq',"
                           " tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
                           " INSERT INTO articles_fts(rowid, headline, lead, body_text)"
                           " VALUES (new.seq, new.headline, new.lead, new.body_text); END"),
            QStringLiteral("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
                           " INSERT INTO articles_fts(articles_fts, rowid, headline, lead, body_text)"
                           " VALUES ('delete', old.seq, old.headline, old.lead, old.body_text); END"),
            QStringLiteral("CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, lead, body_text"
                           " ON articles BEGIN"
                           " INSERT INTO articles_fts(articles_fts, rowid, headline, lead, body_text)"
                           " VALUES ('delete', old.seq, old.headline, old.lead, old.body_text);"
                           " INSERT INTO articles_fts(rowid, headline, lead, body_text)"
                           " VALUES (new.seq, new.headline, new.lead, new.body_text); END"),
            QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"),
            // Where the editor was: reopened after a crash or a restart.
            QStringLiteral("CREATE TABLE editor_state ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
        };
    case 3:
        return QStringList{
                   QStringLiteral("DROP TRIGGER articles_fts_insert"),
                   QStringLiteral("DROP TRIGGER articles_fts_delete"),
                   QStringLiteral("DROP TRIGGER articles_fts_update"),
                   QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')"),
               } +
               foldedSearchTriggers() +
               QStringList{
                   QStringLiteral(
                       "INSERT INTO articles_fts(rowid, headline, lead, body_text) SELECT seq, %1, %2, %3"
                       " FROM articles")
                       .arg(fold("headline"), fold("lead"), fold("body_text")),
               };
    case 4:
        return {
            // Pull quotes chosen by the editor, in order; exported and published.
            QStringLiteral("CREATE TABLE pull_quotes ("
                           " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " ord INTEGER NOT NULL,"
                           " text TEXT NOT NULL,"
                           " speaker TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (article_id, ord))"),
            // Words every editor's spellchecker accepts, per language.
            QStringLiteral("CREATE TABLE newsroom_dictionary ("
                           " language TEXT NOT NULL CHECK (language IN ('ru','kk','en')),"
                           " word TEXT NOT NULL,"
                           " added_by TEXT NOT NULL,"
                           " created TEXT NOT NULL,"
                           " PRIMARY KEY (language, word))"),
        };
    case 5:
        return {
            // One row per original picture; the file itself is stored next to
            // the database, content-addressed (see PhotoStore).
            QStringLiteral("CREATE TABLE photos ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " sha256 TEXT NOT NULL UNIQUE,"
                           " file_name TEXT NOT NULL,"
                           " mime TEXT NOT NULL,"
                           " width INTEGER NOT NULL,"
                           " height INTEGER NOT NULL,"
                           " caption TEXT NOT NULL DEFAULT '',"
                           " alt TEXT NOT NULL DEFAULT '',"
                           " credit_source TEXT NOT NULL DEFAULT '',"
                           " credit_type TEXT NOT NULL DEFAULT '',"
                           " creator TEXT NOT NULL DEFAULT '',"
                           " licence TEXT NOT NULL DEFAULT '',"
                           " has_gps INTEGER NOT NULL DEFAULT 0,"
                           " taken TEXT NOT NULL DEFAULT '',"
                           " camera TEXT NOT NULL DEFAULT '',"
                           " orientation INTEGER NOT NULL DEFAULT 1,"
                           " consent TEXT NOT NULL DEFAULT '{}',"
                           " created TEXT NOT NULL)"),
            // Where a picture is used: ordered, one of them the lead photo.
            QStringLiteral("CREATE TABLE photo_uses ("
                           " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " photo_id INTEGER NOT NULL REFERENCES photos(id),"
                           " ord INTEGER NOT NULL,"
                           " is_lead INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (article_id, photo_id))"),
            QStringLiteral("CREATE INDEX photo_uses_photo ON photo_uses(photo_id)"),
        };
    case 6:
        // Users, roles and the approval workflow. The articles table is rebuilt
        // (SQLite cannot change a CHECK constraint in place) to allow the new
        // states and to record who created it and when it is (to be)
        // published; Database::migrate runs migrations with foreign keys off
        // and checks them before committing.
        return QStringList{
                   QStringLiteral(
                       "CREATE TABLE articles_new ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " id TEXT NOT NULL UNIQUE,"
                       " headline TEXT NOT NULL DEFAULT '',"
                       " lead TEXT NOT NULL DEFAULT '',"
                       " region TEXT NOT NULL DEFAULT '',"
                       " rubric TEXT NOT NULL DEFAULT '',"
                       " tags TEXT NOT NULL DEFAULT '[]',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " language TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('ru','kk','en')),"
                       " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN"
                       "  ('draft','in_review','returned','approved','published','withdrawn','updated',"
                       "   'unpublished')),"
                       " word_count INTEGER NOT NULL DEFAULT 0,"
                       " created TEXT NOT NULL,"
                       " updated TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " created_by TEXT NOT NULL DEFAULT '',"
                       " publish_at TEXT NOT NULL DEFAULT '',"
                       " published_at TEXT NOT NULL DEFAULT '',"
                       // Kept by triggers on photo_uses: the desk shows it for every row.
                       " photo_count INTEGER NOT NULL DEFAULT 0,"
                       " body_html TEXT NOT NULL DEFAULT '',"
                       " body_text TEXT NOT NULL DEFAULT '')"),
                   QStringLiteral(
                       "INSERT INTO articles_new (seq, id, headline, lead, region, rubric, tags, source, "
                       "language,"
                       " status, word_count, created, updated, version, created_by, photo_count, body_html, "
                       "body_text)"
                       " SELECT seq, id, headline, lead, region, rubric, tags, source, language, status,"
                       " word_count, created, updated, version,"
                       " COALESCE((SELECT r.who FROM article_revisions r WHERE r.article_id = articles.id"
                       "  ORDER BY r.id LIMIT 1), ''),"
                       " (SELECT count(*) FROM photo_uses u WHERE u.article_id = articles.id),"
                       " body_html, body_text FROM articles"),
                   QStringLiteral("DROP TABLE articles"),
                   QStringLiteral("ALTER TABLE articles_new RENAME TO articles"),
                   QStringLiteral("CREATE INDEX articles_updated ON articles(updated DESC)"),
                   QStringLiteral("CREATE INDEX articles_status ON articles(status, updated)"),
                   // Bylines in order straight from an index: the desk reads one
                   // per listed article.
                   QStringLiteral(
                       "CREATE INDEX article_authors_order ON article_authors(article_id, ord, author_id)"),
                   QStringLiteral(
                       "CREATE TRIGGER photo_uses_count_insert AFTER INSERT ON photo_uses BEGIN"
                       " UPDATE articles SET photo_count = photo_count + 1 WHERE id = new.article_id;"
                       " END"),
                   QStringLiteral(
                       "CREATE TRIGGER photo_uses_count_delete AFTER DELETE ON photo_uses BEGIN"
                       " UPDATE articles SET photo_count = photo_count - 1 WHERE id = old.article_id;"
                       " END"),
               } +
               foldedSearchTriggers() +
               QStringList{
                   // Author profiles: the name parts decide the byline order.
                   QStringLiteral("ALTER TABLE authors ADD COLUMN family_name TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE authors ADD COLUMN given_name TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE authors ADD COLUMN desk TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE authors ADD COLUMN bio_ru TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE authors ADD COLUMN bio_kk TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE authors ADD COLUMN bio_en TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE authors ADD COLUMN avatar BLOB"),
                   QStringLiteral("ALTER TABLE authors ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE authors ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE authors ADD COLUMN links TEXT NOT NULL DEFAULT '[]'"),
                   QStringLiteral("ALTER TABLE authors ADD COLUMN active INTEGER NOT NULL DEFAULT 1"),
                   QStringLiteral("CREATE TABLE users ("
                                  " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                  " login TEXT NOT NULL UNIQUE,"
                                  " display_name TEXT NOT NULL DEFAULT '',"
                                  " roles TEXT NOT NULL DEFAULT '[]',"
                                  " regions TEXT NOT NULL DEFAULT '[]',"
                                  " active INTEGER NOT NULL DEFAULT 1,"
                                  " author_id INTEGER REFERENCES authors(id),"
                                  " password_hash TEXT NOT NULL,"
                                  " created TEXT NOT NULL)"),
                   // Append-only: the triggers refuse to change or remove history.
                   QStringLiteral("CREATE TABLE audit_log ("
                                  " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                  " article_id TEXT NOT NULL,"
                                  " at TEXT NOT NULL,"
                                  " who TEXT NOT NULL,"
                                  " action TEXT NOT NULL,"
                                  " from_status TEXT NOT NULL DEFAULT '',"
                                  " to_status TEXT NOT NULL DEFAULT '',"
                                  " comment TEXT NOT NULL DEFAULT '',"
                                  " revision_id INTEGER NOT NULL DEFAULT 0,"
                                  " detail TEXT NOT NULL DEFAULT '{}')"),
                   QStringLiteral("CREATE INDEX audit_log_article ON audit_log(article_id, id)"),
                   QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
                                  " SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
                   QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
                                  " SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
                   QStringLiteral("CREATE TABLE article_comments ("
                                  " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                  " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                                  " at TEXT NOT NULL,"
                                  " who TEXT NOT NULL,"
                                  " text TEXT NOT NULL,"
                                  " revision_id INTEGER NOT NULL DEFAULT 0)"),
                   QStringLiteral(
                       "CREATE INDEX article_comments_article ON article_comments(article_id, id)"),
                   QStringLiteral("CREATE TABLE article_locks ("
                                  " article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                                  " holder TEXT NOT NULL,"
                                  " taken TEXT NOT NULL,"
                                  " last_seen TEXT NOT NULL)"),
                   QStringLiteral("CREATE TABLE notifications ("
                                  " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                  " at TEXT NOT NULL,"
                                  " recipient TEXT NOT NULL,"
                                  " kind TEXT NOT NULL,"
                                  " article_id TEXT NOT NULL,"
                                  " text TEXT NOT NULL,"
                                  " dedupe TEXT NOT NULL DEFAULT '',"
                                  " read INTEGER NOT NULL DEFAULT 0)"),
                   QStringLiteral("CREATE INDEX notifications_recipient ON notifications(recipient, id)"),
               };
    case 7:
        return {
            // Import: the source an article was made from (never published)
            // and the pictures it mentions that wait for their files.
            QStringLiteral("CREATE TABLE article_sources ("
                           " article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                           " format TEXT NOT NULL,"
                           " original TEXT NOT NULL,"
                           " imported TEXT NOT NULL,"
                           " imported_by TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE photo_slots ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " ord INTEGER NOT NULL,"
                           " caption TEXT NOT NULL DEFAULT '',"
                           " alt TEXT NOT NULL DEFAULT '',"
                           " credit_source TEXT NOT NULL DEFAULT '',"
                           " credit_type TEXT NOT NULL DEFAULT '',"
                           " credit_line TEXT NOT NULL DEFAULT '',"
                           " image_url TEXT NOT NULL DEFAULT '',"
                           " is_lead INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX photo_slots_article ON photo_slots(article_id, ord)"),
        };
    case 8:
        return {
            // Publishing endpoints. Their secrets are never stored here (see
            // SecretStore): only what can be shown to every editor.
            QStringLiteral("CREATE TABLE endpoints ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " type TEXT NOT NULL CHECK (type IN ('wordpress','ninjs-http','folder')),"
                           " url TEXT NOT NULL,"
                           " auth TEXT NOT NULL DEFAULT 'none'"
                           "  CHECK (auth IN ('app-password','bearer','header','none')),"
                           " login TEXT NOT NULL DEFAULT '',"
                           " header_name TEXT NOT NULL DEFAULT '',"
                           " timeout_seconds INTEGER NOT NULL DEFAULT 30,"
                           " concurrency INTEGER NOT NULL DEFAULT 2,"
                           " category_map TEXT NOT NULL DEFAULT '{}',"
                           " author_map TEXT NOT NULL DEFAULT '{}',"
                           " renditions INTEGER NOT NULL DEFAULT 1,"
                           " trash_on_unpublish INTEGER NOT NULL DEFAULT 0,"
                           " ca_certificate_file TEXT NOT NULL DEFAULT '',"
                           " ninjs_version TEXT NOT NULL DEFAULT '3.1',"
                           " created TEXT NOT NULL,"
                           " updated TEXT NOT NULL)"),
            // Every attempt to publish or unpublish, append-only like the audit log.
            QStringLiteral("CREATE TABLE publish_log ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " article_id TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " who TEXT NOT NULL,"
                           " endpoint TEXT NOT NULL,"
                           " action TEXT NOT NULL CHECK (action IN ('publish','unpublish')),"
                           " remote_url TEXT NOT NULL DEFAULT '',"
                           " result TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX publish_log_article ON publish_log(article_id, id)"),
            QStringLiteral("CREATE TRIGGER publish_log_no_update BEFORE UPDATE ON publish_log BEGIN"
                           " SELECT RAISE(ABORT, 'the publish log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER publish_log_no_delete BEFORE DELETE ON publish_log BEGIN"
                           " SELECT RAISE(ABORT, 'the publish log is append-only'); END"),
        };
    case 9:
        return {
            // The publishing outbox: one job per press of Publish/Unpublish,
            // kept until it is done, failed for good or cancelled, so a crash
            // or a reboot resumes it.
            QStringLiteral("CREATE TABLE outbox_jobs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " article_id TEXT NOT NULL REFERENCES articles(id),"
                           " endpoint TEXT NOT NULL,"
                           " action TEXT NOT NULL CHECK (action IN ('publish','unpublish')),"
                           " state TEXT NOT NULL"
                           "  CHECK (state IN ('queued','running','waiting','failed','done','cancelled')),"
                           " created_by TEXT NOT NULL,"
                           " created TEXT NOT NULL,"
                           " updated TEXT NOT NULL,"
                           " not_before TEXT NOT NULL DEFAULT '',"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " remote_url TEXT NOT NULL DEFAULT '')"),
            // At most one unfinished job per article and endpoint.
            QStringLiteral("CREATE UNIQUE INDEX outbox_jobs_active ON outbox_jobs(article_id, endpoint)"
                           " WHERE state IN ('queued','running','waiting')"),
            // What each step of a job achieved, stored as it completes:
            // a resumed job skips them.
            QStringLiteral("CREATE TABLE outbox_steps ("
                           " job_id INTEGER NOT NULL REFERENCES outbox_jobs(id) ON DELETE CASCADE,"
                           " step TEXT NOT NULL,"
                           " result TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " PRIMARY KEY (job_id, step))"),
            // Where an article lives at an endpoint: the post (or package)
            // and its media, so an update changes the same post and
            // re-uploads only photos that changed.
            QStringLiteral("CREATE TABLE remote_posts ("
                           " article_id TEXT NOT NULL REFERENCES articles(id),"
                           " endpoint TEXT NOT NULL,"
                           " remote_id TEXT NOT NULL DEFAULT '',"
                           " remote_url TEXT NOT NULL DEFAULT '',"
                           " slug TEXT NOT NULL,"
                           " media TEXT NOT NULL DEFAULT '{}',"
                           " state TEXT NOT NULL DEFAULT 'published'"
                           "  CHECK (state IN ('published','unpublished')),"
                           " published_at TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (article_id, endpoint))"),
        };
    case 10:
        // Team mode's change notifications are PostgreSQL triggers; a file's
        // other writers show in PRAGMA data_version. Nothing to change here.
        return {};
    case 11:
        return outboxClaimColumns();
    default:
        return {};
    }
}

QStringList SqliteDialect::schemaVersionQueries() const
{
    return {QStringLiteral("PRAGMA user_version")};
}

QString SqliteDialect::setSchemaVersion(int version) const
{
    // PRAGMA cannot take bound values; the version is an integer of ours.
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QStringList SqliteDialect::beforeMigrations() const
{
    // Migrations may rebuild a table (SQLite's way to change a constraint):
    // with foreign keys on, dropping the old table would cascade into its
    // children. They run with foreign keys off (a pragma that only works
    // outside a transaction) and each is checked before it commits.
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=OFF")};
}

QStringList SqliteDialect::afterMigrations() const
{
    return {QStringLiteral("PRAGMA foreign_keys=ON")};
}

QString SqliteDialect::foreignKeyCheck() const
{
    return QStringLiteral("PRAGMA foreign_key_check");
}

QString SqliteDialect::tableCountQuery() const
{
    return QStringLiteral("SELECT count(*) FROM sqlite_master");
}

QString SqliteDialect::integrityCheck() const
{
    return QStringLiteral("PRAGMA integrity_check");
}

QStringList SqliteDialect::connectionSetup() const
{
    // WAL with synchronous=NORMAL survives a killed process (the last committed
    // transaction is intact); foreign keys are off by default in SQLite; a
    // 32 MiB page cache keeps the desk's list and searches off the disk.
    return {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA cache_size=-32768")};
}

QString SqliteDialect::searchCondition() const
{
    return QStringLiteral("a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :search)");
}

QStringList searchWords(const QString &userText)
{
    QStringList words;
    QString word;
    auto flush = [&]() {
        if (!word.isEmpty())
            words.append(word);
        word.clear();
    };
    for (QChar c : userText) {
        if (c == u'ё')
            c = u'е';
        else if (c == u'Ё')
            c = u'Е';
        if (c.isLetterOrNumber() || c.isMark())
            word += c;
        else
            flush();
    }
    flush();
    return words;
}

QString SqliteDialect::searchQuery(const QString &userText) const
{
    // Every word becomes a quoted prefix term; quoting keeps FTS5 operators and
    // punctuation the user typed from being read as query syntax.
    QStringList terms;
    for (const QString &word : searchWords(userText))
        terms.append(u'"' + word + QStringLiteral("\"*"));
    return terms.join(u' ');
}

QString SqliteDialect::idList(const QString &column, const QString &) const
{
    return QStringLiteral("group_concat(%1)").arg(column);
}

} // namespace Qalam
