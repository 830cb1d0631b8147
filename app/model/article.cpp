#include "app/model/article.h"

#include <QJsonArray>

namespace Qalam {

namespace {
struct StatusName
{
    ArticleStatus status;
    const char *key;
    const char *display;
};

const StatusName s_statusNames[] = {
    {ArticleStatus::Draft, "draft", QT_TRANSLATE_NOOP("Qalam::ArticleStatus", "Draft")},
    {ArticleStatus::InReview, "in_review", QT_TRANSLATE_NOOP("Qalam::ArticleStatus", "In review")},
    {ArticleStatus::Returned, "returned", QT_TRANSLATE_NOOP("Qalam::ArticleStatus", "Returned")},
    {ArticleStatus::Approved, "approved", QT_TRANSLATE_NOOP("Qalam::ArticleStatus", "Approved")},
    {ArticleStatus::Published, "published", QT_TRANSLATE_NOOP("Qalam::ArticleStatus", "Published")},
    {ArticleStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Qalam::ArticleStatus", "Withdrawn")},
    {ArticleStatus::Updated, "updated",
     QT_TRANSLATE_NOOP("Qalam::ArticleStatus", "Updated, not yet republished")},
    {ArticleStatus::Unpublished, "unpublished", QT_TRANSLATE_NOOP("Qalam::ArticleStatus", "Unpublished")},
};

QString isoUtc(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QString statusKey(ArticleStatus status)
{
    for (const auto &n : s_statusNames)
        if (n.status == status)
            return QString::fromLatin1(n.key);
    return QStringLiteral("draft");
}

std::optional<ArticleStatus> statusFromKey(const QString &key)
{
    for (const auto &n : s_statusNames)
        if (key == QLatin1String(n.key))
            return n.status;
    return std::nullopt;
}

QString statusDisplayName(ArticleStatus status)
{
    for (const auto &n : s_statusNames)
        if (n.status == status)
            return QCoreApplication::translate("Qalam::ArticleStatus", n.display);
    return {};
}

const QList<ArticleStatus> &allStatuses()
{
    static const QList<ArticleStatus> s_all = {ArticleStatus::Draft,     ArticleStatus::InReview,
                                               ArticleStatus::Returned,  ArticleStatus::Approved,
                                               ArticleStatus::Published, ArticleStatus::Withdrawn,
                                               ArticleStatus::Updated,   ArticleStatus::Unpublished};
    return s_all;
}

QString Author::bylineName(NameOrder order) const
{
    if (familyName.isEmpty() || givenName.isEmpty())
        return name;
    return order == NameOrder::FamilyGiven ? familyName + u' ' + givenName : givenName + u' ' + familyName;
}

void Author::fillNameParts()
{
    if (!familyName.isEmpty() || !givenName.isEmpty())
        return;
    const QString simplified = name.simplified();
    const qsizetype space = simplified.indexOf(u' ');
    if (space < 0) {
        familyName = simplified;
        return;
    }
    familyName = simplified.left(space);
    givenName = simplified.mid(space + 1);
}

bool isSupportedLanguage(const QString &code)
{
    return code == u"ru" || code == u"kk" || code == u"en";
}

QJsonObject Article::toJson() const
{
    QJsonArray byline;
    for (const Author &a : authors)
        byline.append(
            QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("position"), a.position}});
    QJsonArray pulls;
    for (const PullQuote &p : pullQuotes)
        pulls.append(QJsonObject{{QStringLiteral("text"), p.text}, {QStringLiteral("speaker"), p.speaker}});
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("headline"), headline},
        {QStringLiteral("lead"), lead},
        {QStringLiteral("body_html"), bodyHtml},
        {QStringLiteral("body_text"), bodyText},
        {QStringLiteral("region"), region},
        {QStringLiteral("rubric"), rubric},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("source"), source},
        {QStringLiteral("language"), language},
        {QStringLiteral("status"), statusKey(status)},
        {QStringLiteral("version"), version},
        {QStringLiteral("created"), isoUtc(created)},
        {QStringLiteral("updated"), isoUtc(updated)},
        {QStringLiteral("authors"), byline},
        {QStringLiteral("pull_quotes"), pulls},
    };
}

Article Article::fromJson(const QJsonObject &o)
{
    Article a;
    a.id = o.value(QStringLiteral("id")).toString();
    a.headline = o.value(QStringLiteral("headline")).toString();
    a.lead = o.value(QStringLiteral("lead")).toString();
    a.bodyHtml = o.value(QStringLiteral("body_html")).toString();
    a.bodyText = o.value(QStringLiteral("body_text")).toString();
    a.region = o.value(QStringLiteral("region")).toString();
    a.rubric = o.value(QStringLiteral("rubric")).toString();
    for (const auto &t : o.value(QStringLiteral("tags")).toArray())
        a.tags.append(t.toString());
    a.source = o.value(QStringLiteral("source")).toString();
    a.language = o.value(QStringLiteral("language")).toString(QStringLiteral("ru"));
    a.status = statusFromKey(o.value(QStringLiteral("status")).toString()).value_or(ArticleStatus::Draft);
    a.version = o.value(QStringLiteral("version")).toInt();
    a.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    a.updated = QDateTime::fromString(o.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    for (const auto &v : o.value(QStringLiteral("authors")).toArray()) {
        const QJsonObject ao = v.toObject();
        Author author;
        author.name = ao.value(QStringLiteral("name")).toString();
        author.position = ao.value(QStringLiteral("position")).toString();
        a.authors.append(author);
    }
    for (const auto &v : o.value(QStringLiteral("pull_quotes")).toArray()) {
        const QJsonObject po = v.toObject();
        a.pullQuotes.append(PullQuote{po.value(QStringLiteral("text")).toString(),
                                      po.value(QStringLiteral("speaker")).toString()});
    }
    return a;
}

} // namespace Qalam
