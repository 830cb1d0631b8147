// IPTC ninjs documents for a Publication: 3.1 (camelCase names) and 2.2
// (the same names in lower case) for older consumers.

#include "app/core/textstats.h"
#include "app/publish/publication.h"
#include "app/text/htmlsanitizer.h"

#include <QJsonArray>
#include <QSet>

namespace Qalam::Ninjs {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject valueObject(const QString &role, const QString &value)
{
    QJsonObject o;
    if (!role.isEmpty())
        o.insert(QStringLiteral("role"), role);
    o.insert(QStringLiteral("value"), value);
    return o;
}

// ninjs 2.2 names are 3.1's in lower case ("versionCreated" → "versioncreated");
// 2.2 associations carry no "rel".
QJsonValue toVersion22(const QJsonValue &value, bool association = false)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(toVersion22(v, association));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (association && it.key() == u"rel")
            continue;
        out.insert(it.key().toLower(), toVersion22(it.value(), it.key() == u"associations"));
    }
    return out;
}

} // namespace

QJsonObject document(const Publication &publication, const std::function<QString(qint64 photoId)> &photoUrl,
                     const QString &uriBase, const QString &version, const QString &pubStatus)
{
    const Article &a = publication.article;
    const QString base = uriBase.isEmpty() ? QStringLiteral("urn:qalam:article:") : uriBase;
    const QString uri = base + publication.slug;
    const bool v22 = version == u"2.2";

    QJsonObject doc;
    doc.insert(QStringLiteral("uri"), uri);
    doc.insert(QStringLiteral("type"), QStringLiteral("text"));
    doc.insert(QStringLiteral("representationType"), QStringLiteral("full"));
    doc.insert(QStringLiteral("version"), QString::number(a.version));
    if (a.created.isValid())
        doc.insert(QStringLiteral("firstCreated"), isoUtc(a.created));
    doc.insert(QStringLiteral("versionCreated"), isoUtc(a.updated.isValid() ? a.updated : a.created));
    doc.insert(QStringLiteral("pubStatus"), pubStatus);
    doc.insert(QStringLiteral("language"), a.language);
    doc.insert(QStringLiteral("slugline"), publication.slug);
    doc.insert(QStringLiteral("headlines"), QJsonArray{valueObject(QStringLiteral("main"), a.headline)});
    if (!a.lead.trimmed().isEmpty())
        doc.insert(QStringLiteral("descriptions"),
                   QJsonArray{valueObject(QStringLiteral("summary"), a.lead)});

    const QString body = PublicationBuilder::bodyHtml(publication, photoUrl);
    const TextStats stats = TextStats::of(HtmlSanitizer::sanitize(body).text);
    QJsonObject bodyObject = valueObject(QStringLiteral("main"), body);
    bodyObject.insert(QStringLiteral("contentType"), QStringLiteral("text/html"));
    bodyObject.insert(QStringLiteral("charCount"), stats.charactersWithSpaces);
    bodyObject.insert(QStringLiteral("wordCount"), stats.words);
    doc.insert(QStringLiteral("bodies"), QJsonArray{bodyObject});

    if (!publication.bylineText.isEmpty())
        doc.insert(QStringLiteral("by"), publication.bylineText);
    if (!a.region.trimmed().isEmpty())
        doc.insert(QStringLiteral("located"), a.region.trimmed());

    // Authors, then the people quoted (each once, authors not again).
    QJsonArray people;
    QSet<QString> named;
    for (const Author &author : a.authors) {
        const QString name = author.name.trimmed();
        if (name.isEmpty() || named.contains(name.toCaseFolded()))
            continue;
        named.insert(name.toCaseFolded());
        people.append(
            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("rel"), QStringLiteral("author")}});
    }
    for (const Quote &q : publication.quotes.quotes) {
        const QString name = q.speaker.simplified();
        if (q.kind != Quote::Kind::Speech || !q.attributed || name.isEmpty() ||
            named.contains(name.toCaseFolded()))
            continue;
        named.insert(name.toCaseFolded());
        people.append(QJsonObject{{QStringLiteral("name"), name},
                                  {QStringLiteral("rel"), QStringLiteral("quoted-speaker")}});
    }
    if (!people.isEmpty())
        doc.insert(QStringLiteral("people"), people);

    if (!publication.sourceName.isEmpty()) {
        QJsonObject source{{QStringLiteral("name"), publication.sourceName},
                           {QStringLiteral("role"), QStringLiteral("source")}};
        doc.insert(QStringLiteral("infoSources"), QJsonArray{source});
    }

    QJsonArray subjects;
    if (!a.rubric.trimmed().isEmpty())
        subjects.append(QJsonObject{{QStringLiteral("name"), a.rubric.trimmed()},
                                    {QStringLiteral("rel"), QStringLiteral("rubric")}});
    for (const QString &tag : a.tags)
        if (!tag.trimmed().isEmpty())
            subjects.append(QJsonObject{{QStringLiteral("name"), tag.trimmed()},
                                        {QStringLiteral("rel"), QStringLiteral("tag")}});
    if (!subjects.isEmpty())
        doc.insert(QStringLiteral("subjects"), subjects);

    QJsonArray associations;
    int number = 0;
    for (const PublishedPhoto &p : publication.photos) {
        ++number;
        const QString href = photoUrl ? photoUrl(p.photo.id) : QString();
        if (href.isEmpty())
            continue; // not published with this article
        QJsonObject photo;
        photo.insert(QStringLiteral("name"),
                     p.lead ? QStringLiteral("featureimage") : QStringLiteral("picture%1").arg(number));
        photo.insert(QStringLiteral("rel"), p.lead ? QStringLiteral("lead-photo") : QStringLiteral("photo"));
        photo.insert(QStringLiteral("uri"), QString(uri + QStringLiteral("/photos/%1").arg(p.photo.id)));
        photo.insert(QStringLiteral("type"), QStringLiteral("picture"));
        photo.insert(QStringLiteral("representationType"), QStringLiteral("full"));
        QJsonArray descriptions;
        if (!p.photo.caption.trimmed().isEmpty())
            descriptions.append(valueObject(QStringLiteral("caption"), p.photo.caption.trimmed()));
        if (!p.photo.alt.trimmed().isEmpty())
            descriptions.append(valueObject(QStringLiteral("alt"), p.photo.alt.trimmed()));
        if (!descriptions.isEmpty())
            photo.insert(QStringLiteral("descriptions"), descriptions);
        if (!p.creditLine.isEmpty())
            photo.insert(QStringLiteral("by"), p.creditLine);
        if (!p.copyrightNotice.isEmpty())
            photo.insert(QStringLiteral("copyrightNotice"), p.copyrightNotice);
        if (!p.usageTerms.isEmpty())
            photo.insert(QStringLiteral("usageTerms"), p.usageTerms);
        QJsonObject rendition{{QStringLiteral("name"), QStringLiteral("web")},
                              {QStringLiteral("href"), href},
                              {QStringLiteral("contentType"), QStringLiteral("image/jpeg")}};
        if (p.width > 0 && p.height > 0) {
            rendition.insert(QStringLiteral("width"), p.width);
            rendition.insert(QStringLiteral("height"), p.height);
        }
        photo.insert(QStringLiteral("renditions"), QJsonArray{rendition});
        associations.append(photo);
    }
    if (!associations.isEmpty())
        doc.insert(QStringLiteral("associations"), associations);

    doc.insert(QStringLiteral("altIds"), QJsonArray{valueObject(QStringLiteral("qalam-article-id"), a.id)});
    const QString schemaVersion = v22 ? QStringLiteral("2.2") : QStringLiteral("3.1");
    doc.insert(
        QStringLiteral("standard"),
        QJsonObject{
            {QStringLiteral("name"), QStringLiteral("ninjs")},
            {QStringLiteral("version"), schemaVersion},
            {QStringLiteral("schema"),
             QStringLiteral("http://www.iptc.org/std/ninjs/ninjs-schema_%1.json").arg(schemaVersion)}});
    return v22 ? toVersion22(doc).toObject() : doc;
}

} // namespace Qalam::Ninjs
