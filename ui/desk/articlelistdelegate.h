#pragma once

#include "app/model/article.h"

#include <QHash>
#include <QStyledItemDelegate>

namespace Qalam {

// Paints one desk row: a state badge, who is editing it, the scheduled time
// and the change time on the first line, the headline, then region · byline ·
// length, as the desk sketch in the UI notes shows.
class ArticleListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The rows' lock holders and schedules by article id (owned by the desk),
    // and the signed-in user's display name (their own lock is not shown).
    void setSummaries(const QHash<QString, ArticleSummary> *summaries, const QString &ownName);

    static QColor statusColor(ArticleStatus status);

private:
    const QHash<QString, ArticleSummary> *m_summaries = nullptr;
    QString m_ownName;
};

} // namespace Qalam
