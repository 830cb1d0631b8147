#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qalam {

// Where an article stands in the newsroom. The workflow issue adds the rules for
// moving between states; the store only records the state.
enum class ArticleStatus { Draft, InReview, Returned, Approved, Published };

QString statusKey(ArticleStatus status);                        // "draft", "in_review", …
std::optional<ArticleStatus> statusFromKey(const QString &key); // inverse of statusKey
QString statusDisplayName(ArticleStatus status);                // translated, for the UI
const QList<ArticleStatus> &allStatuses();

// A person who can stand in a byline. The author-profile issue extends this.
struct Author
{
    qint64 id = 0;
    QString name;     // as printed in the byline: "Колмакова Виктория"
    QString position; // "Редактор региональных новостей"
    QString region;

    bool operator==(const Author &) const = default;
};

// A sentence the editor picked to stand out in the published story.
struct PullQuote
{
    QString text;
    QString speaker;

    bool operator==(const PullQuote &) const = default;
};

// One article as stored: a plain value, copied freely between threads.
// `bodyHtml` is always the sanitised subset (see HtmlSanitizer); `bodyText` is
// its plain text, kept for search and counting.
struct Article
{
    QString id; // UUID without braces
    QString headline;
    QString lead;
    QString bodyHtml;
    QString bodyText;
    QString region;
    QString rubric;
    QStringList tags;
    QString source; // source attribution: "передает Акорда"
    QString language = QStringLiteral("ru");
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime created;     // UTC
    QDateTime updated;     // UTC
    int version = 0;       // bumped by every save; a save names the version it edited
    QList<Author> authors; // byline order
    QList<PullQuote> pullQuotes;

    bool operator==(const Article &) const = default;

    // The shape `qalam-cli show --json` prints and the JSON export writes.
    QJsonObject toJson() const;
    static Article fromJson(const QJsonObject &object);
};

// A full snapshot of an article at one moment.
struct Revision
{
    qint64 id = 0;
    QString articleId;
    int version = 0;   // the article version this snapshot holds
    QString who;       // user (or OS account in a single-desk newsroom)
    QString reason;    // "save", "autosave-interval", "restore of #12", "created", "import"
    QDateTime created; // UTC
    Article snapshot;
};

// One row of the article list: what the desk needs without loading bodies.
struct ArticleSummary
{
    QString id;
    QString headline;
    QString region;
    QString authors; // byline names joined with ", "
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime updated;
    int words = 0;
};

bool isSupportedLanguage(const QString &code); // ru, kk, en

} // namespace Qalam
