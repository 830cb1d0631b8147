#include "ui/people/avatar.h"

#include <QBuffer>
#include <QPainter>
#include <QPainterPath>

namespace Qalam::People {

namespace {

QString initials(const Author &author)
{
    QString letters;
    const QStringList parts = {author.familyName, author.givenName};
    for (const QString &part : parts)
        if (!part.isEmpty())
            letters += part.at(0).toUpper();
    if (letters.isEmpty()) {
        const QStringList words = author.name.split(u' ', Qt::SkipEmptyParts);
        for (int i = 0; i < words.size() && i < 2; ++i)
            letters += words.at(i).at(0).toUpper();
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters;
}

QColor colourFor(const QString &name)
{
    // Calm, readable colours for white initials.
    static const QColor s_colours[] = {QColor(0x0f, 0x5e, 0x63), QColor(0x1a, 0x5f, 0xb4),
                                       QColor(0x6d, 0x4c, 0x41), QColor(0x81, 0x3d, 0x9c),
                                       QColor(0x2e, 0x7d, 0x32), QColor(0xa5, 0x4b, 0x1c),
                                       QColor(0x45, 0x5a, 0x64)};
    const size_t index = qHash(name) % (sizeof s_colours / sizeof s_colours[0]);
    return s_colours[index];
}

} // namespace

QPixmap avatarPixmap(const Author &author, int edge, qreal devicePixelRatio)
{
    const int pixels = qRound(edge * devicePixelRatio);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, pixels, pixels));
    painter.setClipPath(circle);
    QImage picture;
    if (!author.avatarPng.isEmpty())
        picture.loadFromData(author.avatarPng, "PNG");
    if (!picture.isNull()) {
        painter.drawImage(QRect(0, 0, pixels, pixels), picture);
    } else {
        painter.fillRect(QRect(0, 0, pixels, pixels), colourFor(author.name));
        QFont font = painter.font();
        font.setPixelSize(qMax(6, pixels * 2 / 5));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, pixels, pixels), Qt::AlignCenter, initials(author));
    }
    if (!author.active)
        painter.fillRect(QRect(0, 0, pixels, pixels), QColor(255, 255, 255, 130));
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QIcon avatarIcon(const Author &author, int edge, qreal devicePixelRatio)
{
    const QPixmap pixmap = avatarPixmap(author, edge, devicePixelRatio);
    QIcon icon;
    icon.addPixmap(pixmap, QIcon::Normal);
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

QByteArray avatarPng(const QImage &image, int edge)
{
    if (image.isNull())
        return {};
    const int side = qMin(image.width(), image.height());
    const QImage square = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side)
                              .scaled(edge, edge, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_RGB32);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    square.save(&buffer, "PNG");
    return png;
}

} // namespace Qalam::People
