#pragma once

#include "app/core/result.h"
#include "app/people/user.h"
#include "app/workflow/workflow.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace Qalam {

class Database;

// Keeps the editing lock of the window's open article: renews it every
// minute while it is held, tries again every minute while someone else holds
// it, takes it over on a chief editor's request and releases it when the
// article is closed (or the keeper goes with the window). Every lock call runs
// on one private worker thread, in the order it was asked for; the window
// loads articles on the same thread so that a lock taken while opening and a
// release of the previous article never overtake each other. GUI thread.
class LockKeeper : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Held, Waiting };
    Q_ENUM(State)

    LockKeeper(std::shared_ptr<Database> database, Actor actor, QObject *parent = nullptr);
    ~LockKeeper() override;

    QThreadPool *pool() { return &m_pool; }
    State state() const { return m_state; }
    QString articleId() const { return m_articleId; }
    void setRenewInterval(int milliseconds) { m_renew.setInterval(milliseconds); }

    // The window took the lock of `articleId` while opening it (Held), or
    // found it held by someone else (Waiting: the keeper tries again every
    // minute and says acquired() when it gets it).
    void adopt(const QString &articleId, State state);
    // Tries to take the lock now: acquired() or refused().
    void acquire(const QString &articleId);
    // A chief editor takes the current article over: acquired() or failed().
    void takeOver();
    // Gives the held lock back (on the worker thread) and forgets the article.
    void release();
    // Asks now instead of at the next minute (another desk's lock changed):
    // a held lock is renewed (lost() if someone took it over), an awaited one
    // tried (acquired() or refused() with the current holder).
    void checkNow();

signals:
    void acquired(const Qalam::ArticleLock &lock);
    void refused(const QString &notice);
    // Someone took the held lock over.
    void lost(const QString &notice);
    void failed(const Qalam::Error &error);

private:
    enum class Attempt { Acquire, Renew, Retry, TakeOver };
    void run(Attempt attempt);
    void setArticle(const QString &articleId, State state);

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QThreadPool m_pool;
    QTimer m_renew;
    QString m_articleId;
    State m_state = State::Idle;
    quint64 m_generation = 0; // answers about an article closed since are dropped
};

} // namespace Qalam
