#pragma once

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Qalam {

// Asks what a workflow step needs to be recorded: a comment for the writer
// (returning), a reason (unpublishing). OK stays disabled while the text is
// empty, so a required comment cannot be skipped.
class CommentDialog : public QDialog
{
    Q_OBJECT

public:
    CommentDialog(const QString &title, const QString &prompt, const QString &okText,
                  QWidget *parent = nullptr);
    QString text() const;
    QPlainTextEdit *edit() const { return m_edit; }

private:
    QPlainTextEdit *m_edit;
    QDialogButtonBox *m_buttons;
};

// Approval: an optional comment and an optional scheduled publication time.
class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApprovalDialog(QWidget *parent = nullptr);
    QString comment() const;
    // UTC; invalid: publish at once.
    QDateTime publishAt() const;

private:
    QPlainTextEdit *m_comment;
    QCheckBox *m_schedule;
    QDateTimeEdit *m_when;
};

// A sensible default for a schedule: the next full hour, at least 30 minutes ahead.
QDateTime nextPublicationSlot(const QDateTime &nowLocal);

} // namespace Qalam
