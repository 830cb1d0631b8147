#pragma once

#include "app/core/result.h"
#include "app/storage/articlestore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace Qalam {

class ArticleDocument;

// Persists an open ArticleDocument: about a second after typing stops, on an
// explicit save (which also records a revision), and as a revision after every
// few minutes of editing. A failed save is retried with a growing pause (1 s
// up to 30 s); a version conflict stops saving until the document is
// replaced. Writes run on one private worker thread, one at a time, so the GUI
// thread never waits for the disk. Owned by the window (GUI thread) for as
// long as the document is open.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    enum class State { Saved, Pending, Saving, Failed, Conflict };
    Q_ENUM(State)

    Autosaver(const ArticleStore &store, ArticleDocument *document, QObject *parent = nullptr);
    ~Autosaver() override;

    void setDelay(int milliseconds);
    void setRevisionInterval(int milliseconds);
    // Remembered with the next save: where the cursor stood.
    void setCursorPosition(int position);

    // Saves now and records a revision (Ctrl+S).
    void saveNow(const QString &reason = QStringLiteral("save"));
    // Blocks until everything typed so far is stored (closing the window).
    bool flush();

    State state() const { return m_state; }
    Error lastError() const { return m_lastError; }
    // After a conflict autosave stops until the document is replaced.
    void resume();

signals:
    void stateChanged(Qalam::Autosaver::State state);
    void articleSaved(const Qalam::Article &article, bool revision);
    void saveFailed(const Qalam::Error &error);
    void conflictDetected(const Qalam::Error &error);

private:
    struct Outcome
    {
        std::optional<Article> article;
        Error error;
        quint64 changeCount = 0;
        bool revision = false;
        QString reason;
    };

    void start(ArticleStore::SaveKind kind, const QString &reason);
    void finished();
    void setState(State state);

    ArticleStore m_store;
    QPointer<ArticleDocument> m_document;
    QTimer m_debounce;
    QTimer m_retry; // after a failed save
    int m_failures = 0;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    qint64 m_revisionIntervalMs = 5 * 60 * 1000;
    QDateTime m_lastRevision;
    int m_cursorPosition = -1;
    bool m_outcomeTaken = true;
    bool m_revisionWanted = false;
    QString m_revisionReason;
    State m_state = State::Saved;
    Error m_lastError;
    const Clock *m_clock = &Clock::system();
};

} // namespace Qalam
