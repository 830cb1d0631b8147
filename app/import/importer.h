#pragma once

#include "app/core/finding.h"
#include "app/core/result.h"
#include "app/media/photo.h"
#include "app/text/quoteanalyzer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Qalam {

// A picture the source mentions but Qalam has no file for yet: a caption
// and credit line ("Фото: Акорда: UGC") waiting for the photo editor.
struct PhotoSlot
{
    QString caption;
    QString alt;
    QString creditSource;                 // "Акорда"
    std::optional<CreditType> creditType; // UGC from ": UGC"
    QString creditLine;                   // as found: "Фото: Акорда: UGC"
    QString imageUrl;                     // HTML: the <img src>, never fetched
    bool lead = false;                    // stood under the headline, before the body
    int afterParagraph = -1;              // the body paragraph it follows (-1: before the body)

    bool operator==(const PhotoSlot &) const = default;
};

struct ImportedAuthor
{
    QString name;     // as written: "Колмакова Виктория"
    QString position; // "Редактор региональных новостей" when the source gives it

    bool operator==(const ImportedAuthor &) const = default;
};

// What the importer recognised in a piece of agency copy or a web page,
// before it becomes a draft: every field can be corrected in the preview.
struct ImportedDraft
{
    QString format;   // "text" or "html"
    QString language; // ru, kk or en (detected unless given)
    QString headline; // empty when none was recognised (see `findings`)
    QString lead;
    QList<ImportedAuthor> authors;
    QString source;         // the attributed source: "Акорда"
    QString sourcePhrase;   // as written: "передает Акорда"
    QString dateline;       // "АСТАНА. 12 марта. КАЗИНФОРМ"
    QStringList paragraphs; // the body, one plain-text paragraph each
    QString bodyHtml;       // the body in the allowed subset (HtmlSanitizer)
    QList<PhotoSlot> photos;
    QStringList dropped;            // site chrome that was left out, as lines, for the preview
    QuoteAnalyzer::Analysis quotes; // of headline, lead and body
    QList<Finding> findings;        // e.g. "no headline recognised": the editor decides
    QString original;               // the text as read, kept with the draft, never published

    // The recognised structure: `qalam-cli import --dry-run --json`.
    QJsonObject toJson() const;
};

// How to import: the language (or detect it), the newsroom's additions to
// the chrome word list, and whether to apply the house typography.
struct ImportOptions
{
    QString language;             // "" detects
    QStringList extraChromeWords; // the newsroom's additions to the list
    bool typography = false;      // apply the house typography to the text fields
};

// Turns agency copy, press releases and copied web pages into structured
// drafts: headline (a quote headline «Q»: X – Y counts), byline with
// positions, lead, source attribution, body paragraphs, photo captions with
// credit lines, quotations. Site chrome — navigation, subscription and
// social prompts, counters, bookmarks, cookie notices, "read also" lists,
// repeated names, lone UI words — is dropped by general rules (line
// length, punctuation, repetition, link density, position, and a small word
// list per language that the newsroom can extend), not by matching any one
// page. Pure functions; any thread.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::Importer)

public:
    // Files larger than this are refused with a clear message.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    // Reads a file as text: UTF-8 (with or without BOM), UTF-16 with BOM,
    // Windows-1251 or KOI8-R (detected), or a clear error for binary and
    // undecodable files. `encoding` receives the name of what was detected.
    static Result<QString> readText(const QString &path, QString *encoding = nullptr);
    // "html" when the text looks like markup, else "text".
    static QString guessFormat(const QString &text);

    static ImportedDraft fromText(const QString &text, const ImportOptions &options = {});
    static ImportedDraft fromHtml(const QString &html, const ImportOptions &options = {});
    // readText + guessFormat (unless `format` is "text" or "html") + fromText/fromHtml.
    static Result<ImportedDraft> fromFile(const QString &path, const QString &format = {},
                                          const ImportOptions &options = {});
};

} // namespace Qalam
