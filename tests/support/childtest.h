#pragma once

#include <QString>

namespace Qalam::Test {

// Runs one test function of the current test executable in a child process
// (with `variable` set, so that child-only functions run there), so that a
// crash or a hang on hostile input fails one test instead of the suite.
struct ChildRun
{
    bool started = false;
    bool finished = false; // within the deadline
    bool crashed = false;
    int exitCode = -1;
    QString output; // stdout and stderr, merged
    bool passed(const QString &testClass, const QString &function) const;
};

ChildRun runChildTestFunction(const QString &function, const char *variable, int deadlineMs = 60 * 1000);

} // namespace Qalam::Test
