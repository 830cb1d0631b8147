#pragma once

#include "app/core/result.h"
#include "app/model/article.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Qalam {

class ArticleDocument;

// What was typed but could not be stored yet, kept on this computer while the
// database server cannot be reached: one small JSON file per article under
// the app's local data folder (a folder per database and account), written
// whole or not at all, and removed once the text is stored. What is left
// after a crash or a closed window is offered back when the article opens
// again. A plain value; every call touches the disk, so the GUI calls it on a
// worker thread. Any thread.
class LocalCopies
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::LocalCopies)

public:
    struct Copy
    {
        Article article;        // its `version` is the stored version it was edited from
        QDateTime keptAt;       // UTC
        QList<QByteArray> sent; // ArticleStore::contentKey of saves whose answer was lost
    };

    // `database` is Database::path() (no password); `login` the account.
    LocalCopies(const QString &database, const QString &login);

    QString folder() const { return m_folder; }
    QString pathFor(const QString &articleId) const;

    // `sent`: what saves whose answer was lost sent (they may have gone in).
    Result<void> keep(const Article &article, const QList<QByteArray> &sent = {},
                      const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    std::optional<Copy> find(const QString &articleId) const;
    // Every copy left, newest first.
    QList<Copy> all() const;
    void remove(const QString &articleId);

    // What the article opens as before the copy goes into it: `stored`; or,
    // when someone else saved it since the copy's version, `stored` at the
    // copy's version (so that saving meets the version check: a conflict,
    // never a silent overwrite); nothing when `stored` holds the copy's text
    // already (the copy is spent).
    static std::optional<Article> restoreBase(const Copy &copy, const Article &stored);
    // Puts a kept copy's content into the open article as edits (one undo
    // step for the body), so that it counts as unsaved and the Autosaver
    // stores it. GUI thread (the document's).
    static void applyTo(ArticleDocument &document, const Article &kept);

private:
    std::optional<Copy> read(const QString &path) const;

    QString m_database;
    QString m_login;
    QString m_folder;
};

} // namespace Qalam
