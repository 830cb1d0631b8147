#include "app/storage/autosaver.h"

#include "app/core/logging.h"
#include "app/model/articledocument.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

Autosaver::Autosaver(const ArticleStore &store, ArticleDocument *document, QObject *parent)
    : QObject(parent), m_store(store), m_document(document)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the worker and its connection
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

void Autosaver::saveNow(const QString &reason)
{
    m_debounce.stop();
    if (m_state == State::Conflict)
        return;
    start(ArticleStore::SaveKind::Revision, reason);
}

void Autosaver::resume()
{
    if (m_state == State::Conflict)
        setState(State::Saved);
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
    setState(State::Saving);
    m_outcomeTaken = false;
    ArticleStore store = m_store;
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [store, article, kind, reason, changeCount, revision, cursor]() mutable {
            Outcome outcome;
            outcome.changeCount = changeCount;
            outcome.revision = revision;
            outcome.reason = reason;
            // An unchanged article saved as a revision still gets its snapshot.
            auto result = store.save(article, kind, reason.isEmpty() ? QStringLiteral("autosave") : reason);
            if (result) {
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
    if (outcome.article) {
        m_failures = 0;
        m_retry.stop();
        m_document->markSaved(*outcome.article, outcome.changeCount);
        emit articleSaved(*outcome.article, outcome.revision);
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
        m_retry.start(qMin(30000, 1000 << qMin(m_failures - 1, 5)));
        setState(State::Failed);
        emit saveFailed(outcome.error);
    }
}

bool Autosaver::flush()
{
    for (int round = 0; round < 3; ++round) {
        if (!m_outcomeTaken) {
            m_watcher.waitForFinished();
            finished();
        }
        if (!m_document || !m_document->isModified() || m_state == State::Conflict)
            break;
        m_debounce.stop();
        start(ArticleStore::SaveKind::Autosave, QString());
    }
    if (!m_outcomeTaken) {
        m_watcher.waitForFinished();
        finished();
    }
    m_debounce.stop();
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
