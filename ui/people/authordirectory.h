#pragma once

#include "app/model/article.h"
#include "app/people/authorstore.h"
#include "app/people/user.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Qalam {

class Database;

// The newsroom's authors: search (name parts, position, region, desk) and,
// per author, position, region, articles drafted, published this month, last
// published and whether they still work here. Double-click opens the profile;
// "New author…" adds one. Profiles and counts are read on a worker thread.
class AuthorDirectory : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        PositionColumn,
        RegionColumn,
        DraftedColumn,
        PublishedColumn,
        LastPublishedColumn,
        StatusColumn,
        ColumnCount
    };

    AuthorDirectory(std::shared_ptr<Database> database, Actor actor, QWidget *parent = nullptr);

    void reload();
    // Opens the profile of the author in this (view) row.
    void openProfile(int row);
    void newAuthor();

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    // The author shown in a view row (0 when none).
    qint64 authorIdAt(int row) const;

signals:
    void reloaded();
    // A profile was added or changed here.
    void profilesChanged();

private:
    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QLineEdit *m_search;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_count;
    QLabel *m_error;
    QPushButton *m_new;
    QTimer m_delay;
    quint64 m_generation = 0;
};

} // namespace Qalam
