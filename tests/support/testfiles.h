#pragma once

#include <QByteArray>
#include <QString>

namespace Qalam::Test {

// SHA-256 of a file's bytes (hex), empty when it cannot be read: proves a
// file was left untouched.
QByteArray checksum(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

// Without a QGuiApplication, Qt's HTML reader cannot size heading fonts and
// warns about it; layout is never used in core tests. Installs a message
// handler that drops exactly that warning.
void quietHeadingFontWarnings();

} // namespace Qalam::Test
