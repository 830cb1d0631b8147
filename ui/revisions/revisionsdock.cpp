#include "ui/revisions/revisionsdock.h"

#include <QEvent>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Qalam {

RevisionsDock::RevisionsDock(QWidget *parent)
    : QDockWidget(parent), m_list(new QListWidget(this)), m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("revisionsDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_restore);
    setWidget(content);
    m_list->setAlternatingRowColors(true);
    m_restore->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_restore->setEnabled(row > 0); });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            emit restoreRequested(item->data(Qt::UserRole).toLongLong());
    });
    retranslate();
}

void RevisionsDock::retranslate()
{
    setWindowTitle(tr("Revisions"));
    m_restore->setText(tr("Restore this revision"));
    m_restore->setToolTip(
        tr("Makes the selected revision the current text; the current text stays in the list"));
}

void RevisionsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

QString RevisionsDock::reasonText(const QString &reason)
{
    if (reason == u"created")
        return tr("created");
    if (reason == u"save")
        return tr("saved");
    if (reason == u"autosave-interval")
        return tr("autosave");
    if (reason == u"before restore")
        return tr("before a restore");
    if (reason == u"sample")
        return tr("sample newsroom");
    if (reason.startsWith(QLatin1String("restore of #")))
        return tr("restored %1").arg(reason.mid(11));
    return reason;
}

void RevisionsDock::setRevisions(const QList<Revision> &revisions)
{
    m_list->clear();
    for (const Revision &r : revisions) {
        const QString when = QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(
            tr("#%1 · %2\n%3 · %4").arg(r.id).arg(when, r.who, reasonText(r.reason)), m_list);
        item->setData(Qt::UserRole, r.id);
        item->setToolTip(r.snapshot.headline);
    }
}

} // namespace Qalam
