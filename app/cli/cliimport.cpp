// qalam-cli: import of agency copy and web pages, the kept originals and the
// photo slots that wait for their files.

#include "app/cli/cliapp.h"

#include "app/import/draftcreator.h"
#include "app/import/importer.h"
#include "app/model/article.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/storage/photostore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Qalam {

namespace {

QString creditTypeOrEmpty(const std::optional<CreditType> &type)
{
    return type ? creditTypeKey(*type) : QString();
}

QJsonObject slotJson(const StoredPhotoSlot &slot)
{
    return QJsonObject{{QStringLiteral("id"), slot.id},
                       {QStringLiteral("order"), slot.order},
                       {QStringLiteral("is_lead"), slot.lead},
                       {QStringLiteral("caption"), slot.caption},
                       {QStringLiteral("alt"), slot.alt},
                       {QStringLiteral("credit_source"), slot.creditSource},
                       {QStringLiteral("credit_type"), creditTypeOrEmpty(slot.creditType)},
                       {QStringLiteral("credit_line"), slot.creditLine},
                       {QStringLiteral("image_url"), slot.imageUrl}};
}

// "Фото: Акорда: UGC" as found, else what the slot knows of it.
QString slotCredit(const QString &creditLine, const QString &source, const std::optional<CreditType> &type)
{
    if (!creditLine.isEmpty())
        return creditLine;
    QStringList parts;
    if (!source.isEmpty())
        parts.append(source);
    if (type)
        parts.append(creditTypeKey(*type));
    return parts.join(QStringLiteral(", "));
}

} // namespace

Result<void> CliApp::addImportJson(const std::shared_ptr<Database> &db, const QString &articleId,
                                   QJsonObject *json)
{
    auto waiting = PhotoStore(db, &Clock::system(), m_actor).photoSlots(articleId);
    if (!waiting)
        return waiting.error();
    if (!waiting->isEmpty()) {
        QJsonArray array;
        for (const StoredPhotoSlot &slot : *waiting)
            array.append(slotJson(slot));
        json->insert(QStringLiteral("photo_slots"), array);
    }
    auto original = DraftCreator(db, m_actor).original(articleId);
    if (!original)
        return original.error();
    // Where it came from, not the text itself (`qalam-cli original ID`).
    if (*original)
        json->insert(
            QStringLiteral("imported_from"),
            QJsonObject{{QStringLiteral("format"), (*original)->format},
                        {QStringLiteral("imported"), (*original)->imported.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("imported_by"), (*original)->importedBy}});
    return {};
}

int CliApp::cmdImport()
{
    const QString path = m_positionals.at(0);
    ImportOptions options;
    QString format;
    if (hasOption("format")) {
        format = optionValue("format");
        if (format != u"text" && format != u"html")
            return usageError(tr("--format takes text or html."), findCommand({QStringLiteral("import")}));
    }
    if (hasOption("language")) {
        options.language = optionValue("language");
        if (!isSupportedLanguage(options.language))
            return usageError(tr("Unknown language \"%1\": use ru, kk or en.").arg(options.language));
    }
    options.typography = hasOption("typography");
    if (!QFileInfo(path).isFile())
        return usageError(tr("Cannot read %1: there is no such file.").arg(path));

    // Bad input (unreadable, binary, too large, undecodable) is refused before
    // anything is opened or saved.
    auto recognised = Importer::fromFile(path, format, options);
    if (!recognised) {
        const Error &e = recognised.error();
        return usageError(
            e.message.simplified() +
            (e.detail.isEmpty() ? QString() : QStringLiteral(" (") + e.detail.simplified() + u')'));
    }
    const ImportedDraft &draft = *recognised;
    if (draft.original.trimmed().isEmpty())
        return usageError(tr("%1 is empty: there is nothing to import.").arg(path));
    const bool noHeadline = draft.headline.simplified().isEmpty();

    if (hasOption("dry-run")) {
        if (m_json) {
            outJson(draft.toJson());
        } else {
            QString text =
                tr("Headline: %1").arg(noHeadline ? tr("(none recognised)") : draft.headline) + u'\n';
            QStringList byline;
            for (const ImportedAuthor &a : draft.authors)
                byline.append(a.position.isEmpty() ? a.name : a.name + QStringLiteral(", ") + a.position);
            text += tr("Byline: %1").arg(byline.join(QStringLiteral("; "))) + u'\n';
            text += tr("Lead: %1").arg(draft.lead) + u'\n';
            text += tr("Source: %1").arg(draft.sourcePhrase.isEmpty() ? draft.source : draft.sourcePhrase) +
                    u'\n';
            if (!draft.dateline.isEmpty())
                text += tr("Dateline: %1").arg(draft.dateline) + u'\n';
            text += tr("Language: %1 · format: %2").arg(draft.language, draft.format) + u'\n';
            text += tr("Body: %n paragraph(s)", nullptr, int(draft.paragraphs.size())) + u'\n';
            text += tr("Quotations: %n", nullptr, int(draft.quotes.quotes.size())) + u'\n';
            text += tr("Photo slots: %n", nullptr, int(draft.photos.size())) + u'\n';
            for (qsizetype i = 0; i < draft.photos.size(); ++i) {
                const PhotoSlot &slot = draft.photos.at(i);
                text += QStringLiteral("  %1. %2%3 — %4\n")
                            .arg(i + 1)
                            .arg(slot.lead ? tr("lead: ") : QString(),
                                 slot.caption.isEmpty() ? tr("(no caption)") : slot.caption,
                                 slotCredit(slot.creditLine, slot.creditSource, slot.creditType));
            }
            text += tr("Left out: %n line(s)", nullptr, int(draft.dropped.size())) + u'\n';
            for (const QString &line : draft.dropped)
                text += QStringLiteral("  - ") + line + u'\n';
            for (const Finding &f : draft.findings)
                text += Finding::severityKey(f.severity) + QStringLiteral(": ") + f.message + u'\n';
            out(text);
        }
        if (noHeadline) {
            err(tr("No headline was recognised in %1; an import would save nothing.").arg(path));
            return Failed;
        }
        return Ok;
    }
    if (noHeadline) {
        err(tr("No headline was recognised in %1; nothing was saved. Add a headline line at the top and "
               "import "
               "again, or use the import preview in Qalam.")
                .arg(path));
        return Failed;
    }

    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    auto created = DraftCreator(*db, m_actor).create(draft);
    if (!created)
        return fail(created.error());
    if (!m_json) {
        out(created->id + u'\n');
        return Ok;
    }
    auto loaded = ArticleStore(*db, &Clock::system(), m_actor).load(created->id);
    if (!loaded)
        return fail(loaded.error());
    auto json = articleJson(*db, *loaded);
    if (!json)
        return fail(json.error());
    outJson(*json);
    return Ok;
}

int CliApp::cmdOriginal()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    const QString id = m_positionals.at(0);
    auto original = DraftCreator(*db, m_actor).original(id);
    if (!original)
        return fail(original.error());
    if (!*original) {
        err(tr("The article %1 was not imported: it has no original text.").arg(id));
        return Failed;
    }
    const ImportedOriginal &o = **original;
    if (m_json) {
        outJson(QJsonObject{{QStringLiteral("article_id"), o.articleId},
                            {QStringLiteral("format"), o.format},
                            {QStringLiteral("imported"), o.imported.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("imported_by"), o.importedBy},
                            {QStringLiteral("text"), o.text}});
        return Ok;
    }
    out(o.text.endsWith(u'\n') ? o.text : o.text + u'\n');
    return Ok;
}

int CliApp::cmdPhotoSlots()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    const QString id = m_positionals.at(0);
    if (auto exists = ArticleStore(*db, &Clock::system(), m_actor).load(id); !exists)
        return fail(exists.error());
    auto waiting = PhotoStore(*db, &Clock::system(), m_actor).photoSlots(id);
    if (!waiting)
        return fail(waiting.error());
    if (m_json) {
        QJsonArray array;
        for (const StoredPhotoSlot &slot : *waiting)
            array.append(slotJson(slot));
        outJson(array);
        return Ok;
    }
    for (const StoredPhotoSlot &slot : *waiting)
        out(QStringLiteral("%1\t%2%3\t%4\n")
                .arg(slot.id)
                .arg(slot.lead ? QStringLiteral("lead ") : QString(),
                     slot.caption.isEmpty() ? tr("(no caption)") : slot.caption,
                     slotCredit(slot.creditLine, slot.creditSource, slot.creditType)));
    return Ok;
}

int CliApp::cmdPhotoFill()
{
    bool ok = false;
    const qint64 slotId = m_positionals.at(0).toLongLong(&ok);
    if (!ok)
        return usageError(tr("A photo slot id is a number."),
                          findCommand({QStringLiteral("photo"), QStringLiteral("fill")}));
    const QString path = m_positionals.at(1);
    if (!QFileInfo(path).isFile())
        return usageError(tr("Cannot read %1: there is no such file.").arg(path));
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    auto photo = PhotoStore(*db, &Clock::system(), m_actor).fillSlot(slotId, path);
    if (!photo)
        return fail(photo.error());
    if (m_json)
        outJson(QJsonObject{{QStringLiteral("id"), photo->id}, {QStringLiteral("sha256"), photo->sha256}});
    else
        out(QString::number(photo->id) + u'\n');
    return Ok;
}

} // namespace Qalam
