#include "tests/support/childtest.h"

#include <QCoreApplication>
#include <QProcess>

namespace Qalam::Test {

bool ChildRun::passed(const QString &testClass, const QString &function) const
{
    return finished && !crashed && exitCode == 0 &&
           output.contains(QStringLiteral("PASS   : ") + testClass + QStringLiteral("::") + function);
}

ChildRun runChildTestFunction(const QString &function, const char *variable, int deadlineMs)
{
    ChildRun run;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(variable), QStringLiteral("1"));
    env.insert(QStringLiteral("QTEST_DISABLE_STACK_DUMP"), QStringLiteral("1"));
    env.insert(QStringLiteral("QTEST_DISABLE_CORE_DUMP"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {function});
    run.started = child.waitForStarted();
    if (!run.started) {
        run.output = child.errorString();
        return run;
    }
    run.finished = child.waitForFinished(deadlineMs);
    if (!run.finished) {
        child.kill();
        child.waitForFinished();
    }
    run.output = QString::fromUtf8(child.readAllStandardOutput());
    run.crashed = child.exitStatus() != QProcess::NormalExit;
    run.exitCode = child.exitCode();
    return run;
}

} // namespace Qalam::Test
