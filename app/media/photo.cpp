#include "app/media/photo.h"

namespace Qalam {

namespace {
struct CreditName
{
    CreditType type;
    const char *key;
};
const CreditName s_creditNames[] = {
    {CreditType::Staff, "staff"},
    {CreditType::Agency, "agency"},
    {CreditType::PressService, "press-service"},
    {CreditType::Ugc, "ugc"},
    {CreditType::Archive, "archive"},
    {CreditType::Handout, "handout"},
};
} // namespace

QString creditTypeKey(CreditType type)
{
    for (const auto &n : s_creditNames)
        if (n.type == type)
            return QString::fromLatin1(n.key);
    return {};
}

std::optional<CreditType> creditTypeFromKey(const QString &key)
{
    for (const auto &n : s_creditNames)
        if (key == QLatin1String(n.key))
            return n.type;
    return std::nullopt;
}

} // namespace Qalam
