#include "ui/desk/deskpanel.h"

#include "app/model/articlelistmodel.h"
#include "ui/desk/articlelistdelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Qalam {

DeskPanel::DeskPanel(ArticleListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_search(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_region(new QComboBox(this)), m_author(new QComboBox(this)), m_mine(new QToolButton(this)),
      m_awaiting(new QToolButton(this)), m_delegate(new ArticleListDelegate(this)),
      m_list(new QListView(this)), m_count(new QLabel(this))
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
    auto *personal = new QHBoxLayout;
    personal->setSpacing(4);
    personal->addWidget(m_author, 1);
    for (QToolButton *button : {m_mine, m_awaiting}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        personal->addWidget(button);
        connect(button, &QToolButton::toggled, this, &DeskPanel::filterChanged);
    }
    m_mine->setObjectName(QStringLiteral("mineButton"));
    m_awaiting->setObjectName(QStringLiteral("awaitingButton"));
    layout->addLayout(personal);
    m_list->setModel(model);
    m_delegate->setSummaries(&m_summaries, m_actor.displayName);
    m_list->setItemDelegate(m_delegate);
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
    m_mine->setText(tr("Mine"));
    m_mine->setToolTip(tr("Only the articles I created"));
    m_awaiting->setText(tr("Awaiting me"));
    m_awaiting->setToolTip(awaitingToolTip(m_actor));
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

void DeskPanel::setActor(const Actor &actor)
{
    m_actor = actor;
    m_delegate->setSummaries(&m_summaries, actor.displayName);
    // Nothing waits for an administrator who holds no editorial role.
    const bool editorial = actor.singleDesk || actor.has(Role::ChiefEditor) ||
                           actor.has(Role::RegionalEditor) || actor.has(Role::PhotoEditor);
    m_awaiting->setVisible(editorial);
    if (!editorial)
        m_awaiting->setChecked(false);
    m_awaiting->setToolTip(awaitingToolTip(actor));
    m_list->viewport()->update();
}

QString DeskPanel::awaitingToolTip(const Actor &actor)
{
    QStringList what;
    if (actor.singleDesk || actor.has(Role::ChiefEditor))
        what.append(tr("articles in review, and approved ones whose publication time has passed"));
    if (actor.singleDesk || actor.has(Role::RegionalEditor))
        what.append(tr("my articles returned to me"));
    if (actor.has(Role::PhotoEditor))
        what.append(tr("articles in review or approved that have photos"));
    return what.isEmpty() ? tr("Articles waiting for me")
                          : tr("Waiting for me: %1").arg(what.join(QStringLiteral("; ")));
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
    if (m_mine->isChecked())
        f.createdBy = m_actor.login;
    if (m_awaiting->isChecked() && m_awaiting->isVisible()) {
        const bool chief = m_actor.singleDesk || m_actor.has(Role::ChiefEditor);
        const bool writer = m_actor.singleDesk || m_actor.has(Role::RegionalEditor);
        const bool photos = m_actor.has(Role::PhotoEditor);
        if (chief || photos)
            f.statuses << ArticleStatus::InReview << ArticleStatus::Approved;
        if (writer)
            f.statuses << ArticleStatus::Returned;
        // Only one's own returns, unless another role widens the list.
        if (writer && !chief && !photos && !m_actor.singleDesk)
            f.createdBy = m_actor.login;
    }
    return f;
}

bool DeskPanel::awaits(const Actor &actor, const ArticleSummary &article, const QDateTime &nowUtc)
{
    const bool chief = actor.singleDesk || actor.has(Role::ChiefEditor);
    const bool writer = actor.singleDesk || actor.has(Role::RegionalEditor);
    const bool overdue = article.status == ArticleStatus::Approved && article.publishAt.isValid() &&
                         article.publishAt <= nowUtc;
    if (chief && (article.status == ArticleStatus::InReview || overdue))
        return true;
    if (writer && article.status == ArticleStatus::Returned &&
        (actor.singleDesk || article.createdBy == actor.login))
        return true;
    if (actor.has(Role::PhotoEditor) && article.photos > 0 &&
        (article.status == ArticleStatus::InReview || article.status == ArticleStatus::Approved))
        return true;
    return false;
}

QList<ArticleSummary> DeskPanel::narrow(const QList<ArticleSummary> &rows, const QDateTime &nowUtc) const
{
    if (!m_awaiting->isChecked() || !m_awaiting->isVisible())
        return rows;
    QList<ArticleSummary> kept;
    for (const ArticleSummary &row : rows)
        if (awaits(m_actor, row, nowUtc))
            kept.append(row);
    return kept;
}

void DeskPanel::setSummaries(const QList<ArticleSummary> &rows)
{
    m_summaries.clear();
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-60 * qint64(m_lockIdleMinutes));
    for (ArticleSummary row : rows) {
        if (!row.lockedBy.isEmpty() && row.lockSeen.isValid() && row.lockSeen < stale)
            row.lockedBy.clear(); // an abandoned lock: anyone may open the article
        m_summaries.insert(row.id, row);
    }
    m_list->viewport()->update();
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
