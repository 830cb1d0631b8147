#pragma once

#include "app/core/result.h"
#include "app/model/article.h"
#include "app/people/user.h"

#include <QCoreApplication>

class QSqlDatabase;

namespace Qalam {

// Everything a client can ask the core to do that a role may be denied.
enum class Action {
    Read, // any article, photo or history: every active account
    CreateArticle,
    EditText,   // headline, lead, body, pull quotes, region, rubric, tags, source, language
    EditByline, // the article's authors
    Submit,     // send for review
    Withdraw,   // take one's own submission back
    Approve,    // with an optional scheduled publication time
    Return,     // to the writer, with a comment
    Publish,
    Unpublish,
    AttachPhoto,  // add a photo to an article
    EditPhotos,   // captions, credits, consent, order, lead, removal from an article
    Comment,      // the editorial comment thread
    TakeOverLock, // take an article over from someone editing it
    ManageUsers,
    ManageSettings, // newsroom settings: photo rules, workflow, name order
    ManageEndpoints,
    EditAuthor, // an author profile (ArticleFacts unused; see Permissions::check)
};

QString actionKey(Action action); // "edit-text", "approve", …

// What the rules need to know about the article an action touches.
struct ArticleFacts
{
    ArticleStatus status = ArticleStatus::Draft;
    QString region;
    QString createdBy;       // login
    QList<qint64> authorIds; // byline
    QString submittedBy;     // login of the last submission ("" when none)
};

// The one place that decides who may do what. Every store and the Workflow
// call check() before they write, so the GUI, the cli and any later client
// obey the same rules:
//  - regional editor: create articles; edit text and byline of own and
//    own-region articles while draft, returned, withdrawn or updated;
//    submit them; withdraw own submission; add photos to articles they may
//    edit (and caption them);
//  - photo editor: photos (metadata, credits, order) of any article in any
//    state before publication; no text, no approval;
//  - chief editor: everything an editor can, in any state; approve, return,
//    publish, unpublish, take over a lock;
//  - administrator: users, settings, endpoints; editorial rights only with
//    another role.
// A single-desk actor may do everything (Permissions::authorize checks that
// the newsroom really has no users).
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::Permissions)

public:
    // Allowed, or Error::Code::Denied naming the missing permission.
    // `article` is required for the article actions; for EditAuthor pass the
    // profile's id in `authorId`.
    static Result<void> check(const Actor &actor, Action action, const ArticleFacts *article = nullptr,
                              qint64 authorId = 0);
    // check(), plus: a single-desk actor is refused once the newsroom has a
    // user account, and an actor whose account was deactivated is refused.
    static Result<void> authorize(const QSqlDatabase &db, const Actor &actor, Action action,
                                  const ArticleFacts *article = nullptr, qint64 authorId = 0);
    // Reads the facts of an article inside the caller's transaction.
    static Result<ArticleFacts> facts(const QSqlDatabase &db, const QString &articleId);
    // True when the statuses let a regional editor change the text.
    static bool isWritersState(ArticleStatus status);
};

} // namespace Qalam
