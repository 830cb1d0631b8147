#pragma once

#include "app/people/user.h"
#include "app/storage/articlestore.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace Qalam {

class ArticleListDelegate;
class ArticleListModel;

// The desk: search as you type, filters by state, region and author, "Mine"
// and "Awaiting me", and the article list with state badges and who is
// editing what. Asks for a new list through filterChanged(); the window runs
// the query off the GUI thread, narrows the rows with narrow() and hands
// them to the model and to setSummaries().
class DeskPanel : public QWidget
{
    Q_OBJECT

public:
    DeskPanel(ArticleListModel *model, QWidget *parent = nullptr);

    // Whose desk this is: "Mine" and "Awaiting me" depend on it.
    void setActor(const Actor &actor);
    ArticleFilter filter() const;
    // What the query cannot say: "Awaiting me" keeps approved articles only
    // once their publication is overdue, and a photo editor's only with photos.
    QList<ArticleSummary> narrow(const QList<ArticleSummary> &rows, const QDateTime &nowUtc) const;
    // Does the article wait for something the actor does?
    //  chief editor: in review, or approved with an overdue publication time;
    //  regional editor: their own returned articles;
    //  photo editor: in review or approved, with photos.
    static bool awaits(const Actor &actor, const ArticleSummary &article, const QDateTime &nowUtc);
    // The listed rows' lock holders, schedules and photo counts for the badges.
    // A lock idle for longer than the newsroom's lock time is not shown.
    void setSummaries(const QList<ArticleSummary> &rows);
    void setLockIdleMinutes(int minutes) { m_lockIdleMinutes = minutes; }
    const QHash<QString, ArticleSummary> &summaries() const { return m_summaries; }
    void setRegions(const QStringList &regions);
    void setAuthors(const QList<Author> &authors);
    void selectArticle(const QString &id);
    void showCount(int shown);
    QLineEdit *searchEdit() const { return m_search; }
    QListView *listView() const { return m_list; }
    QToolButton *mineButton() const { return m_mine; }
    QToolButton *awaitingButton() const { return m_awaiting; }

signals:
    void filterChanged();
    void articleActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QString awaitingToolTip(const Actor &actor);

    ArticleListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_region;
    QComboBox *m_author;
    QToolButton *m_mine;
    QToolButton *m_awaiting;
    ArticleListDelegate *m_delegate;
    Actor m_actor = Actor::local();
    QHash<QString, ArticleSummary> m_summaries;
    int m_lockIdleMinutes = 30;
    QListView *m_list;
    QLabel *m_count;
    QTimer m_searchDelay;
    bool m_selecting = false;
};

} // namespace Qalam
