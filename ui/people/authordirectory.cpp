#include "ui/people/authordirectory.h"

#include "app/workflow/permissions.h"
#include "ui/people/authorprofiledialog.h"
#include "ui/people/avatar.h"
#include "ui/people/peoplecommon.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Qalam {

namespace {

struct Directory
{
    Result<QList<Author>> authors = QList<Author>();
    QHash<qint64, AuthorStats> stats;
    NameOrder order = NameOrder::FamilyGiven;
};

constexpr int SortRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

} // namespace

AuthorDirectory::AuthorDirectory(std::shared_ptr<Database> database, Actor actor, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_actor(std::move(actor)),
      m_search(new QLineEdit(this)), m_view(new QTableView(this)),
      m_model(new QStandardItemModel(0, ColumnCount, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_count(new QLabel(this)), m_error(new QLabel(this)), m_new(new QPushButton(this))
{
    setObjectName(QStringLiteral("authorDirectory"));
    setWindowTitle(tr("Authors"));
    // Two-line headers keep the number columns narrow in long languages.
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Position"), tr("Region"), tr("Drafted"),
                                        tr("Published\nthis month"), tr("Last\npublished"), tr("Status")});
    m_model->horizontalHeaderItem(DraftedColumn)
        ->setToolTip(tr("Articles with this author not published yet"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setIconSize({24, 24});
    m_view->verticalHeader()->setDefaultSectionSize(30);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(PositionColumn, QHeaderView::Interactive);
    m_search->setPlaceholderText(tr("Search: name, position, region or desk"));
    m_search->setClearButtonEnabled(true);
    m_new->setText(tr("New author…"));
    m_new->setEnabled(Permissions::check(m_actor, Action::EditAuthor, nullptr, 0).ok());
    People::makeErrorLabel(m_error);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(close);
    layout->addLayout(bottom);

    m_delay.setSingleShot(true);
    m_delay.setInterval(200);
    connect(&m_delay, &QTimer::timeout, this, &AuthorDirectory::reload);
    connect(m_search, &QLineEdit::textChanged, &m_delay, qOverload<>(&QTimer::start));
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openProfile(index.row()); });
    connect(m_new, &QPushButton::clicked, this, &AuthorDirectory::newAuthor);
    resize(1100, 560);
    reload();
}

qint64 AuthorDirectory::authorIdAt(int row) const
{
    return m_proxy->index(row, NameColumn).data(IdRole).toLongLong();
}

void AuthorDirectory::reload()
{
    const quint64 generation = ++m_generation;
    const QString search = m_search->text().simplified();
    AuthorStore store(m_database, m_actor);
    People::inBackground(
        this,
        [store, search]() mutable {
            Directory directory;
            directory.authors = store.list(search);
            if (auto stats = store.allStats())
                for (const AuthorStats &s : *stats)
                    directory.stats.insert(s.authorId, s);
            if (auto order = store.nameOrder())
                directory.order = *order;
            return directory;
        },
        [this, generation](const Directory &directory) {
            if (generation != m_generation)
                return;
            if (!directory.authors) {
                People::showInlineError(m_error, directory.authors.error().message);
                return;
            }
            People::showInlineError(m_error, {});
            const QLocale locale;
            const QColor faded = palette().color(QPalette::Disabled, QPalette::Text);
            m_model->removeRows(0, m_model->rowCount());
            int active = 0;
            for (const Author &a : *directory.authors) {
                const AuthorStats stats = directory.stats.value(a.id);
                QList<QStandardItem *> row;
                for (int c = 0; c < ColumnCount; ++c)
                    row.append(new QStandardItem);
                Author sortable = a;
                sortable.fillNameParts();
                row[NameColumn]->setText(a.bylineName(directory.order));
                row[NameColumn]->setIcon(People::avatarIcon(a, 24, devicePixelRatioF()));
                row[NameColumn]->setData(QString(sortable.familyName + u' ' + sortable.givenName), SortRole);
                row[NameColumn]->setData(a.id, IdRole);
                row[PositionColumn]->setText(a.position);
                row[PositionColumn]->setToolTip(a.position);
                row[RegionColumn]->setText(a.desk.isEmpty() ? a.region : tr("%1 · %2").arg(a.region, a.desk));
                row[DraftedColumn]->setText(locale.toString(stats.drafted));
                row[DraftedColumn]->setData(stats.drafted, SortRole);
                row[PublishedColumn]->setText(locale.toString(stats.publishedThisMonth));
                row[PublishedColumn]->setData(stats.publishedThisMonth, SortRole);
                row[LastPublishedColumn]->setText(
                    stats.lastPublished.isValid()
                        ? locale.toString(stats.lastPublished.toLocalTime().date(), QLocale::ShortFormat)
                        : tr("never"));
                row[LastPublishedColumn]->setData(
                    stats.lastPublished.isValid() ? stats.lastPublished.toMSecsSinceEpoch() : qint64(0),
                    SortRole);
                row[StatusColumn]->setText(a.active ? tr("active") : tr("left"));
                for (int c : {DraftedColumn, PublishedColumn})
                    row[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                for (int c = 0; c < ColumnCount; ++c) {
                    if (!row[c]->data(SortRole).isValid())
                        row[c]->setData(row[c]->text(), SortRole);
                    if (!a.active)
                        row[c]->setForeground(faded);
                }
                active += a.active ? 1 : 0;
                m_model->appendRow(row);
            }
            const int total = int(directory.authors->size());
            m_count->setText(tr("%n author(s)", nullptr, total) + QStringLiteral(" · ") +
                             tr("%n active", nullptr, active));
            m_view->resizeColumnsToContents();
            for (int c : {NameColumn, PositionColumn, RegionColumn})
                m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 300));
            emit reloaded();
        });
}

void AuthorDirectory::openProfile(int row)
{
    const qint64 id = authorIdAt(row);
    if (id == 0)
        return;
    auto *dialog = new AuthorProfileDialog(m_database, m_actor, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit profilesChanged();
    });
    dialog->open();
}

void AuthorDirectory::newAuthor()
{
    auto *dialog = new AuthorProfileDialog(m_database, m_actor, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit profilesChanged();
    });
    dialog->open();
}

} // namespace Qalam
