#include "ui/checks/checksdock.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Qalam {

ChecksDock::ChecksDock(QWidget *parent)
    : QDockWidget(parent), m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("checksDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    setWidget(content);
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit findingActivated(item->data(0, Qt::UserRole).toInt(), item->data(0, Qt::UserRole + 1).toInt());
    });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        emit findingActivated(item->data(0, Qt::UserRole).toInt(), item->data(0, Qt::UserRole + 1).toInt());
    });
    retranslate();
}

void ChecksDock::retranslate()
{
    setWindowTitle(tr("Checks"));
    m_list->setHeaderLabels({tr("Finding"), tr("Where")});
    setFindings(m_findings, m_checked);
}

void ChecksDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void ChecksDock::setFindings(const QList<Finding> &findings, const ArticleEditor::CheckText &checked)
{
    m_findings = findings;
    m_checked = checked;
    QList<Finding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) > int(b.severity); });
    m_list->clear();
    int errors = 0;
    int warnings = 0;
    for (const Finding &f : std::as_const(sorted)) {
        QString place;
        if (f.start >= checked.bodyOffset) {
            const int paragraph = int(checked.text.left(f.start).count(u'\n')) - 1;
            place = tr("¶ %1").arg(paragraph);
        } else {
            place = f.start >= checked.leadOffset ? tr("lead") : tr("headline");
        }
        QString fragment = checked.text.mid(f.start, qMin(f.end - f.start, 40)).simplified();
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, fragment.isEmpty() ? f.message : tr("%1 — «%2»").arg(f.message, fragment));
        item->setToolTip(0, f.message);
        item->setText(1, place);
        const QStyle::StandardPixmap icon =
            f.severity == Finding::Severity::Error     ? QStyle::SP_MessageBoxCritical
            : f.severity == Finding::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
        item->setData(0, Qt::UserRole, f.start);
        item->setData(0, Qt::UserRole + 1, f.end);
        errors += f.severity == Finding::Severity::Error ? 1 : 0;
        warnings += f.severity == Finding::Severity::Warning ? 1 : 0;
    }
    m_summary->setText(findings.isEmpty() ? tr("No findings.")
                                          : tr("%n error(s)", nullptr, errors) + QStringLiteral(" · ") +
                                                tr("%n warning(s)", nullptr, warnings));
}

} // namespace Qalam
