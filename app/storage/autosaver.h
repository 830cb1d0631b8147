#pragma once

#include "app/core/result.h"
#include "app/storage/articlestore.h"
#include "app/storage/localcopies.h"

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
//
// When the database server cannot be reached (Error::Code::Unavailable) the
// state is Offline: the text is kept on this computer at once and after every
// change (LocalCopies), attempts go on with the growing pause, and the first
// save that goes in removes the copy. A save whose answer was lost with the
// connection may have gone in: when a later attempt finds the article
// changed, the stored text is compared with what was sent, and the same text
// counts as saved (not saved twice, no conflict).
class Autosaver : public QObject
{
    Q_OBJECT

public:
    enum class State { Saved, Pending, Saving, Failed, Conflict, Offline };
    Q_ENUM(State)

    Autosaver(const ArticleStore &store, ArticleDocument *document, QObject *parent = nullptr);
    ~Autosaver() override;

    void setDelay(int milliseconds);
    void setRevisionInterval(int milliseconds);
    // Remembered with the next save: where the cursor stood.
    void setCursorPosition(int position);
    // The longest pause between attempts while saving fails (30 s).
    void setMaxRetryInterval(int milliseconds);

    // Saves now and records a revision (Ctrl+S).
    void saveNow(const QString &reason = QStringLiteral("save"));
    // Blocks until everything typed so far is stored (closing the window).
    bool flush();

    State state() const { return m_state; }
    Error lastError() const { return m_lastError; }
    // Milliseconds until the next attempt after a failed save (Failed,
    // Offline); -1 while none is planned (one is running, or none is needed).
    int retryIn() const;
    // Where the unsaved text is kept on this computer while Offline.
    QString localCopyPath() const;
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
        QByteArray sentKey; // Unavailable: what the lost attempt sent (ArticleStore::contentKey)
        int adopted = -1;   // the stored article is unconfirmed attempt N (N = count: this one)
    };
    // A save that failed with the connection: it may still have gone in.
    struct Unconfirmed
    {
        QByteArray key;
        quint64 changeCount = 0;
        bool revision = false;
    };

    void start(ArticleStore::SaveKind kind, const QString &reason);
    void finished();
    void setState(State state);
    void adopt(const Outcome &outcome);
    void keepLocalCopy();
    void dropLocalCopy();

    ArticleStore m_store;
    QPointer<ArticleDocument> m_document;
    QTimer m_debounce;
    QTimer m_retry; // after a failed save
    int m_failures = 0;
    int m_maxRetryMs = 30000;
    QList<Unconfirmed> m_unconfirmed;
    LocalCopies m_copies;
    QThreadPool m_copyPool; // writes the local copy, one at a time
    QTimer m_copyDelay;     // changes while Offline: kept at most this late
    quint64 m_copiedChangeCount = 0;
    bool m_copyKept = true; // a copy may exist (a leftover, or written here)
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
