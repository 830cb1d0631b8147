#include "ui/quotes/quotetablemodel.h"

#include <QColor>

namespace Qalam {

QuoteTableModel::QuoteTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int QuoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quotes.size());
}

int QuoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Quote &q = m_quotes.at(index.row());
    if (role == QuoteIndexRole)
        return index.row();
    if (role == AttributedRole)
        return q.attributed || q.kind == Quote::Kind::Title;
    if (role == Qt::ToolTipRole)
        return q.text;
    if (role == Qt::ForegroundRole && index.column() == SpeakerColumn && !q.attributed &&
        q.kind == Quote::Kind::Speech && q.level == 0)
        return QColor(0xc0, 0x1c, 0x28);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TextColumn:
        return q.text.simplified();
    case SpeakerColumn:
        if (q.kind == Quote::Kind::Title)
            return QString();
        if (q.level > 0)
            return tr("(inside a quotation)");
        return q.attributed ? (q.speaker.isEmpty() ? tr("(named before)") : q.speaker) : tr("no attribution");
    case PlaceColumn:
        return q.paragraph == 0   ? tr("headline")
               : q.paragraph == 1 ? tr("lead")
                                  : tr("¶ %1").arg(q.paragraph - 1);
    case KindColumn:
        return q.kind == Quote::Kind::Title ? tr("title") : tr("speech");
    default:
        return {};
    }
}

QVariant QuoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Quotation");
    case SpeakerColumn:
        return tr("Speaker");
    case PlaceColumn:
        return tr("Where");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

void QuoteTableModel::setQuotes(const QList<Quote> &quotes)
{
    if (quotes == m_quotes)
        return;
    beginResetModel();
    m_quotes = quotes;
    endResetModel();
}

} // namespace Qalam
