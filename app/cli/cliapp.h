#pragma once

#include "app/core/result.h"
#include "app/people/user.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace Qalam {

class ArticleStore;
class Database;

// qalam-cli: the scriptable twin of the editor on the same core. Global
// options (--db, --user, --json, --help) go anywhere on the line. Exit codes:
// 0 done, 1 the operation failed (or was denied), 2 bad usage or bad input.
// Errors go to stderr as one line. One run acts as one Actor: the user named
// by --user (signed in with $QALAM_PASSWORD or a prompt), else the
// single-desk account, which the core refuses once the newsroom has users.
// The commands live in cliapp.cpp (articles, photos, text), clipeople.cpp
// (users, authors, bylines), cliworkflow.cpp (review and audit trail),
// cliimport.cpp (import, originals, photo slots), clipublish.cpp
// (endpoints, publishing to them, the publish log), clicopy.cpp (db copy) and
// clidblogin.cpp (db login, db logout).
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::CliApp)

public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2, Waiting = 3 };

    int run(const QStringList &arguments);

private:
    struct Option
    {
        QString name;
        QString valueName; // empty: a flag
        QString help;
        bool repeatable = false;
    };
    struct Command
    {
        QString name; // "new", "db check"
        QString synopsis;
        QString help;
        QList<Option> options;
        int positionals = 0; // required positional arguments after the name
        std::function<int(CliApp &)> run;
        int optionalPositionals = 0; // more that may follow
    };

    void defineCommands();
    const Command *findCommand(const QStringList &words) const;
    QString commandHelp(const Command &command) const;
    QString overview() const;
    int usageError(const QString &message, const Command *command = nullptr);
    int fail(const Error &error);
    // Opens the database and, the first time, settles who is acting (signs
    // in the --user). A failed sign-in comes back as Error::Code::Denied.
    Result<std::shared_ptr<Database>> openDatabase(bool migrate = true);
    Result<void> signIn(const std::shared_ptr<Database> &db);
    // A password from `variable`, else asked on the terminal without echo
    // (twice when `confirm`), else Error::Code::InvalidInput.
    Result<QString> secret(const char *variable, const QString &prompt, const QString &missing,
                           bool confirm = false);
    // The password of a user being added or changed: $QALAM_NEW_PASSWORD, or
    // $QALAM_PASSWORD when nobody signs in with it, or the prompt.
    Result<QString> newPassword(const QString &login);
    QString optionValue(const char *option) const; // the first value given
    bool hasOption(const char *option) const;
    // A --body-file as sanitisable HTML; Usage when it cannot be read.
    int readBodyFile(const QString &path, QString *html);

    int cmdNew();
    int cmdList();
    int cmdShow();
    int cmdExport();
    int cmdRevisions();
    int cmdDbCheck();
    int cmdDbInit();
    int cmdDbMigrate();
    int cmdDbCopy();  // clicopy.cpp
    int cmdDbLogin(); // clidblogin.cpp
    int cmdDbLogout();
    int cmdQuotes();
    int cmdTypo();
    int cmdCheck();
    int cmdPhotoAdd();
    int cmdPhotoList();
    int cmdPhotoSet();
    int cmdPhotoRender();
    int cmdPhotoSettings();
    int cmdSet();
    // The object `show --json` prints (and `import --json`).
    Result<QJsonObject> articleJson(const std::shared_ptr<Database> &db, const struct Article &article);

    // cliimport.cpp
    int cmdImport();
    int cmdOriginal();
    int cmdPhotoSlots();
    int cmdPhotoFill();
    // `photo_slots` and `imported_from` of an imported article for show --json.
    Result<void> addImportJson(const std::shared_ptr<Database> &db, const QString &articleId,
                               QJsonObject *json);

    // clipeople.cpp
    int cmdUserAdd();
    int cmdUserList();
    int cmdUserSet();
    int cmdUserPassword();
    // --role, --region, --name, --author, --active onto a user; Usage on a bad value.
    int applyUserOptions(struct User *user, bool roleRequired);
    int cmdAuthorAdd();
    int cmdAuthorList();
    int cmdAuthorShow();
    int cmdAuthorSet();
    int applyAuthorOptions(struct Author *author);
    int cmdByline();

    // cliworkflow.cpp
    enum class Step { Submit, Withdraw, Approve, Return, Publish, Unpublish };
    int cmdStep(Step step);
    int cmdLog();
    int cmdDiff();
    int cmdComment();
    int cmdComments();
    int cmdInbox();

    // clipublish.cpp
    int cmdEndpointAdd();
    int cmdEndpointList();
    int cmdEndpointRemove();
    int cmdEndpointTest();
    // With --endpoint: publish to it (or take it off), then record the
    // step; without: the workflow step alone.
    // One attempt in the article's publish log; a failure to record it is
    // reported on stderr and does not change the command's outcome.
    void recordAttempt(class PublishLog &log, const QString &articleId, const QString &endpoint,
                       const QString &action, const QString &result, const QString &remoteUrl);
    int cmdPublish();
    int cmdUnpublish();
    int cmdPublishLog();
    int queueAndRun(const QString &action);
    int runJobs(const std::shared_ptr<Database> &db, QList<qint64> jobs);
    int cmdOutboxList();
    int cmdOutboxRetry();
    int cmdOutboxCancel();
    int cmdOutboxRun();
    // The photo named by the first argument; Usage or Failed when there is none.
    int loadPhoto(std::shared_ptr<Database> *database, struct Photo *photo);
    // --caption, --credit-source, … onto a photo; Usage on a bad value.
    int applyPhotoOptions(struct Photo *photo);
    QJsonArray photosJson(const std::shared_ptr<Database> &db, const QString &articleId, bool *ok);

    struct CheckedText
    {
        QString text;
        bool headlineFirst = false; // an article: headline, lead and body, one per line
        QString language = QStringLiteral("ru");
        QString articleId; // when the text is an article's
    };
    // The text named by a FILE argument or an article id (--id or positional).
    int loadCheckedText(CheckedText *out, const QString &argument, const QString &id);

    void out(const QString &text);
    void outJson(const class QJsonValue &value);
    void err(const QString &line); // "qalam-cli: " + line on stderr

    QList<Command> m_commands;
    QList<Option> m_globalOptions;
    QHash<QString, QStringList> m_values; // option name → values given
    QStringList m_positionals;            // after the command words
    bool m_json = false;
    Actor m_actor = Actor::local();
    bool m_actorSettled = false;
    std::shared_ptr<Database> m_database; // the last one opened, for messages
};

} // namespace Qalam
