#pragma once

#include <QObject>

#include <memory>

class QAction;
class QWidget;

namespace Qalam {

class Database;

// Newsroom → Database…: opens the DatabaseDialog on the window's database.
// When another database is chosen, the window closes (as for signing out,
// it may refuse while the article cannot be saved) and databaseChosen()
// tells main() which one to open and sign in to next.
class DatabaseChooser : public QObject
{
    Q_OBJECT

public:
    DatabaseChooser(std::shared_ptr<Database> database, QWidget *window);

    QAction *action() const { return m_action; }
    void openDialog();
    // A line for the dialog, e.g. that --db chose this session's database.
    void setNote(const QString &note) { m_note = note; }

signals:
    // The window has closed; `password` is the typed one (empty: the
    // keychain's, else libpq's).
    void databaseChosen(const QString &location, const QString &password);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslate();

    std::shared_ptr<Database> m_database;
    QWidget *m_window;
    QAction *m_action;
    QString m_note;
};

} // namespace Qalam
