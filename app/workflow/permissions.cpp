#include "app/workflow/permissions.h"

#include "app/storage/database.h"
#include "app/storage/keptquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Qalam {

namespace {

struct ActionName
{
    Action action;
    const char *key;
    // What the action is, for "… needs …" messages.
    const char *display;
    // Who may do it: the permission a refused actor lacks.
    const char *requirement;
};

const ActionName s_actions[] = {
    {Action::Read, "read", QT_TRANSLATE_NOOP("Qalam::Permissions", "Reading the newsroom's articles"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "an active account")},
    {Action::CreateArticle, "create-article", QT_TRANSLATE_NOOP("Qalam::Permissions", "Creating an article"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "the regional editor or chief editor role")},
    {Action::EditText, "edit-text", QT_TRANSLATE_NOOP("Qalam::Permissions", "Editing the text"),
     QT_TRANSLATE_NOOP("Qalam::Permissions",
                       "the regional editor role for one's own or own-region articles while they are drafts, "
                       "returned, withdrawn or updated, or the chief editor role")},
    {Action::EditByline, "edit-byline", QT_TRANSLATE_NOOP("Qalam::Permissions", "Changing the byline"),
     QT_TRANSLATE_NOOP("Qalam::Permissions",
                       "the regional editor role for one's own or own-region articles while they are drafts, "
                       "returned, withdrawn or updated, or the chief editor role")},
    {Action::Submit, "submit", QT_TRANSLATE_NOOP("Qalam::Permissions", "Submitting for review"),
     QT_TRANSLATE_NOOP(
         "Qalam::Permissions",
         "the regional editor role for one's own or own-region articles, or the chief editor role")},
    {Action::Withdraw, "withdraw", QT_TRANSLATE_NOOP("Qalam::Permissions", "Withdrawing a submission"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "being the one who submitted it, or the chief editor role")},
    {Action::Approve, "approve", QT_TRANSLATE_NOOP("Qalam::Permissions", "Approving"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "the chief editor role")},
    {Action::Return, "return", QT_TRANSLATE_NOOP("Qalam::Permissions", "Returning to the writer"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "the chief editor role")},
    {Action::Publish, "publish", QT_TRANSLATE_NOOP("Qalam::Permissions", "Publishing"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "the chief editor role")},
    {Action::Unpublish, "unpublish", QT_TRANSLATE_NOOP("Qalam::Permissions", "Unpublishing"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "the chief editor role")},
    {Action::AttachPhoto, "attach-photo", QT_TRANSLATE_NOOP("Qalam::Permissions", "Adding a photo"),
     QT_TRANSLATE_NOOP("Qalam::Permissions",
                       "the photo editor role (before publication), the regional editor role for articles "
                       "one may edit, or the chief editor role")},
    {Action::EditPhotos, "edit-photos",
     QT_TRANSLATE_NOOP("Qalam::Permissions", "Changing photos and credits"),
     QT_TRANSLATE_NOOP("Qalam::Permissions",
                       "the photo editor role (before publication), the regional editor role for articles "
                       "one may edit, or the chief editor role")},
    {Action::Comment, "comment", QT_TRANSLATE_NOOP("Qalam::Permissions", "Commenting"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "an editorial role")},
    {Action::TakeOverLock, "take-over-lock",
     QT_TRANSLATE_NOOP("Qalam::Permissions", "Taking over someone else's article"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "the chief editor role")},
    {Action::ManageUsers, "manage-users", QT_TRANSLATE_NOOP("Qalam::Permissions", "Managing users"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "the administrator role")},
    {Action::ManageSettings, "manage-settings",
     QT_TRANSLATE_NOOP("Qalam::Permissions", "Changing newsroom settings"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "the administrator role")},
    {Action::ManageEndpoints, "manage-endpoints",
     QT_TRANSLATE_NOOP("Qalam::Permissions", "Changing publishing endpoints"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "the administrator role")},
    {Action::EditAuthor, "edit-author", QT_TRANSLATE_NOOP("Qalam::Permissions", "Editing an author profile"),
     QT_TRANSLATE_NOOP("Qalam::Permissions", "the chief editor or administrator role, or being that author")},
};

const ActionName &nameOf(Action action)
{
    for (const auto &n : s_actions)
        if (n.action == action)
            return n;
    return s_actions[0];
}

bool owns(const Actor &actor, const ArticleFacts &facts)
{
    return (!facts.createdBy.isEmpty() && facts.createdBy == actor.login) ||
           (actor.authorId > 0 && facts.authorIds.contains(actor.authorId));
}

bool ownRegion(const Actor &actor, const ArticleFacts &facts)
{
    return !facts.region.isEmpty() && actor.regions.contains(facts.region, Qt::CaseInsensitive);
}

// A regional editor's reach: own articles and those of own regions.
bool writerReach(const Actor &actor, const ArticleFacts *facts)
{
    return actor.has(Role::RegionalEditor) && facts && (owns(actor, *facts) || ownRegion(actor, *facts));
}

bool allowed(const Actor &actor, Action action, const ArticleFacts *facts, qint64 authorId)
{
    const bool chief = actor.has(Role::ChiefEditor);
    const bool admin = actor.has(Role::Administrator);
    const bool photo = actor.has(Role::PhotoEditor);
    const bool beforePublication = facts && facts->status != ArticleStatus::Published;
    switch (action) {
    case Action::Read:
        return true;
    case Action::CreateArticle:
        return chief || actor.has(Role::RegionalEditor);
    case Action::EditText:
    case Action::EditByline:
        return chief || (writerReach(actor, facts) && Permissions::isWritersState(facts->status));
    case Action::Submit:
        return chief || (writerReach(actor, facts) && Permissions::isWritersState(facts->status));
    case Action::Withdraw:
        return chief ||
               (actor.has(Role::RegionalEditor) && facts &&
                (facts->submittedBy.isEmpty() ? owns(actor, *facts) : facts->submittedBy == actor.login));
    case Action::Approve:
    case Action::Return:
    case Action::Publish:
    case Action::Unpublish:
    case Action::TakeOverLock:
        return chief;
    case Action::AttachPhoto:
    case Action::EditPhotos:
        if (chief)
            return true;
        if (!facts) // a photo not (yet) in any article
            return photo || actor.has(Role::RegionalEditor);
        return (photo && beforePublication) ||
               (writerReach(actor, facts) && Permissions::isWritersState(facts->status));
    case Action::Comment:
        return chief || photo || writerReach(actor, facts);
    case Action::ManageUsers:
    case Action::ManageSettings:
    case Action::ManageEndpoints:
        return admin;
    case Action::EditAuthor:
        return chief || admin || (authorId > 0 && actor.authorId == authorId);
    }
    return false;
}

} // namespace

QString actionKey(Action action)
{
    return QString::fromLatin1(nameOf(action).key);
}

bool Permissions::isWritersState(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
    case ArticleStatus::Returned:
    case ArticleStatus::Withdrawn:
    case ArticleStatus::Updated:
        return true;
    case ArticleStatus::Unpublished: // taken off the site: the chief editor's to bring back
    case ArticleStatus::InReview:
    case ArticleStatus::Approved:
    case ArticleStatus::Published:
        return false;
    }
    return false;
}

Result<void> Permissions::check(const Actor &actor, Action action, const ArticleFacts *article,
                                qint64 authorId)
{
    if (actor.singleDesk || allowed(actor, action, article, authorId))
        return {};
    const ActionName &n = nameOf(action);
    return Error{Error::Code::Denied,
                 tr("Permission denied: %1 needs %2; %3 does not have it. Nothing was changed.")
                     .arg(tr(n.display), tr(n.requirement),
                          actor.displayName.isEmpty() ? actor.login : actor.displayName),
                 QString::fromLatin1(n.key)};
}

Result<void> Permissions::authorize(const QSqlDatabase &db, const Actor &actor, Action action,
                                    const ArticleFacts *article, qint64 authorId)
{
    if (actor.singleDesk) {
        KeptQuery q(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)"));
        if (auto r = execChecked(*q, tr("The newsroom's accounts could not be read.")); !r)
            return r;
        if (q->next() && q->value(0).toBool())
            return Error{Error::Code::Denied,
                         tr("This newsroom has user accounts: sign in first (in qalam-cli, --user LOGIN). "
                            "Nothing was changed."),
                         QStringLiteral("sign-in")};
        return {};
    }
    // The roles come from the database, not from what the caller holds: a
    // changed or deactivated account takes effect at once.
    KeptQuery q(db,
                QStringLiteral("SELECT roles, regions, active, author_id FROM users WHERE login = :login"));
    q->bindValue(QStringLiteral(":login"), actor.login);
    if (auto r = execChecked(*q, tr("The newsroom's accounts could not be read.")); !r)
        return r;
    if (!q->next() || !q->value(2).toBool())
        return Error{
            Error::Code::Denied,
            tr("The account %1 does not exist or is no longer active. Nothing was changed.").arg(actor.login),
            QStringLiteral("inactive")};
    Actor current = actor;
    current.roles.clear();
    for (const auto &v : QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array())
        if (const auto role = roleFromKey(v.toString()))
            current.roles.append(*role);
    current.regions.clear();
    for (const auto &v : QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array())
        current.regions.append(v.toString());
    current.authorId = q->value(3).toLongLong();
    return check(current, action, article, authorId);
}

Result<ArticleFacts> Permissions::facts(const QSqlDatabase &db, const QString &articleId)
{
    KeptQuery q(db, QStringLiteral("SELECT status, region, created_by FROM articles WHERE id = :id"));
    q->bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(*q, tr("The article could not be read.")); !r)
        return r.error();
    if (!q->next())
        return Error{Error::Code::NotFound, tr("There is no article with id %1.").arg(articleId), {}};
    ArticleFacts facts;
    facts.status = statusFromKey(q->value(0).toString()).value_or(ArticleStatus::Draft);
    facts.region = q->value(1).toString();
    facts.createdBy = q->value(2).toString();

    KeptQuery authors(
        db, QStringLiteral("SELECT author_id FROM article_authors WHERE article_id = :id ORDER BY ord"));
    authors->bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(*authors, tr("The article could not be read.")); !r)
        return r.error();
    while (authors->next())
        facts.authorIds.append(authors->value(0).toLongLong());

    KeptQuery submitted(
        db, QStringLiteral("SELECT who FROM audit_log WHERE article_id = :id AND action = 'submit'"
                           " ORDER BY id DESC LIMIT 1"));
    submitted->bindValue(QStringLiteral(":id"), articleId);
    if (auto r = execChecked(*submitted, tr("The article could not be read.")); !r)
        return r.error();
    if (submitted->next())
        facts.submittedBy = submitted->value(0).toString();
    return facts;
}

} // namespace Qalam
