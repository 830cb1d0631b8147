#include "app/import/textencoding.h"

#include <QStringDecoder>

#include <cstring>

namespace Qalam::TextEncoding {

namespace {

// The upper halves of the two code pages (0x80…0xFF). Written out rather
// than asked of the platform's codec library, which may not be there.
const char16_t s_windows1251[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, 0x0410,
    0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D,
    0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A,
    0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444,
    0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

const char16_t s_koi8r[128] = {
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580, 0x2584,
    0x2588, 0x258C, 0x2590, 0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, 0x2264, 0x2265,
    0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, 0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555,
    0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E, 0x255F, 0x2560, 0x2561, 0x0401,
    0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9, 0x044E,
    0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, 0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C,
    0x043D, 0x043E, 0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437,
    0x0448, 0x044D, 0x0449, 0x0447, 0x044A, 0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413,
    0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x042F, 0x0420, 0x0421, 0x0422,
    0x0423, 0x0416, 0x0412, 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
};

QString decodeTable(const QByteArray &bytes, const char16_t *table)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar b = uchar(bytes[i]);
        dst[i] = b < 0x80 ? char16_t(b) : table[b - 0x80];
    }
    return out;
}

bool isCyrillic(char16_t u)
{
    return u >= 0x0400 && u <= 0x04FF;
}

// How much a decoding reads as Russian: lowercase letters where words have
// them, frequent letters, no capital in mid-word, few symbols from the
// code page's pseudographics.
struct Reading
{
    qint64 high = 0;
    qint64 cyrillic = 0;
    qint64 lower = 0;
    qint64 frequent = 0;
    qint64 midUpper = 0;
    qint64 odd = 0;

    bool plausible() const
    {
        return high > 0 && cyrillic * 10 >= high * 7 && lower * 10 >= cyrillic * 6 &&
               midUpper * 20 <= cyrillic && odd * 5 <= high;
    }
    qint64 score() const { return frequent * 2 + lower - midUpper * 5 - odd * 3; }
};

Reading read(const QString &text)
{
    static const QString s_frequent = QStringLiteral("оеаинтсрвл");
    static const QString s_punctuation = QStringLiteral("«»—–…№\u00A0’‘“”„•");
    Reading r;
    bool prevLower = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            prevLower = c.isLower();
            continue;
        }
        ++r.high;
        if (isCyrillic(u)) {
            ++r.cyrillic;
            if (c.isLower()) {
                ++r.lower;
                if (s_frequent.contains(c))
                    ++r.frequent;
            } else if (prevLower) {
                ++r.midUpper;
            }
        } else if (!s_punctuation.contains(c)) {
            ++r.odd;
        }
        prevLower = c.isLower();
    }
    return r;
}

bool looksBinary(const QByteArray &bytes)
{
    if (std::memchr(bytes.constData(), 0, size_t(bytes.size())))
        return true;
    static const char *const s_magic[] = {"%PDF",
                                          "\x89PNG",
                                          "GIF8",
                                          "\xFF\xD8\xFF",
                                          "PK\x03\x04",
                                          "\x7F"
                                          "ELF",
                                          "Rar!",
                                          "7z\xBC\xAF"};
    for (const char *magic : s_magic)
        if (bytes.startsWith(magic))
            return true;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const uchar b = uchar(bytes[i]);
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) ||
            b == 0x7F)
            ++controls;
    }
    return controls * 100 > sample; // more than 1 %
}

// UTF-16 without a BOM: every other byte is 0x00 (Latin) or 0x04 (Cyrillic).
QStringDecoder::Encoding utf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 8192) & ~qsizetype(1);
    if (sample < 8)
        return QStringDecoder::System;
    qsizetype evenHigh = 0;
    qsizetype oddHigh = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        const uchar a = uchar(bytes[i]);
        const uchar b = uchar(bytes[i + 1]);
        evenHigh += (a == 0x00 || a == 0x04) ? 1 : 0;
        oddHigh += (b == 0x00 || b == 0x04) ? 1 : 0;
    }
    const qsizetype pairs = sample / 2;
    if (oddHigh * 10 >= pairs * 9 && evenHigh * 10 < pairs * 3)
        return QStringDecoder::Utf16LE;
    if (evenHigh * 10 >= pairs * 9 && oddHigh * 10 < pairs * 3)
        return QStringDecoder::Utf16BE;
    return QStringDecoder::System;
}

bool hasControlCharacters(const QString &text)
{
    const qsizetype sample = std::min<qsizetype>(text.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t u = text.at(i).unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != 0x0B) || u == 0x7F)
            ++controls;
    }
    return controls * 100 > sample || text.contains(QChar(0));
}

Decoded finish(QString text, const QString &encoding)
{
    Decoded d;
    d.encoding = encoding;
    if (text.trimmed().isEmpty()) {
        d.verdict = Verdict::Empty;
        return d;
    }
    if (hasControlCharacters(text)) {
        d.verdict = Verdict::Binary;
        return d;
    }
    d.verdict = Verdict::Text;
    d.text = std::move(text);
    return d;
}

} // namespace

QString decodeWindows1251(const QByteArray &bytes)
{
    return decodeTable(bytes, s_windows1251);
}

QString decodeKoi8r(const QByteArray &bytes)
{
    return decodeTable(bytes, s_koi8r);
}

Decoded decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {Verdict::Empty, {}, {}};
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        return finish(decoder(bytes.mid(3)), QStringLiteral("UTF-8 (BOM)"));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return finish(decoder(bytes.mid(2)),
                      little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
    }
    if (const auto utf16 = utf16WithoutBom(bytes); utf16 != QStringDecoder::System) {
        QStringDecoder decoder(utf16);
        return finish(decoder(bytes), utf16 == QStringDecoder::Utf16LE ? QStringLiteral("UTF-16LE")
                                                                       : QStringLiteral("UTF-16BE"));
    }
    if (looksBinary(bytes))
        return {Verdict::Binary, {}, {}};

    QStringDecoder utf8(QStringDecoder::Utf8);
    QString asUtf8 = utf8(bytes);
    if (!utf8.hasError())
        return finish(std::move(asUtf8), QStringLiteral("UTF-8"));

    // Not UTF-8: one of the two Cyrillic code pages, whichever reads as Russian.
    QString cp1251 = decodeWindows1251(bytes);
    QString koi8 = decodeKoi8r(bytes);
    const Reading a = read(cp1251);
    const Reading b = read(koi8);
    const bool aOk = a.plausible();
    const bool bOk = b.plausible();
    if (aOk && (!bOk || a.score() >= b.score()))
        return finish(std::move(cp1251), QStringLiteral("Windows-1251"));
    if (bOk)
        return finish(std::move(koi8), QStringLiteral("KOI8-R"));

    // UTF-8 with a few damaged bytes (a truncated download) is still UTF-8.
    qsizetype replaced = 0;
    qsizetype nonAscii = 0;
    for (const QChar c : std::as_const(asUtf8)) {
        if (c.unicode() == 0xFFFD)
            ++replaced;
        else if (c.unicode() >= 0x80)
            ++nonAscii;
    }
    if (replaced * 200 <= nonAscii && nonAscii > 0)
        return finish(std::move(asUtf8), QStringLiteral("UTF-8"));
    return {Verdict::Undecodable, {}, {}};
}

} // namespace Qalam::TextEncoding
