#pragma once

#include <QDateTime>

namespace Qalam {

// Where "now" comes from. The store and the autosave timers ask a Clock so that
// tests can move time by hand (ManualClock in tests/support). Thread-safe: the
// system clock has no state.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static const Clock &system();
};

} // namespace Qalam
