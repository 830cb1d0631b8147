#pragma once

#include "app/model/article.h"

#include <QAbstractListModel>

namespace Qalam {

// The desk's article list: one row per ArticleSummary, newest change first.
// Filled with whole result sets that a background query produced (setArticles),
// so the GUI thread never runs SQL. Lives on the GUI thread.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        HeadlineRole,
        StatusRole,     // ArticleStatus as int
        StatusTextRole, // translated
        RegionRole,
        AuthorsRole,
        UpdatedRole, // QDateTime UTC
        WordsRole,
    };

    explicit ArticleListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setArticles(QList<ArticleSummary> articles);
    // Keeps one row current after a save without re-querying the list.
    void updateArticle(const Article &article);
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

private:
    QList<ArticleSummary> m_rows;
};

} // namespace Qalam
