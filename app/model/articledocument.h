#pragma once

#include "app/model/article.h"

#include <QObject>
#include <QUndoStack>

class QTextDocument;

namespace Qalam {

// The one open article: owns its metadata, its body QTextDocument and the
// undo stack. Views edit through it (metadata edits are undo commands; body
// edits keep QTextDocument's own undo, mirrored onto the stack so that one
// Undo covers both) and listen to its signals. Lives on the GUI thread;
// snapshot() hands a plain Article value to other threads.
class ArticleDocument : public QObject
{
    Q_OBJECT

public:
    enum class Field { Headline, Lead, Region, Rubric, Tags, Source, Language };
    Q_ENUM(Field)

    explicit ArticleDocument(const Article &article, QObject *parent = nullptr);
    ~ArticleDocument() override;

    QString id() const { return m_article.id; }
    int version() const { return m_article.version; }
    QDateTime updated() const { return m_article.updated; }
    ArticleStatus status() const { return m_article.status; }
    QList<Author> authors() const { return m_article.authors; }
    QList<PullQuote> pullQuotes() const { return m_article.pullQuotes; }
    QString field(Field field) const;

    QTextDocument *body() const { return m_body; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Undoable edits. Consecutive edits of one field merge into one undo step.
    void setField(Field field, const QString &value);
    void setAuthors(const QList<Author> &authors);
    void setPullQuotes(const QList<PullQuote> &pullQuotes);

    // The article as it is now, body converted to the stored subset.
    Article snapshot() const;
    // Counts every change; a save remembers the count it saved.
    quint64 changeCount() const { return m_changeCount; }
    bool isModified() const { return m_changeCount != m_savedChangeCount; }
    // Adopts what the store returned for a snapshot taken at `changeCountAtSnapshot`.
    void markSaved(const Article &saved, quint64 changeCountAtSnapshot);
    // Replaces everything (after a restore or a reload); clears the undo history.
    void replaceContent(const Article &article);

signals:
    void fieldChanged(Qalam::ArticleDocument::Field field);
    void authorsChanged();
    void pullQuotesChanged();
    void contentChanged(); // any edit, metadata or body
    void modifiedChanged(bool modified);
    void saved(const Qalam::Article &article);

private:
    friend class FieldCommand;
    template <typename T> friend class ListCommand;
    void applyField(Field field, const QString &value);
    void applyAuthors(const QList<Author> &authors);
    void applyPullQuotes(const QList<PullQuote> &pullQuotes);
    void noteChange();

    Article m_article;
    QTextDocument *m_body;
    QUndoStack m_undoStack;
    quint64 m_changeCount = 0;
    quint64 m_savedChangeCount = 0;
    bool m_loading = false;
};

} // namespace Qalam
