#include "app/workflow/articlediff.h"

#include <QJsonObject>

namespace Qalam {

namespace {

FieldDiff fieldDiff(const QString &field, const QString &label, const QString &before, const QString &after)
{
    FieldDiff d;
    d.field = field;
    d.label = label;
    d.segments = WordDiff::compare(before, after);
    d.changed = WordDiff::changed(d.segments);
    return d;
}

QString bylineOf(const Article &article)
{
    QStringList names;
    for (const Author &a : article.authors)
        names.append(a.name);
    return names.join(QStringLiteral(", "));
}

// A photo as the audit log records it.
struct PhotoText
{
    qint64 id = 0;
    QString caption;
    QString credit;
};

QList<PhotoText> photoTexts(const QJsonArray &photos)
{
    QList<PhotoText> out;
    for (const auto &value : photos) {
        const QJsonObject o = value.toObject();
        out.append({o.value(QStringLiteral("id")).toInteger(), o.value(QStringLiteral("caption")).toString(),
                    o.value(QStringLiteral("credit_line")).toString()});
    }
    return out;
}

const PhotoText *findPhoto(const QList<PhotoText> &photos, qint64 id)
{
    for (const PhotoText &p : photos)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace

QList<FieldDiff> ArticleDiff::compare(const Article &before, const QJsonArray &photosBefore,
                                      const Article &after, const QJsonArray &photosAfter)
{
    QList<FieldDiff> diff;
    diff.append(fieldDiff(QStringLiteral("headline"), tr("Headline"), before.headline, after.headline));
    diff.append(fieldDiff(QStringLiteral("lead"), tr("Lead"), before.lead, after.lead));
    diff.append(fieldDiff(QStringLiteral("body"), tr("Body"), before.bodyText, after.bodyText));
    diff.append(fieldDiff(QStringLiteral("byline"), tr("Byline"), bylineOf(before), bylineOf(after)));

    // The photos in the new order, numbered as the reader sees them; then
    // those that were taken out, numbered as they were.
    const QList<PhotoText> old = photoTexts(photosBefore);
    const QList<PhotoText> now = photoTexts(photosAfter);
    const auto addPhoto = [&diff](const PhotoText *was, const PhotoText *is, const QString &captionLabel,
                                  const QString &creditLabel) {
        const qint64 id = is ? is->id : was->id;
        const QString key = QStringLiteral("photo:%1:").arg(id);
        diff.append(fieldDiff(key + QStringLiteral("caption"), captionLabel, was ? was->caption : QString(),
                              is ? is->caption : QString()));
        diff.append(fieldDiff(key + QStringLiteral("credit"), creditLabel, was ? was->credit : QString(),
                              is ? is->credit : QString()));
    };
    for (qsizetype i = 0; i < now.size(); ++i) {
        const PhotoText *was = findPhoto(old, now.at(i).id);
        addPhoto(was, &now.at(i),
                 was ? tr("Caption of photo %1").arg(i + 1) : tr("Caption of photo %1 (added)").arg(i + 1),
                 was ? tr("Credit line of photo %1").arg(i + 1)
                     : tr("Credit line of photo %1 (added)").arg(i + 1));
    }
    for (qsizetype i = 0; i < old.size(); ++i) {
        if (findPhoto(now, old.at(i).id))
            continue;
        addPhoto(&old.at(i), nullptr, tr("Caption of removed photo %1").arg(i + 1),
                 tr("Credit line of removed photo %1").arg(i + 1));
    }
    return diff;
}

QString ArticleDiff::toText(const QList<FieldDiff> &diff)
{
    QStringList blocks;
    for (const FieldDiff &field : diff)
        if (field.changed)
            blocks.append(field.label + u":\n" + WordDiff::toMarkedText(field.segments));
    if (blocks.isEmpty())
        return tr("No changes.");
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace Qalam
