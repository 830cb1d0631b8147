#include "ui/review/reviewqueuedock.h"

#include "app/people/userstore.h"

#include <QApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

namespace {
enum Roles { IdRole = Qt::UserRole + 1, DetailRole, WarningRole };

// Two lines per article: the headline, then when · region · byline · words ·
// photos · findings (findings in the warning colour).
class QueueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width(), option.fontMetrics.height() * 2 + 14};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, option.widget);
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QColor text =
            option.palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = text;
        dim.setAlphaF(0.7f);
        const QRect r = option.rect.adjusted(8, 5, -8, -5);
        const int line = option.fontMetrics.height();
        painter->save();
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const QRect first(r.left(), r.top(), r.width(), line);
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(),
                                                        Qt::ElideRight, first.width()));
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter->setFont(small);
        const QRect second(r.left(), r.top() + line + 3, r.width(), line);
        const QString warning = index.data(WarningRole).toString();
        int warningWidth = 0;
        if (!warning.isEmpty()) {
            warningWidth = QFontMetrics(small).horizontalAdvance(warning) + 8;
            painter->setPen(selected ? text : QColor(0xb0, 0x60, 0x00));
            painter->drawText(second, Qt::AlignRight | Qt::AlignVCenter, warning);
        }
        painter->setPen(dim);
        painter->drawText(second.adjusted(0, 0, -warningWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(index.data(DetailRole).toString(), Qt::ElideRight,
                                                         second.width() - warningWidth));
        painter->restore();
    }
};

QString when(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}
} // namespace

ReviewQueueDock::ReviewQueueDock(std::shared_ptr<Database> database, Actor actor, QWidget *parent)
    : QDockWidget(parent), m_database(std::move(database)), m_actor(std::move(actor)),
      m_list(new QListWidget(this)), m_summary(new QLabel(this)), m_open(new QPushButton(this)),
      m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list->setItemDelegate(new QueueDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);
    setWidget(content);

    auto requestSelected = [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            emit reviewRequested(item->data(IdRole).toString());
    };
    connect(m_list, &QListWidget::itemActivated, this, requestSelected);
    connect(m_open, &QPushButton::clicked, this, requestSelected);
    connect(m_refresh, &QPushButton::clicked, this, &ReviewQueueDock::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_open->setEnabled(row >= 0); });
    m_open->setEnabled(false);
    retranslate();
}

void ReviewQueueDock::retranslate()
{
    setWindowTitle(tr("Review"));
    m_open->setText(tr("Review…"));
    m_open->setToolTip(tr("Open the review view: changes, checks, comments, approve or return"));
    m_refresh->setText(tr("Refresh"));
    fill(m_items);
}

void ReviewQueueDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void ReviewQueueDock::reload()
{
    Workflow workflow(m_database, m_actor);
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Result<QList<ReviewItem>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<ReviewItem>>>::finished, this, [this, watcher, generation] {
        const Result<QList<ReviewItem>> items = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        if (!items) {
            // An unreachable server is the status bar's news; the queue as
            // loaded last stays shown.
            if (items.error().code != Error::Code::Unavailable)
                m_summary->setText(items.error().message);
            return;
        }
        fill(*items);
        emit queueLoaded(int(items->size()));
    });
    const auto database = m_database;
    const Actor actor = m_actor;
    watcher->setFuture(QtConcurrent::run([workflow, database, actor]() mutable {
        auto queue = workflow.reviewQueue();
        if (!queue)
            return queue;
        // Names, not logins, for people.
        QList<ReviewItem> items = *queue;
        if (auto users = UserStore(database, actor).list())
            for (ReviewItem &item : items)
                for (const User &u : *users)
                    if (u.login == item.submittedBy && !u.displayName.isEmpty())
                        item.submittedBy = u.displayName;
        return Result<QList<ReviewItem>>(items);
    }));
}

void ReviewQueueDock::fill(const QList<ReviewItem> &items)
{
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(IdRole).toString() : QString();
    m_items = items;
    m_list->clear();
    for (const ReviewItem &r : items) {
        QStringList parts{when(r.submitted)};
        if (!r.article.region.isEmpty())
            parts.append(r.article.region);
        if (!r.article.authors.isEmpty())
            parts.append(r.article.authors);
        parts.append(tr("%n word(s)", nullptr, r.article.words));
        parts.append(tr("%n photo(s)", nullptr, r.photos));
        auto *item = new QListWidgetItem(
            r.article.headline.isEmpty() ? tr("(no headline)") : r.article.headline, m_list);
        item->setData(IdRole, r.article.id);
        item->setData(DetailRole, parts.join(QStringLiteral(" · ")));
        item->setData(WarningRole,
                      r.openFindings > 0 ? tr("⚠ %n finding(s)", nullptr, r.openFindings) : QString());
        item->setToolTip(tr("%1\nSubmitted %2 by %3")
                             .arg(item->text(),
                                  QLocale().toString(r.submitted.toLocalTime(), QLocale::ShortFormat),
                                  r.submittedBy));
        if (r.article.id == current)
            m_list->setCurrentItem(item);
    }
    m_summary->setText(items.isEmpty()
                           ? tr("Nothing is waiting for review.")
                           : tr("%n article(s) in review, oldest first.", nullptr, int(items.size())));
}

} // namespace Qalam
