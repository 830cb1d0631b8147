#include "ui/review/lockkeeper.h"

#include "app/storage/database.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

LockKeeper::LockKeeper(std::shared_ptr<Database> database, Actor actor, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_actor(std::move(actor))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keeps its database connection
    m_renew.setInterval(60 * 1000);
    connect(&m_renew, &QTimer::timeout, this,
            [this] { run(m_state == State::Held ? Attempt::Renew : Attempt::Retry); });
}

LockKeeper::~LockKeeper()
{
    release();
    m_pool.waitForDone(); // the release reaches the database before the window goes
}

void LockKeeper::setArticle(const QString &articleId, State state)
{
    if (articleId != m_articleId)
        ++m_generation;
    m_articleId = articleId;
    m_state = state;
    if (state == State::Idle)
        m_renew.stop();
    else if (!m_renew.isActive())
        m_renew.start();
}

void LockKeeper::adopt(const QString &articleId, State state)
{
    if (!m_articleId.isEmpty() && m_articleId != articleId)
        release();
    setArticle(articleId, state);
}

void LockKeeper::acquire(const QString &articleId)
{
    if (!m_articleId.isEmpty() && m_articleId != articleId)
        release();
    setArticle(articleId, m_state == State::Held && m_articleId == articleId ? State::Held : State::Waiting);
    run(Attempt::Acquire);
}

void LockKeeper::takeOver()
{
    if (!m_articleId.isEmpty())
        run(Attempt::TakeOver);
}

void LockKeeper::release()
{
    // Also while waiting: an attempt still on its way may take the lock, and
    // the release queued behind it gives it back. Releasing a lock one does
    // not hold changes nothing.
    // Not to a server that cannot be reached (the window would wait for it
    // as it closes): the lock runs out by itself.
    if (m_state != State::Idle && !m_articleId.isEmpty() && m_database->isReachable()) {
        Workflow workflow(m_database, m_actor);
        const QString id = m_articleId;
        m_pool.start([workflow, id]() mutable { (void)workflow.releaseLock(id); });
    }
    setArticle({}, State::Idle);
}

void LockKeeper::checkNow()
{
    if (m_articleId.isEmpty())
        return;
    if (m_state == State::Held)
        run(Attempt::Renew);
    else if (m_state == State::Waiting)
        run(Attempt::Acquire);
}

void LockKeeper::run(Attempt attempt)
{
    const QString id = m_articleId;
    const quint64 generation = m_generation;
    Workflow workflow(m_database, m_actor);
    auto *watcher = new QFutureWatcher<Result<ArticleLock>>(this);
    connect(watcher, &QFutureWatcher<Result<ArticleLock>>::finished, this,
            [this, watcher, attempt, generation] {
                const Result<ArticleLock> lock = watcher->result();
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // the article was closed meanwhile
                if (lock) {
                    const bool wasHeld = m_state == State::Held;
                    setArticle(m_articleId, State::Held);
                    if (!wasHeld || attempt == Attempt::TakeOver || attempt == Attempt::Acquire)
                        emit acquired(*lock);
                    return;
                }
                const Error &error = lock.error();
                if (error.code != Error::Code::Conflict) {
                    // A busy database or a refused take-over: the state stays.
                    if (attempt == Attempt::TakeOver || attempt == Attempt::Acquire)
                        emit failed(error);
                    return;
                }
                const bool wasHeld = m_state == State::Held;
                setArticle(m_articleId, State::Waiting);
                if (wasHeld && attempt == Attempt::Renew)
                    emit lost(error.message);
                else if (attempt != Attempt::Retry)
                    emit refused(error.message);
            });
    watcher->setFuture(QtConcurrent::run(&m_pool, [workflow, id, attempt]() mutable {
        return attempt == Attempt::TakeOver ? workflow.takeOverLock(id) : workflow.acquireLock(id);
    }));
}

} // namespace Qalam
