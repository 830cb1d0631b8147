#pragma once

#include "app/core/clock.h"

namespace Qalam::Test {

// A clock the test moves by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC))
        : m_now(start)
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace Qalam::Test
