#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QFile>

namespace Qalam::Test {

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

namespace {
QtMessageHandler s_previousHandler = nullptr;

void dropHeadingFontNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QFont::setPixelSize: Pixel size <= 0")))
        return;
    s_previousHandler(type, context, message);
}
} // namespace

void quietHeadingFontWarnings()
{
    s_previousHandler = qInstallMessageHandler(dropHeadingFontNoise);
}

} // namespace Qalam::Test
