#include "app/model/articlelistmodel.h"

#include "app/core/textstats.h"

namespace Qalam {

ArticleListModel::ArticleListModel(QObject *parent) : QAbstractListModel(parent) {}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case HeadlineRole:
        return row.headline.isEmpty() ? tr("(no headline)") : row.headline;
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3 · %n words", nullptr, row.words)
            .arg(row.headline, statusDisplayName(row.status),
                 row.authors.isEmpty() ? tr("no byline") : row.authors);
    case IdRole:
        return row.id;
    case StatusRole:
        return int(row.status);
    case StatusTextRole:
        return statusDisplayName(row.status);
    case RegionRole:
        return row.region;
    case AuthorsRole:
        return row.authors;
    case UpdatedRole:
        return row.updated;
    case WordsRole:
        return row.words;
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(HeadlineRole, "headline");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(RegionRole, "region");
    names.insert(AuthorsRole, "authors");
    names.insert(UpdatedRole, "updated");
    names.insert(WordsRole, "words");
    return names;
}

void ArticleListModel::setArticles(QList<ArticleSummary> articles)
{
    beginResetModel();
    m_rows = std::move(articles);
    endResetModel();
}

void ArticleListModel::updateArticle(const Article &article)
{
    const int row = rowOf(article.id);
    if (row < 0)
        return;
    ArticleSummary &s = m_rows[row];
    s.headline = article.headline;
    s.region = article.region;
    s.status = article.status;
    s.updated = article.updated;
    s.words = TextStats::of(article.bodyText).words;
    QStringList names;
    for (const Author &a : article.authors)
        names.append(a.name);
    s.authors = names.join(QStringLiteral(", "));
    if (row == 0) {
        emit dataChanged(index(0), index(0));
        return;
    }
    // The list is ordered by last change: the saved article moves to the top.
    beginMoveRows({}, row, row, {}, 0);
    m_rows.move(row, 0);
    endMoveRows();
    emit dataChanged(index(0), index(0));
}

int ArticleListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QString ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace Qalam
