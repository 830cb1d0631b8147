#pragma once

#include <QString>

class QTextCursor;
class QTextDocument;

namespace Qalam {

// Converts between the editor's QTextDocument and Qalam's stored HTML subset.
// Walking the document's blocks and formats gives exact subset HTML (headings,
// quotes, lists, bold, italic, links) without parsing Qt's styled toHtml().
// QTextDocument is not thread-safe: call on the document's thread.
namespace DocumentHtml {
QString toSubsetHtml(const QTextDocument &document);
void load(QTextDocument &document, const QString &subsetHtml);
// Inserts a figure at the cursor: the picture (an image named
// "qalam-photo:ID") and its caption line, marked so that toSubsetHtml()
// writes <figure><p><img></p><figcaption>…</figcaption></figure>.
void insertFigure(QTextCursor &cursor, const QString &imageName, const QString &caption);
} // namespace DocumentHtml

} // namespace Qalam
