#include "app/media/photorules.h"

namespace Qalam {

QString PhotoRules::creditLine(const Photo &photo, const QString &creditTemplate)
{
    if (photo.creditSource.trimmed().isEmpty())
        return {};
    QString line = creditTemplate;
    line.replace(QStringLiteral("{source}"), photo.creditSource.trimmed());
    if (photo.creditType == CreditType::Ugc)
        line += QStringLiteral(": UGC");
    return line;
}

QList<Finding> PhotoRules::check(const QList<Photo> &photos)
{
    QList<Finding> findings;
    auto add = [&findings](const QString &code, const QString &message) {
        findings.append({Finding::Severity::Error, code, message, 0, 0});
    };
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const Photo &p = photos.at(i);
        const QString name = tr("Photo %1 (%2)").arg(i + 1).arg(p.fileName);
        if (p.caption.trimmed().isEmpty())
            add(QStringLiteral("photo.caption"), tr("%1 has no caption.").arg(name));
        if (p.alt.trimmed().isEmpty())
            add(QStringLiteral("photo.alt"),
                tr("%1 has no alt text for readers who cannot see it.").arg(name));
        if (p.creditSource.trimmed().isEmpty())
            add(QStringLiteral("photo.credit-source"), tr("%1 has no credit source.").arg(name));
        if (!p.creditType)
            add(QStringLiteral("photo.credit-type"), tr("%1 has no credit type.").arg(name));
        if (p.creditType == CreditType::Ugc && !p.consent.granted)
            add(QStringLiteral("photo.ugc-permission"),
                tr("%1 is user-generated and its sender's permission is not recorded.").arg(name));
        if (p.creditType == CreditType::Ugc && p.consent.granted && p.consent.expires.isValid() &&
            p.consent.expires < QDate::currentDate())
            add(QStringLiteral("photo.ugc-expired"),
                tr("%1: the sender's permission has expired.").arg(name));
    }
    return findings;
}

} // namespace Qalam
