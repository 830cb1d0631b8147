#include "app/cli/cliapp.h"

#include "app/core/datalocation.h"
#include "app/core/secretstore.h"
#include "app/core/textstats.h"
#include "app/media/photofile.h"
#include "app/media/photorules.h"
#include "app/people/userstore.h"
#include "app/publish/articleexporter.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/dictionarystore.h"
#include "app/storage/photostore.h"
#include "app/storage/samplenewsroom.h"
#include "app/storage/serverlogin.h"
#include "app/text/htmlsanitizer.h"
#include "app/text/quoteanalyzer.h"
#include "app/text/textchecks.h"
#include "app/text/typography.h"
#include "app/workflow/permissions.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QStringDecoder>

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Qalam {

namespace {
void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int exitFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::InvalidInput:
    case Error::Code::NotFound:
    case Error::Code::NotADatabase:
    case Error::Code::SchemaTooNew:
        return CliApp::Usage;
    default:
        return CliApp::Failed;
    }
}
} // namespace

namespace {
QJsonObject quoteJson(const Quote &q)
{
    return QJsonObject{{QStringLiteral("text"), q.text},
                       {QStringLiteral("kind"), Quote::kindKey(q.kind)},
                       {QStringLiteral("speaker"), q.speaker},
                       {QStringLiteral("verb"), q.verb},
                       {QStringLiteral("attributed"), q.attributed},
                       {QStringLiteral("start"), q.start},
                       {QStringLiteral("end"), q.end},
                       {QStringLiteral("paragraph"), q.paragraph},
                       {QStringLiteral("level"), q.level}};
}

// An article as the checks read it: headline, lead and body text, a line each.
QString articleCheckText(const Article &a)
{
    return a.headline + u'\n' + a.lead + u'\n' + a.bodyText;
}

QuoteAnalyzer::Options articleQuoteOptions()
{
    QuoteAnalyzer::Options options;
    options.firstParagraphIsHeadline = true;
    return options;
}
} // namespace

void CliApp::out(const QString &text)
{
    writeTo(stdout, text);
}

void CliApp::err(const QString &line)
{
    writeTo(stderr, QStringLiteral("qalam-cli: ") + line + u'\n');
}

void CliApp::outJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

int CliApp::usageError(const QString &message, const Command *command)
{
    // One line, usage included: scripts read stderr line by line.
    QString line = QStringLiteral("qalam-cli: ") + message;
    if (command)
        line += u' ' + tr("Usage: %1").arg(command->synopsis);
    writeTo(stderr, line + u'\n');
    return Usage;
}

int CliApp::fail(const Error &error)
{
    // One line: the message, and the technical detail when there is one.
    QString line = QStringLiteral("qalam-cli: ") + error.message.simplified();
    if (!error.detail.isEmpty())
        line += QStringLiteral(" (") + error.detail.simplified() + u')';
    // The single-desk account is refused once the newsroom has users: say
    // how to sign in (unless the core said so already).
    if (error.code == Error::Code::Denied && m_actor.singleDesk && !hasOption("user") && m_database &&
        !line.contains(QLatin1String("--user"))) {
        auto users = UserStore(m_database).hasUsers();
        if (users && *users)
            line += u' ' + tr("This newsroom has user accounts: pass --user LOGIN (the password comes from "
                              "QALAM_PASSWORD or a prompt).");
    }
    writeTo(stderr, line + u'\n');
    return exitFor(error);
}

void CliApp::defineCommands()
{
    m_globalOptions = {
        {QStringLiteral("db"), QStringLiteral("PATH"),
         tr("Database file, or a team database as postgresql://USER@HOST:PORT/DATABASE (default: $QALAM_DB, "
            "else the database chosen in the app, else the per-user data folder)")},
        {QStringLiteral("user"), QStringLiteral("LOGIN"),
         tr("Act as this user; the password comes from $QALAM_PASSWORD or a prompt on a terminal")},
        {QStringLiteral("json"), {}, tr("Machine-readable JSON output")},
        {QStringLiteral("help"), {}, tr("Describe the command")},
    };
    // The options photo add and photo set share.
    const QList<Option> photoOptions = {
        {QStringLiteral("caption"), QStringLiteral("TEXT"), tr("Caption")},
        {QStringLiteral("alt"), QStringLiteral("TEXT"),
         tr("Alt text for readers who cannot see the picture")},
        {QStringLiteral("credit-source"), QStringLiteral("NAME"), tr("Credit source, e.g. Акорда")},
        {QStringLiteral("credit-type"), QStringLiteral("TYPE"),
         tr("staff, agency, press-service, ugc, archive or handout")},
        {QStringLiteral("creator"), QStringLiteral("NAME"), tr("Photographer or creator")},
        {QStringLiteral("licence"), QStringLiteral("TEXT"), tr("Licence or usage note")},
        {QStringLiteral("ugc-contributor"), QStringLiteral("NAME"), tr("Who sent a user-generated picture")},
        {QStringLiteral("ugc-contact"), QStringLiteral("CONTACT"),
         tr("The sender's contact (never published)")},
        {QStringLiteral("ugc-channel"), QStringLiteral("CHANNEL"),
         tr("How it came: messenger, e-mail, social network")},
        {QStringLiteral("ugc-permission"), QStringLiteral("yes|no"),
         tr("Whether the sender gave permission")},
        {QStringLiteral("ugc-evidence"), QStringLiteral("TEXT"),
         tr("The permission wording or message reference")}};
    // The options user add and user set share.
    const QList<Option> userOptions = {
        {QStringLiteral("role"), QStringLiteral("ROLE"),
         tr("regional-editor, photo-editor, chief-editor or administrator (repeatable)"), true},
        {QStringLiteral("region"), QStringLiteral("REGION"),
         tr("A region whose articles a regional editor edits (repeatable)"), true},
        {QStringLiteral("name"), QStringLiteral("TEXT"), tr("Display name, e.g. \"Колмакова Виктория\"")},
        {QStringLiteral("author"), QStringLiteral("AUTHOR_ID"), tr("The user's byline profile")}};
    // The options author add and author set share.
    const QList<Option> authorOptions = {
        {QStringLiteral("position"), QStringLiteral("TEXT"),
         tr("Position, e.g. \"Редактор региональных новостей\"")},
        {QStringLiteral("region"), QStringLiteral("TEXT"), tr("Region")},
        {QStringLiteral("desk"), QStringLiteral("TEXT"), tr("Desk")},
        {QStringLiteral("email"), QStringLiteral("ADDRESS"), tr("E-mail address")},
        {QStringLiteral("phone"), QStringLiteral("NUMBER"), tr("Phone number")},
        {QStringLiteral("bio-ru"), QStringLiteral("TEXT"), tr("Short biography in Russian")},
        {QStringLiteral("bio-kk"), QStringLiteral("TEXT"), tr("Short biography in Kazakh")},
        {QStringLiteral("bio-en"), QStringLiteral("TEXT"), tr("Short biography in English")},
        {QStringLiteral("link"), QStringLiteral("URL"),
         tr("A social profile (repeatable; replaces the list)"), true},
        {QStringLiteral("family"), QStringLiteral("NAME"),
         tr("Family name (the byline order uses the parts)")},
        {QStringLiteral("given"), QStringLiteral("NAME"), tr("Given name")}};
    const Option comment{QStringLiteral("comment"), QStringLiteral("TEXT"),
                         tr("A comment for the audit trail")};
    auto step = [](Step s) { return [s](CliApp &cli) { return cli.cmdStep(s); }; };
    m_commands = {
        {QStringLiteral("new"),
         QStringLiteral("qalam-cli new --headline TEXT [--lead TEXT] [--body-file FILE] [options]"),
         tr("Create a draft article and print its id. The body file is HTML (reduced to the allowed subset) "
            "or plain text (one paragraph per line), UTF-8."),
         {{QStringLiteral("headline"), QStringLiteral("TEXT"), tr("Headline (required)")},
          {QStringLiteral("lead"), QStringLiteral("TEXT"), tr("Lead paragraph")},
          {QStringLiteral("body-file"), QStringLiteral("FILE"), tr("Body from a .html or .txt file")},
          {QStringLiteral("region"), QStringLiteral("TEXT"), tr("Region, e.g. Алматы")},
          {QStringLiteral("rubric"), QStringLiteral("TEXT"), tr("Rubric")},
          {QStringLiteral("tag"), QStringLiteral("TEXT"), tr("A tag (repeatable)"), true},
          {QStringLiteral("source"), QStringLiteral("TEXT"),
           tr("Source attribution, e.g. \"передает Акорда\"")},
          {QStringLiteral("language"), QStringLiteral("ru|kk|en"), tr("Article language (default ru)")},
          {QStringLiteral("author"), QStringLiteral("NAME"),
           tr("Byline author, created when new (repeatable)"), true}},
         0,
         &CliApp::cmdNew},
        {QStringLiteral("set"),
         QStringLiteral("qalam-cli set ID [--headline TEXT] [--lead TEXT] [--body-file FILE] [options]"),
         tr("Change an article's text or details and record a revision. Changing an approved article's "
            "text voids the approval."),
         {{QStringLiteral("headline"), QStringLiteral("TEXT"), tr("Headline")},
          {QStringLiteral("lead"), QStringLiteral("TEXT"), tr("Lead paragraph")},
          {QStringLiteral("body-file"), QStringLiteral("FILE"), tr("Body from a .html or .txt file")},
          {QStringLiteral("region"), QStringLiteral("TEXT"), tr("Region")},
          {QStringLiteral("rubric"), QStringLiteral("TEXT"), tr("Rubric")},
          {QStringLiteral("tag"), QStringLiteral("TEXT"), tr("A tag (repeatable; replaces the tags)"), true},
          {QStringLiteral("source"), QStringLiteral("TEXT"), tr("Source attribution")},
          {QStringLiteral("language"), QStringLiteral("ru|kk|en"), tr("Article language")}},
         1,
         &CliApp::cmdSet},
        {QStringLiteral("list"),
         QStringLiteral("qalam-cli list [--status S] [--search TEXT] [--region R] [--limit N]"),
         tr("List articles, most recently changed first."),
         {{QStringLiteral("status"), QStringLiteral("S"),
           tr("draft, in_review, returned, approved, published, withdrawn, updated or unpublished")},
          {QStringLiteral("search"), QStringLiteral("TEXT"),
           tr("Full-text search (prefix match on every word)")},
          {QStringLiteral("region"), QStringLiteral("R"), tr("Only this region")},
          {QStringLiteral("limit"), QStringLiteral("N"), tr("At most N articles")}},
         0,
         &CliApp::cmdList},
        {QStringLiteral("show"),
         QStringLiteral("qalam-cli show ID"),
         tr("Print one article."),
         {},
         1,
         &CliApp::cmdShow},
        {QStringLiteral("export"),
         QStringLiteral("qalam-cli export ID --format json|html [--output FILE]"),
         tr("Export one article as Qalam JSON or a sanitised HTML page."),
         {{QStringLiteral("format"), QStringLiteral("json|html"), tr("Output format (required)")},
          {QStringLiteral("output"), QStringLiteral("FILE"), tr("Write to FILE instead of standard output")}},
         1,
         &CliApp::cmdExport},
        {QStringLiteral("import"),
         QStringLiteral("qalam-cli import FILE [--format text|html] [--language ru|kk|en] [--typography] "
                        "[--dry-run]"),
         tr("Make a draft out of agency copy, a press release or a saved web page and print its id: "
            "headline, "
            "byline, lead, source, body, quotations and photo slots are recognised, site chrome is left out, "
            "and the original is kept with the draft (never published). With --json, print the draft as "
            "\"show --json\" does."),
         {{QStringLiteral("format"), QStringLiteral("text|html"),
           tr("How to read the file (default: guessed)")},
          {QStringLiteral("language"), QStringLiteral("ru|kk|en"),
           tr("The text's language (default: detected)")},
          {QStringLiteral("typography"), {}, tr("Apply the house typography to the recognised text")},
          {QStringLiteral("dry-run"), {}, tr("Print what was recognised and save nothing")}},
         1,
         &CliApp::cmdImport},
        {QStringLiteral("original"),
         QStringLiteral("qalam-cli original ID"),
         tr("Print the original text an imported article was made from."),
         {},
         1,
         &CliApp::cmdOriginal},
        {QStringLiteral("revisions"),
         QStringLiteral("qalam-cli revisions ID"),
         tr("List an article's revisions, newest first."),
         {},
         1,
         &CliApp::cmdRevisions},
        {QStringLiteral("byline"),
         QStringLiteral("qalam-cli byline ID --author AUTHOR_ID [--author AUTHOR_ID]…"),
         tr("Set an article's byline: these author profiles, in this order."),
         {{QStringLiteral("author"), QStringLiteral("AUTHOR_ID"),
           tr("An author profile id (repeatable; the order is kept)"), true}},
         1,
         &CliApp::cmdByline},
        {QStringLiteral("submit"),
         QStringLiteral("qalam-cli submit ID [--comment TEXT]"),
         tr("Send an article for review. Refused while a photo lacks its caption, alt text or credit."),
         {comment},
         1,
         step(Step::Submit)},
        {QStringLiteral("withdraw"),
         QStringLiteral("qalam-cli withdraw ID [--comment TEXT]"),
         tr("Take one's own submission back from review."),
         {comment},
         1,
         step(Step::Withdraw)},
        {QStringLiteral("approve"),
         QStringLiteral("qalam-cli approve ID [--comment TEXT] [--at \"YYYY-MM-DD HH:MM\"]"),
         tr("Approve an article in review, optionally for publication at a set local time."),
         {comment,
          {QStringLiteral("at"), QStringLiteral("\"YYYY-MM-DD HH:MM\""),
           tr("Scheduled publication, local time")}},
         1,
         step(Step::Approve)},
        {QStringLiteral("return"),
         QStringLiteral("qalam-cli return ID --comment TEXT"),
         tr("Return an article to its writer with a comment saying what to fix."),
         {{QStringLiteral("comment"), QStringLiteral("TEXT"), tr("What to fix (required)")}},
         1,
         step(Step::Return)},
        {QStringLiteral("publish"),
         QStringLiteral("qalam-cli publish ID [--endpoint NAME [--wait]]"),
         tr("Publish an approved article (chief editors). With --endpoint the job goes through the "
            "publishing "
            "outbox: photos are uploaded, the post is created or updated, and the article is marked "
            "published "
            "only once the endpoint confirmed; the remote address is printed. A folder endpoint gets "
            "<slug>/article.json (ninjs), article.html and the photo renditions. Exit 3: the job waits in "
            "the "
            "outbox (a scheduled time, or a long retry). Without --endpoint the article is only marked "
            "published."),
         {{QStringLiteral("endpoint"), QStringLiteral("NAME"), tr("The endpoint to publish to")},
          {QStringLiteral("wait"), {}, tr("Wait through retries and a scheduled time until the job ends")}},
         1,
         &CliApp::cmdPublish},
        {QStringLiteral("unpublish"),
         QStringLiteral("qalam-cli unpublish ID --comment REASON [--endpoint NAME [--wait]]"),
         tr("Take a published article off the site, with the reason; with --endpoint, remove it there too "
            "(WordPress: the post becomes a draft, or goes to the trash per profile; ninjs: pubStatus "
            "withheld; folder: the package is removed)."),
         {{QStringLiteral("comment"), QStringLiteral("REASON"), tr("Why it is taken off (required)")},
          {QStringLiteral("endpoint"), QStringLiteral("NAME"), tr("The endpoint to remove it from")},
          {QStringLiteral("wait"), {}, tr("Wait through retries until the job ends")}},
         1,
         &CliApp::cmdUnpublish},
        {QStringLiteral("outbox list"),
         QStringLiteral("qalam-cli outbox list [--all] [--article ID]"),
         tr("List the publishing jobs not finished yet (with --all, every job): state, attempts, the next "
            "try "
            "and the last error."),
         {{QStringLiteral("all"), {}, tr("Finished, failed and cancelled jobs too")},
          {QStringLiteral("article"), QStringLiteral("ID"), tr("Only this article's jobs")}},
         0,
         &CliApp::cmdOutboxList},
        {QStringLiteral("outbox retry"),
         QStringLiteral("qalam-cli outbox retry JOB [--wait]"),
         tr("Start a failed or cancelled job again; the steps it completed are not repeated."),
         {{QStringLiteral("wait"), {}, tr("Wait through retries until the job ends")}},
         1,
         &CliApp::cmdOutboxRetry},
        {QStringLiteral("outbox cancel"),
         QStringLiteral("qalam-cli outbox cancel JOB"),
         tr("Stop a job that has not finished; it can be retried later."),
         {},
         1,
         &CliApp::cmdOutboxCancel},
        {QStringLiteral("outbox run"),
         QStringLiteral("qalam-cli outbox run [--wait]"),
         tr("Run your unfinished jobs whose time has come (after a crash, or for scheduled publications, "
            "e.g. "
            "from cron)."),
         {{QStringLiteral("wait"), {}, tr("Also wait for jobs scheduled later and for long retries")}},
         0,
         &CliApp::cmdOutboxRun},
        {QStringLiteral("publish-log"),
         QStringLiteral("qalam-cli publish-log ID"),
         tr("Print every attempt to publish or unpublish an article, oldest first: when, who, what, which "
            "endpoint, the result and the remote address."),
         {},
         1,
         &CliApp::cmdPublishLog},
        {QStringLiteral("endpoint add"),
         QStringLiteral("qalam-cli endpoint add NAME --type wordpress|ninjs-http|folder --url URL|FOLDER "
                        "[--login CMS_USER] [--auth app-password|bearer|header|none] [--header NAME] "
                        "[--timeout S] [--secret-stdin]"),
         tr("Add a publishing endpoint (administrators). The password or token is read from standard input "
            "with --secret-stdin and kept in the keychain (or, where no keychain service runs, in a private "
            "fallback file), never in the database or on the command line."),
         {{QStringLiteral("type"), QStringLiteral("TYPE"), tr("wordpress, ninjs-http or folder (required)")},
          {QStringLiteral("url"), QStringLiteral("URL|FOLDER"),
           tr("The site's base address, or the folder to write to (required)")},
          {QStringLiteral("login"), QStringLiteral("CMS_USER"),
           tr("The CMS user an application password belongs to")},
          {QStringLiteral("auth"), QStringLiteral("KIND"),
           tr("app-password, bearer, header or none (default: by type)")},
          {QStringLiteral("header"), QStringLiteral("NAME"),
           tr("The header that carries the secret, for --auth header")},
          {QStringLiteral("timeout"), QStringLiteral("S"),
           tr("Seconds to wait for the CMS, 1–600 (default 30)")},
          {QStringLiteral("concurrency"), QStringLiteral("N"), tr("Parallel uploads, 1–16 (default 2)")},
          {QStringLiteral("ca-certificate"), QStringLiteral("FILE"),
           tr("An extra CA certificate for an in-house CMS")},
          {QStringLiteral("ninjs-version"), QStringLiteral("3.1|2.2"),
           tr("The ninjs version to send (default 3.1)")},
          {QStringLiteral("trash-on-unpublish"),
           {},
           tr("Unpublishing trashes the post instead of making it a draft")},
          {QStringLiteral("secret-stdin"), {}, tr("Read the password or token from standard input")}},
         1,
         &CliApp::cmdEndpointAdd},
        {QStringLiteral("endpoint list"),
         QStringLiteral("qalam-cli endpoint list"),
         tr("List the publishing endpoints and whether their secret is stored (never the secret)."),
         {},
         0,
         &CliApp::cmdEndpointList},
        {QStringLiteral("endpoint remove"),
         QStringLiteral("qalam-cli endpoint remove NAME"),
         tr("Remove a publishing endpoint and its secret (administrators)."),
         {},
         1,
         &CliApp::cmdEndpointRemove},
        {QStringLiteral("endpoint test"),
         QStringLiteral("qalam-cli endpoint test NAME"),
         tr("Check that an endpoint can be published to: a folder exists (or can be created) and is "
            "writable; a CMS answers, accepts the credentials and lets the account upload and publish "
            "(with the CMS's own error text when not)."),
         {},
         1,
         &CliApp::cmdEndpointTest},
        {QStringLiteral("comment"),
         QStringLiteral("qalam-cli comment ID TEXT"),
         tr("Add a comment to an article's editorial thread (never published)."),
         {},
         2,
         &CliApp::cmdComment},
        {QStringLiteral("comments"),
         QStringLiteral("qalam-cli comments ID"),
         tr("Print an article's editorial comment thread, oldest first."),
         {},
         1,
         &CliApp::cmdComments},
        {QStringLiteral("log"),
         QStringLiteral("qalam-cli log ID"),
         tr("Print an article's audit trail, oldest first: when, who, what, from which state to which, the "
            "comment and the revision."),
         {},
         1,
         &CliApp::cmdLog},
        {QStringLiteral("diff"),
         QStringLiteral("qalam-cli diff ID [--from REV] [--to REV]"),
         tr("Print the word-level changes of an article, [-removed-] and {+added+}: by default from the last "
            "approved revision (or the first) to the current text."),
         {{QStringLiteral("from"), QStringLiteral("REV"), tr("Compare from this revision id")},
          {QStringLiteral("to"), QStringLiteral("REV"), tr("Compare up to this revision id")}},
         1,
         &CliApp::cmdDiff},
        {QStringLiteral("inbox"),
         QStringLiteral("qalam-cli inbox [--all] [--read NOTIFICATION_ID]"),
         tr("List the signed-in user's unread notifications, newest first, or mark one read."),
         {{QStringLiteral("all"), {}, tr("Read ones too")},
          {QStringLiteral("read"), QStringLiteral("NOTIFICATION_ID"), tr("Mark this notification read")}},
         0,
         &CliApp::cmdInbox},
        {QStringLiteral("db check"),
         QStringLiteral("qalam-cli db check"),
         tr("Run the database's integrity check (SQLite's; on a server, that the schema is complete) and "
            "print the schema version; exit 1 when the check finds damage."),
         {},
         0,
         &CliApp::cmdDbCheck},
        {QStringLiteral("db init"),
         QStringLiteral("qalam-cli db init [--sample]"),
         tr("Create or upgrade the database; with --sample, load the sample newsroom into an empty one."),
         {{QStringLiteral("sample"),
           {},
           tr("Load the bundled sample newsroom when the database has no articles")}},
         0,
         &CliApp::cmdDbInit},
        {QStringLiteral("db migrate"),
         QStringLiteral("qalam-cli db migrate"),
         tr("Create the database or bring its schema up to date (a file, or a postgresql:// database), and "
            "print the schema version."),
         {},
         0,
         &CliApp::cmdDbMigrate},
        {QStringLiteral("db copy"),
         QStringLiteral("qalam-cli db copy --from LOCATION --to LOCATION"),
         tr("Copy a whole database (articles, revisions, photos and their originals, authors, accounts, the "
            "audit log, publishing) into an empty one: an SQLite file into a postgresql:// database or back. "
            "Ids are kept; every table and every photo is verified by counts and checksums before the copy "
            "is committed. Needs an administrator (--user) when the source has accounts."),
         {{QStringLiteral("from"), QStringLiteral("LOCATION"),
           tr("The database to copy: a file or a postgresql:// URL (only read)")},
          {QStringLiteral("to"), QStringLiteral("LOCATION"),
           tr("The empty database to copy into: a new file or an empty postgresql:// database")}},
         0,
         &CliApp::cmdDbCopy},
        {QStringLiteral("db login"),
         QStringLiteral("qalam-cli --db postgresql://USER@HOST:PORT/DATABASE db login"),
         tr("Keep the password of a team database in the keychain (where no keychain service runs, in a "
            "private fallback file). It is read from standard input, one line, never echoed, and checked by "
            "connecting before it is kept. qalam-cli and the app then use it for this user, server and "
            "database, whatever the URL's sslmode; it comes before PGPASSWORD and ~/.pgpass."),
         {},
         0,
         &CliApp::cmdDbLogin},
        {QStringLiteral("db logout"),
         QStringLiteral("qalam-cli --db postgresql://USER@HOST:PORT/DATABASE db logout"),
         tr("Forget the stored password of a team database."),
         {},
         0,
         &CliApp::cmdDbLogout},
        {QStringLiteral("quotes"),
         QStringLiteral("qalam-cli quotes FILE|--id ID"),
         tr("Print the direct quotations of a text file or an article, with who said them. Offsets count "
            "UTF-16 code units; an article's text is its headline, lead and body, one per line."),
         {{QStringLiteral("id"), QStringLiteral("ID"), tr("Analyse this article instead of a file")}},
         0,
         &CliApp::cmdQuotes,
         1},
        {QStringLiteral("check"),
         QStringLiteral("qalam-cli check ID|FILE [--lang ru|kk|en] [--dash em|en]"),
         tr("Print every finding in an article or a text file: quotations, placeholders, spelling and "
            "typography, with line:column and severity. Exits 1 when an error-level finding exists."),
         {{QStringLiteral("lang"), QStringLiteral("ru|kk|en"),
           tr("Language of a text file (an article has its own; default ru)")},
          {QStringLiteral("dash"), QStringLiteral("em|en"),
           tr("The house dash for the typography check (default em)")}},
         1,
         &CliApp::cmdCheck},
        {QStringLiteral("photo add"),
         QStringLiteral(
             "qalam-cli photo add ID FILE [--caption T] [--alt T] [--credit-source S] [--credit-type T] "
             "[--creator N] [--lead] [--ugc-contributor N --ugc-contact C --ugc-permission yes|no]"),
         tr("Import a picture (stored once, whatever the number of articles using it) and attach it to an "
            "article; prints the photo id."),
         photoOptions + QList<Option>{{QStringLiteral("lead"), {}, tr("Make it the article's lead photo")}},
         2, &CliApp::cmdPhotoAdd},
        {QStringLiteral("photo list"),
         QStringLiteral("qalam-cli photo list ID"),
         tr("List an article's photos with their captions and credit lines."),
         {},
         1,
         &CliApp::cmdPhotoList},
        {QStringLiteral("photo slots"),
         QStringLiteral("qalam-cli photo slots ID"),
         tr("List the photo slots of an imported article: the pictures its source mentions (caption and "
            "credit line) that wait for their files."),
         {},
         1,
         &CliApp::cmdPhotoSlots},
        {QStringLiteral("photo fill"),
         QStringLiteral("qalam-cli photo fill SLOT_ID FILE"),
         tr("Fill a photo slot with a picture: the file is imported, takes the slot's caption and credit "
            "where it has none, and is attached to the article; prints the photo id."),
         {},
         2,
         &CliApp::cmdPhotoFill},
        {QStringLiteral("photo set"),
         QStringLiteral("qalam-cli photo set PHOTO_ID [--caption T] [--alt T] [--credit-source S] [options]"),
         tr("Change a photo's caption, alt text, credit or consent record."), photoOptions, 1,
         &CliApp::cmdPhotoSet},
        {QStringLiteral("photo render"),
         QStringLiteral("qalam-cli photo render PHOTO_ID OUT.jpg [--max-edge N] [--quality Q] [--strip-all]"),
         tr("Write the publishing rendition: orientation applied, size limited, caption, creator and credit "
            "line "
            "in IPTC and XMP, GPS and serial numbers removed (always for UGC)."),
         {{QStringLiteral("max-edge"), QStringLiteral("N"), tr("Longest edge in pixels (default 2048)")},
          {QStringLiteral("quality"), QStringLiteral("Q"), tr("JPEG quality 1–100 (default 85)")},
          {QStringLiteral("strip-all"), {}, tr("Remove private metadata from any picture, not only UGC")}},
         2,
         &CliApp::cmdPhotoRender},
        {QStringLiteral("photo settings"),
         QStringLiteral("qalam-cli photo settings [--credit-template T] [--max-edge N] [--quality Q] "
                        "[--strip-all-photos yes|no]"),
         tr("Show or change the newsroom's photo settings: the credit-line template (with {source}), the "
            "rendition size and quality, and whether every rendition loses its private metadata."),
         {{QStringLiteral("credit-template"), QStringLiteral("T"), tr("e.g. \"Фото: {source}\"")},
          {QStringLiteral("max-edge"), QStringLiteral("N"), tr("Longest edge of renditions in pixels")},
          {QStringLiteral("quality"), QStringLiteral("Q"), tr("JPEG quality of renditions, 1–100")},
          {QStringLiteral("strip-all-photos"), QStringLiteral("yes|no"),
           tr("Remove GPS, serials and owner names from every rendition, not only UGC")}},
         0,
         &CliApp::cmdPhotoSettings},
        {QStringLiteral("typo"),
         QStringLiteral("qalam-cli typo --lang ru|kk|en [--dash em|en]"),
         tr("Read UTF-8 text on standard input and write it with the house typography applied."),
         {{QStringLiteral("lang"), QStringLiteral("ru|kk|en"), tr("Language of the text (default ru)")},
          {QStringLiteral("dash"), QStringLiteral("em|en"), tr("The dash between words (default em)")}},
         0,
         &CliApp::cmdTypo},
        {QStringLiteral("user add"),
         QStringLiteral(
             "qalam-cli user add LOGIN --role ROLE [--role ROLE]… [--region REGION]… [--name TEXT] "
             "[--author AUTHOR_ID]"),
         tr("Add a user account. The password comes from $QALAM_NEW_PASSWORD (or $QALAM_PASSWORD when not "
            "signing in with --user) or a prompt. While the newsroom has no user, the first administrator "
            "needs no --user."),
         userOptions, 1, &CliApp::cmdUserAdd},
        {QStringLiteral("user list"),
         QStringLiteral("qalam-cli user list"),
         tr("List the user accounts with their roles and regions."),
         {},
         0,
         &CliApp::cmdUserList},
        {QStringLiteral("user set"),
         QStringLiteral("qalam-cli user set LOGIN [--role ROLE]… [--region REGION]… [--name TEXT] [--active "
                        "yes|no] [--author AUTHOR_ID]"),
         tr("Change a user's roles, regions, display name, author profile or active flag. --role and "
            "--region replace the lists."),
         userOptions + QList<Option>{{QStringLiteral("active"), QStringLiteral("yes|no"),
                                      tr("Whether the account may sign in")}},
         1, &CliApp::cmdUserSet},
        {QStringLiteral("user password"),
         QStringLiteral("qalam-cli user password LOGIN"),
         tr("Set a user's password from $QALAM_NEW_PASSWORD or a prompt."),
         {},
         1,
         &CliApp::cmdUserPassword},
        {QStringLiteral("author add"),
         QStringLiteral(
             "qalam-cli author add NAME [--position TEXT] [--region R] [--desk D] [--email E] "
             "[--phone P] [--bio-ru T] [--bio-kk T] [--bio-en T] [--link URL]… [--family F --given G]"),
         tr("Add an author profile and print its id."), authorOptions, 1, &CliApp::cmdAuthorAdd},
        {QStringLiteral("author list"),
         QStringLiteral("qalam-cli author list [--search TEXT]"),
         tr("List the author profiles with their articles drafted, published this month and last published."),
         {{QStringLiteral("search"), QStringLiteral("TEXT"), tr("Match name, position, region or desk")}},
         0,
         &CliApp::cmdAuthorList},
        {QStringLiteral("author show"),
         QStringLiteral("qalam-cli author show AUTHOR_ID"),
         tr("Print one author profile with its counts."),
         {},
         1,
         &CliApp::cmdAuthorShow},
        {QStringLiteral("author set"),
         QStringLiteral("qalam-cli author set AUTHOR_ID [--name NAME] [profile options] [--left|--active]"),
         tr("Change an author profile. --left marks an author who left (old bylines keep them)."),
         authorOptions +
             QList<Option>{{QStringLiteral("name"), QStringLiteral("NAME"), tr("Name as printed")},
                           {QStringLiteral("left"), {}, tr("The author has left the newsroom")},
                           {QStringLiteral("active"), {}, tr("The author works here again")}},
         1, &CliApp::cmdAuthorSet},
    };
}

const CliApp::Command *CliApp::findCommand(const QStringList &words) const
{
    for (const Command &c : m_commands) {
        const QStringList name = c.name.split(u' ');
        if (words.size() >= name.size() && words.mid(0, name.size()) == name)
            return &c;
    }
    return nullptr;
}

QString CliApp::commandHelp(const Command &c) const
{
    QString text = tr("Usage: %1").arg(c.synopsis) + QStringLiteral("\n\n") + c.help + QStringLiteral("\n\n");
    auto describe = [&](const Option &o) {
        QString left = QStringLiteral("  --") + o.name;
        if (!o.valueName.isEmpty())
            left += u' ' + o.valueName;
        text += left.leftJustified(26) + u' ' + o.help + u'\n';
    };
    if (!c.options.isEmpty()) {
        text += tr("Options:") + u'\n';
        for (const Option &o : c.options)
            describe(o);
    }
    text += tr("Global options:") + u'\n';
    for (const Option &o : m_globalOptions)
        describe(o);
    return text;
}

QString CliApp::overview() const
{
    QString text = tr("qalam-cli: the Qalam newsroom editor's command line.") + QStringLiteral("\n\n") +
                   tr("Commands:") + u'\n';
    for (const Command &c : m_commands)
        text += QStringLiteral("  ") + c.name.leftJustified(14) + u' ' + c.help.section(u'.', 0, 0) + u".\n";
    text += u'\n' +
            tr("Global options (before or after the command): --db PATH, --user LOGIN, --json, --help") +
            u'\n' + tr("Run \"qalam-cli help COMMAND\" for one command's options.") + u'\n' +
            tr("Exit codes: 0 success, 1 the operation failed, 2 bad usage or input.") + u'\n';
    return text;
}

int CliApp::run(const QStringList &arguments)
{
    defineCommands();
    // Options that take a value, across all commands, so that the command words
    // can be told apart from option values wherever the options stand.
    struct Given
    {
        QString name;
        QString value;
        bool hasValue = false;
    };
    struct Parsed
    {
        QList<Given> given;
        QStringList words;
        QString missingValue; // an option at the end that needed a value
    };
    // Splits the line into options and words, knowing which options take a
    // value: the same name may be a flag in one command and take a value in
    // another (photo add --lead, new --lead TEXT).
    auto parse = [&arguments](const QSet<QString> &valued) {
        Parsed parsed;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString &arg = arguments.at(i);
            if (arg == u"--") {
                parsed.words += arguments.mid(i + 1);
                break;
            }
            if (arg == u"-h") {
                parsed.given.append({QStringLiteral("help"), {}, false});
                continue;
            }
            if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
                Given g;
                const qsizetype eq = arg.indexOf(u'=');
                g.name = arg.mid(2, eq < 0 ? -1 : eq - 2);
                if (eq >= 0) {
                    g.value = arg.mid(eq + 1);
                    g.hasValue = true;
                } else if (valued.contains(g.name)) {
                    if (i + 1 >= arguments.size()) {
                        parsed.missingValue = g.name;
                        break;
                    }
                    g.value = arguments.at(++i);
                    g.hasValue = true;
                }
                parsed.given.append(g);
                continue;
            }
            parsed.words.append(arg);
        }
        return parsed;
    };
    auto valuedOptions = [this](const Command *command) {
        QSet<QString> valued;
        for (const Option &o : std::as_const(m_globalOptions))
            if (!o.valueName.isEmpty())
                valued.insert(o.name);
        for (const Command &c : std::as_const(m_commands))
            if (!command || &c == command)
                for (const Option &o : c.options)
                    if (!o.valueName.isEmpty())
                        valued.insert(o.name);
        return valued;
    };
    // The command whose own reading of the line names it; longer names first.
    Parsed parsedLine = parse(valuedOptions(nullptr));
    for (int words = 2; words >= 1; --words) {
        for (const Command &c : std::as_const(m_commands)) {
            if (c.name.count(u' ') + 1 != words)
                continue;
            Parsed attempt = parse(valuedOptions(&c));
            if (attempt.words.mid(0, words) == c.name.split(u' ')) {
                parsedLine = attempt;
                words = 0;
                break;
            }
        }
    }
    if (!parsedLine.missingValue.isEmpty())
        return usageError(tr("The option --%1 needs a value.").arg(parsedLine.missingValue));
    const QList<Given> given = parsedLine.given;
    const QStringList words = parsedLine.words;

    bool wantsHelp = false;
    for (const Given &g : given)
        wantsHelp = wantsHelp || g.name == u"help";

    if (words.isEmpty()) {
        if (wantsHelp) {
            out(overview());
            return Ok;
        }
        writeTo(stderr, overview());
        return Usage;
    }
    if (words.first() == u"help") {
        if (words.size() == 1) {
            out(overview());
            return Ok;
        }
        const Command *c = findCommand(words.mid(1));
        if (!c)
            return usageError(
                tr("Unknown command \"%1\". Run \"qalam-cli help\".").arg(words.mid(1).join(u' ')));
        out(commandHelp(*c));
        return Ok;
    }
    const Command *command = findCommand(words);
    if (!command) {
        // "db", "photo", "user", "author": groups of commands.
        QStringList subcommands;
        for (const Command &c : std::as_const(m_commands))
            if (c.name.section(u' ', 0, 0) == words.first() && c.name.contains(u' '))
                subcommands.append(c.name.section(u' ', 1));
        if (!subcommands.isEmpty())
            return usageError(tr("\"%1\" needs a subcommand: %2.")
                                  .arg(words.first(), subcommands.join(QStringLiteral(", "))));
        return usageError(tr("Unknown command \"%1\". Run \"qalam-cli help\".").arg(words.first()));
    }
    if (wantsHelp) {
        out(commandHelp(*command));
        return Ok;
    }

    for (const Given &g : std::as_const(given)) {
        const Option *spec = nullptr;
        for (const Option &o : std::as_const(m_globalOptions))
            if (o.name == g.name)
                spec = &o;
        for (const Option &o : command->options)
            if (o.name == g.name)
                spec = &o;
        if (!spec)
            return usageError(tr("Unknown option --%1 for \"%2\".").arg(g.name, command->name), command);
        if (spec->valueName.isEmpty() && g.hasValue)
            return usageError(tr("The option --%1 takes no value.").arg(g.name), command);
        if (!spec->repeatable && m_values.contains(g.name))
            return usageError(tr("The option --%1 is given twice.").arg(g.name), command);
        m_values[g.name].append(g.value);
    }
    m_json = m_values.contains(QStringLiteral("json"));
    m_positionals = words.mid(command->name.count(u' ') + 1);
    if (m_positionals.size() < command->positionals ||
        m_positionals.size() > command->positionals + command->optionalPositionals) {
        // The synopsis names the positionals: "qalam-cli comment ID TEXT".
        const QStringList synopsis = command->synopsis.split(u' ').mid(command->name.count(u' ') + 2);
        const QString missing = synopsis.value(m_positionals.size());
        QString message;
        if (m_positionals.size() > command->positionals + command->optionalPositionals)
            message = tr("Unexpected argument \"%1\".").arg(m_positionals.value(command->positionals));
        else if (command->name.startsWith(QLatin1String("photo")) || missing.isEmpty())
            message = tr("\"%1\" needs more arguments.").arg(command->name);
        else if (missing == u"ID" || missing.startsWith(QLatin1String("ID|")))
            message = tr("\"%1\" needs an article id.").arg(command->name);
        else
            message = tr("\"%1\" needs %2.").arg(command->name, missing);
        return usageError(message, command);
    }
    return command->run(*this);
}

QString CliApp::optionValue(const char *option) const
{
    return m_values.value(QString::fromLatin1(option)).value(0);
}

bool CliApp::hasOption(const char *option) const
{
    return m_values.contains(QString::fromLatin1(option));
}

Result<std::shared_ptr<Database>> CliApp::openDatabase(bool migrate)
{
    const QString path = DataLocation::databasePath(m_values.value(QStringLiteral("db")).value(0));
    // A server URL without a password takes the one `db login` stored.
    SecretStore secrets;
    QString keychainProblem;
    auto db = ServerLogin::open(path, migrate ? Database::Migration::Apply : Database::Migration::Refuse,
                                secrets, &keychainProblem);
    if (!keychainProblem.isEmpty())
        err(tr("The stored password could not be read (%1); PGPASSWORD or ~/.pgpass are used instead.")
                .arg(keychainProblem));
    if (!db)
        return db;
    m_database = *db;
    // An older schema opened for checking has no users to sign in against.
    if (migrate && !m_actorSettled) {
        if (auto signedIn = signIn(*db); !signedIn)
            return signedIn.error();
    }
    return db;
}

Result<void> CliApp::signIn(const std::shared_ptr<Database> &db)
{
    if (!hasOption("user")) {
        m_actor = Actor::local();
        m_actorSettled = true;
        return {};
    }
    const QString login = optionValue("user");
    if (login.isEmpty())
        return Error{Error::Code::InvalidInput, tr("--user needs a login."), {}};
    auto password = secret("QALAM_PASSWORD", tr("Password for %1: ").arg(login),
                           tr("No password for %1: set QALAM_PASSWORD, or run qalam-cli on a terminal to be "
                              "asked.")
                               .arg(login));
    if (!password)
        return password.error();
    auto actor = UserStore(db).signIn(login, *password);
    if (!actor) {
        // A refused sign-in is a refusal, whatever the reason the core gives.
        Error error = actor.error();
        if (error.code != Error::Code::Database && error.code != Error::Code::Io &&
            error.code != Error::Code::Unavailable)
            error.code = Error::Code::Denied;
        return error;
    }
    m_actor = *actor;
    m_actorSettled = true;
    return {};
}

namespace {
#ifdef Q_OS_UNIX
// One line from the terminal with echo off; nullopt at end of input.
std::optional<QString> readHidden(const QString &prompt)
{
    writeTo(stderr, prompt);
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    writeTo(stderr, QStringLiteral("\n"));
    if (c == EOF && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}
#endif
} // namespace

Result<QString> CliApp::secret(const char *variable, const QString &prompt, const QString &missing,
                               bool confirm)
{
    const QString fromEnvironment = qEnvironmentVariable(variable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        const std::optional<QString> first = readHidden(prompt);
        if (!first)
            return Error{Error::Code::InvalidInput, missing, {}};
        if (confirm) {
            const std::optional<QString> again = readHidden(tr("Repeat the password: "));
            if (!again || *again != *first)
                return Error{
                    Error::Code::InvalidInput, tr("The passwords do not match; nothing was changed."), {}};
        }
        return *first;
    }
#else
    Q_UNUSED(prompt)
    Q_UNUSED(confirm)
#endif
    return Error{Error::Code::InvalidInput, missing, {}};
}

Result<QString> CliApp::newPassword(const QString &login)
{
    const QString fresh = qEnvironmentVariable("QALAM_NEW_PASSWORD");
    if (!fresh.isEmpty())
        return fresh;
    // Without --user nobody signs in with QALAM_PASSWORD: it is the new
    // account's (the first administrator's) password.
    if (!hasOption("user")) {
        const QString password = qEnvironmentVariable("QALAM_PASSWORD");
        if (!password.isEmpty())
            return password;
    }
    return secret(
        "QALAM_NEW_PASSWORD", tr("New password for %1: ").arg(login),
        tr("No password for %1: set QALAM_NEW_PASSWORD, or run qalam-cli on a terminal to be asked.")
            .arg(login),
        true);
}

int CliApp::cmdNew()
{
    const QString headline = m_values.value(QStringLiteral("headline")).value(0).simplified();
    if (headline.isEmpty())
        return usageError(tr("A new article needs --headline."), findCommand({QStringLiteral("new")}));
    Article a;
    a.headline = headline;
    a.lead = m_values.value(QStringLiteral("lead")).value(0);
    a.region = m_values.value(QStringLiteral("region")).value(0);
    a.rubric = m_values.value(QStringLiteral("rubric")).value(0);
    a.tags = m_values.value(QStringLiteral("tag"));
    a.source = m_values.value(QStringLiteral("source")).value(0);
    a.language = m_values.value(QStringLiteral("language"), {QStringLiteral("ru")}).value(0);
    if (!isSupportedLanguage(a.language))
        return usageError(tr("Unknown language \"%1\": use ru, kk or en.").arg(a.language));
    const QString bodyFile = m_values.value(QStringLiteral("body-file")).value(0);
    if (!bodyFile.isEmpty()) {
        if (const int rc = readBodyFile(bodyFile, &a.bodyHtml); rc != Ok)
            return rc;
    }
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    ArticleStore store(*db, &Clock::system(), m_actor);
    for (const QString &name : m_values.value(QStringLiteral("author"))) {
        auto author = store.ensureAuthor(Author{0, name, {}, {}});
        if (!author)
            return fail(author.error());
        a.authors.append(*author);
    }
    auto created = store.create(a);
    if (!created)
        return fail(created.error());
    if (m_json)
        outJson(QJsonObject{{QStringLiteral("id"), created->id}});
    else
        out(created->id + u'\n');
    return Ok;
}

int CliApp::readBodyFile(const QString &bodyFile, QString *html)
{
    QFile file(bodyFile);
    if (!file.open(QIODevice::ReadOnly))
        return usageError(tr("Cannot read the body file %1: %2").arg(bodyFile, file.errorString()));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return usageError(tr("The body file %1 is not UTF-8 text.").arg(bodyFile));
    // A .txt file is plain text even when a line starts with "<".
    const bool plain = bodyFile.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive);
    const bool isHtml = !plain && (bodyFile.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
                                   bodyFile.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive) ||
                                   text.trimmed().startsWith(u'<'));
    *html = isHtml ? text : HtmlSanitizer::fromPlainText(text).html;
    return Ok;
}

int CliApp::cmdSet()
{
    static const char *const editable[] = {"headline", "lead", "body-file", "region",
                                           "rubric",   "tag",  "source",    "language"};
    bool any = false;
    for (const char *name : editable)
        any = any || hasOption(name);
    if (!any)
        return usageError(tr("Nothing to change: give --headline, --lead, --body-file or another option."),
                          findCommand({QStringLiteral("set")}));
    if (hasOption("headline") && optionValue("headline").simplified().isEmpty())
        return usageError(tr("The headline cannot be empty."));
    if (hasOption("language") && !isSupportedLanguage(optionValue("language")))
        return usageError(tr("Unknown language \"%1\": use ru, kk or en.").arg(optionValue("language")));
    QString bodyHtml;
    if (hasOption("body-file")) {
        if (const int rc = readBodyFile(optionValue("body-file"), &bodyHtml); rc != Ok)
            return rc;
    }
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    ArticleStore store(*db, &Clock::system(), m_actor);
    auto loaded = store.load(m_positionals.at(0));
    if (!loaded)
        return fail(loaded.error());
    Article edited = *loaded;
    if (hasOption("headline"))
        edited.headline = optionValue("headline").simplified();
    if (hasOption("lead"))
        edited.lead = optionValue("lead");
    if (hasOption("body-file"))
        edited.bodyHtml = bodyHtml;
    if (hasOption("region"))
        edited.region = optionValue("region");
    if (hasOption("rubric"))
        edited.rubric = optionValue("rubric");
    if (hasOption("tag")) {
        edited.tags = m_values.value(QStringLiteral("tag"));
        edited.tags.removeAll(QString());
    }
    if (hasOption("source"))
        edited.source = optionValue("source");
    if (hasOption("language"))
        edited.language = optionValue("language");
    auto saved = store.save(edited, ArticleStore::SaveKind::Revision, QStringLiteral("edit"));
    if (!saved)
        return fail(saved.error());
    if (m_json)
        outJson(QJsonObject{{QStringLiteral("id"), saved->id},
                            {QStringLiteral("version"), saved->version},
                            {QStringLiteral("status"), statusKey(saved->status)}});
    else if (saved->status != loaded->status)
        out(tr("The article is now %1.").arg(statusKey(saved->status)) + u'\n');
    return Ok;
}

int CliApp::cmdList()
{
    ArticleFilter filter;
    filter.search = m_values.value(QStringLiteral("search")).value(0);
    filter.region = m_values.value(QStringLiteral("region")).value(0);
    if (m_values.contains(QStringLiteral("status"))) {
        const QString key = m_values.value(QStringLiteral("status")).value(0);
        filter.status = statusFromKey(key);
        if (!filter.status) {
            QStringList keys;
            for (ArticleStatus status : allStatuses())
                keys.append(statusKey(status));
            return usageError(
                tr("Unknown status \"%1\": use one of %2.").arg(key, keys.join(QStringLiteral(", "))));
        }
    }
    if (m_values.contains(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = m_values.value(QStringLiteral("limit")).value(0).toInt(&ok);
        if (!ok || filter.limit < 0)
            return usageError(tr("--limit needs a whole number."));
    }
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    ArticleStore store(*db, &Clock::system(), m_actor);
    auto rows = store.list(filter);
    if (!rows)
        return fail(rows.error());
    if (m_json) {
        QJsonArray array;
        for (const ArticleSummary &s : *rows)
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("headline"), s.headline},
                                     {QStringLiteral("status"), statusKey(s.status)},
                                     {QStringLiteral("region"), s.region},
                                     {QStringLiteral("authors"), s.authors},
                                     {QStringLiteral("words"), s.words},
                                     {QStringLiteral("updated"), s.updated.toString(Qt::ISODateWithMs)}});
        outJson(array);
        return Ok;
    }
    for (const ArticleSummary &s : *rows)
        out(s.id + u'\t' + statusKey(s.status) + u'\t' + s.updated.toString(Qt::ISODate) + u'\t' +
            s.headline + u'\n');
    return Ok;
}

Result<QJsonObject> CliApp::articleJson(const std::shared_ptr<Database> &db, const Article &article)
{
    QJsonObject json = article.toJson();
    QJsonArray quotes;
    for (const Quote &q : QuoteAnalyzer::analyze(articleCheckText(article), articleQuoteOptions()).quotes)
        quotes.append(quoteJson(q));
    json.insert(QStringLiteral("quotes"), quotes);
    bool photosOk = false;
    json.insert(QStringLiteral("photos"), photosJson(db, article.id, &photosOk));
    // Who wrote it and when it goes out (the workflow's facts).
    auto isoOrNull = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    json.insert(QStringLiteral("created_by"), article.createdBy);
    json.insert(QStringLiteral("publish_at"), isoOrNull(article.publishAt));
    json.insert(QStringLiteral("published_at"), isoOrNull(article.publishedAt));
    // An imported article: its photo slots and where it came from.
    if (auto r = addImportJson(db, article.id, &json); !r)
        return r.error();
    return json;
}

int CliApp::cmdShow()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    ArticleStore store(*db, &Clock::system(), m_actor);
    auto article = store.load(m_positionals.at(0));
    if (!article)
        return fail(article.error());
    if (m_json) {
        auto json = articleJson(*db, *article);
        if (!json)
            return fail(json.error());
        outJson(*json);
        return Ok;
    }
    const Article &a = *article;
    const TextStats stats = TextStats::of(a.bodyText);
    QStringList byline;
    for (const Author &au : a.authors)
        byline.append(au.position.isEmpty() ? au.name : au.name + QStringLiteral(", ") + au.position);
    QString text = a.headline + u'\n';
    text +=
        tr("Id: %1 · version %2 · %3 · %4").arg(a.id).arg(a.version).arg(statusKey(a.status), a.language) +
        u'\n';
    text += tr("Byline: %1").arg(byline.join(QStringLiteral("; "))) + u'\n';
    text +=
        tr("Region: %1 · Rubric: %2 · Tags: %3").arg(a.region, a.rubric, a.tags.join(QStringLiteral(", "))) +
        u'\n';
    text += tr("Source: %1").arg(a.source) + u'\n';
    if (!a.createdBy.isEmpty())
        text += tr("Created by: %1").arg(a.createdBy) + u'\n';
    if (a.publishAt.isValid())
        text += tr("Publication scheduled: %1")
                    .arg(a.publishAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
                u'\n';
    if (a.publishedAt.isValid())
        text += tr("Published: %1")
                    .arg(a.publishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
                u'\n';
    text += tr("Updated: %1 UTC · %2 words · %3 characters with spaces")
                .arg(a.updated.toString(Qt::ISODate))
                .arg(stats.words)
                .arg(stats.charactersWithSpaces) +
            QStringLiteral("\n\n");
    if (!a.lead.isEmpty())
        text += a.lead + QStringLiteral("\n\n");
    text += a.bodyText + u'\n';
    out(text);
    return Ok;
}

int CliApp::cmdExport()
{
    const QString format = m_values.value(QStringLiteral("format")).value(0);
    auto exporter = ArticleExporter::create(format);
    if (!exporter)
        return usageError(tr("Unknown or missing --format: use json or html."),
                          findCommand({QStringLiteral("export")}));
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    ArticleStore store(*db, &Clock::system(), m_actor);
    auto article = store.load(m_positionals.at(0));
    if (!article)
        return fail(article.error());
    const QByteArray bytes = exporter->exportArticle(*article);
    if (bytes.isEmpty())
        return fail(Error{Error::Code::Io, tr("The export failed: %1").arg(exporter->errorString()), {}});
    const QString output = m_values.value(QStringLiteral("output")).value(0);
    if (output.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error{Error::Code::Io, tr("Cannot write %1.").arg(output), file.errorString()});
    return Ok;
}

int CliApp::cmdRevisions()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    ArticleStore store(*db, &Clock::system(), m_actor);
    const QString id = m_positionals.at(0);
    if (auto exists = store.load(id); !exists)
        return fail(exists.error());
    auto revisions = store.revisions(id);
    if (!revisions)
        return fail(revisions.error());
    if (m_json) {
        QJsonArray array;
        for (const Revision &r : *revisions)
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("version"), r.version},
                                     {QStringLiteral("who"), r.who},
                                     {QStringLiteral("reason"), r.reason},
                                     {QStringLiteral("created"), r.created.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("headline"), r.snapshot.headline}});
        outJson(array);
        return Ok;
    }
    for (const Revision &r : *revisions)
        out(QStringLiteral("#%1\tv%2\t%3\t%4\t%5\n")
                .arg(r.id)
                .arg(r.version)
                .arg(r.created.toString(Qt::ISODate), r.who, r.reason));
    return Ok;
}

int CliApp::cmdDbCheck()
{
    const QString requested = DataLocation::databasePath(m_values.value(QStringLiteral("db")).value(0));
    if (!Database::isServerUrl(requested) && !QFileInfo::exists(requested))
        return fail(Error{Error::Code::NotFound, tr("There is no database at %1.").arg(requested), {}});
    auto db = openDatabase(false);
    if (!db && db.error().code != Error::Code::InvalidInput)
        return fail(db.error());
    const QString path = DataLocation::databasePath(m_values.value(QStringLiteral("db")).value(0));
    if (!db) {
        // An older schema is a finding of the check, not a failure to run it.
        return fail(db.error());
    }
    // A server URL is shown without its password.
    const QString shown = Database::isServerUrl(path) ? (*db)->path() : path;
    auto problems = (*db)->integrityCheck();
    if (!problems)
        return fail(problems.error());
    const bool ok = problems->size() == 1 && problems->first() == u"ok";
    const int version = (*db)->schemaVersion();
    if (m_json) {
        outJson(QJsonObject{
            {QStringLiteral("path"), shown},
            {QStringLiteral("schema_version"), version},
            {QStringLiteral("latest_schema_version"), Database::latestSchemaVersion()},
            {QStringLiteral("integrity"), ok ? QStringLiteral("ok") : QStringLiteral("damaged")},
            {QStringLiteral("problems"), ok ? QJsonArray() : QJsonArray::fromStringList(*problems)}});
    } else {
        out(tr("Database: %1").arg(shown) + u'\n' +
            tr("Schema version: %1 (latest %2)").arg(version).arg(Database::latestSchemaVersion()) + u'\n' +
            (ok ? tr("Integrity: ok") : tr("Integrity: damaged")) + u'\n');
        if (!ok)
            for (const QString &p : std::as_const(*problems))
                out(QStringLiteral("  ") + p + u'\n');
    }
    return ok ? Ok : Failed;
}

int CliApp::cmdDbMigrate()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    if (m_json)
        outJson(QJsonObject{{QStringLiteral("path"), (*db)->path()},
                            {QStringLiteral("schema_version"), (*db)->schemaVersion()}});
    else
        out(tr("Database %1 is at schema %2.").arg((*db)->path()).arg((*db)->schemaVersion()) + u'\n');
    return Ok;
}

int CliApp::cmdDbInit()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    ArticleStore store(*db, &Clock::system(), m_actor);
    int added = 0;
    if (m_values.contains(QStringLiteral("sample"))) {
        auto count = store.count();
        if (!count)
            return fail(count.error());
        if (*count == 0) {
            auto loaded = SampleNewsroom::load(store, SampleNewsroom::bundled());
            if (!loaded)
                return fail(loaded.error());
            added = *loaded;
        }
    }
    if (m_json)
        outJson(QJsonObject{{QStringLiteral("path"), (*db)->path()},
                            {QStringLiteral("schema_version"), (*db)->schemaVersion()},
                            {QStringLiteral("sample_articles_added"), added}});
    else
        out(tr("Database %1 is at schema %2; %n sample article(s) added.", nullptr, added)
                .arg((*db)->path())
                .arg((*db)->schemaVersion()) +
            u'\n');
    return Ok;
}

int CliApp::loadCheckedText(CheckedText *out, const QString &argument, const QString &id)
{
    if (!argument.isEmpty() && QFileInfo(argument).isFile()) {
        QFile file(argument);
        if (!file.open(QIODevice::ReadOnly)) {
            usageError(tr("Cannot read %1: %2").arg(argument, file.errorString()));
            return Usage;
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        out->text = decoder(file.readAll());
        if (decoder.hasError()) {
            usageError(tr("%1 is not UTF-8 text.").arg(argument));
            return Usage;
        }
        out->text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        return Ok;
    }
    const QString articleId = id.isEmpty() ? argument : id;
    if (articleId.isEmpty()) {
        usageError(tr("Name a text file or an article (--id ID)."));
        return Usage;
    }
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    ArticleStore store(*db, &Clock::system(), m_actor);
    auto article = store.load(articleId);
    if (!article) {
        // Neither a file nor an article: say both.
        if (article.error().code == Error::Code::NotFound && id.isEmpty())
            return fail(Error{
                Error::Code::NotFound, tr("%1 is neither a file nor an article id.").arg(articleId), {}});
        return fail(article.error());
    }
    out->text = articleCheckText(*article);
    out->articleId = article->id;
    out->headlineFirst = true;
    out->language = article->language;
    return Ok;
}

int CliApp::cmdQuotes()
{
    CheckedText checked;
    if (const int rc =
            loadCheckedText(&checked, m_positionals.value(0), m_values.value(QStringLiteral("id")).value(0));
        rc != Ok)
        return rc;
    QuoteAnalyzer::Options options;
    options.firstParagraphIsHeadline = checked.headlineFirst;
    const auto analysis = QuoteAnalyzer::analyze(checked.text, options);
    if (m_json) {
        QJsonArray array;
        for (const Quote &q : analysis.quotes)
            array.append(quoteJson(q));
        outJson(array);
        return Ok;
    }
    for (const Quote &q : analysis.quotes) {
        const QString who = q.kind == Quote::Kind::Title ? tr("(title)")
                            : q.attributed ? (q.speaker.isEmpty() ? tr("(attributed)") : q.speaker)
                                           : tr("(unattributed)");
        out(QStringLiteral("%1\t%2\t%3\t%4\n")
                .arg(q.paragraph)
                .arg(Quote::kindKey(q.kind), who, q.text.simplified()));
    }
    if (!analysis.sourceAttribution.isEmpty())
        out(tr("Source: %1").arg(analysis.sourceAttribution) + u'\n');
    return Ok;
}

int CliApp::cmdTypo()
{
    Typography::Options options;
    options.language = m_values.value(QStringLiteral("lang"), {QStringLiteral("ru")}).value(0);
    if (!isSupportedLanguage(options.language))
        return usageError(tr("Unknown language \"%1\": use ru, kk or en.").arg(options.language));
    const QString dash = m_values.value(QStringLiteral("dash"), {QStringLiteral("em")}).value(0);
    if (dash != u"em" && dash != u"en")
        return usageError(tr("--dash takes em or en."));
    options.dash = dash == u"en" ? Typography::Dash::En : Typography::Dash::Em;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(Error{Error::Code::Io, tr("Cannot read standard input."), input.errorString()});
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(input.readAll());
    if (decoder.hasError())
        return usageError(tr("The input is not UTF-8 text."));
    const QByteArray bytes = Typography::apply(text, options).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return Ok;
}

int CliApp::cmdCheck()
{
    CheckedText checked;
    const QString argument = m_positionals.value(0);
    if (const int rc = loadCheckedText(&checked, argument, QString()); rc != Ok)
        return rc;
    TextChecks::Input input;
    input.text = checked.text;
    input.headlineFirst = checked.headlineFirst;
    input.language = checked.headlineFirst
                         ? checked.language
                         : m_values.value(QStringLiteral("lang"), {QStringLiteral("ru")}).value(0);
    if (!isSupportedLanguage(input.language))
        return usageError(tr("Unknown language \"%1\": use ru, kk or en.").arg(input.language));
    const QString dash = m_values.value(QStringLiteral("dash"), {QStringLiteral("em")}).value(0);
    if (dash != u"em" && dash != u"en")
        return usageError(tr("--dash takes em or en."));
    input.dash = dash == u"en" ? Typography::Dash::En : Typography::Dash::Em;
    input.typography = true;

    SpellChecker spelling(input.language);
    if (!spelling.isValid())
        writeTo(stderr, QStringLiteral("qalam-cli: ") +
                            tr("spelling not checked: %1").arg(spelling.errorString()) + u'\n');
    if (checked.headlineFirst) {
        // The newsroom's own words count as correct.
        auto db = openDatabase();
        if (db) {
            DictionaryStore dictionary(*db, &Clock::system(), m_actor.login);
            if (auto words = dictionary.words(input.language))
                spelling.addNewsroomWords(*words);
        }
    }
    const TextChecks::Output output = TextChecks::run(input, &spelling);
    QList<Finding> findings = output.findings();
    bool errors = output.hasErrors();
    if (!checked.articleId.isEmpty()) {
        // The article's photos: caption, credit, alt text, UGC permission.
        auto db = openDatabase();
        if (!db)
            return fail(db.error());
        auto uses = PhotoStore(*db, &Clock::system(), m_actor).photosOf(checked.articleId);
        if (!uses)
            return fail(uses.error());
        QList<Photo> photos;
        for (const PhotoUse &use : *uses)
            photos.append(use.photo);
        const QList<Finding> photoFindings = PhotoRules::check(photos);
        errors = errors || !photoFindings.isEmpty();
        findings = photoFindings + findings;
    }

    // line:column, both from 1, for people and editors.
    std::vector<int> lineStarts{0};
    for (int i = 0; i < checked.text.size(); ++i)
        if (checked.text.at(i) == u'\n')
            lineStarts.push_back(i + 1);
    auto lineOf = [&](int pos) {
        return int(std::upper_bound(lineStarts.begin(), lineStarts.end(), pos) - lineStarts.begin());
    };
    if (m_json) {
        QJsonArray array;
        for (const Finding &f : findings) {
            const int line = lineOf(f.start);
            array.append(QJsonObject{{QStringLiteral("severity"), Finding::severityKey(f.severity)},
                                     {QStringLiteral("code"), f.code},
                                     {QStringLiteral("message"), f.message},
                                     {QStringLiteral("start"), f.start},
                                     {QStringLiteral("end"), f.end},
                                     {QStringLiteral("line"), line},
                                     {QStringLiteral("column"), f.start - lineStarts[size_t(line - 1)] + 1},
                                     {QStringLiteral("text"), checked.text.mid(f.start, f.end - f.start)}});
        }
        outJson(array);
    } else {
        const QString name = argument;
        for (const Finding &f : findings) {
            const int line = lineOf(f.start);
            out(QStringLiteral("%1:%2:%3: %4: %5 [%6]\n")
                    .arg(name)
                    .arg(line)
                    .arg(f.start - lineStarts[size_t(line - 1)] + 1)
                    .arg(Finding::severityKey(f.severity), f.message, f.code));
        }
    }
    return errors ? Failed : Ok;
}

int CliApp::applyPhotoOptions(Photo *photo)
{
    auto value = [this](const char *name) { return m_values.value(QString::fromLatin1(name)).value(0); };
    auto given = [this](const char *name) { return m_values.contains(QString::fromLatin1(name)); };
    if (given("caption"))
        photo->caption = value("caption");
    if (given("alt"))
        photo->alt = value("alt");
    if (given("credit-source"))
        photo->creditSource = value("credit-source");
    if (given("credit-type")) {
        photo->creditType = creditTypeFromKey(value("credit-type"));
        if (!photo->creditType)
            return usageError(
                tr("Unknown credit type \"%1\": use staff, agency, press-service, ugc, archive or handout.")
                    .arg(value("credit-type")));
    }
    if (given("creator"))
        photo->creator = value("creator");
    if (given("licence"))
        photo->licence = value("licence");
    if (given("ugc-contributor"))
        photo->consent.contributor = value("ugc-contributor");
    if (given("ugc-contact"))
        photo->consent.contact = value("ugc-contact");
    if (given("ugc-channel"))
        photo->consent.channel = value("ugc-channel");
    if (given("ugc-evidence"))
        photo->consent.permission = value("ugc-evidence");
    if (given("ugc-permission")) {
        const QString answer = value("ugc-permission");
        if (answer != u"yes" && answer != u"no")
            return usageError(tr("--ugc-permission takes yes or no."));
        photo->consent.granted = answer == u"yes";
        if (photo->consent.granted && !photo->consent.date.isValid())
            photo->consent.date = QDate::currentDate();
    }
    return Ok;
}

int CliApp::cmdPhotoAdd()
{
    // Options are checked before anything is imported.
    Photo validated;
    if (const int rc = applyPhotoOptions(&validated); rc != Ok)
        return rc;
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    ArticleStore articles(*db, &Clock::system(), m_actor);
    const QString articleId = m_positionals.at(0);
    if (auto exists = articles.load(articleId); !exists)
        return fail(exists.error());
    // Asked before the import, so that a refusal leaves no stray original.
    if (auto connection = (*db)->connection(); connection) {
        QSqlDatabase sql = *connection;
        auto facts = Permissions::facts(sql, articleId);
        if (!facts)
            return fail(facts.error());
        if (auto allowed = Permissions::authorize(sql, m_actor, Action::AttachPhoto, &*facts); !allowed)
            return fail(allowed.error());
    }
    PhotoStore photos(*db, &Clock::system(), m_actor);
    auto imported = photos.importFile(m_positionals.at(1));
    if (!imported)
        return fail(imported.error());
    Photo photo = *imported;
    // What the command line says wins over what the file carried.
    const Photo before = photo;
    if (const int rc = applyPhotoOptions(&photo); rc != Ok)
        return rc;
    if (!(photo == before)) {
        auto updated = photos.update(photo);
        if (!updated)
            return fail(updated.error());
        photo = *updated;
    }
    if (auto r = photos.attach(articleId, photo.id, m_values.contains(QStringLiteral("lead"))); !r)
        return fail(r.error());
    if (m_json)
        outJson(QJsonObject{{QStringLiteral("id"), photo.id}, {QStringLiteral("sha256"), photo.sha256}});
    else
        out(QString::number(photo.id) + u'\n');
    return Ok;
}

namespace {
QJsonObject photoJson(const PhotoUse &use, const QString &creditTemplate)
{
    const Photo &p = use.photo;
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("caption"), p.caption},
        {QStringLiteral("alt"), p.alt},
        {QStringLiteral("credit_source"), p.creditSource},
        {QStringLiteral("credit_type"), p.creditType ? creditTypeKey(*p.creditType) : QString()},
        {QStringLiteral("credit_line"), PhotoRules::creditLine(p, creditTemplate)},
        {QStringLiteral("creator"), p.creator},
        {QStringLiteral("is_lead"), use.lead},
        {QStringLiteral("width"), p.width},
        {QStringLiteral("height"), p.height},
        {QStringLiteral("sha256"), p.sha256},
        {QStringLiteral("has_gps"), p.hasGps}};
}
} // namespace

QJsonArray CliApp::photosJson(const std::shared_ptr<Database> &db, const QString &articleId, bool *ok)
{
    PhotoStore photos(db, &Clock::system(), m_actor);
    auto uses = photos.photosOf(articleId);
    const auto settings = photos.settings();
    *ok = uses.ok() && settings.ok();
    QJsonArray array;
    if (uses && settings)
        for (const PhotoUse &use : *uses)
            array.append(photoJson(use, settings->creditTemplate));
    return array;
}

int CliApp::cmdPhotoList()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    ArticleStore articles(*db, &Clock::system(), m_actor);
    if (auto exists = articles.load(m_positionals.at(0)); !exists)
        return fail(exists.error());
    PhotoStore photos(*db, &Clock::system(), m_actor);
    auto uses = photos.photosOf(m_positionals.at(0));
    if (!uses)
        return fail(uses.error());
    auto settings = photos.settings();
    if (!settings)
        return fail(settings.error());
    const QString creditTemplate = settings->creditTemplate;
    if (m_json) {
        QJsonArray array;
        for (const PhotoUse &use : *uses)
            array.append(photoJson(use, creditTemplate));
        outJson(array);
        return Ok;
    }
    for (const PhotoUse &use : *uses)
        out(QStringLiteral("%1\t%2%3\t%4\t%5\n")
                .arg(use.photo.id)
                .arg(use.lead ? QStringLiteral("lead ") : QString(), use.photo.fileName, use.photo.caption,
                     PhotoRules::creditLine(use.photo, creditTemplate)));
    return Ok;
}

int CliApp::loadPhoto(std::shared_ptr<Database> *database, Photo *photo)
{
    bool ok = false;
    const qint64 id = m_positionals.at(0).toLongLong(&ok);
    if (!ok)
        return usageError(tr("A photo id is a number."));
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    auto found = PhotoStore(*db, &Clock::system(), m_actor).photo(id);
    if (!found)
        return fail(found.error());
    *database = *db;
    *photo = *found;
    return Ok;
}

int CliApp::cmdPhotoSet()
{
    std::shared_ptr<Database> db;
    Photo edited;
    if (const int rc = loadPhoto(&db, &edited); rc != Ok)
        return rc;
    PhotoStore photos(db, &Clock::system(), m_actor);
    if (const int rc = applyPhotoOptions(&edited); rc != Ok)
        return rc;
    auto saved = photos.update(edited);
    if (!saved)
        return fail(saved.error());
    if (m_json) {
        auto settings = photos.settings();
        outJson(photoJson(PhotoUse{*saved, 0, false},
                          settings ? settings->creditTemplate : PhotoRules::defaultCreditTemplate()));
    }
    return Ok;
}

int CliApp::cmdPhotoRender()
{
    std::shared_ptr<Database> db;
    Photo photo;
    if (const int rc = loadPhoto(&db, &photo); rc != Ok)
        return rc;
    PhotoStore photos(db, &Clock::system(), m_actor);
    bool ok = true;
    auto settings = photos.settings();
    if (!settings)
        return fail(settings.error());
    PhotoFile::RenditionOptions options;
    options.longestEdge = settings->longestEdge;
    options.quality = settings->quality;
    if (m_values.contains(QStringLiteral("max-edge"))) {
        options.longestEdge = m_values.value(QStringLiteral("max-edge")).value(0).toInt(&ok);
        if (!ok || options.longestEdge < 16)
            return usageError(tr("--max-edge needs a number of pixels (16 or more)."));
    }
    if (m_values.contains(QStringLiteral("quality"))) {
        options.quality = m_values.value(QStringLiteral("quality")).value(0).toInt(&ok);
        if (!ok || options.quality < 1 || options.quality > 100)
            return usageError(tr("--quality takes 1 to 100."));
    }
    options.caption = photo.caption;
    options.creator = photo.creator;
    options.creditLine = PhotoRules::creditLine(photo, settings->creditTemplate);
    options.copyright = photo.licence;
    // User-generated pictures never leave with their sender's location or device.
    options.stripPrivate = m_values.contains(QStringLiteral("strip-all")) || settings->stripAll ||
                           photo.creditType == CreditType::Ugc;
    auto bytes = PhotoFile::render(photos.originalPath(photo.sha256), options);
    if (!bytes)
        return fail(bytes.error());
    QSaveFile file(m_positionals.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return fail(
            Error{Error::Code::Io, tr("Cannot write %1.").arg(m_positionals.at(1)), file.errorString()});
    return Ok;
}

int CliApp::cmdPhotoSettings()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    PhotoStore photos(*db, &Clock::system(), m_actor);
    auto current = photos.settings();
    if (!current)
        return fail(current.error());
    PhotoSettings settings = *current;
    bool ok = true;
    if (m_values.contains(QStringLiteral("credit-template")))
        settings.creditTemplate = m_values.value(QStringLiteral("credit-template")).value(0);
    if (m_values.contains(QStringLiteral("max-edge"))) {
        settings.longestEdge = m_values.value(QStringLiteral("max-edge")).value(0).toInt(&ok);
        if (!ok || settings.longestEdge < 16)
            return usageError(tr("--max-edge needs a number of pixels (16 or more)."));
    }
    if (m_values.contains(QStringLiteral("quality"))) {
        settings.quality = m_values.value(QStringLiteral("quality")).value(0).toInt(&ok);
        if (!ok || settings.quality < 1 || settings.quality > 100)
            return usageError(tr("--quality takes 1 to 100."));
    }
    if (m_values.contains(QStringLiteral("strip-all-photos"))) {
        const QString answer = m_values.value(QStringLiteral("strip-all-photos")).value(0);
        if (answer != u"yes" && answer != u"no")
            return usageError(tr("--strip-all-photos takes yes or no."));
        settings.stripAll = answer == u"yes";
    }
    if (!(settings == *current)) {
        if (auto saved = photos.setSettings(settings); !saved)
            return fail(saved.error());
    }
    if (m_json) {
        outJson(QJsonObject{{QStringLiteral("credit_template"), settings.creditTemplate},
                            {QStringLiteral("max_edge"), settings.longestEdge},
                            {QStringLiteral("quality"), settings.quality},
                            {QStringLiteral("strip_all_photos"), settings.stripAll}});
        return Ok;
    }
    out(tr("Credit template: %1").arg(settings.creditTemplate) + u'\n' +
        tr("Renditions: %1 px, quality %2").arg(settings.longestEdge).arg(settings.quality) + u'\n' +
        (settings.stripAll ? tr("Private metadata removed from every rendition")
                           : tr("Private metadata removed from UGC renditions")) +
        u'\n');
    return Ok;
}

} // namespace Qalam
