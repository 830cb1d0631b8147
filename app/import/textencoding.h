#pragma once

#include <QByteArray>
#include <QString>

namespace Qalam {

// Decides how the bytes of an imported file are text: UTF-8 (with or
// without a BOM), UTF-16 (with a BOM, or plainly so), or the two legacy
// Cyrillic code pages Windows-1251 and KOI8-R, told apart by which decoding
// reads as Russian (lowercase letters where words have them, no capitals in
// mid-word). Binary files and undecodable bytes get a verdict instead of
// text. Pure functions, linear in the input; any thread.
namespace TextEncoding {

enum class Verdict { Text, Empty, Binary, Undecodable };

struct Decoded
{
    Verdict verdict = Verdict::Undecodable;
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1251", "KOI8-R"
};

Decoded decode(const QByteArray &bytes);
QString decodeWindows1251(const QByteArray &bytes);
QString decodeKoi8r(const QByteArray &bytes);

} // namespace TextEncoding

} // namespace Qalam
