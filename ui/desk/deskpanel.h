#pragma once

#include "app/storage/articlestore.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace Qalam {

class ArticleListModel;

// The desk: search as you type, filters by state, region and author, and the
// article list. Asks for a new list through filterChanged(); the window runs
// the query off the GUI thread and hands the rows to the model.
class DeskPanel : public QWidget
{
    Q_OBJECT

public:
    DeskPanel(ArticleListModel *model, QWidget *parent = nullptr);

    ArticleFilter filter() const;
    void setRegions(const QStringList &regions);
    void setAuthors(const QList<Author> &authors);
    void selectArticle(const QString &id);
    void showCount(int shown);
    QLineEdit *searchEdit() const { return m_search; }
    QListView *listView() const { return m_list; }

signals:
    void filterChanged();
    void articleActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ArticleListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_region;
    QComboBox *m_author;
    QListView *m_list;
    QLabel *m_count;
    QTimer m_searchDelay;
    bool m_selecting = false;
};

} // namespace Qalam
