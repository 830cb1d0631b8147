#include "app/storage/sqldialect.h"

namespace Qalam {

namespace {

// The key of the advisory lock every write transaction takes: write
// transactions queue behind each other as they do on SQLite's file lock.
// Advisory locks are per database, so two newsrooms on one server never wait
// for each other. ("Qalam" in ASCII.)
constexpr const char *s_writeLockKey = "349485016429";
// The first key of the per-article locks of saves ("Qala").
constexpr qint32 s_articleLockSpace = 0x51616c61;

// What the full-text index holds: headline, lead and body with ё folded to е
// (queries are folded the same way), cut at 100,000 characters so that a
// huge paste stays well within a tsvector's 1 MB (longer texts are searchable
// by their beginning).
QString searchText()
{
    return QStringLiteral("left(replace(replace(headline || ' ' || lead || ' ' || body_text, 'ё', 'е'),"
                          " 'Ё', 'Е'), 100000)");
}

// Schema 10: every change another desktop must see is announced on the
// channel `qalam_changes` (ChangeFeed LISTENs there) as a small JSON object
// {"article", "what", "by", "version", "pid"}. `what` is "created", "saved"
// (text, details or photo count), "status", "lock" (taken, given back or
// taken over; a renewal is not news) or "log" (an audit entry without a
// state change); `by` is the login where the row names one (the creator, the
// lock holder, the audit entry's author), else empty; `pid` is the writing
// server process. NOTIFY is delivered at commit, so a listener that reads
// the article then sees the change; a rolled-back write announces nothing.
QStringList changeNotifications()
{
    return {
        QStringLiteral("CREATE FUNCTION qalam_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " DECLARE"
                       "  article TEXT;"
                       "  what TEXT;"
                       "  who TEXT := '';"
                       "  ver INTEGER := 0;"
                       " BEGIN"
                       "  IF TG_TABLE_NAME = 'articles' THEN"
                       "   article := NEW.id;"
                       "   ver := NEW.version;"
                       "   IF TG_OP = 'INSERT' THEN"
                       "    what := 'created';"
                       "    who := NEW.created_by;"
                       "   ELSIF NEW.status IS DISTINCT FROM OLD.status THEN"
                       "    what := 'status';"
                       "   ELSE"
                       "    what := 'saved';"
                       "   END IF;"
                       "  ELSIF TG_TABLE_NAME = 'article_locks' THEN"
                       "   what := 'lock';"
                       "   IF TG_OP = 'DELETE' THEN"
                       "    article := OLD.article_id;"
                       "    who := OLD.holder;"
                       "   ELSIF TG_OP = 'UPDATE' AND NEW.holder = OLD.holder THEN"
                       "    RETURN NULL;"
                       "   ELSE"
                       "    article := NEW.article_id;"
                       "    who := NEW.holder;"
                       "   END IF;"
                       "  ELSE"
                       "   article := NEW.article_id;"
                       "   who := NEW.who;"
                       "   what := CASE WHEN NEW.to_status <> '' AND NEW.to_status <> NEW.from_status"
                       "           THEN 'status' ELSE 'log' END;"
                       "  END IF;"
                       "  PERFORM pg_notify('qalam_changes', json_build_object('article', article,"
                       "   'what', what, 'by', who, 'version', ver, 'pid', pg_backend_pid())::text);"
                       "  RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER articles_notify AFTER INSERT OR UPDATE ON articles"
                       " FOR EACH ROW EXECUTE FUNCTION qalam_notify_change()"),
        QStringLiteral("CREATE TRIGGER article_locks_notify AFTER INSERT OR UPDATE OR DELETE ON article_locks"
                       " FOR EACH ROW EXECUTE FUNCTION qalam_notify_change()"),
        QStringLiteral("CREATE TRIGGER audit_log_notify AFTER INSERT ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION qalam_notify_change()"),
    };
}

} // namespace

QStringList PostgresDialect::tables()
{
    return {QStringLiteral("schema_meta"),
            QStringLiteral("authors"),
            QStringLiteral("articles"),
            QStringLiteral("article_authors"),
            QStringLiteral("article_revisions"),
            QStringLiteral("editor_state"),
            QStringLiteral("pull_quotes"),
            QStringLiteral("newsroom_dictionary"),
            QStringLiteral("photos"),
            QStringLiteral("photo_originals"),
            QStringLiteral("photo_uses"),
            QStringLiteral("users"),
            QStringLiteral("audit_log"),
            QStringLiteral("article_comments"),
            QStringLiteral("article_locks"),
            QStringLiteral("notifications"),
            QStringLiteral("article_sources"),
            QStringLiteral("photo_slots"),
            QStringLiteral("endpoints"),
            QStringLiteral("publish_log"),
            QStringLiteral("outbox_jobs"),
            QStringLiteral("outbox_steps"),
            QStringLiteral("remote_posts")};
}

QStringList PostgresDialect::migration(int version) const
{
    if (version == 1)
        return {QStringLiteral("CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")};
    if (version == 10)
        return changeNotifications();
    if (version == 11)
        return outboxClaimColumns();
    if (version != 9)
        return {}; // the baseline below holds everything up to schema 9

    // Schema 9 in one go, column for column as SQLite has it after its nine
    // migrations: ids are identities (BY DEFAULT, so that a copied database
    // keeps its ids), booleans stay 0/1 integers and timestamps ISO text.
    return {
        QStringLiteral("CREATE TABLE authors ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " position TEXT NOT NULL DEFAULT '',"
                       " region TEXT NOT NULL DEFAULT '',"
                       " created TEXT NOT NULL,"
                       " family_name TEXT NOT NULL DEFAULT '',"
                       " given_name TEXT NOT NULL DEFAULT '',"
                       " desk TEXT NOT NULL DEFAULT '',"
                       " bio_ru TEXT NOT NULL DEFAULT '',"
                       " bio_kk TEXT NOT NULL DEFAULT '',"
                       " bio_en TEXT NOT NULL DEFAULT '',"
                       " avatar BYTEA,"
                       " email TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " links TEXT NOT NULL DEFAULT '[]',"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE UNIQUE INDEX authors_name ON authors(name)"),
        QStringLiteral(
            "CREATE TABLE articles ("
            " seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE,"
            " headline TEXT NOT NULL DEFAULT '',"
            " lead TEXT NOT NULL DEFAULT '',"
            " region TEXT NOT NULL DEFAULT '',"
            " rubric TEXT NOT NULL DEFAULT '',"
            " tags TEXT NOT NULL DEFAULT '[]',"
            " source TEXT NOT NULL DEFAULT '',"
            " language TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('ru','kk','en')),"
            " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN"
            "  ('draft','in_review','returned','approved','published','withdrawn','updated','unpublished')),"
            " word_count INTEGER NOT NULL DEFAULT 0,"
            " created TEXT NOT NULL,"
            " updated TEXT NOT NULL,"
            " version INTEGER NOT NULL DEFAULT 1,"
            " created_by TEXT NOT NULL DEFAULT '',"
            " publish_at TEXT NOT NULL DEFAULT '',"
            " published_at TEXT NOT NULL DEFAULT '',"
            " photo_count INTEGER NOT NULL DEFAULT 0,"
            " body_html TEXT NOT NULL DEFAULT '',"
            " body_text TEXT NOT NULL DEFAULT '',"
            // Both configurations: `simple` for prefixes of any word in any
            // language, `russian` so that a whole word finds its other forms.
            " search_vector TSVECTOR GENERATED ALWAYS AS"
            "  (to_tsvector('simple', %1) || to_tsvector('russian', %1)) STORED)")
            .arg(searchText()),
        // The desk's order (updated DESC, seq DESC) straight from an index.
        QStringLiteral("CREATE INDEX articles_updated ON articles(updated DESC, seq DESC)"),
        QStringLiteral("CREATE INDEX articles_status ON articles(status, updated)"),
        QStringLiteral("CREATE INDEX articles_search ON articles USING gin (search_vector)"),
        QStringLiteral("CREATE TABLE article_authors ("
                       " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " author_id BIGINT NOT NULL REFERENCES authors(id),"
                       " ord INTEGER NOT NULL,"
                       " PRIMARY KEY (article_id, author_id))"),
        QStringLiteral("CREATE INDEX article_authors_author ON article_authors(author_id)"),
        QStringLiteral("CREATE INDEX article_authors_order ON article_authors(article_id, ord, author_id)"),
        QStringLiteral("CREATE TABLE article_revisions ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " version INTEGER NOT NULL,"
                       " who TEXT NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " created TEXT NOT NULL,"
                       " snapshot TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX article_revisions_article ON article_revisions(article_id, id)"),
        QStringLiteral("CREATE TABLE editor_state ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE pull_quotes ("
                       " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " ord INTEGER NOT NULL,"
                       " text TEXT NOT NULL,"
                       " speaker TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (article_id, ord))"),
        QStringLiteral("CREATE TABLE newsroom_dictionary ("
                       " language TEXT NOT NULL CHECK (language IN ('ru','kk','en')),"
                       " word TEXT NOT NULL,"
                       " added_by TEXT NOT NULL,"
                       " created TEXT NOT NULL,"
                       " PRIMARY KEY (language, word))"),
        QStringLiteral("CREATE TABLE photos ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
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
        // The originals themselves, by content: on a shared server every
        // desktop needs them (SQLite keeps them as files beside the database).
        QStringLiteral("CREATE TABLE photo_originals ("
                       " sha256 TEXT PRIMARY KEY,"
                       " data BYTEA NOT NULL)"),
        QStringLiteral("CREATE TABLE photo_uses ("
                       " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " photo_id BIGINT NOT NULL REFERENCES photos(id),"
                       " ord INTEGER NOT NULL,"
                       " is_lead INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (article_id, photo_id))"),
        QStringLiteral("CREATE INDEX photo_uses_photo ON photo_uses(photo_id)"),
        // articles.photo_count follows photo_uses (the desk shows it for every row).
        QStringLiteral("CREATE FUNCTION photo_uses_count() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       "  IF TG_OP = 'INSERT' THEN"
                       "   UPDATE articles SET photo_count = photo_count + 1 WHERE id = NEW.article_id;"
                       "  ELSE"
                       "   UPDATE articles SET photo_count = photo_count - 1 WHERE id = OLD.article_id;"
                       "  END IF;"
                       "  RETURN NULL;"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER photo_uses_count_insert AFTER INSERT ON photo_uses"
                       " FOR EACH ROW EXECUTE FUNCTION photo_uses_count()"),
        QStringLiteral("CREATE TRIGGER photo_uses_count_delete AFTER DELETE ON photo_uses"
                       " FOR EACH ROW EXECUTE FUNCTION photo_uses_count()"),
        QStringLiteral("CREATE TABLE users ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " login TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " roles TEXT NOT NULL DEFAULT '[]',"
                       " regions TEXT NOT NULL DEFAULT '[]',"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " author_id BIGINT REFERENCES authors(id),"
                       " password_hash TEXT NOT NULL,"
                       " created TEXT NOT NULL)"),
        // Append-only tables refuse every change and removal, as SQLite's
        // RAISE(ABORT) triggers do (TRUNCATE too, which SQLite does not have).
        QStringLiteral("CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       "  RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation';"
                       " END $$"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " article_id TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " who TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " from_status TEXT NOT NULL DEFAULT '',"
                       " to_status TEXT NOT NULL DEFAULT '',"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " revision_id BIGINT NOT NULL DEFAULT 0,"
                       " detail TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX audit_log_article ON audit_log(article_id, id)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION refuse_change('the audit log is append-only')"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION refuse_change('the audit log is append-only')"),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
                       " FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('the audit log is append-only')"),
        QStringLiteral("CREATE TABLE article_comments ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " at TEXT NOT NULL,"
                       " who TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " revision_id BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX article_comments_article ON article_comments(article_id, id)"),
        QStringLiteral("CREATE TABLE article_locks ("
                       " article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                       " holder TEXT NOT NULL,"
                       " taken TEXT NOT NULL,"
                       " last_seen TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE notifications ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " recipient TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " article_id TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " dedupe TEXT NOT NULL DEFAULT '',"
                       " read INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX notifications_recipient ON notifications(recipient, id)"),
        QStringLiteral("CREATE TABLE article_sources ("
                       " article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                       " format TEXT NOT NULL,"
                       " original TEXT NOT NULL,"
                       " imported TEXT NOT NULL,"
                       " imported_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE photo_slots ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
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
        QStringLiteral("CREATE TABLE endpoints ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " name TEXT NOT NULL,"
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
        // SQLite's UNIQUE COLLATE NOCASE (names are ASCII).
        QStringLiteral("CREATE UNIQUE INDEX endpoints_name ON endpoints(lower(name))"),
        QStringLiteral("CREATE TABLE publish_log ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " article_id TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " who TEXT NOT NULL,"
                       " endpoint TEXT NOT NULL,"
                       " action TEXT NOT NULL CHECK (action IN ('publish','unpublish')),"
                       " remote_url TEXT NOT NULL DEFAULT '',"
                       " result TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX publish_log_article ON publish_log(article_id, id)"),
        QStringLiteral("CREATE TRIGGER publish_log_no_update BEFORE UPDATE ON publish_log"
                       " FOR EACH ROW EXECUTE FUNCTION refuse_change('the publish log is append-only')"),
        QStringLiteral("CREATE TRIGGER publish_log_no_delete BEFORE DELETE ON publish_log"
                       " FOR EACH ROW EXECUTE FUNCTION refuse_change('the publish log is append-only')"),
        QStringLiteral(
            "CREATE TRIGGER publish_log_no_truncate BEFORE TRUNCATE ON publish_log"
            " FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('the publish log is append-only')"),
        QStringLiteral("CREATE TABLE outbox_jobs ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
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
        QStringLiteral("CREATE UNIQUE INDEX outbox_jobs_active ON outbox_jobs(article_id, endpoint)"
                       " WHERE state IN ('queued','running','waiting')"),
        QStringLiteral("CREATE TABLE outbox_steps ("
                       " job_id BIGINT NOT NULL REFERENCES outbox_jobs(id) ON DELETE CASCADE,"
                       " step TEXT NOT NULL,"
                       " result TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " PRIMARY KEY (job_id, step))"),
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
        // What the desk's search box asks for: the words (see searchQuery),
        // each a prefix in `simple` or a whole word in `russian` (any of its
        // forms), all of them required. The words arrive as a bound value;
        // quote_literal makes each one a single term of the query syntax.
        QStringLiteral("CREATE FUNCTION search_query(words TEXT) RETURNS tsquery"
                       " LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$"
                       " DECLARE"
                       "  result tsquery;"
                       "  term tsquery;"
                       "  word TEXT;"
                       " BEGIN"
                       "  FOREACH word IN ARRAY string_to_array(words, ' ') LOOP"
                       "   CONTINUE WHEN word = '';"
                       "   term := to_tsquery('simple', quote_literal(word) || ':*')"
                       "           || plainto_tsquery('russian', word);"
                       "   result := CASE WHEN result IS NULL THEN term ELSE result && term END;"
                       "  END LOOP;"
                       "  RETURN result;"
                       " END $$"),
    };
}

QStringList PostgresDialect::schemaVersionQueries() const
{
    // pg_tables, not to_regclass(): a backend's name cache may still say "no
    // such table" after another desktop created it; a catalog scan sees every
    // committed table.
    return {QStringLiteral("SELECT 1 FROM pg_catalog.pg_tables"
                           " WHERE schemaname = current_schema() AND tablename = 'schema_meta'"),
            QStringLiteral("SELECT CAST(value AS INTEGER) FROM schema_meta WHERE key = 'schema_version'")};
}

QString PostgresDialect::setSchemaVersion(int version) const
{
    return QStringLiteral("INSERT INTO schema_meta (key, value) VALUES ('schema_version', '%1')"
                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .arg(version);
}

QString PostgresDialect::tableCountQuery() const
{
    return QStringLiteral(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
}

QString PostgresDialect::integrityCheck() const
{
    // The server looks after its pages; what can go wrong here is a schema
    // someone changed by hand. One row: "ok" or what is missing.
    return QStringLiteral("SELECT COALESCE(string_agg('missing table ' || t, ', '), 'ok')"
                          " FROM unnest(ARRAY['%1']) AS t WHERE to_regclass(t) IS NULL")
        .arg(tables().join(QStringLiteral("','")));
}

QStringList PostgresDialect::connectionSetup() const
{
    // A writer waits for another's transaction as long as SQLite's busy
    // timeout lets it, then gets "the database is busy"; notices (a search
    // word that is a stop word) are not for the user.
    return {QStringLiteral("SET lock_timeout TO '5s'"), QStringLiteral("SET client_min_messages TO warning")};
}

QStringList PostgresDialect::beginWrite() const
{
    return {QStringLiteral("BEGIN"),
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(QLatin1String(s_writeLockKey))};
}

QStringList PostgresDialect::beginArticleWrite(const QString &articleId) const
{
    // Saves share the write lock (every other write transaction still takes
    // it alone) and queue on a lock of their article: fifty desks saving
    // fifty articles no longer wait for each other. The article's key is a
    // stable hash of its id (FNV-1a; a collision only makes two articles
    // take turns) in the two-key space, which never meets the single key.
    quint32 hash = 2166136261u;
    for (const char byte : articleId.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    // (Both locks in one statement: one round trip fewer on every autosave.)
    return {QStringLiteral("BEGIN"),
            QStringLiteral("SELECT pg_advisory_xact_lock_shared(%1), pg_advisory_xact_lock(%2, %3)")
                .arg(QLatin1String(s_writeLockKey))
                .arg(s_articleLockSpace)
                .arg(qint32(hash))};
}

QString PostgresDialect::searchCondition() const
{
    return QStringLiteral("a.search_vector @@ search_query(:search)");
}

QString PostgresDialect::searchQuery(const QString &userText) const
{
    return searchWords(userText).join(u' ');
}

QString PostgresDialect::idList(const QString &column, const QString &orderBy) const
{
    return QStringLiteral("string_agg(CAST(%1 AS TEXT), ',' ORDER BY %2)").arg(column, orderBy);
}

} // namespace Qalam
