#include "ui/desk/articlelistdelegate.h"

#include "app/model/articlelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Qalam {

namespace {
QColor statusColor(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return QColor(0x8a, 0x8f, 0x98);
    case ArticleStatus::InReview:
        return QColor(0xd9, 0x8c, 0x00);
    case ArticleStatus::Returned:
        return QColor(0xc6, 0x28, 0x28);
    case ArticleStatus::Approved:
        return QColor(0x2e, 0x7d, 0x32);
    case ArticleStatus::Published:
        return QColor(0x0f, 0x5e, 0x63);
    case ArticleStatus::Withdrawn:
        return QColor(0x6d, 0x4c, 0x41);
    case ArticleStatus::Updated:
        return QColor(0x15, 0x65, 0xc0);
    case ArticleStatus::Unpublished:
        return QColor(0x45, 0x45, 0x45);
    }
    return {};
}

QString shortTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}
} // namespace

QSize ArticleListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {option.rect.width(), line * 3 + 14};
}

void ArticleListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QColor text = option.palette.color(QPalette::Active, textRole);
    QColor dim = text;
    dim.setAlphaF(0.65f);

    const QRect r = option.rect.adjusted(8, 5, -8, -5);
    const int line = option.fontMetrics.height();
    const auto status = ArticleStatus(index.data(ArticleListModel::StatusRole).toInt());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Line 1: a state dot, the state, the time on the right.
    const int dot = line / 2;
    painter->setPen(Qt::NoPen);
    painter->setBrush(statusColor(status));
    painter->drawEllipse(QRect(r.left(), r.top() + (line - dot) / 2, dot, dot));
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(dim);
    const QRect line1(r.left() + dot + 6, r.top(), r.width() - dot - 6, line);
    painter->drawText(line1, Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(ArticleListModel::StatusTextRole).toString());
    painter->drawText(line1, Qt::AlignRight | Qt::AlignVCenter,
                      shortTime(index.data(ArticleListModel::UpdatedRole).toDateTime()));

    // Line 2: the headline.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect line2(r.left(), r.top() + line + 2, r.width(), line);
    painter->drawText(
        line2, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, line2.width()));

    // Line 3: region · byline · words.
    painter->setFont(small);
    painter->setPen(dim);
    QStringList parts;
    if (const QString region = index.data(ArticleListModel::RegionRole).toString(); !region.isEmpty())
        parts.append(region);
    if (const QString authors = index.data(ArticleListModel::AuthorsRole).toString(); !authors.isEmpty())
        parts.append(authors);
    parts.append(tr("%n words", nullptr, index.data(ArticleListModel::WordsRole).toInt()));
    const QRect line3(r.left(), r.top() + 2 * line + 4, r.width(), line);
    painter->drawText(
        line3, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(parts.join(QStringLiteral(" · ")), Qt::ElideRight, line3.width()));
    painter->restore();
}

} // namespace Qalam
