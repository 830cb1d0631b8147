#include "app/storage/autosaver.h"

#include "app/core/logging.h"
#include "app/model/articledocument.h"
#include "app/storage/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

Autosaver::Autosaver(const ArticleStore &store, ArticleDocument *document, QObject *parent)
    : QObject(parent), m_store(store), m_document(document),
      m_copies(store.database() ? store.database()->path() : QString(), store.who())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the worker and its connection
    m_copyPool.setMaxThreadCount(1);
    m_copyDelay.setSingleShot(true);
    m_copyDelay.setInterval(250);
    connect(&m_copyDelay, &QTimer::timeout, this, &Autosaver::keepLocalCopy);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1000);
    m_lastRevision = m_clock->nowUtc();
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        const bool intervalDue = m_lastRevision.msecsTo(m_clock->nowUtc()) >= m_revisionIntervalMs;
        if (intervalDue)
            start(ArticleStore::SaveKind::Revision, QStringLiteral("autosave-interval"));
        else
            start(ArticleStore::SaveKind::Autosave, QString());
    });
    connect(document, &ArticleDocument::contentChanged, this, [this] {
        if (m_state == State::Conflict)
            return;
        if (m_state == State::Offline) {
            // The retry timer decides when to try the server again; the text
            // goes to this computer meanwhile (not on every keystroke).
            if (!m_copyDelay.isActive())
                m_copyDelay.start();
            return;
        }
        setState(m_outcomeTaken ? State::Pending : State::Saving);
        m_debounce.start();
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &Autosaver::finished);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_revisionWanted) {
            m_revisionWanted = false;
            start(ArticleStore::SaveKind::Revision, m_revisionReason);
        } else {
            start(ArticleStore::SaveKind::Autosave, QString());
        }
    });
}

Autosaver::~Autosaver()
{
    m_watcher.waitForFinished();
    if (!m_outcomeTaken && m_document) {
        // A save that went in just now, with nothing typed since, spends the
        // copy kept on this computer.
        const Outcome outcome = m_watcher.result();
        if (outcome.article && outcome.adopted < 0 && m_document->changeCount() == outcome.changeCount)
            dropLocalCopy();
    }
    if (m_copyDelay.isActive())
        keepLocalCopy(); // the newest text, before the window goes
    m_copyPool.waitForDone();
}

// m_outcomeTaken is false from the moment a save starts until its outcome has
// been applied to the document, whether or not the watcher has said so yet.

void Autosaver::setDelay(int milliseconds)
{
    m_debounce.setInterval(milliseconds);
}

void Autosaver::setRevisionInterval(int milliseconds)
{
    m_revisionIntervalMs = milliseconds;
}

void Autosaver::setCursorPosition(int position)
{
    m_cursorPosition = position;
}

void Autosaver::setMaxRetryInterval(int milliseconds)
{
    m_maxRetryMs = qMax(1, milliseconds);
}

int Autosaver::retryIn() const
{
    return m_retry.isActive() ? m_retry.remainingTime() : -1;
}

QString Autosaver::localCopyPath() const
{
    return m_document ? m_copies.pathFor(m_document->id()) : QString();
}

void Autosaver::saveNow(const QString &reason)
{
    m_debounce.stop();
    if (m_state == State::Conflict)
        return;
    start(ArticleStore::SaveKind::Revision, reason);
}

void Autosaver::resume()
{
    m_unconfirmed.clear();
    if (m_state == State::Conflict)
        setState(State::Saved);
}

void Autosaver::adopt(const Outcome &outcome)
{
    // The stored article is what attempt N sent (N = m_unconfirmed.size():
    // what the attempt just made sent): it went in, once.
    const bool earlier = outcome.adopted < m_unconfirmed.size();
    const quint64 savedCount = earlier ? m_unconfirmed.at(outcome.adopted).changeCount : outcome.changeCount;
    const bool revisionWritten = earlier && m_unconfirmed.at(outcome.adopted).revision;
    // A revision that went in with it stands for every revision asked for
    // while the server was away (the retries carried that wish on).
    if (revisionWritten) {
        m_revisionWanted = false;
    } else if (outcome.revision && !m_revisionWanted) {
        m_revisionWanted = true;
        m_revisionReason = outcome.reason;
    }
    qCInfo(lcEditing) << "a save whose answer was lost had gone in: version" << outcome.article->version
                      << "is the text sent; not saved again";
    m_failures = 0;
    m_retry.stop();
    m_unconfirmed.clear();
    dropLocalCopy();
    m_document->markSaved(*outcome.article, savedCount);
    emit articleSaved(*outcome.article, revisionWritten);
}

void Autosaver::keepLocalCopy()
{
    m_copyDelay.stop();
    if (!m_document)
        return;
    const Article article = m_document->snapshot();
    m_copiedChangeCount = m_document->changeCount();
    m_copyKept = true;
    LocalCopies copies = m_copies;
    QList<QByteArray> sent;
    for (const Unconfirmed &u : std::as_const(m_unconfirmed))
        sent.append(u.key);
    m_copyPool.start([copies, article, sent]() mutable {
        if (auto kept = copies.keep(article, sent); !kept)
            qCWarning(lcEditing) << "the unsaved text could not be kept on this computer:"
                                 << kept.error().message << kept.error().detail;
    });
}

void Autosaver::dropLocalCopy()
{
    m_copyDelay.stop();
    if (!m_copyKept || !m_document)
        return;
    m_copyKept = false;
    LocalCopies copies = m_copies;
    const QString id = m_document->id();
    m_copyPool.start([copies, id]() mutable { copies.remove(id); });
}

void Autosaver::start(ArticleStore::SaveKind kind, const QString &reason)
{
    if (!m_document)
        return;
    // A save whose result is still unreported (its worker may already be done,
    // the watcher's notification queued) must be taken first: it carries the
    // version the next save is based on.
    if (!m_outcomeTaken && m_watcher.future().isFinished())
        finished();
    if (!m_outcomeTaken) {
        // One write at a time; the newest text goes in right after.
        // finished() starts it; no timer spinning while the worker writes.
        if (kind == ArticleStore::SaveKind::Revision) {
            m_revisionWanted = true;
            m_revisionReason = reason;
        }
        return;
    }
    if (kind == ArticleStore::SaveKind::Autosave && !m_document->isModified()) {
        setState(State::Saved); // e.g. after replaceContent(): nothing to write
        return;
    }
    const Article article = m_document->snapshot();
    const quint64 changeCount = m_document->changeCount();
    const bool revision = kind == ArticleStore::SaveKind::Revision;
    const int cursor = m_cursorPosition;
    if (revision)
        m_lastRevision = m_clock->nowUtc();
    // Offline stays Offline until a save goes in: attempts are not news.
    if (m_state != State::Offline)
        setState(State::Saving);
    m_outcomeTaken = false;
    ArticleStore store = m_store;
    QList<QByteArray> unconfirmed;
    for (const Unconfirmed &u : std::as_const(m_unconfirmed))
        unconfirmed.append(u.key);
    m_watcher.setFuture(QtConcurrent::run(
        &m_pool, [store, article, kind, reason, changeCount, revision, cursor, unconfirmed]() mutable {
            Outcome outcome;
            outcome.changeCount = changeCount;
            outcome.revision = revision;
            outcome.reason = reason;
            // An unchanged article saved as a revision still gets its snapshot.
            auto result = store.save(article, kind, reason.isEmpty() ? QStringLiteral("autosave") : reason);
            if (!result && result.error().code == Error::Code::Conflict && !unconfirmed.isEmpty()) {
                // An earlier attempt lost its answer with the connection; if it
                // went in after all, the stored article holds what it sent
                // (or what this one sends), and that is not a conflict.
                auto stored = store.load(article.id);
                if (stored && stored->version > article.version) {
                    QList<QByteArray> sent = unconfirmed;
                    sent.append(ArticleStore::contentKey(article));
                    const qsizetype found = sent.indexOf(ArticleStore::contentKey(*stored));
                    if (found >= 0) {
                        outcome.adopted = int(found);
                        result = *stored;
                    }
                }
            }
            if (outcome.adopted >= 0) {
                outcome.article = *result;
            } else if (result) {
                outcome.article = *result;
                // Where the editor stood is a convenience: losing it is not a failed save.
                auto remembered = store.setEditorState(QStringLiteral("last_article"), article.id);
                if (remembered && cursor >= 0)
                    remembered =
                        store.setEditorState(QStringLiteral("cursor:") + article.id, QString::number(cursor));
                if (!remembered)
                    qCWarning(lcEditing) << "editor position not stored:" << remembered.error().detail;
            } else {
                outcome.error = result.error();
                if (outcome.error.code == Error::Code::Unavailable)
                    outcome.sentKey = ArticleStore::contentKey(article);
            }
            return outcome;
        }));
}

void Autosaver::finished()
{
    if (m_outcomeTaken)
        return; // flush() already took this outcome
    m_outcomeTaken = true;
    const Outcome outcome = m_watcher.result();
    if (!m_document)
        return;
    if (outcome.article && outcome.adopted >= 0) {
        adopt(outcome);
    } else if (outcome.article) {
        m_failures = 0;
        m_retry.stop();
        m_unconfirmed.clear();
        dropLocalCopy();
        m_document->markSaved(*outcome.article, outcome.changeCount);
        emit articleSaved(*outcome.article, outcome.revision);
    }
    if (outcome.article) {
        if (m_state == State::Offline)
            setState(State::Saving); // the server answers again
        if (m_revisionWanted) {
            m_revisionWanted = false;
            start(ArticleStore::SaveKind::Revision, m_revisionReason);
        } else if (m_document->isModified()) {
            setState(State::Pending);
            if (!m_debounce.isActive())
                m_debounce.start();
        } else {
            setState(State::Saved);
        }
        return;
    }
    m_lastError = outcome.error;
    qCWarning(lcEditing) << "save failed:" << outcome.error.message << outcome.error.detail;
    if (outcome.error.code == Error::Code::Unavailable) {
        // The server is out of reach: the text goes to this computer now, and
        // the server is asked again after a growing pause (not on every
        // keystroke). The attempt may have gone in all the same (its answer
        // lost at COMMIT): remember what it sent.
        if (outcome.revision && !m_revisionWanted) {
            m_revisionWanted = true;
            m_revisionReason = outcome.reason;
        }
        if (!outcome.sentKey.isEmpty() &&
            (m_unconfirmed.isEmpty() || m_unconfirmed.constLast().key != outcome.sentKey))
            m_unconfirmed.append(Unconfirmed{outcome.sentKey, outcome.changeCount, outcome.revision});
        ++m_failures;
        m_debounce.stop();
        m_retry.start(qMin(m_maxRetryMs, 1000 << qMin(m_failures - 1, 5)));
        setState(State::Offline);
        if (m_document->changeCount() != m_copiedChangeCount || !m_copyKept)
            keepLocalCopy();
        return;
    }
    if (outcome.error.code == Error::Code::Conflict) {
        m_debounce.stop();
        setState(State::Conflict);
        emit conflictDetected(outcome.error);
    } else {
        // The text stays in the document; try again, backing off to 30 s.
        if (outcome.revision && !m_revisionWanted) {
            m_revisionWanted = true;
            m_revisionReason = outcome.reason;
        }
        ++m_failures;
        m_retry.start(qMin(m_maxRetryMs, 1000 << qMin(m_failures - 1, 5)));
        setState(State::Failed);
        emit saveFailed(outcome.error);
    }
}

bool Autosaver::flush()
{
    // Offline, no attempt is made here (the retry timer makes them; one to an
    // unreachable server can take its connect timeout): the text is on this
    // computer, and the caller hears that it is not stored.
    for (int round = 0; round < 3; ++round) {
        if (!m_outcomeTaken) {
            m_watcher.waitForFinished();
            finished();
        }
        if (!m_document || !m_document->isModified() || m_state == State::Conflict ||
            m_state == State::Offline)
            break;
        m_debounce.stop();
        start(ArticleStore::SaveKind::Autosave, QString());
    }
    if (!m_outcomeTaken) {
        m_watcher.waitForFinished();
        finished();
    }
    m_debounce.stop();
    if (m_state == State::Offline && m_document && m_document->isModified()) {
        if (m_copyDelay.isActive() || m_document->changeCount() != m_copiedChangeCount)
            keepLocalCopy();
        m_copyPool.waitForDone();
    }
    return m_document && !m_document->isModified();
}

void Autosaver::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace Qalam
