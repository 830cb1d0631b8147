#pragma once

#include "app/text/quoteanalyzer.h"

#include <QAbstractTableModel>

namespace Qalam {

// The quotations of the open article for the Quotes dock: text, speaker,
// where it stands (headline, lead, paragraph) and kind. Filled with whole
// analyses from a background run. GUI thread.
class QuoteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, SpeakerColumn, PlaceColumn, KindColumn, ColumnCount };
    enum Role { QuoteIndexRole = Qt::UserRole + 1, AttributedRole };

    explicit QuoteTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Quotes of "headline \n lead \n body": paragraph 0 is the headline, 1 the lead.
    void setQuotes(const QList<Quote> &quotes);
    const QList<Quote> &quotes() const { return m_quotes; }

private:
    QList<Quote> m_quotes;
};

} // namespace Qalam
