#include "app/media/photofile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QMimeDatabase>
#include <QPainter>
#include <QStringDecoder>

// Exiv2 0.27 still spells its owning pointers std::auto_ptr.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>
#pragma GCC diagnostic pop

#include <exception>
#include <initializer_list>
#include <mutex>
#include <string>
#include <vector>

namespace Qalam {

namespace {

// Exiv2 0.27 keeps global state: its log handler and the XMP toolkit, which
// must be initialised once before threads use it.
void initExiv2()
{
    static std::once_flag s_once;
    std::call_once(s_once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize();
    });
}

// Qt's default allocation limit (256 MB) would refuse images the pixel limit
// allows; 4 bytes a pixel plus headroom for the scaler.
constexpr int allocationLimitMb()
{
    return int(PhotoFile::MaxPixels * 4 / (1024 * 1024)) + 64;
}

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

// The bytes of an image file: mapped when the file system allows it,
// read otherwise. One open serves hashing, decoding and Exiv2 alike.
class FileBytes
{
public:
    Result<void> open(const QString &path)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            return Error{Error::Code::Io,
                         PhotoFile::tr("Cannot read the picture %1. Check that the file exists and that you "
                                       "may open it.")
                             .arg(path),
                         m_file.errorString()};
        }
        if (m_file.size() == 0) {
            return Error{Error::Code::InvalidInput,
                         PhotoFile::tr("%1 is empty. Choose the picture again from its original source.")
                             .arg(fileNameOf(path)),
                         QStringLiteral("zero-byte file: %1").arg(path)};
        }
        if (uchar *mapped = m_file.map(0, m_file.size())) {
            m_bytes =
                QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(m_file.size()));
        } else {
            m_bytes = m_file.readAll();
            if (m_bytes.size() != m_file.size()) {
                return Error{Error::Code::Io,
                             PhotoFile::tr("Cannot read the picture %1. Check that the file exists and that "
                                           "you may open it.")
                                 .arg(path),
                             m_file.errorString()};
            }
        }
        return {};
    }

    // Valid while this object lives (it may point into the mapping).
    const QByteArray &bytes() const { return m_bytes; }

private:
    QFile m_file;
    QByteArray m_bytes;
};

Error notAnImage(const QString &path, const QString &detail)
{
    return Error{Error::Code::InvalidInput,
                 PhotoFile::tr("%1 is not an image Qalam can read. Use a JPEG, PNG, GIF or WebP file.")
                     .arg(fileNameOf(path)),
                 detail};
}

Error damaged(const QString &path, const QString &detail)
{
    return Error{Error::Code::InvalidInput,
                 PhotoFile::tr("%1 is damaged: the picture cannot be decoded completely. Ask the sender "
                               "for the file again.")
                     .arg(fileNameOf(path)),
                 detail};
}

// Reads the header only: format and size, nothing decoded yet. Refuses
// images above the pixel limit before a single pixel is allocated.
Result<QSize> checkHeader(QImageReader &reader, const QString &path)
{
    reader.setAllocationLimit(allocationLimitMb());
    if (!reader.canRead())
        return notAnImage(path, reader.errorString());
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return damaged(path, QStringLiteral("no image size in the header"));
    if (qint64(size.width()) * size.height() > PhotoFile::MaxPixels) {
        return Error{Error::Code::InvalidInput,
                     PhotoFile::tr("%1 is too large: %2 × %3 pixels, more than the %4 megapixels Qalam "
                                   "accepts. Reduce the picture in an image editor and import it again.")
                         .arg(fileNameOf(path))
                         .arg(size.width())
                         .arg(size.height())
                         .arg(PhotoFile::MaxPixels / 1'000'000),
                     QStringLiteral("%1x%2 pixels").arg(size.width()).arg(size.height())};
    }
    return size;
}

// libjpeg pads a truncated JPEG with grey and reports success, so check
// that the entropy-coded data reaches an end-of-image marker.
bool jpegIsComplete(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    if (n < 4 || p[0] != 0xFF || p[1] != 0xD8)
        return false;
    qsizetype i = 2;
    while (i + 1 < n) {
        if (p[i] != 0xFF) {
            ++i; // entropy-coded data, or padding libjpeg tolerates too
            continue;
        }
        const uchar marker = p[i + 1];
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0x00 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            i += 2; // stuffed byte, restart marker, TEM
            continue;
        }
        if (marker == 0xD9)
            return true;
        if (i + 3 >= n)
            return false;
        const qsizetype length = (qsizetype(p[i + 2]) << 8) | p[i + 3];
        if (length < 2)
            return false;
        i += 2 + length;
    }
    return false;
}

QString fromExivString(const std::string &s)
{
    // IPTC and EXIF strings are UTF-8 when written by Qalam and by modern
    // tools; older agency files may be Latin-1.
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(QByteArrayView(s.data(), qsizetype(s.size())));
    if (decoder.hasError())
        text = QString::fromLatin1(s.data(), qsizetype(s.size()));
    // EXIF ASCII fields are NUL-terminated and often space-padded.
    const qsizetype nul = text.indexOf(QChar(u'\0'));
    if (nul >= 0)
        text.truncate(nul);
    return text.trimmed();
}

std::string toExivString(const QString &s)
{
    return s.toStdString(); // UTF-8
}

template <typename Key, typename Data>
QString firstOf(const Data &data, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        try {
            const auto it = data.findKey(Key(key));
            if (it == data.end())
                continue;
            const QString text = fromExivString(it->toString(0));
            if (!text.isEmpty())
                return text;
            if (it->count() > 0) {
                // A lang-alt value without x-default: take any language.
                const QString all = fromExivString(it->toString());
                if (!all.isEmpty())
                    return all.startsWith(u"lang=") ? all.section(u' ', 1) : all;
            }
        } catch (...) {
            // An unknown key in this Exiv2 build, or a malformed value.
        }
    }
    return {};
}

bool isSerialKey(const std::string &tagName)
{
    return tagName.find("SerialNumber") != std::string::npos || tagName == "SerialNumberFormat";
}
bool isOwnerKey(const std::string &tagName)
{
    return tagName.find("OwnerName") != std::string::npos;
}

PhotoMetadata metadataFromImage(Exiv2::Image &image)
{
    PhotoMetadata m;
    const Exiv2::ExifData &exif = image.exifData();
    const Exiv2::IptcData &iptc = image.iptcData();
    const Exiv2::XmpData &xmp = image.xmpData();

    const QString taken =
        firstOf<Exiv2::ExifKey>(exif, {"Exif.Photo.DateTimeOriginal", "Exif.Image.DateTimeOriginal"});
    if (!taken.isEmpty()) {
        m.taken = QDateTime::fromString(taken.left(19), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
        if (!m.taken.isValid())
            m.taken = QDateTime();
    }
    const QString make = firstOf<Exiv2::ExifKey>(exif, {"Exif.Image.Make"});
    const QString model = firstOf<Exiv2::ExifKey>(exif, {"Exif.Image.Model"});
    // Many cameras repeat the make in the model ("Canon" / "Canon EOS R5").
    m.camera = model.startsWith(make, Qt::CaseInsensitive) ? model : QString(make + u' ' + model).trimmed();

    const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
    if (orientation != exif.end() && orientation->count() > 0) {
        const long value = orientation->toLong(0);
        m.orientation = (value >= 1 && value <= 8) ? int(value) : 1;
    }

    QStringList serials;
    QStringList owners;
    for (const Exiv2::Exifdatum &datum : exif) {
        if (datum.groupName() == "GPSInfo") {
            m.hasGps = true;
            continue;
        }
        const std::string tag = datum.tagName();
        if (isSerialKey(tag) && tag != "SerialNumberFormat") {
            const QString v = fromExivString(datum.toString());
            if (!v.isEmpty() && !serials.contains(v))
                serials.append(v);
        } else if (isOwnerKey(tag)) {
            const QString v = fromExivString(datum.toString());
            if (!v.isEmpty() && !owners.contains(v))
                owners.append(v);
        }
    }
    for (const Exiv2::Xmpdatum &datum : xmp) {
        if (datum.groupName() == "exif" && datum.tagName().rfind("GPS", 0) == 0)
            m.hasGps = true;
    }
    m.deviceSerial = serials.join(QStringLiteral(", "));
    m.ownerName = owners.join(QStringLiteral(", "));

    m.caption = firstOf<Exiv2::IptcKey>(iptc, {"Iptc.Application2.Caption"});
    if (m.caption.isEmpty())
        m.caption = firstOf<Exiv2::XmpKey>(xmp, {"Xmp.dc.description"});
    m.creator = firstOf<Exiv2::IptcKey>(iptc, {"Iptc.Application2.Byline"});
    if (m.creator.isEmpty())
        m.creator = firstOf<Exiv2::XmpKey>(xmp, {"Xmp.dc.creator"});
    m.credit = firstOf<Exiv2::IptcKey>(iptc, {"Iptc.Application2.Credit"});
    if (m.credit.isEmpty())
        m.credit = firstOf<Exiv2::XmpKey>(xmp, {"Xmp.photoshop.Credit"});
    m.source = firstOf<Exiv2::IptcKey>(iptc, {"Iptc.Application2.Source"});
    if (m.source.isEmpty())
        m.source = firstOf<Exiv2::XmpKey>(xmp, {"Xmp.photoshop.Source"});
    m.copyright = firstOf<Exiv2::IptcKey>(iptc, {"Iptc.Application2.Copyright"});
    if (m.copyright.isEmpty())
        m.copyright = firstOf<Exiv2::XmpKey>(xmp, {"Xmp.dc.rights"});
    return m;
}

// Metadata of image bytes; any Exiv2 failure is reported as detail text.
Result<PhotoMetadata> metadataFromBytes(const QByteArray &bytes, const QString &path)
{
    initExiv2();
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                               long(bytes.size()));
        if (!image.get())
            return notAnImage(path, QStringLiteral("Exiv2 returned no image"));
        image->readMetadata();
        return metadataFromImage(*image);
    } catch (const std::exception &e) {
        return Error{Error::Code::InvalidInput,
                     PhotoFile::tr("The metadata of %1 cannot be read.").arg(fileNameOf(path)),
                     QString::fromLocal8Bit(e.what())};
    } catch (...) {
        return Error{Error::Code::InvalidInput,
                     PhotoFile::tr("The metadata of %1 cannot be read.").arg(fileNameOf(path)),
                     QStringLiteral("unknown Exiv2 failure")};
    }
}

// The size to decode at so that the longest edge is `longestEdge`, aspect
// kept, never larger than the original.
QSize fitWithin(QSize size, int longestEdge)
{
    if (longestEdge <= 0 || qMax(size.width(), size.height()) <= longestEdge)
        return size;
    return size.scaled(longestEdge, longestEdge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

// Private fields a reader's picture must not publish.
void stripPrivateFields(Exiv2::ExifData &exif, Exiv2::XmpData &xmp)
{
    for (auto it = exif.begin(); it != exif.end();) {
        const std::string group = it->groupName();
        const std::string tag = it->tagName();
        // Maker notes are vendor blobs that hold serials Exiv2 cannot name.
        if (group == "GPSInfo" || isSerialKey(tag) || isOwnerKey(tag) || tag == "MakerNote" ||
            Exiv2::ExifTags::isMakerGroup(group))
            it = exif.erase(it);
        else
            ++it;
    }
    for (auto it = xmp.begin(); it != xmp.end();) {
        const std::string tag = it->tagName();
        if ((it->groupName() == "exif" && tag.rfind("GPS", 0) == 0) || isSerialKey(tag) || isOwnerKey(tag))
            it = xmp.erase(it);
        else
            ++it;
    }
}

void setIptc(Exiv2::IptcData &iptc, const char *key, const QString &value)
{
    if (value.isEmpty())
        return;
    Exiv2::StringValue v(toExivString(value));
    iptc.add(Exiv2::IptcKey(key), &v);
}

void setXmpLangAlt(Exiv2::XmpData &xmp, const char *key, const QString &value)
{
    if (value.isEmpty())
        return;
    Exiv2::LangAltValue v;
    v.value_["x-default"] = toExivString(value);
    xmp.add(Exiv2::XmpKey(key), &v);
}

// The pixels of a rendition: orientation applied, within the longest edge,
// opaque RGB (JPEG has no alpha, CMYK and palettes become RGB).
QImage renditionPixels(QImage image, int longestEdge)
{
    const QSize target = fitWithin(image.size(), longestEdge);
    if (target != image.size())
        image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) {
        QImage opaque(image.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
        return opaque;
    }
    if (image.format() != QImage::Format_RGB32)
        image.convertTo(QImage::Format_RGB32);
    return image;
}

} // namespace

Result<PhotoFileInfo> PhotoFile::inspect(const QString &path)
{
    FileBytes file;
    if (auto opened = file.open(path); !opened)
        return opened.error();
    const QByteArray &bytes = file.bytes();

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false); // only the size after orientation is needed
    const auto header = checkHeader(reader, path);
    if (!header)
        return header.error();
    const QByteArray format = reader.format();
    if (format == "jpeg" && !jpegIsComplete(bytes))
        return damaged(path, QStringLiteral("JPEG data ends before the end-of-image marker"));
    const QImageIOHandler::Transformations transformation = reader.transformation();
    QImage image;
    if (!reader.read(&image))
        return damaged(path, reader.errorString());

    PhotoFileInfo info;
    info.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    info.mimeType = QMimeDatabase().mimeTypeForData(bytes).name();
    // The size as displayed: what thumbnail() and render() produce.
    QSize shown = image.size();
    if (transformation & QImageIOHandler::TransformationRotate90)
        shown.transpose();
    info.width = shown.width();
    info.height = shown.height();
    // Metadata is a bonus: a picture with a broken EXIF block is still a picture.
    if (auto metadata = metadataFromBytes(bytes, path))
        info.metadata = std::move(metadata).value();
    return info;
}

Result<PhotoMetadata> PhotoFile::readMetadata(const QString &path)
{
    FileBytes file;
    if (auto opened = file.open(path); !opened)
        return opened.error();
    return metadataFromBytes(file.bytes(), path);
}

Result<QImage> PhotoFile::thumbnail(const QString &path, int longestEdge)
{
    if (longestEdge <= 0) {
        return Error{Error::Code::InvalidInput, tr("A thumbnail needs a size of at least one pixel."),
                     QStringLiteral("longestEdge=%1").arg(longestEdge)};
    }
    FileBytes file;
    if (auto opened = file.open(path); !opened)
        return opened.error();
    QBuffer buffer;
    buffer.setData(file.bytes());
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const auto header = checkHeader(reader, path);
    if (!header)
        return header.error();
    // The scaled size applies to the stored pixels, before the rotation.
    reader.setScaledSize(fitWithin(*header, longestEdge));
    QImage image;
    if (!reader.read(&image))
        return damaged(path, reader.errorString());
    return image;
}

Result<QByteArray> PhotoFile::render(const QString &path, const RenditionOptions &options)
{
    if (options.longestEdge <= 0 || options.quality < 0 || options.quality > 100) {
        return Error{
            Error::Code::InvalidInput, tr("The rendition settings are out of range."),
            QStringLiteral("longestEdge=%1 quality=%2").arg(options.longestEdge).arg(options.quality)};
    }
    FileBytes file;
    if (auto opened = file.open(path); !opened)
        return opened.error();
    const QByteArray &original = file.bytes();

    QBuffer source;
    source.setData(original);
    source.open(QIODevice::ReadOnly);
    QImageReader reader(&source);
    reader.setAutoTransform(true);
    const auto header = checkHeader(reader, path);
    if (!header)
        return header.error();
    if (reader.format() == "jpeg" && !jpegIsComplete(original))
        return damaged(path, QStringLiteral("JPEG data ends before the end-of-image marker"));
    // Far larger than the rendition: let the decoder reduce (libjpeg scales
    // in the DCT) to twice the target, then smooth-scale the rest.
    const QSize twice = fitWithin(*header, options.longestEdge * 2);
    if (twice != *header)
        reader.setScaledSize(twice);
    QImage decoded;
    if (!reader.read(&decoded))
        return damaged(path, reader.errorString());
    const QImage pixels = renditionPixels(std::move(decoded), options.longestEdge);

    QByteArray jpeg;
    {
        QBuffer out(&jpeg);
        out.open(QIODevice::WriteOnly);
        QImageWriter writer(&out, "jpeg");
        writer.setQuality(options.quality);
        writer.setOptimizedWrite(true);
        if (!writer.write(pixels)) {
            return Error{Error::Code::Io, tr("The rendition of %1 cannot be written.").arg(fileNameOf(path)),
                         writer.errorString()};
        }
    }

    initExiv2();
    try {
        Exiv2::ExifData exif;
        try {
            auto originalImage = Exiv2::ImageFactory::open(
                reinterpret_cast<const Exiv2::byte *>(original.constData()), long(original.size()));
            if (originalImage.get()) {
                originalImage->readMetadata();
                exif = originalImage->exifData();
            }
        } catch (...) {
            exif.clear(); // a broken EXIF block is dropped, the picture is kept
        }
        Exiv2::ExifThumb(exif).erase(); // the embedded preview shows the uncropped original
        Exiv2::XmpData xmp;
        if (options.stripPrivate)
            stripPrivateFields(exif, xmp);
        exif["Exif.Image.Orientation"] = uint16_t(1);
        auto dimension = [&exif](const char *key, int value) {
            const auto it = exif.findKey(Exiv2::ExifKey(key));
            if (it != exif.end())
                exif.erase(it);
            exif[key] = uint32_t(value);
        };
        if (exif.findKey(Exiv2::ExifKey("Exif.Photo.PixelXDimension")) != exif.end() ||
            exif.findKey(Exiv2::ExifKey("Exif.Photo.PixelYDimension")) != exif.end()) {
            dimension("Exif.Photo.PixelXDimension", pixels.width());
            dimension("Exif.Photo.PixelYDimension", pixels.height());
        }

        Exiv2::IptcData iptc;
        iptc["Iptc.Envelope.CharacterSet"] = std::string("\x1b%G");
        setIptc(iptc, "Iptc.Application2.Caption", options.caption);
        setIptc(iptc, "Iptc.Application2.Byline", options.creator);
        setIptc(iptc, "Iptc.Application2.Credit", options.creditLine);
        setIptc(iptc, "Iptc.Application2.Copyright", options.copyright);

        setXmpLangAlt(xmp, "Xmp.dc.description", options.caption);
        if (!options.creator.isEmpty()) {
            Exiv2::XmpArrayValue creator(Exiv2::xmpSeq);
            creator.read(toExivString(options.creator));
            xmp.add(Exiv2::XmpKey("Xmp.dc.creator"), &creator);
        }
        if (!options.creditLine.isEmpty())
            xmp["Xmp.photoshop.Credit"] = toExivString(options.creditLine);
        setXmpLangAlt(xmp, "Xmp.dc.rights", options.copyright);

        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()),
                                               long(jpeg.size()));
        image->setExifData(exif);
        image->setIptcData(iptc);
        image->setXmpData(xmp);
        image->writeMetadata();

        Exiv2::BasicIo &io = image->io();
        const long size = io.size();
        QByteArray result(qsizetype(size), Qt::Uninitialized);
        io.seek(0, Exiv2::BasicIo::beg);
        if (io.read(reinterpret_cast<Exiv2::byte *>(result.data()), size) == size)
            return result;
        return Error{Error::Code::Io, tr("The rendition of %1 cannot be written.").arg(fileNameOf(path)),
                     QStringLiteral("short read from Exiv2's memory buffer")};
    } catch (const std::exception &e) {
        return Error{Error::Code::Io,
                     tr("The caption and credit cannot be written into the rendition of %1. The original "
                        "is unchanged; try again or report the file to the photo desk.")
                         .arg(fileNameOf(path)),
                     QString::fromLocal8Bit(e.what())};
    } catch (...) {
        return Error{Error::Code::Io,
                     tr("The caption and credit cannot be written into the rendition of %1. The original "
                        "is unchanged; try again or report the file to the photo desk.")
                         .arg(fileNameOf(path)),
                     QStringLiteral("unknown Exiv2 failure")};
    }
}

} // namespace Qalam
