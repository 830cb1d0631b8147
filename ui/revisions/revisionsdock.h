#pragma once

#include "app/model/article.h"

#include <QDockWidget>

class QListWidget;
class QPushButton;

namespace Qalam {

// Lists the open article's revisions (who, when, why) and asks for one to be
// restored; restoring is done by the window through the store, and itself
// becomes a new revision.
class RevisionsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RevisionsDock(QWidget *parent = nullptr);
    void setRevisions(const QList<Revision> &revisions);
    QListWidget *list() const { return m_list; }

signals:
    void restoreRequested(qint64 revisionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QString reasonText(const QString &reason);

    QListWidget *m_list;
    QPushButton *m_restore;
};

} // namespace Qalam
