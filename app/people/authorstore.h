#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/model/article.h"
#include "app/people/user.h"

#include <QCoreApplication>

#include <memory>

namespace Qalam {

class Database;

// What the author directory shows next to a profile.
struct AuthorStats
{
    qint64 authorId = 0;
    int drafted = 0;            // bylines on articles not (yet) published
    int publishedThisMonth = 0; // published in the current calendar month (UTC)
    QDateTime lastPublished;    // invalid: never
};

// Author profiles: the people who can stand in a byline. Chief editors and
// administrators edit any profile; a user edits the profile linked to them.
class AuthorStore
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::AuthorStore)

public:
    explicit AuthorStore(std::shared_ptr<Database> database, Actor actor = Actor::local(),
                         const Clock *clock = &Clock::system());

    // All profiles (departed ones included), sorted by family name; `search`
    // matches name parts, position, region and desk (case-insensitive).
    Result<QList<Author>> list(const QString &search = {});
    Result<Author> author(qint64 id);
    // By name, whichever order its parts are written in.
    Result<Author> findByName(const QString &name);
    Result<Author> add(Author author);
    Result<Author> update(const Author &author);
    Result<AuthorStats> stats(qint64 authorId);
    Result<QList<AuthorStats>> allStats();

    // The newsroom's byline name order (default family name first).
    Result<NameOrder> nameOrder();
    Result<void> setNameOrder(NameOrder order); // Action::ManageSettings

private:
    std::shared_ptr<Database> m_database;
    Actor m_actor;
    const Clock *m_clock;
};

} // namespace Qalam
