#pragma once

#include "app/people/user.h"
#include "app/workflow/workflow.h"

#include <QDockWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace Qalam {

class Database;

// The chief editor's review queue: the articles in review, oldest submission
// first, each with region, byline, length, photos and open photo findings.
// Double-click (or Enter) opens the review view. Loads on a worker thread.
class ReviewQueueDock : public QDockWidget
{
    Q_OBJECT

public:
    ReviewQueueDock(std::shared_ptr<Database> database, Actor actor, QWidget *parent = nullptr);

    void reload();
    QListWidget *list() const { return m_list; }
    const QList<ReviewItem> &items() const { return m_items; }

signals:
    void reviewRequested(const QString &articleId);
    void queueLoaded(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill(const QList<ReviewItem> &items);

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QListWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_open;
    QPushButton *m_refresh;
    QList<ReviewItem> m_items;
    quint64 m_generation = 0;
};

} // namespace Qalam
