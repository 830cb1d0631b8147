#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Qalam {

// Who made a picture available, as the credit line and the rights rules need it.
enum class CreditType { Staff, Agency, PressService, Ugc, Archive, Handout };

QString creditTypeKey(CreditType type); // "staff", "agency", "press-service", "ugc", "archive", "handout"
std::optional<CreditType> creditTypeFromKey(const QString &key);

// The permission a reader who sent a picture (user-generated content) gave.
// The contributor's contact is evidence for the newsroom and never published.
struct UgcConsent
{
    QString contributor;
    QString contact;    // never published
    QString channel;    // messenger, e-mail, social network
    QString permission; // the wording or message reference kept as evidence
    bool granted = false;
    QDate date;
    QStringList scope; // web, print, social
    QDate expires;     // invalid: no expiry

    bool operator==(const UgcConsent &) const = default;
};

// One imported picture: the original is stored once (content-addressed by
// SHA-256) whatever the number of articles it is used in.
struct Photo
{
    qint64 id = 0;
    QString sha256;
    QString fileName; // as imported
    QString mimeType;
    int width = 0; // after orientation
    int height = 0;
    QString caption;
    QString alt;
    QString creditSource; // "Акорда"
    std::optional<CreditType> creditType;
    QString creator;
    QString licence;
    bool hasGps = false;
    QDateTime taken;
    QString camera;
    int orientation = 1; // EXIF orientation of the original
    UgcConsent consent;

    bool operator==(const Photo &) const = default;
};

} // namespace Qalam
