#pragma once

#include <QList>
#include <QString>

namespace Qalam {

// A word-level comparison of two texts, for the review view and
// `qalam-cli diff`. Words are runs of letters, digits and combining marks
// (Cyrillic, Kazakh and Latin alike); the spaces and punctuation between
// them are tokens of their own, so joining the segments of either side gives
// that side's text back exactly.
struct DiffSegment
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const DiffSegment &) const = default;
};

namespace WordDiff {

// Segments in reading order; adjacent segments of one kind are merged, and a
// removal comes before the addition that replaces it.
QList<DiffSegment> compare(const QString &before, const QString &after);
// True when the segments hold any change.
bool changed(const QList<DiffSegment> &segments);
// The segments as text for a terminal: removals as [-…-], additions as {+…+}.
QString toMarkedText(const QList<DiffSegment> &segments);
// The segments as HTML (escaped) with <del> and <ins>, for the review view.
QString toHtml(const QList<DiffSegment> &segments);

} // namespace WordDiff
} // namespace Qalam
