#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <functional>
#include <memory>

namespace Qalam {

class ArticleStore;
class Database;

// qalam-cli: the scriptable twin of the editor on the same core. Global
// options (--db, --json, --help) go anywhere on the line. Exit codes: 0 done,
// 1 the operation failed, 2 bad usage or bad input. Errors go to stderr as
// one line.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::CliApp)

public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

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
    Result<std::shared_ptr<Database>> openDatabase(bool migrate = true);

    int cmdNew();
    int cmdList();
    int cmdShow();
    int cmdExport();
    int cmdRevisions();
    int cmdDbCheck();
    int cmdDbInit();
    int cmdQuotes();
    int cmdTypo();
    int cmdCheck();
    int cmdPhotoAdd();
    int cmdPhotoList();
    int cmdPhotoSet();
    int cmdPhotoRender();
    int cmdPhotoSettings();
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

    QList<Command> m_commands;
    QList<Option> m_globalOptions;
    QHash<QString, QStringList> m_values; // option name → values given
    QStringList m_positionals;            // after the command words
    bool m_json = false;
};

} // namespace Qalam
