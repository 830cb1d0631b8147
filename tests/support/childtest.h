#pragma once

#include <QProcess>
#include <QString>

#include <memory>

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

// Starts one test function in a child process like runChildTestFunction, with
// `extra` added to its environment, and returns at once: several children
// run side by side, and the caller talks to each through its stdin and stdout
// (stderr is read separately) and waits for it. The child is killed when the
// QProcess is destroyed unfinished.
std::unique_ptr<QProcess> startChildTestFunction(const QString &function, const char *variable,
                                                 const QProcessEnvironment &extra = {});

} // namespace Qalam::Test
