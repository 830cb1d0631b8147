#include "app/core/clock.h"

namespace Qalam {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock s_clock;
    return s_clock;
}

} // namespace Qalam
