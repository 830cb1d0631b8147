#pragma once

#include "app/model/article.h"

#include <QIcon>
#include <QImage>
#include <QPixmap>

namespace Qalam::People {

// A round avatar `edge` pixels wide (at the given device pixel ratio): the
// profile's picture, or the initials on a colour picked from the name when
// there is none. A departed author's avatar is drawn faded.
QPixmap avatarPixmap(const Author &author, int edge, qreal devicePixelRatio = 1.0);

// The same as an icon for item views, unchanged when the row is selected.
QIcon avatarIcon(const Author &author, int edge, qreal devicePixelRatio = 1.0);

// A picture as the stored avatar: centre-cropped to a square, scaled to
// `edge` and encoded as PNG. Empty when `image` is null.
QByteArray avatarPng(const QImage &image, int edge);

} // namespace Qalam::People
