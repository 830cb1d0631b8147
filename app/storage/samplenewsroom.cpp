#include "app/storage/samplenewsroom.h"

#include "app/storage/articlestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Qalam {

QByteArray SampleNewsroom::bundled()
{
    QFile file(QStringLiteral(":/sample/newsroom.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<int> SampleNewsroom::load(ArticleStore &store, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{Error::Code::InvalidInput, tr("The sample newsroom file is not valid JSON."),
                     parseError.errorString()};
    const QJsonObject root = doc.object();
    QHash<QString, Author> byName;
    for (const auto &v : root.value(QStringLiteral("authors")).toArray()) {
        const QJsonObject o = v.toObject();
        auto author = store.ensureAuthor(Author{0, o.value(QStringLiteral("name")).toString(),
                                                o.value(QStringLiteral("position")).toString(),
                                                o.value(QStringLiteral("region")).toString()});
        if (!author)
            return author.error();
        byName.insert(author->name, *author);
    }
    int added = 0;
    for (const auto &v : root.value(QStringLiteral("articles")).toArray()) {
        const QJsonObject o = v.toObject();
        Article a = Article::fromJson(o);
        a.authors.clear();
        for (const auto &name : o.value(QStringLiteral("authors")).toArray()) {
            const auto it = byName.constFind(name.toString());
            if (it == byName.constEnd())
                return Error{Error::Code::InvalidInput,
                             tr("The sample article \"%1\" names an unknown author %2.")
                                 .arg(a.headline, name.toString()),
                             {}};
            a.authors.append(*it);
        }
        auto created = store.create(a, QStringLiteral("sample"));
        if (!created)
            return created.error();
        ++added;
    }
    return added;
}

} // namespace Qalam
