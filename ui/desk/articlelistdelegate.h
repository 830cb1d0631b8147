#pragma once

#include <QStyledItemDelegate>

namespace Qalam {

// Paints one desk row: state and time on the first line, the headline, then
// region · byline · length, as the desk sketch in the UI notes shows.
class ArticleListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Qalam
