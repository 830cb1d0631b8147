#pragma once

#include "app/core/finding.h"
#include "app/people/user.h"
#include "app/workflow/workflow.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Qalam {

class Database;

// The chief editor's review of one article: the word-level changes since the
// last approved (or published) version — headline, lead, body, byline,
// photo captions and credits —, the quote and photo findings as a checklist,
// the editorial comment thread, and Approve (optionally scheduled) / Return
// with comment. Everything is read and written through the Workflow on worker
// threads; the core checks the permissions again. Non-modal; GUI thread.
class ReviewView : public QDialog
{
    Q_OBJECT

public:
    ReviewView(std::shared_ptr<Database> database, Actor actor, const QString &articleId,
               QWidget *parent = nullptr);

    QString articleId() const { return m_articleId; }
    // The diff as HTML with <del> and <ins> (what the view shows).
    QString diffHtml() const { return m_diffHtml; }
    QStringList checklist() const;
    QStringList thread() const; // the comments' texts, oldest first
    QString message() const;
    void reload();

    // Returns the article to its writer and puts the comment into the
    // editorial thread as well, where the writer answers it. Any thread.
    static Result<Article> returnWithComment(Workflow &workflow, const QString &articleId,
                                             const QString &comment);

signals:
    void loaded();
    // After a transition or a comment, with the article as the core returned it.
    void articleChanged(const Qalam::Article &article);
    void actionFailed(const QString &message);
    void openRequested(const QString &articleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Data;
    void retranslate();
    void present(const Data &data);
    void showDiff(const QList<FieldDiff> &diff);
    void showThread(const QList<Comment> &comments);
    void showChecks(const QList<Finding> &findings);
    void reloadDiff();
    void updateButtons();
    void setMessage(const QString &message, bool error);
    void addComment();
    void returnToWriter();
    void approve();

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QString m_articleId;
    std::optional<Article> m_article;
    ArticleFacts m_facts;
    QString m_diffHtml;
    QList<FieldDiff> m_lastDiff;
    QList<Comment> m_comments;
    bool m_busy = false;
    quint64 m_generation = 0;

    QLabel *m_headline;
    QLabel *m_meta;
    QLabel *m_changesLabel;
    QComboBox *m_compare;
    QTextBrowser *m_diff;
    QLabel *m_checksLabel;
    QListWidget *m_checks;
    QLabel *m_threadLabel;
    QTextBrowser *m_thread;
    QPlainTextEdit *m_commentEdit;
    QPushButton *m_addComment;
    QLabel *m_message;
    QCheckBox *m_schedule;
    QDateTimeEdit *m_publishAt;
    QPushButton *m_return;
    QPushButton *m_approve;
    QPushButton *m_open;
    QPushButton *m_close;
};

} // namespace Qalam
