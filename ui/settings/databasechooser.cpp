#include "ui/settings/databasechooser.h"

#include "app/storage/database.h"
#include "ui/settings/databasedialog.h"

#include <QAction>
#include <QEvent>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

namespace Qalam {

DatabaseChooser::DatabaseChooser(std::shared_ptr<Database> database, QWidget *window)
    : QObject(window), m_database(std::move(database)), m_window(window), m_action(new QAction(this))
{
    setObjectName(QStringLiteral("databaseChooser"));
    m_action->setObjectName(QStringLiteral("actionDatabase"));
    connect(m_action, &QAction::triggered, this, &DatabaseChooser::openDialog);
    window->installEventFilter(this);
    retranslate();
}

bool DatabaseChooser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void DatabaseChooser::retranslate()
{
    m_action->setText(tr("&Database…"));
    m_action->setStatusTip(tr("Work on this computer's file or on the newsroom's server"));
}

void DatabaseChooser::openDialog()
{
    auto *dialog = new DatabaseDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocation(m_database->path());
    dialog->setNote(m_note.isEmpty()
                        ? tr("After OK, Qalam closes this window, opens the chosen database and asks "
                             "you to sign in.")
                        : m_note);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString location = dialog->location();
        const QString password = dialog->password();
        if (DatabaseDialog::sameLocation(location, m_database->path()))
            return;
        // After the dialog has gone: the window may ask about unsaved text.
        QTimer::singleShot(0, this, [this, location, password] {
            if (m_window->close())
                emit databaseChosen(location, password);
            else
                QMessageBox::information(m_window, tr("Database"),
                                         tr("This window stays open on the current database; Qalam opens the "
                                            "chosen one at its next start."));
        });
    });
    dialog->open();
}

} // namespace Qalam
