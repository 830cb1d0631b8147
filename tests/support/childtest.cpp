#include "tests/support/childtest.h"

#include <QCoreApplication>
#include <QProcess>

namespace Qalam::Test {

bool ChildRun::passed(const QString &testClass, const QString &function) const
{
    return finished && !crashed && exitCode == 0 &&
           output.contains(QStringLiteral("PASS   : ") + testClass + QStringLiteral("::") + function);
}

namespace {

QProcessEnvironment childEnvironment(const char *variable)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(variable), QStringLiteral("1"));
    env.insert(QStringLiteral("QTEST_DISABLE_STACK_DUMP"), QStringLiteral("1"));
    env.insert(QStringLiteral("QTEST_DISABLE_CORE_DUMP"), QStringLiteral("1"));
    return env;
}

} // namespace

ChildRun runChildTestFunction(const QString &function, const char *variable, int deadlineMs)
{
    ChildRun run;
    QProcess child;
    child.setProcessEnvironment(childEnvironment(variable));
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

std::unique_ptr<QProcess> startChildTestFunction(const QString &function, const char *variable,
                                                 const QProcessEnvironment &extra)
{
    auto child = std::make_unique<QProcess>();
    QProcessEnvironment env = childEnvironment(variable);
    env.insert(extra);
    child->setProcessEnvironment(env);
    child->start(QCoreApplication::applicationFilePath(), {function});
    return child;
}

} // namespace Qalam::Test
