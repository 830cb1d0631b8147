#pragma once

#include "app/model/article.h"
#include "app/text/quoteanalyzer.h"

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Qalam {

class QuoteTableModel;

// The Quotes dock: every quotation of the open article with its speaker, a
// filter for unattributed ones, copying a quote with its attribution, and the
// article's pull quotes. A click asks the window to select the quote.
class QuotesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit QuotesDock(QWidget *parent = nullptr);

    void setAnalysis(const QuoteAnalyzer::Analysis &analysis);
    void setPullQuotes(const QList<PullQuote> &pullQuotes);
    QuoteTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // «Q», – сказал X. in the article's own quotation marks.
    static QString withAttribution(const Quote &quote);

signals:
    void quoteActivated(const Qalam::Quote &quote);
    void pullQuoteAdded(const Qalam::PullQuote &pullQuote);
    void pullQuoteRemoved(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    const Quote *currentQuote() const;
    void updateButtons();

    QuoteTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    QCheckBox *m_unattributedOnly;
    QTableView *m_table;
    QPushButton *m_copy;
    QPushButton *m_markPull;
    QLabel *m_summary;
    QLabel *m_source;
    QLabel *m_pullTitle;
    QListWidget *m_pulls;
    QPushButton *m_removePull;
    QuoteAnalyzer::Analysis m_analysis;
};

} // namespace Qalam
