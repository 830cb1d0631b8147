#include "ui/quotes/quotesdock.h"

#include "ui/quotes/quotetablemodel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Qalam {

QuotesDock::QuotesDock(QWidget *parent)
    : QDockWidget(parent), m_model(new QuoteTableModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_unattributedOnly(new QCheckBox(this)), m_table(new QTableView(this)), m_copy(new QPushButton(this)),
      m_markPull(new QPushButton(this)), m_summary(new QLabel(this)), m_source(new QLabel(this)),
      m_pullTitle(new QLabel(this)), m_pulls(new QListWidget(this)), m_removePull(new QPushButton(this))
{
    setObjectName(QStringLiteral("quotesDock"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(QuoteTableModel::AttributedRole);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QuoteTableModel::TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(QuoteTableModel::SpeakerColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(QuoteTableModel::SpeakerColumn, 130);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QuoteTableModel::PlaceColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QuoteTableModel::KindColumn,
                                                      QHeaderView::ResizeToContents);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setWordWrap(true);
    m_source->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    QFont bold = m_pullTitle->font();
    bold.setBold(true);
    m_pullTitle->setFont(bold);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_source);
    layout->addWidget(m_unattributedOnly);
    layout->addWidget(m_table, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_markPull);
    layout->addLayout(buttons);
    layout->addWidget(m_pullTitle);
    layout->addWidget(m_pulls, 1);
    layout->addWidget(m_removePull);
    setWidget(content);

    connect(m_unattributedOnly, &QCheckBox::toggled, this, [this](bool on) {
        // AttributedRole is true for attributed speech and titles.
        m_filter->setFilterFixedString(on ? QStringLiteral("false") : QString());
    });
    connect(m_table, &QTableView::clicked, this, [this] {
        if (const Quote *q = currentQuote())
            emit quoteActivated(*q);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuotesDock::updateButtons);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const Quote *q = currentQuote())
            QGuiApplication::clipboard()->setText(withAttribution(*q));
    });
    connect(m_markPull, &QPushButton::clicked, this, [this] {
        if (const Quote *q = currentQuote())
            emit pullQuoteAdded(PullQuote{q->text.simplified(), q->speaker});
    });
    connect(m_pulls, &QListWidget::currentRowChanged, this, &QuotesDock::updateButtons);
    connect(m_removePull, &QPushButton::clicked, this, [this] {
        if (m_pulls->currentRow() >= 0)
            emit pullQuoteRemoved(m_pulls->currentRow());
    });
    retranslate();
    updateButtons();
}

void QuotesDock::retranslate()
{
    setWindowTitle(tr("Quotes"));
    m_unattributedOnly->setText(tr("Unattributed only"));
    m_copy->setText(tr("Copy with attribution"));
    m_copy->setToolTip(tr("Copies «quotation», – verb speaker."));
    m_markPull->setText(tr("Mark as pull quote"));
    m_pullTitle->setText(tr("Pull quotes"));
    m_removePull->setText(tr("Remove pull quote"));
    setAnalysis(m_analysis);
}

void QuotesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void QuotesDock::setAnalysis(const QuoteAnalyzer::Analysis &analysis)
{
    m_analysis = analysis;
    m_model->setQuotes(analysis.quotes);
    int speech = 0;
    for (const Quote &q : analysis.quotes)
        speech += q.kind == Quote::Kind::Speech && q.level == 0 ? 1 : 0;
    QString summary = tr("%n quotation(s)", nullptr, speech);
    if (const int unattributed = analysis.unattributedCount(); unattributed > 0)
        summary += QStringLiteral(" · ") + tr("%n without attribution", nullptr, unattributed);
    m_summary->setText(summary);
    m_source->setVisible(!analysis.sourceAttribution.isEmpty());
    m_source->setText(tr("Source of the report: %1").arg(analysis.sourceAttribution));
    m_source->setToolTip(m_source->text());
    updateButtons();
}

void QuotesDock::setPullQuotes(const QList<PullQuote> &pullQuotes)
{
    m_pulls->clear();
    for (const PullQuote &p : pullQuotes)
        m_pulls->addItem(p.speaker.isEmpty() ? p.text : tr("%1 — %2").arg(p.text, p.speaker));
    m_pullTitle->setVisible(true);
    updateButtons();
}

const Quote *QuotesDock::currentQuote() const
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid() || current.row() >= m_model->quotes().size())
        return nullptr;
    return &m_model->quotes().at(current.row());
}

void QuotesDock::updateButtons()
{
    const Quote *q = currentQuote();
    m_copy->setEnabled(q != nullptr);
    m_markPull->setEnabled(q != nullptr && q->kind == Quote::Kind::Speech);
    m_removePull->setEnabled(m_pulls->currentRow() >= 0);
}

QString QuotesDock::withAttribution(const Quote &quote)
{
    const QString text = quote.text.simplified();
    if (!quote.attributed || quote.speaker.isEmpty())
        return QStringLiteral("«%1»").arg(text);
    if (quote.verb.isEmpty())
        return QStringLiteral("«%1» — %2").arg(text, quote.speaker);
    // Russian news style: the comma goes after the closing mark.
    return QStringLiteral("«%1», – %2 %3.").arg(text, quote.verb, quote.speaker);
}

} // namespace Qalam
