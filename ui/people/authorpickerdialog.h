#pragma once

#include "app/model/article.h"
#include "app/people/user.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Qalam {

class Database;

// Picks an author for a byline: a search field over AuthorStore::list (name
// parts, position, region, desk) and the matching profiles, the ones already
// in the byline left out. Departed authors are listed last, marked.
class AuthorPickerDialog : public QDialog
{
    Q_OBJECT

public:
    AuthorPickerDialog(std::shared_ptr<Database> database, Actor actor, const QList<qint64> &exclude,
                       QWidget *parent = nullptr);

    // The chosen profile; valid once the dialog was accepted.
    const Author &author() const { return m_chosen; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }
    const QList<Author> &results() const { return m_results; }

public slots:
    void accept() override;

signals:
    void resultsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QList<qint64> m_exclude;
    QList<Author> m_results;
    Author m_chosen;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QTimer m_delay;
    quint64 m_generation = 0;
};

} // namespace Qalam
