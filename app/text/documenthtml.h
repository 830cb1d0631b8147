#pragma once

#include <QString>

class QTextDocument;

namespace Qalam {

// Converts between the editor's QTextDocument and Qalam's stored HTML subset.
// Walking the document's blocks and formats gives exact subset HTML (headings,
// quotes, lists, bold, italic, links) without parsing Qt's styled toHtml().
// QTextDocument is not thread-safe: call on the document's thread.
namespace DocumentHtml {
QString toSubsetHtml(const QTextDocument &document);
void load(QTextDocument &document, const QString &subsetHtml);
} // namespace DocumentHtml

} // namespace Qalam
