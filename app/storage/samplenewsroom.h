#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>

namespace Qalam {

class ArticleStore;

// Loads the sample newsroom that ships with Qalam (resources/sample/newsroom.json,
// embedded as :/sample/newsroom.json) into a database: its authors and articles
// in Russian, Kazakh and English. Used by `qalam-cli db init --sample` and so
// by scripts/run.sh on a fresh machine.
class SampleNewsroom
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::SampleNewsroom)

public:
    // Returns the number of articles added.
    static Result<int> load(ArticleStore &store, const QByteArray &json);
    static QByteArray bundled();

private:
    static Result<void> addSamplePhotos(ArticleStore &store, const QString &articleId,
                                        const QJsonArray &photos);
};

} // namespace Qalam
