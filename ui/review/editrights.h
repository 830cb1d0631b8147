#pragma once

#include "app/model/article.h"
#include "app/people/user.h"
#include "app/workflow/permissions.h"
#include "app/workflow/workflow.h"

#include <QCoreApplication>

namespace Qalam {

// What the window and the review view need to ask Permissions about an open
// article, and how to say why it is read-only. The decision itself is
// Permissions::check's (the core enforces it again on every write); these
// helpers only gather the facts and word the banner. Pure; any thread.
class EditRights
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::EditRights)

public:
    // The facts of a loaded article; `submittedBy` comes from its audit log.
    static ArticleFacts factsOf(const Article &article, const QString &submittedBy);
    // Who sent the article for review last ("" when nobody has).
    static QString lastSubmitter(const QList<AuditEntry> &log);
    static bool allows(const Actor &actor, Action action, const ArticleFacts &facts);
    // Why the actor may not change the text, for the banner over the editor:
    // "In review: withdraw it to edit.", "Approved: only a chief editor can
    // change it." … Empty when the text may be changed.
    static QString readOnlyReason(const Actor &actor, const ArticleFacts &facts);
    // "Колмакова Виктория · Chief editor, Administrator" for the status bar.
    static QString actorLine(const Actor &actor);
};

} // namespace Qalam
