#pragma once

#include "app/core/result.h"
#include "app/media/photo.h"
#include "app/media/photorules.h"
#include "app/model/article.h"
#include "app/people/user.h"
#include "app/text/quoteanalyzer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Qalam {

class Database;

// One photo as it leaves Qalam with an article.
struct PublishedPhoto
{
    Photo photo;
    bool lead = false;
    QString creditLine; // "Фото: Акорда: UGC", from the newsroom's credit template
    QString fileName;   // "01-<slug>.jpg" inside the package
    // Added for every publisher alike:
    int width = 0; // of the rendition (the newsroom's longest edge applied)
    int height = 0;
    QString copyrightNotice;   // "© Акорда"
    QString usageTerms;        // the licence, or what a reader's permission covers
    bool stripPrivate = false; // GPS, serials, owner removed: always for UGC
};

// Everything that leaves Qalam for one article, built once for every
// publisher: a plain value, copied freely between threads.
struct Publication
{
    Article article;
    QList<PublishedPhoto> photos; // in the article's order
    QString slug;
    QString bylineText; // "Колмакова Виктория, редактор; …"
    QString sourceText; // "передает Акорда"
    QList<PullQuote> pullQuotes;
    QuoteAnalyzer::Analysis quotes; // of headline, lead and body
    // Added: the newsroom's rendition settings the photos were sized with,
    // and the name of the source ("Акорда" of "передает Акорда").
    PhotoSettings photoSettings;
    QString sourceName;
};

// Builds a Publication and the pieces every publisher shares: the slug, the
// body for the web and the photo renditions. Stateless; any thread.
class PublicationBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::PublicationBuilder)

public:
    // Loads the article, its byline, photos (with the newsroom's credit
    // template) and quotes as `actor`.
    static Result<Publication> build(std::shared_ptr<Database> database, const Actor &actor,
                                     const QString &articleId);
    // ASCII slug from the headline (Russian and Kazakh transliterated),
    // lowercase, words joined by '-', at most 80 characters, plus '-' and the
    // first 8 characters of the article id so it is unique and stable.
    static QString slugFor(const Article &article);
    // Gives the publication another slug (the one recorded when the article
    // was first published, so that a changed headline keeps its address)
    // and renames the photo files to match.
    static void useSlug(Publication &publication, const QString &slug);
    // The name in a source attribution: "Акорда" of "передает Акорда",
    // "Ақорда хабарлайды" or "reports Akorda"; the text itself when no
    // relaying verb is recognised.
    static QString sourceNameOf(const QString &sourceText);
    // The body for the web: sanitised (HtmlSanitizer allow-list), each
    // qalam-photo:ID figure's src replaced by photoUrl(id) (figures whose
    // photo is unknown are dropped), every figure's <figcaption> holding
    // caption and credit line, pull quotes as <blockquote class="pull-quote">,
    // then the byline and the source attribution. photoUrl returns "" to drop
    // the image.
    static QString bodyHtml(const Publication &publication,
                            const std::function<QString(qint64 photoId)> &photoUrl);
    // Writes each photo's publishing rendition (PhotoFile::render with the
    // newsroom's PhotoSettings; UGC always stripped) into `folder` under
    // PublishedPhoto::fileName.
    static Result<void> writeRenditions(std::shared_ptr<Database> database, const Publication &publication,
                                        const QString &folder);
};

// IPTC's ninjs, the news industry's JSON for a story.
namespace Ninjs {
// A ninjs 3.1 document (or 2.2 with version "2.2") for the publication: uri
// (uriBase + slug), version, versionCreated, firstCreated, pubStatus
// ("usable"; "withheld" for an unpublish), language, headlines, bodies
// (contentType text/html, with charcount/wordcount), by, people (authors with
// rel "author"; quoted speakers with rel "quoted-speaker"), infoSources (the
// source, e.g. Акорда), associations for photos (descriptions = caption, by =
// credit line, copyrightNotice, usageTerms, renditions with href =
// photoUrl(id), width, height, contentType image/jpeg). Valid against IPTC's
// schema.
QJsonObject document(const Publication &publication, const std::function<QString(qint64 photoId)> &photoUrl,
                     const QString &uriBase, const QString &version = QStringLiteral("3.1"),
                     const QString &pubStatus = QStringLiteral("usable"));
} // namespace Ninjs

// The `folder` endpoint: <folder>/<slug>/article.json (ninjs), article.html
// (a standalone sanitised page using bodyHtml with the rendition file names
// as src) and the renditions. Written to a temporary sibling folder and
// renamed into place, so a crash never leaves half a package; publishing
// again replaces the package. Returns the package folder.
class FolderPublisher
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::FolderPublisher)

public:
    static Result<QString> publish(std::shared_ptr<Database> database, const Publication &publication,
                                   const QString &folder);
    // Removes <folder>/<slug> (unpublish).
    static Result<void> unpublish(const Publication &publication, const QString &folder);
};

} // namespace Qalam
