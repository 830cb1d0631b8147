#include "ui/desk/deskpanel.h"

#include "app/model/articlelistmodel.h"
#include "ui/desk/articlelistdelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace Qalam {

DeskPanel::DeskPanel(ArticleListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_search(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_region(new QComboBox(this)), m_author(new QComboBox(this)), m_list(new QListView(this)),
      m_count(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 4);
    layout->setSpacing(4);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    layout->addWidget(m_search);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_region, 1);
    layout->addLayout(filters);
    layout->addWidget(m_author);
    m_list->setModel(model);
    m_list->setItemDelegate(new ArticleListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list, 1);
    m_count->setAlignment(Qt::AlignRight);
    layout->addWidget(m_count);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(&m_searchDelay, &QTimer::timeout, this, &DeskPanel::filterChanged);
    for (QComboBox *combo : {m_status, m_region, m_author})
        connect(combo, &QComboBox::activated, this, &DeskPanel::filterChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_selecting)
                    emit articleActivated(current.data(ArticleListModel::IdRole).toString());
            });
    retranslate();
}

void DeskPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setToolTip(tr("Search headlines, leads and text (every word, as a prefix)"));
    const int status = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("All states"));
    for (ArticleStatus s : allStatuses())
        m_status->addItem(statusDisplayName(s), int(s));
    m_status->setCurrentIndex(qMax(0, status));
    if (m_region->count() == 0)
        m_region->addItem(tr("All regions"));
    else
        m_region->setItemText(0, tr("All regions"));
    if (m_author->count() == 0)
        m_author->addItem(tr("All authors"), 0);
    else
        m_author->setItemText(0, tr("All authors"));
}

void DeskPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

ArticleFilter DeskPanel::filter() const
{
    ArticleFilter f;
    f.search = m_search->text();
    if (m_status->currentIndex() > 0)
        f.status = ArticleStatus(m_status->currentData().toInt());
    if (m_region->currentIndex() > 0)
        f.region = m_region->currentText();
    f.authorId = m_author->currentData().toLongLong();
    return f;
}

void DeskPanel::setRegions(const QStringList &regions)
{
    const QString current = m_region->currentIndex() > 0 ? m_region->currentText() : QString();
    while (m_region->count() > 1)
        m_region->removeItem(1);
    m_region->addItems(regions);
    if (!current.isEmpty())
        m_region->setCurrentText(current);
}

void DeskPanel::setAuthors(const QList<Author> &authors)
{
    const qint64 current = m_author->currentData().toLongLong();
    while (m_author->count() > 1)
        m_author->removeItem(1);
    for (const Author &a : authors)
        m_author->addItem(a.name, a.id);
    m_author->setCurrentIndex(qMax(0, m_author->findData(current)));
}

void DeskPanel::selectArticle(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_selecting = true;
    m_list->setCurrentIndex(m_model->index(row));
    m_selecting = false;
    m_list->scrollTo(m_model->index(row));
}

void DeskPanel::showCount(int shown)
{
    m_count->setText(tr("%n article(s)", nullptr, shown));
}

} // namespace Qalam
