#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/model/article.h"
#include "app/people/user.h"
#include "app/workflow/articlediff.h"
#include "app/workflow/permissions.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace Qalam {

class Database;

// One line of an article's history. The audit log is append-only: the code
// has no UPDATE or DELETE for it and the schema's triggers refuse both.
struct AuditEntry
{
    qint64 id = 0;
    QString articleId;
    QDateTime at;   // UTC
    QString who;    // login
    QString action; // "created", "submit", "withdraw", "approve", "return", "publish",
                    // "unpublish", "approval-voided", "update-started", "lock-takeover",
                    // "comment"
    std::optional<ArticleStatus> from;
    std::optional<ArticleStatus> to;
    QString comment;
    qint64 revisionId = 0; // the revision the action applies to (0: none)
    QJsonObject detail;    // e.g. {"publish_at": …}, {"photos": [{id, caption, credit_line, alt}]}

    QJsonObject toJson() const;
};

// The editorial thread of an article: never published.
struct Comment
{
    qint64 id = 0;
    QString articleId;
    QDateTime at;
    QString who;
    QString whoName;
    QString text;
    qint64 revisionId = 0;
};

// Who is editing an article. A lock is live until `lastSeen` is older than
// the newsroom's idle time.
struct ArticleLock
{
    QString articleId;
    QString holder;     // login
    QString holderName; // display name
    QDateTime taken;
    QDateTime lastSeen;
    bool live = false;

    // "Редактирует Колмакова В. с 12:03" (local time).
    QString notice() const;
};

struct Notification
{
    qint64 id = 0;
    QDateTime at;
    QString recipient; // login told
    QString kind;      // "submitted", "returned", "approved", "overdue"
    QString articleId;
    QString headline;
    QString text; // translated when created
    bool read = false;
};

// One row of the chief editor's review queue.
struct ReviewItem
{
    ArticleSummary article;
    QDateTime submitted;
    QString submittedBy;
    int photos = 0;
    int openFindings = 0; // photo-rule errors (the review view adds the text checks)
};

struct WorkflowSettings
{
    int lockIdleMinutes = 30;
    // A photo editor's change of captions or credits keeps an approval.
    bool photoEditsKeepApproval = true;

    bool operator==(const WorkflowSettings &) const = default;
};

// The approval workflow: the only code that changes an article's status.
//
//   draft/returned/withdrawn/updated/unpublished --submit--> in_review
//   in_review --withdraw--> withdrawn          (the submitter or a chief editor)
//   in_review --approve--> approved            (optionally scheduled: publishAt)
//   in_review/approved --return--> returned    (comment required)
//   approved --publish--> published            (at or after publishAt)
//   published/updated --unpublish--> unpublished (reason required)
// ArticleStore::save moves approved → in_review when text changes (the
// approval is void) and published → updated.
//
// Every transition is checked by Permissions, recorded in the audit log with
// the revision it applies to, and notifies the people concerned.
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::Workflow)

public:
    explicit Workflow(std::shared_ptr<Database> database, Actor actor = Actor::local(),
                      const Clock *clock = &Clock::system());

    // Refused while any photo of the article breaks a photo rule
    // (PhotoRules::check errors); the message lists them.
    Result<Article> submit(const QString &articleId, const QString &comment = {});
    Result<Article> withdraw(const QString &articleId, const QString &comment = {});
    Result<Article> approve(const QString &articleId, const QString &comment = {},
                            const QDateTime &publishAt = {});
    // The comment of a return, an approval or an unpublishing also goes
    // into the article's comment thread.
    Result<Article> returnToWriter(const QString &articleId, const QString &comment);
    // Marks the article published (the publishing issue calls it once the
    // CMS has the story); `detail` records where it went.
    Result<Article> publish(const QString &articleId, const QJsonObject &detail = {});
    Result<Article> unpublish(const QString &articleId, const QString &reason);

    // Oldest first.
    Result<QList<AuditEntry>> log(const QString &articleId);
    Result<Comment> addComment(const QString &articleId, const QString &text);
    Result<QList<Comment>> comments(const QString &articleId); // oldest first

    // Takes (or renews) the editing lock. Held by someone else and live:
    // Error::Code::Conflict with ArticleLock::notice() as the message.
    Result<ArticleLock> acquireLock(const QString &articleId);
    Result<void> releaseLock(const QString &articleId); // one's own; another's lock is left alone
    // A chief editor takes a live lock over; logged.
    Result<ArticleLock> takeOverLock(const QString &articleId);
    Result<std::optional<ArticleLock>> lockOf(const QString &articleId);

    // In review, oldest submission first.
    Result<QList<ReviewItem>> reviewQueue();
    // The revision the last approval or publication applied to (0: never
    // approved) and the one the last submission applied to.
    Result<qint64> lastApprovedRevision(const QString &articleId);
    Result<qint64> lastSubmittedRevision(const QString &articleId);

    // The review diff between two revisions: by default from the last
    // approved (or published) revision — or the first revision when there
    // is none — to the current text and photos.
    Result<QList<FieldDiff>> diff(const QString &articleId, qint64 fromRevision = 0, qint64 toRevision = 0);

    // The actor's notifications, newest first.
    Result<QList<Notification>> notifications(bool unreadOnly = false);
    Result<void> markRead(qint64 notificationId);
    // Tells everyone once of each approved article whose scheduled time has
    // passed; returns how many articles were overdue.
    Result<int> notifyOverdue();

    Result<WorkflowSettings> settings();
    Result<void> setSettings(const WorkflowSettings &settings); // Action::ManageSettings

    const Actor &actor() const { return m_actor; }

    // For the stores, inside their own write transaction: the audit entry a
    // save causes (approval voided, update started), the settings, and the
    // live lock of someone other than `login` (a save is refused under it).
    static Result<qint64> appendAudit(QSqlDatabase &db, const AuditEntry &entry);
    static Result<WorkflowSettings> readSettings(QSqlDatabase &db);
    static Result<std::optional<ArticleLock>> foreignLiveLock(QSqlDatabase &db, const QString &articleId,
                                                              const QString &login, const QDateTime &nowUtc);
    // The newest revision of the article's current version (0: none).
    static Result<qint64> currentRevisionId(QSqlDatabase &db, const QString &articleId);

private:
    struct Transition;
    Result<Article> transition(const QString &articleId, const Transition &t, const QString &comment,
                               const QDateTime &publishAt, const QJsonObject &detail);

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    const Clock *m_clock;
};

} // namespace Qalam
