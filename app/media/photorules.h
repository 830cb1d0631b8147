#pragma once

#include "app/core/finding.h"
#include "app/media/photo.h"

#include <QCoreApplication>

namespace Qalam {

// The newsroom's photo settings, shared by every desk through the database.
struct PhotoSettings
{
    QString creditTemplate = QStringLiteral("Фото: {source}");
    int longestEdge = 2048; // renditions
    int quality = 85;       // JPEG quality of renditions
    bool stripAll = false;  // remove private metadata from every picture, not only UGC

    bool operator==(const PhotoSettings &) const = default;
};

// The house rules for pictures: the credit line built from a template, and
// the findings that keep an article from review while a photo lacks a
// caption, a credit source, a credit type or alt text, or is user-generated
// content without recorded permission. Pure functions; any thread.
class PhotoRules
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::PhotoRules)

public:
    // The newsroom's template; {source} is the credit source. User-generated
    // pictures get ": UGC" after it: "Фото: Акорда: UGC".
    static QString defaultCreditTemplate() { return QStringLiteral("Фото: {source}"); }
    static QString creditLine(const Photo &photo, const QString &creditTemplate = defaultCreditTemplate());

    // Findings for the photos of one article, in their order. Offsets are 0:
    // a photo is not a place in the text; the message names the photo.
    static QList<Finding> check(const QList<Photo> &photos);
};

} // namespace Qalam
