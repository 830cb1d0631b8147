#pragma once

#include <QString>

namespace Qalam {

// Reduces any HTML (a saved web page, clipboard HTML from a browser or a word
// processor, Qalam's own body HTML) to the one subset Qalam stores and
// publishes: p, h2, h3, strong, em, a[href], blockquote, ul/ol/li,
// figure/figcaption, br, and img inside a figure for Qalam's own photos only
// (src="qalam-photo:ID"). Script, style and other active content is dropped
// with its text; unknown tags are unwrapped and their text kept; links keep
// http(s)/mailto targets only, without utm_* tracking parameters.
// Pure function of its input, linear in its length, safe on any thread.
class HtmlSanitizer
{
public:
    struct Output
    {
        QString html; // well-formed subset HTML
        QString text; // plain text: one line per paragraph, list item or heading
    };

    static Output sanitize(const QString &html);
    // Plain text (a paste, a --body-file .txt) to subset HTML: every non-empty
    // line becomes a paragraph, as text copied from a browser or messenger has one
    // paragraph per line.
    static Output fromPlainText(const QString &text);
    static QString escape(const QString &text);
};

} // namespace Qalam
