#include "ui/desk/articlelistdelegate.h"

#include "app/model/articlelistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Qalam {

namespace {
QString shortTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

QString shortDateTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}
} // namespace

QColor ArticleListDelegate::statusColor(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return QColor(0x75, 0x7a, 0x83);
    case ArticleStatus::InReview:
        return QColor(0xb8, 0x6e, 0x00);
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

void ArticleListDelegate::setSummaries(const QHash<QString, ArticleSummary> *summaries,
                                       const QString &ownName)
{
    m_summaries = summaries;
    m_ownName = ownName;
}

QSize ArticleListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {option.rect.width(), line * 3 + 16};
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
    const QString id = index.data(ArticleListModel::IdRole).toString();
    const ArticleSummary *summary = nullptr;
    if (m_summaries) {
        auto it = m_summaries->constFind(id);
        if (it != m_summaries->cend())
            summary = &*it;
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);

    // Line 1: the state badge, the lock holder or schedule, the time on the right.
    const QString statusText = index.data(ArticleListModel::StatusTextRole).toString();
    QFont badgeFont = small;
    badgeFont.setBold(true);
    const QFontMetrics badgeMetrics(badgeFont);
    const int badgeWidth = badgeMetrics.horizontalAdvance(statusText) + 12;
    const QRect badge(r.left(), r.top() + 1, badgeWidth, line);
    QPainterPath pill;
    pill.addRoundedRect(QRectF(badge), line / 2.0, line / 2.0);
    painter->fillPath(pill, statusColor(status));
    painter->setFont(badgeFont);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, statusText);

    painter->setFont(small);
    painter->setPen(dim);
    const QString time = shortTime(index.data(ArticleListModel::UpdatedRole).toDateTime());
    const int timeWidth = smallMetrics.horizontalAdvance(time);
    const QRect line1(r.left(), r.top() + 1, r.width(), line);
    painter->drawText(line1, Qt::AlignRight | Qt::AlignVCenter, time);

    QRect middle(badge.right() + 8, line1.top(), line1.right() - timeWidth - 8 - badge.right() - 8, line);
    if (summary && middle.width() > line) {
        QString note;
        QColor noteColor = dim;
        if (!summary->lockedBy.isEmpty() && summary->lockedBy != m_ownName) {
            QIcon(QStringLiteral(":/icons/lock.svg"))
                .paint(painter, QRect(middle.left(), middle.top() + 1, line - 2, line - 2));
            middle.setLeft(middle.left() + line + 1);
            note = summary->lockedBy;
            noteColor = selected ? text : QColor(0xa0, 0x5a, 0x00);
        } else if (summary->publishAt.isValid() && status == ArticleStatus::Approved) {
            const bool overdue = summary->publishAt <= QDateTime::currentDateTimeUtc();
            note = overdue ? tr("overdue since %1").arg(shortDateTime(summary->publishAt))
                           : tr("at %1").arg(shortDateTime(summary->publishAt));
            noteColor = overdue && !selected ? QColor(0xc6, 0x28, 0x28) : dim;
        }
        if (!note.isEmpty()) {
            painter->setPen(noteColor);
            painter->drawText(middle, Qt::AlignLeft | Qt::AlignVCenter,
                              smallMetrics.elidedText(note, Qt::ElideRight, middle.width()));
        }
    }

    // Line 2: the headline.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect line2(r.left(), r.top() + line + 4, r.width(), line);
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
    if (summary && summary->photos > 0)
        parts.append(tr("%n photo(s)", nullptr, summary->photos));
    const QRect line3(r.left(), r.top() + 2 * line + 6, r.width(), line);
    painter->drawText(
        line3, Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(parts.join(QStringLiteral(" · ")), Qt::ElideRight, line3.width()));
    painter->restore();
}

bool ArticleListDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip || !m_summaries)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const auto it = m_summaries->constFind(index.data(ArticleListModel::IdRole).toString());
    QStringList lines{index.data(Qt::DisplayRole).toString(),
                      index.data(ArticleListModel::StatusTextRole).toString()};
    if (it != m_summaries->cend()) {
        if (!it->lockedBy.isEmpty())
            lines.append(tr("Being edited by %1 (active %2)").arg(it->lockedBy, shortDateTime(it->lockSeen)));
        if (it->publishAt.isValid())
            lines.append(tr("Scheduled for %1").arg(shortDateTime(it->publishAt)));
    }
    QToolTip::showText(event->globalPos(), lines.join(u'\n'), view);
    return true;
}

} // namespace Qalam
