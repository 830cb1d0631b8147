#pragma once

#include "app/people/user.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Qalam {

class Database;

// Article → Show original…: the text an imported article was made from,
// read-only, for reference. It is read on a worker thread; it is never
// published or exported.
class OriginalDialog : public QDialog
{
    Q_OBJECT

public:
    OriginalDialog(std::shared_ptr<Database> database, Actor actor, const QString &articleId,
                   QWidget *parent = nullptr);

    QString articleId() const { return m_articleId; }
    QPlainTextEdit *textView() const { return m_text; }
    QLabel *infoLabel() const { return m_info; }
    // True once the original (or the lack of one) is shown.
    bool isLoaded() const { return m_loaded; }

signals:
    void loaded(bool found);

private:
    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QString m_articleId;
    QString m_fullText;
    bool m_loaded = false;
    QLabel *m_info;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
};

} // namespace Qalam
