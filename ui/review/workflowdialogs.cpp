#include "ui/review/workflowdialogs.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Qalam {

QDateTime nextPublicationSlot(const QDateTime &nowLocal)
{
    QDateTime slot = nowLocal.addSecs(30 * 60);
    slot.setTime(QTime(slot.time().hour(), 0));
    return slot.addSecs(3600);
}

CommentDialog::CommentDialog(const QString &title, const QString &prompt, const QString &okText,
                             QWidget *parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    layout->addWidget(label);
    m_edit->setObjectName(QStringLiteral("commentEdit"));
    m_edit->setTabChangesFocus(true);
    layout->addWidget(m_edit, 1);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    ok->setEnabled(false);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this, ok] { ok->setEnabled(!text().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(480, 260);
}

QString CommentDialog::text() const
{
    return m_edit->toPlainText().trimmed();
}

ApprovalDialog::ApprovalDialog(QWidget *parent)
    : QDialog(parent), m_comment(new QPlainTextEdit(this)), m_schedule(new QCheckBox(this)),
      m_when(new QDateTimeEdit(this))
{
    setWindowTitle(tr("Approve the article"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Comment for the writer (optional):"), this);
    label->setBuddy(m_comment);
    layout->addWidget(label);
    m_comment->setTabChangesFocus(true);
    layout->addWidget(m_comment, 1);
    auto *row = new QHBoxLayout;
    m_schedule->setText(tr("Publish at"));
    m_schedule->setToolTip(tr("Schedule the publication; without it the article may go out at once"));
    m_when->setCalendarPopup(true);
    m_when->setDateTime(nextPublicationSlot(QDateTime::currentDateTime()));
    m_when->setEnabled(false);
    connect(m_schedule, &QCheckBox::toggled, m_when, &QWidget::setEnabled);
    row->addWidget(m_schedule);
    row->addWidget(m_when, 1);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Approve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 260);
}

QString ApprovalDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QDateTime ApprovalDialog::publishAt() const
{
    return m_schedule->isChecked() ? m_when->dateTime().toUTC() : QDateTime();
}

} // namespace Qalam
