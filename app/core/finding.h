#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Qalam {

// One thing a check found in a text: unbalanced quote marks, an unattributed
// quote, straight quotes, a misspelled word, a leftover placeholder. Quote,
// typography and spelling checks all produce Findings; the Checks list shows
// them, `qalam-cli check` prints them and submission is gated on them.
// Offsets are UTF-16 code units into the text that was checked.
struct Finding
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    QString code;    // stable id for scripts: "quote.unbalanced", "typography.straight-quotes", "spelling"
    QString message; // translated, for people
    int start = 0;
    int end = 0;

    bool operator==(const Finding &) const = default;

    static QString severityKey(Severity severity); // "info", "warning", "error"
};

inline QString Finding::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace Qalam
