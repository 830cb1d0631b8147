#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

namespace Qalam {

// What an image file says about itself, read with Exiv2 (EXIF, IPTC, XMP).
struct PhotoMetadata
{
    QDateTime taken;
    QString camera;      // make and model
    int orientation = 1; // EXIF orientation, 1..8 (1 when absent or invalid)
    bool hasGps = false;
    QString deviceSerial; // camera or lens serial numbers
    QString ownerName;    // camera owner / artist-like private fields
    // Pre-fill from agency metadata:
    QString caption;   // IPTC Caption-Abstract / XMP dc:description
    QString creator;   // IPTC By-line / XMP dc:creator
    QString credit;    // IPTC Credit / photoshop:Credit
    QString source;    // IPTC Source / photoshop:Source
    QString copyright; // IPTC CopyrightNotice / dc:rights
};

// The facts of an image file checked before it is imported.
struct PhotoFileInfo
{
    QByteArray sha256; // hex
    QString mimeType;  // image/jpeg, image/png, …
    int width = 0;     // as displayed (orientation applied)
    int height = 0;
    PhotoMetadata metadata;
};

// Reading, checking and rendering image files: a widget-free toolbox for the
// photo store. Every function is safe on any thread and allocates no more
// than the pixel limit allows; bad files give one clear Error.
class PhotoFile
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::PhotoFile)

public:
    // Refuse images larger than this many pixels (decompression bombs).
    static constexpr qint64 MaxPixels = 120'000'000;

    // Checks that `path` is a readable, decodable image within the pixel
    // limit and reads its size, hash and metadata. Error::Code::InvalidInput
    // for a file that is not a usable image (the message names the file).
    static Result<PhotoFileInfo> inspect(const QString &path);
    static Result<PhotoMetadata> readMetadata(const QString &path);

    // A thumbnail decoded at reduced size (QImageReader::setScaledSize),
    // orientation applied.
    static Result<QImage> thumbnail(const QString &path, int longestEdge);

    struct RenditionOptions
    {
        int longestEdge = 2048;
        int quality = 85;
        QString caption;
        QString creator;
        QString creditLine; // "Фото: Акорда: UGC"
        QString copyright;
        bool stripPrivate = false; // GPS, serial numbers, owner names
    };
    // The JPEG to publish: orientation applied, longest edge limited, the
    // caption, creator, credit line and copyright written into IPTC and XMP,
    // private fields removed when asked (always for UGC, by the caller).
    // The original is never modified.
    static Result<QByteArray> render(const QString &path, const RenditionOptions &options);
};

} // namespace Qalam
