#include "ui/review/editrights.h"

namespace Qalam {

ArticleFacts EditRights::factsOf(const Article &article, const QString &submittedBy)
{
    ArticleFacts facts;
    facts.status = article.status;
    facts.region = article.region;
    facts.createdBy = article.createdBy;
    for (const Author &a : article.authors)
        if (a.id > 0)
            facts.authorIds.append(a.id);
    facts.submittedBy = submittedBy;
    return facts;
}

QString EditRights::lastSubmitter(const QList<AuditEntry> &log)
{
    for (auto it = log.crbegin(); it != log.crend(); ++it)
        if (it->action == QLatin1String("submit"))
            return it->who;
    return {};
}

bool EditRights::allows(const Actor &actor, Action action, const ArticleFacts &facts)
{
    return Permissions::check(actor, action, &facts).ok();
}

QString EditRights::readOnlyReason(const Actor &actor, const ArticleFacts &facts)
{
    const auto allowed = Permissions::check(actor, Action::EditText, &facts);
    if (allowed)
        return {};
    const bool writesText = actor.has(Role::RegionalEditor) || actor.has(Role::ChiefEditor);
    if (!writesText && actor.has(Role::PhotoEditor))
        return tr("Read-only: photo editors change the pictures of an article (Photos dock), not its text.");
    if (!writesText)
        return tr("Read-only: your role does not include editing articles.");
    switch (facts.status) {
    case ArticleStatus::InReview:
        return allows(actor, Action::Withdraw, facts) ? tr("In review: withdraw it to edit.")
                                                      : tr("In review: the chief editor is looking at it.");
    case ArticleStatus::Approved:
        return tr("Approved: only a chief editor can change it now.");
    case ArticleStatus::Published:
        return tr("Published: only a chief editor can change it now.");
    default:
        break;
    }
    // A writer's state, so the article is out of reach: someone else's,
    // outside one's regions.
    return tr("Read-only: this article is neither yours nor from your regions.");
}

QString EditRights::actorLine(const Actor &actor)
{
    if (actor.singleDesk)
        return tr("%1 · single desk").arg(actor.displayName);
    QStringList roles;
    for (Role r : actor.roles)
        roles.append(roleDisplayName(r));
    return roles.isEmpty() ? actor.displayName
                           : tr("%1 · %2").arg(actor.displayName, roles.join(QStringLiteral(", ")));
}

} // namespace Qalam
