#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qalam {

// Where an article stands in the newsroom. Only the Workflow moves an article
// between states (app/workflow/workflow.h); a save never sets the status.
//   Withdrawn:   the writer took the submission back.
//   Updated:     published, and edited since: the site still shows the
//                published text until the new one is approved and published.
//   Unpublished: taken off the site (with a reason).
enum class ArticleStatus { Draft, InReview, Returned, Approved, Published, Withdrawn, Updated, Unpublished };

QString statusKey(ArticleStatus status);                        // "draft", "in_review", …
std::optional<ArticleStatus> statusFromKey(const QString &key); // inverse of statusKey
QString statusDisplayName(ArticleStatus status);                // translated, for the UI
const QList<ArticleStatus> &allStatuses();

// How bylines print a name (a newsroom setting).
enum class NameOrder { FamilyGiven, GivenFamily }; // "Колмакова Виктория" / "Виктория Колмакова"

// A person who can stand in a byline: a profile. A departed author
// (active = false) stays on old bylines.
struct Author
{
    Author() = default;
    Author(qint64 id_, QString name_, QString position_ = {}, QString region_ = {})
        : id(id_), name(std::move(name_)), position(std::move(position_)), region(std::move(region_))
    {
    }

    qint64 id = 0;
    QString name;     // as printed in bylines, in the newsroom's name order
    QString position; // "Редактор региональных новостей"
    QString region;
    // Profile (AuthorStore); the parts of the name decide the byline order.
    QString familyName; // "Колмакова"
    QString givenName;  // "Виктория"
    QString desk;
    QString bioRu, bioKk, bioEn;
    QByteArray avatarPng; // small PNG, may be empty
    QString email;
    QString phone;
    QStringList links; // social profiles
    bool active = true;

    bool operator==(const Author &) const = default;

    // The name in the given order; `name` when the parts are not known.
    QString bylineName(NameOrder order) const;
    // Splits "Колмакова Виктория" (family name first, the Russian newsroom
    // habit) into the parts, unless they are set already.
    void fillNameParts();
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
    // Kept by the store and the Workflow; a save does not change them.
    QString createdBy;     // login (or OS account in a single-desk newsroom)
    QDateTime publishAt;   // scheduled publication set at approval; invalid: at once
    QDateTime publishedAt; // last publication; invalid: never published
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
    QString createdBy;   // login
    QString lockedBy;    // display name of the editing lock's holder ("" when none)
    QDateTime lockSeen;  // when that holder was last active (the lock's liveness)
    QDateTime publishAt; // scheduled publication (approved articles)
    int photos = 0;
};

bool isSupportedLanguage(const QString &code); // ru, kk, en

} // namespace Qalam
