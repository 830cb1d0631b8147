// PhotoFile on real files generated here: JPEGs and PNGs painted with QImage,
// metadata written with Exiv2 directly, and broken files made by cutting and
// patching bytes.

#include "app/media/photofile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>
#pragma GCC diagnostic pop

#include <functional>

using namespace Qalam;

namespace {

// A 16×16 CMYK JPEG (ImageMagick: gradient:red-blue -colorspace CMYK):
// Qt 6.4 cannot write CMYK, so the bytes are kept here.
const char s_cmykJpegHex[] =
    "ffd8ffee000e41646f626500640000000002ffdb00430006040506050406060506070706080a100a0a09090a140e0f0c1017"
    "141818171416161a1d251f1a1b231c1616202c20232627292a29191f2d302d283025282928ffdb0043010707070a080a130a"
    "0a13281a161a2828282828282828282828282828282828282828282828282828282828282828282828282828282828282828"
    "282828282828ffc00014080010001004012200021101031101042200ffc40016000101010000000000000000000000000000"
    "0607ffc4001e1000010207010000000000000000000000001663010203145253a191ffc40014010100000000000000000000"
    "000000000007ffc4001811000203000000000000000000000000000004161751ffda000e040100021103110400003f00b6bd"
    "97217b2e45427696b87813b4b5c3c0f6c46702c82386b4be77a17cef4205ae040b5c3fffd9";

// A two-frame 4×3 animated GIF (red, then blue), looping.
const char s_animatedGifHex[] =
    "47494638396104000300f00000ff000000000021f904000a00000021ff0b4e45545343415045322e3003010000002c000000"
    "0004000300000203848f560021f904000a0000002c0000000004000300800000ff0000000203848f56003b";

const QColor s_marker(220, 20, 20);
const QColor s_background(40, 120, 200);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A picture with a marker block in its stored top-left corner.
QImage paintedImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(s_background);
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 4, height / 4, s_marker);
    return image;
}

bool isMarker(QRgb pixel)
{
    return qRed(pixel) > 170 && qGreen(pixel) < 80 && qBlue(pixel) < 80;
}

bool editMetadata(const QString &path, const std::function<void(Exiv2::Image &)> &edit)
{
    try {
        auto image = Exiv2::ImageFactory::open(path.toStdString());
        image->readMetadata();
        edit(*image);
        image->writeMetadata();
        return true;
    } catch (const std::exception &e) {
        qWarning("Exiv2: %s", e.what());
        return false;
    }
}

void addPrivateFields(Exiv2::Image &image)
{
    Exiv2::ExifData &exif = image.exifData();
    exif["Exif.Image.Make"] = std::string("Canon");
    exif["Exif.Image.Model"] = std::string("Canon EOS R5");
    exif["Exif.Photo.DateTimeOriginal"] = std::string("2024:03:15 10:20:30");
    exif["Exif.Photo.BodySerialNumber"] = std::string("SN-4711");
    exif["Exif.Photo.LensSerialNumber"] = std::string("LENS-99");
    exif["Exif.Photo.CameraOwnerName"] = std::string("Ivan Petrov");
    exif["Exif.GPSInfo.GPSVersionID"] = std::string("2 2 0 0");
    exif["Exif.GPSInfo.GPSLatitudeRef"] = std::string("N");
    Exiv2::URationalValue latitude;
    latitude.read("43/1 15/1 0/1");
    exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude"), &latitude);
    image.xmpData()["Xmp.exif.GPSLatitude"] = std::string("43,15.0N");
}

struct Rendered
{
    Exiv2::ExifData exif;
    Exiv2::IptcData iptc;
    Exiv2::XmpData xmp;
};

Rendered metadataOf(const QByteArray &jpeg)
{
    Rendered r;
    auto image =
        Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()), long(jpeg.size()));
    image->readMetadata();
    r.exif = image->exifData();
    r.iptc = image->iptcData();
    r.xmp = image->xmpData();
    return r;
}

template <typename Data, typename Key> QString valueOf(const Data &data, const char *key)
{
    const auto it = data.findKey(Key(key));
    return it == data.end() ? QString() : QString::fromStdString(it->toString(0));
}

template <typename Data, typename Key> bool has(const Data &data, const char *key)
{
    return data.findKey(Key(key)) != data.end();
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return ~crc;
}

void putBigEndian(QByteArray &bytes, int at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((value >> (24 - 8 * i)) & 0xFF);
}

} // namespace

class TestPhotoFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void inspectJpeg();
    void inspectPng();
    void orientationSwapsSize();
    void readsAgencyMetadata();
    void readsXmpWhenNoIptc();
    void detectsGpsSerialAndOwner();
    void thumbnailKeepsAspectAndOrientation();
    void renderLimitsSizeAndAppliesOrientation();
    void renderWritesCreditAndStripsPrivate();
    void renderKeepsPrivateWhenNotAsked();

    void refusesTruncatedJpeg();
    void refusesTextFile();
    void refusesEmptyFile();
    void refusesUnreadableFile();
    void refusesHugePngFromHeader();
    void acceptsAnimatedGif();
    void convertsCmykJpeg();
    void invalidOrientationIsOne();
    void malformedExifIsNotFatal();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString writeJpeg(const QString &name, int width, int height);

    QTemporaryDir m_dir;
};

void TestPhotoFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    Exiv2::XmpParser::initialize();
}

QString TestPhotoFile::writeJpeg(const QString &name, int width, int height)
{
    const QString file = path(name);
    if (!paintedImage(width, height).save(file, "JPEG", 95))
        return {};
    return file;
}

void TestPhotoFile::inspectJpeg()
{
    const QString file = writeJpeg(QStringLiteral("plain.jpg"), 400, 300);
    QVERIFY(!file.isEmpty());
    const auto info = PhotoFile::inspect(file);
    QVERIFY2(info, qPrintable(info.error().message));
    QCOMPARE(info->width, 400);
    QCOMPARE(info->height, 300);
    QCOMPARE(info->mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(info->sha256, sha256Hex(readAll(file)));
    QCOMPARE(info->metadata.orientation, 1);
    QVERIFY(!info->metadata.hasGps);
    QVERIFY(info->metadata.caption.isEmpty());
}

void TestPhotoFile::inspectPng()
{
    const QString file = path(QStringLiteral("plain.png"));
    QVERIFY(paintedImage(123, 45).save(file, "PNG"));
    const auto info = PhotoFile::inspect(file);
    QVERIFY2(info, qPrintable(info.error().message));
    QCOMPARE(info->width, 123);
    QCOMPARE(info->height, 45);
    QCOMPARE(info->mimeType, QStringLiteral("image/png"));
    QCOMPARE(info->sha256, sha256Hex(readAll(file)));
}

void TestPhotoFile::orientationSwapsSize()
{
    const QString file = writeJpeg(QStringLiteral("rotated.jpg"), 80, 40);
    QVERIFY(editMetadata(
        file, [](Exiv2::Image &image) { image.exifData()["Exif.Image.Orientation"] = uint16_t(6); }));
    const auto info = PhotoFile::inspect(file);
    QVERIFY2(info, qPrintable(info.error().message));
    QCOMPARE(info->metadata.orientation, 6);
    QCOMPARE(info->width, 40);
    QCOMPARE(info->height, 80);
}

void TestPhotoFile::readsAgencyMetadata()
{
    const QString file = writeJpeg(QStringLiteral("agency.jpg"), 64, 48);
    QVERIFY(editMetadata(file, [](Exiv2::Image &image) {
        Exiv2::IptcData &iptc = image.iptcData();
        iptc["Iptc.Envelope.CharacterSet"] = std::string("\x1b%G");
        iptc["Iptc.Application2.Caption"] = std::string("Токаев встретился с акимами");
        iptc["Iptc.Application2.Credit"] = std::string("Акорда");
        iptc["Iptc.Application2.Byline"] = std::string("Ерлан Сейтов");
        iptc["Iptc.Application2.Source"] = std::string("Пресс-служба Акорды");
        iptc["Iptc.Application2.Copyright"] = std::string("© Акорда, 2024");
    }));
    const auto metadata = PhotoFile::readMetadata(file);
    QVERIFY2(metadata, qPrintable(metadata.error().detail));
    QCOMPARE(metadata->caption, QStringLiteral("Токаев встретился с акимами"));
    QCOMPARE(metadata->credit, QStringLiteral("Акорда"));
    QCOMPARE(metadata->creator, QStringLiteral("Ерлан Сейтов"));
    QCOMPARE(metadata->source, QStringLiteral("Пресс-служба Акорды"));
    QCOMPARE(metadata->copyright, QStringLiteral("© Акорда, 2024"));
}

void TestPhotoFile::readsXmpWhenNoIptc()
{
    const QString file = writeJpeg(QStringLiteral("xmp.jpg"), 64, 48);
    QVERIFY(editMetadata(file, [](Exiv2::Image &image) {
        Exiv2::XmpData &xmp = image.xmpData();
        Exiv2::LangAltValue description;
        description.value_["x-default"] = "Паводок в Атырау";
        xmp.add(Exiv2::XmpKey("Xmp.dc.description"), &description);
        Exiv2::XmpArrayValue creator(Exiv2::xmpSeq);
        creator.read("Айгуль Нурланова");
        xmp.add(Exiv2::XmpKey("Xmp.dc.creator"), &creator);
        xmp["Xmp.photoshop.Credit"] = std::string("Kazinform");
        xmp["Xmp.photoshop.Source"] = std::string("Kazinform");
        Exiv2::LangAltValue rights;
        rights.value_["x-default"] = "© Kazinform";
        xmp.add(Exiv2::XmpKey("Xmp.dc.rights"), &rights);
    }));
    const auto metadata = PhotoFile::readMetadata(file);
    QVERIFY2(metadata, qPrintable(metadata.error().detail));
    QCOMPARE(metadata->caption, QStringLiteral("Паводок в Атырау"));
    QCOMPARE(metadata->creator, QStringLiteral("Айгуль Нурланова"));
    QCOMPARE(metadata->credit, QStringLiteral("Kazinform"));
    QCOMPARE(metadata->source, QStringLiteral("Kazinform"));
    QCOMPARE(metadata->copyright, QStringLiteral("© Kazinform"));
}

void TestPhotoFile::detectsGpsSerialAndOwner()
{
    const QString file = writeJpeg(QStringLiteral("private.jpg"), 64, 48);
    QVERIFY(editMetadata(file, addPrivateFields));
    const auto info = PhotoFile::inspect(file);
    QVERIFY2(info, qPrintable(info.error().message));
    QVERIFY(info->metadata.hasGps);
    QVERIFY(info->metadata.deviceSerial.contains(QStringLiteral("SN-4711")));
    QVERIFY(info->metadata.deviceSerial.contains(QStringLiteral("LENS-99")));
    QCOMPARE(info->metadata.ownerName, QStringLiteral("Ivan Petrov"));
    QCOMPARE(info->metadata.camera, QStringLiteral("Canon EOS R5"));
    QCOMPARE(info->metadata.taken, QDateTime(QDate(2024, 3, 15), QTime(10, 20, 30)));
}

void TestPhotoFile::thumbnailKeepsAspectAndOrientation()
{
    const QString plain = writeJpeg(QStringLiteral("thumb.jpg"), 400, 300);
    const auto small = PhotoFile::thumbnail(plain, 100);
    QVERIFY2(small, qPrintable(small.error().message));
    QCOMPARE(small->size(), QSize(100, 75));

    const auto same = PhotoFile::thumbnail(plain, 1000); // never upscaled
    QVERIFY(same);
    QCOMPARE(same->size(), QSize(400, 300));

    const QString rotated = writeJpeg(QStringLiteral("thumb-rotated.jpg"), 160, 80);
    QVERIFY(editMetadata(
        rotated, [](Exiv2::Image &image) { image.exifData()["Exif.Image.Orientation"] = uint16_t(6); }));
    const auto turned = PhotoFile::thumbnail(rotated, 80);
    QVERIFY2(turned, qPrintable(turned.error().message));
    QCOMPARE(turned->size(), QSize(40, 80));
    // Orientation 6 turns the picture clockwise: stored top-left is shown top-right.
    QVERIFY(isMarker(turned->pixel(turned->width() - 3, 3)));
    QVERIFY(!isMarker(turned->pixel(3, 3)));
}

void TestPhotoFile::renderLimitsSizeAndAppliesOrientation()
{
    const QString file = writeJpeg(QStringLiteral("render-rotated.jpg"), 400, 200);
    QVERIFY(editMetadata(
        file, [](Exiv2::Image &image) { image.exifData()["Exif.Image.Orientation"] = uint16_t(6); }));
    PhotoFile::RenditionOptions options;
    options.longestEdge = 100;
    const auto jpeg = PhotoFile::render(file, options);
    QVERIFY2(jpeg, qPrintable(jpeg.error().detail));

    QImage raw; // no autotransform: the stored pixels are already upright
    QBuffer buffer;
    buffer.setData(*jpeg);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false);
    QVERIFY(reader.read(&raw));
    QCOMPARE(raw.size(), QSize(50, 100));
    QVERIFY(isMarker(raw.pixel(raw.width() - 3, 3)));
    QVERIFY(!isMarker(raw.pixel(3, 3)));
    QVERIFY(!isMarker(raw.pixel(raw.width() - 3, raw.height() - 3)));

    const Rendered r = metadataOf(*jpeg);
    QCOMPARE((valueOf<Exiv2::ExifData, Exiv2::ExifKey>(r.exif, "Exif.Image.Orientation")),
             QStringLiteral("1"));
}

void TestPhotoFile::renderWritesCreditAndStripsPrivate()
{
    const QString file = writeJpeg(QStringLiteral("ugc.jpg"), 640, 480);
    QVERIFY(editMetadata(file, addPrivateFields));
    const QByteArray before = sha256Hex(readAll(file));

    PhotoFile::RenditionOptions options;
    options.longestEdge = 320;
    options.quality = 80;
    options.caption = QStringLiteral("Токаев встретился с акимами");
    options.creator = QStringLiteral("Читатель Qalam");
    options.creditLine = QStringLiteral("Фото: Акорда: UGC");
    options.copyright = QStringLiteral("© Акорда");
    options.stripPrivate = true;
    const auto jpeg = PhotoFile::render(file, options);
    QVERIFY2(jpeg, qPrintable(jpeg.error().detail));
    QCOMPARE(sha256Hex(readAll(file)), before);
    QCOMPARE(QImage::fromData(*jpeg).size(), QSize(320, 240));

    const Rendered r = metadataOf(*jpeg);
    using Iptc = Exiv2::IptcKey;
    using Xmp = Exiv2::XmpKey;
    using Exif = Exiv2::ExifKey;
    QCOMPARE((valueOf<Exiv2::IptcData, Iptc>(r.iptc, "Iptc.Application2.Caption")), options.caption);
    QCOMPARE((valueOf<Exiv2::IptcData, Iptc>(r.iptc, "Iptc.Application2.Byline")), options.creator);
    QCOMPARE((valueOf<Exiv2::IptcData, Iptc>(r.iptc, "Iptc.Application2.Credit")), options.creditLine);
    QCOMPARE((valueOf<Exiv2::IptcData, Iptc>(r.iptc, "Iptc.Application2.Copyright")), options.copyright);
    QCOMPARE((valueOf<Exiv2::IptcData, Iptc>(r.iptc, "Iptc.Envelope.CharacterSet")),
             QStringLiteral("\x1b%G"));
    QCOMPARE((valueOf<Exiv2::XmpData, Xmp>(r.xmp, "Xmp.dc.description")), options.caption);
    QCOMPARE((valueOf<Exiv2::XmpData, Xmp>(r.xmp, "Xmp.dc.creator")), options.creator);
    QCOMPARE((valueOf<Exiv2::XmpData, Xmp>(r.xmp, "Xmp.photoshop.Credit")), options.creditLine);
    QCOMPARE((valueOf<Exiv2::XmpData, Xmp>(r.xmp, "Xmp.dc.rights")), options.copyright);

    // Kept: what the picture is; gone: where and whose.
    QCOMPARE((valueOf<Exiv2::ExifData, Exif>(r.exif, "Exif.Image.Model")), QStringLiteral("Canon EOS R5"));
    for (const Exiv2::Exifdatum &datum : r.exif)
        QVERIFY2(datum.groupName() != "GPSInfo", datum.key().c_str());
    QVERIFY(!(has<Exiv2::ExifData, Exif>(r.exif, "Exif.Photo.BodySerialNumber")));
    QVERIFY(!(has<Exiv2::ExifData, Exif>(r.exif, "Exif.Photo.LensSerialNumber")));
    QVERIFY(!(has<Exiv2::ExifData, Exif>(r.exif, "Exif.Photo.CameraOwnerName")));
    QVERIFY(!(has<Exiv2::XmpData, Xmp>(r.xmp, "Xmp.exif.GPSLatitude")));
    QVERIFY(!jpeg->contains("SN-4711"));
    QVERIFY(!jpeg->contains("Ivan Petrov"));

    // And Qalam reads its own rendition back.
    const QString renderedFile = path(QStringLiteral("ugc-rendition.jpg"));
    QVERIFY(writeAll(renderedFile, *jpeg));
    const auto info = PhotoFile::inspect(renderedFile);
    QVERIFY2(info, qPrintable(info.error().message));
    QVERIFY(!info->metadata.hasGps);
    QVERIFY(info->metadata.deviceSerial.isEmpty());
    QVERIFY(info->metadata.ownerName.isEmpty());
    QCOMPARE(info->metadata.caption, options.caption);
    QCOMPARE(info->metadata.credit, options.creditLine);
}

void TestPhotoFile::renderKeepsPrivateWhenNotAsked()
{
    const QString file = writeJpeg(QStringLiteral("staff.jpg"), 200, 100);
    QVERIFY(editMetadata(file, addPrivateFields));
    const QByteArray before = sha256Hex(readAll(file));
    PhotoFile::RenditionOptions options;
    options.creditLine = QStringLiteral("Фото: Ерлан Сейтов");
    const auto jpeg = PhotoFile::render(file, options);
    QVERIFY2(jpeg, qPrintable(jpeg.error().detail));
    QCOMPARE(sha256Hex(readAll(file)), before);

    const Rendered r = metadataOf(*jpeg);
    QVERIFY((has<Exiv2::ExifData, Exiv2::ExifKey>(r.exif, "Exif.GPSInfo.GPSLatitude")));
    QCOMPARE((valueOf<Exiv2::ExifData, Exiv2::ExifKey>(r.exif, "Exif.Photo.BodySerialNumber")),
             QStringLiteral("SN-4711"));
    QCOMPARE((valueOf<Exiv2::ExifData, Exiv2::ExifKey>(r.exif, "Exif.Photo.CameraOwnerName")),
             QStringLiteral("Ivan Petrov"));
    // Empty options are not written.
    QVERIFY(!(has<Exiv2::IptcData, Exiv2::IptcKey>(r.iptc, "Iptc.Application2.Caption")));
    QVERIFY(!(has<Exiv2::XmpData, Exiv2::XmpKey>(r.xmp, "Xmp.dc.description")));
    QCOMPARE((valueOf<Exiv2::IptcData, Exiv2::IptcKey>(r.iptc, "Iptc.Application2.Credit")),
             options.creditLine);
}

void TestPhotoFile::refusesTruncatedJpeg()
{
    const QString whole = writeJpeg(QStringLiteral("whole.jpg"), 300, 200);
    const QByteArray bytes = readAll(whole);
    const QString cut = path(QStringLiteral("cut.jpg"));
    QVERIFY(writeAll(cut, bytes.left(bytes.size() / 2)));

    const auto info = PhotoFile::inspect(cut);
    QVERIFY(!info);
    QCOMPARE(info.error().code, Error::Code::InvalidInput);
    QVERIFY2(info.error().message.contains(QStringLiteral("cut.jpg")), qPrintable(info.error().message));
    QVERIFY2(info.error().message.contains(QStringLiteral("damaged")), qPrintable(info.error().message));
    QVERIFY(!PhotoFile::render(cut, {}));
}

void TestPhotoFile::refusesTextFile()
{
    const QString file = path(QStringLiteral("notes.jpg"));
    QVERIFY(writeAll(file, "This is the caption, not the photo.\n"));
    const auto info = PhotoFile::inspect(file);
    QVERIFY(!info);
    QCOMPARE(info.error().code, Error::Code::InvalidInput);
    QVERIFY2(info.error().message.contains(QStringLiteral("notes.jpg is not an image Qalam can read")),
             qPrintable(info.error().message));
    QVERIFY(!PhotoFile::thumbnail(file, 100));
    QVERIFY(!PhotoFile::render(file, {}));
    // The metadata reader says no too, without throwing.
    QVERIFY(!PhotoFile::readMetadata(file));
}

void TestPhotoFile::refusesEmptyFile()
{
    const QString file = path(QStringLiteral("empty.jpg"));
    QVERIFY(writeAll(file, QByteArray()));
    const auto info = PhotoFile::inspect(file);
    QVERIFY(!info);
    QCOMPARE(info.error().code, Error::Code::InvalidInput);
    QVERIFY(info.error().message.contains(QStringLiteral("empty.jpg")));
    QVERIFY(!PhotoFile::readMetadata(file));
    QVERIFY(!PhotoFile::thumbnail(file, 10));
}

void TestPhotoFile::refusesUnreadableFile()
{
    const QString missing = path(QStringLiteral("missing.jpg"));
    const auto gone = PhotoFile::inspect(missing);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, Error::Code::Io);
    QVERIFY(gone.error().message.contains(missing));

    const QString file = writeJpeg(QStringLiteral("locked.jpg"), 20, 20);
    QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
    QFile probe(file);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("Running as root: a chmod 000 file is still readable");
    const auto info = PhotoFile::inspect(file);
    QVERIFY(!info);
    QCOMPARE(info.error().code, Error::Code::Io);
    QVERIFY(info.error().message.contains(file));
}

void TestPhotoFile::refusesHugePngFromHeader()
{
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImage tiny(1, 1, QImage::Format_RGB32);
        tiny.fill(Qt::white);
        QVERIFY(tiny.save(&buffer, "PNG"));
    }
    // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), … , CRC.
    QCOMPARE(png.mid(12, 4), QByteArray("IHDR"));
    putBigEndian(png, 16, 30000);
    putBigEndian(png, 20, 30000);
    putBigEndian(png, 29, crc32(png.mid(12, 17)));
    const QString file = path(QStringLiteral("bomb.png"));
    QVERIFY(writeAll(file, png));

    const auto info = PhotoFile::inspect(file);
    QVERIFY(!info);
    QCOMPARE(info.error().code, Error::Code::InvalidInput);
    QVERIFY2(info.error().message.contains(QStringLiteral("too large")), qPrintable(info.error().message));
    QVERIFY(info.error().message.contains(QStringLiteral("30000")));
    QVERIFY(!PhotoFile::thumbnail(file, 100));
    QVERIFY(!PhotoFile::render(file, {}));
}

void TestPhotoFile::acceptsAnimatedGif()
{
    const QString file = path(QStringLiteral("animated.gif"));
    QVERIFY(writeAll(file, QByteArray::fromHex(s_animatedGifHex)));
    QCOMPARE(QImageReader(file).imageCount(), 2);
    const auto info = PhotoFile::inspect(file);
    QVERIFY2(info, qPrintable(info.error().message));
    QCOMPARE(info->mimeType, QStringLiteral("image/gif"));
    QCOMPARE(info->width, 4);
    QCOMPARE(info->height, 3);
    const auto jpeg = PhotoFile::render(file, {});
    QVERIFY2(jpeg, qPrintable(jpeg.error().detail));
    const QImage first = QImage::fromData(*jpeg);
    QCOMPARE(first.size(), QSize(4, 3));
    QVERIFY(isMarker(first.pixel(1, 1))); // the red first frame
}

void TestPhotoFile::convertsCmykJpeg()
{
    const QString file = path(QStringLiteral("cmyk.jpg"));
    QVERIFY(writeAll(file, QByteArray::fromHex(s_cmykJpegHex)));
    const auto info = PhotoFile::inspect(file);
    QVERIFY2(info, qPrintable(info.error().message));
    QCOMPARE(info->width, 16);
    QCOMPARE(info->height, 16);
    const auto jpeg = PhotoFile::render(file, {});
    QVERIFY2(jpeg, qPrintable(jpeg.error().detail));
    QBuffer buffer;
    buffer.setData(*jpeg);
    QImageReader reader(&buffer);
    const QImage rgb = reader.read();
    QCOMPARE(rgb.size(), QSize(16, 16));
    QVERIFY(!rgb.isGrayscale());
    QVERIFY(qRed(rgb.pixel(8, 0)) > qBlue(rgb.pixel(8, 0))); // red at the top, as in the original
}

void TestPhotoFile::invalidOrientationIsOne()
{
    const QString file = writeJpeg(QStringLiteral("orientation42.jpg"), 80, 40);
    QVERIFY(editMetadata(
        file, [](Exiv2::Image &image) { image.exifData()["Exif.Image.Orientation"] = uint16_t(42); }));
    const auto info = PhotoFile::inspect(file);
    QVERIFY2(info, qPrintable(info.error().message));
    QCOMPARE(info->metadata.orientation, 1);
    QCOMPARE(info->width, 80);
    QCOMPARE(info->height, 40);
    const auto jpeg = PhotoFile::render(file, {});
    QVERIFY(jpeg);
    QCOMPARE(QImage::fromData(*jpeg).size(), QSize(80, 40));
}

void TestPhotoFile::malformedExifIsNotFatal()
{
    const QString good = writeJpeg(QStringLiteral("exif-good.jpg"), 64, 48);
    QVERIFY(editMetadata(good, addPrivateFields));
    QByteArray bytes = readAll(good);
    const qsizetype exif = bytes.indexOf(QByteArray("Exif\0\0", 6));
    QVERIFY(exif > 0);
    // Overwrite the TIFF header and the first IFD with garbage.
    for (qsizetype i = exif + 6; i < exif + 6 + 40; ++i)
        bytes[i] = char(0xAB);
    const QString file = path(QStringLiteral("exif-broken.jpg"));
    QVERIFY(writeAll(file, bytes));

    const auto info = PhotoFile::inspect(file);
    QVERIFY2(info, qPrintable(info.error().message));
    QCOMPARE(info->width, 64);
    QCOMPARE(info->height, 48);
    QCOMPARE(info->metadata.orientation, 1);
    QVERIFY(info->metadata.camera.isEmpty());
    QVERIFY(!info->metadata.hasGps);
    QVERIFY(info->metadata.deviceSerial.isEmpty());
    const auto jpeg = PhotoFile::render(file, {});
    QVERIFY2(jpeg, qPrintable(jpeg.error().detail));
}

QTEST_GUILESS_MAIN(TestPhotoFile)
#include "tst_photofile.moc"
