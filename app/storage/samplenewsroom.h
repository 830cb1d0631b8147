#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>

namespace Qalam {

class ArticleStore;

// Loads the sample newsroom that ships with Qalam (resources/sample/newsroom.json,
// embedded as :/sample/newsroom.json) into a database: its authors and articles
// in Russian, Kazakh and English, and its accounts. Used by `qalam-cli db init --sample` and so
// by scripts/run.sh on a fresh machine.
class SampleNewsroom
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::SampleNewsroom)

public:
    // The sample accounts' password (the sample is a demonstration newsroom).
    static constexpr const char *SamplePassword = "qalam-sample";

    // Loads authors, the accounts (users: admin, omarov — chief editor —,
    // sokolova, ermekov, sarsenbayeva, hartley — regional editors —, kim —
    // photo editor) and the articles, each written by its author's account
    // and taken through the workflow to its sample status. `store` acts as
    // the single desk that starts the newsroom (no accounts yet).
    // Returns the number of articles added.
    static Result<int> load(ArticleStore &store, const QByteArray &json);
    static QByteArray bundled();

private:
    static Result<void> addSamplePhotos(ArticleStore &store, const QString &articleId,
                                        const QJsonArray &photos);
};

} // namespace Qalam
