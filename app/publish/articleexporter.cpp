#include "app/publish/articleexporter.h"

#include "app/text/htmlsanitizer.h"

#include <QJsonDocument>

namespace Qalam {

std::unique_ptr<ArticleExporter> ArticleExporter::create(const QString &formatName)
{
    if (formatName == u"json")
        return std::make_unique<JsonExporter>();
    if (formatName == u"html")
        return std::make_unique<HtmlExporter>();
    return nullptr;
}

QStringList ArticleExporter::formatNames()
{
    return {QStringLiteral("json"), QStringLiteral("html")};
}

QByteArray JsonExporter::exportArticle(const Article &article)
{
    return QJsonDocument(article.toJson()).toJson(QJsonDocument::Indented);
}

QByteArray HtmlExporter::exportArticle(const Article &article)
{
    const auto esc = &HtmlSanitizer::escape;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(article.language) +
                   QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + esc(article.headline) +
                   QStringLiteral("</title>\n</head>\n<body>\n<article>\n<h1>") + esc(article.headline) +
                   QStringLiteral("</h1>\n");
    if (!article.authors.isEmpty()) {
        QStringList names;
        for (const Author &a : article.authors)
            names.append(a.position.isEmpty() ? esc(a.name)
                                              : esc(a.name) + QStringLiteral(", ") + esc(a.position));
        html += QStringLiteral("<p class=\"byline\">") + names.join(QStringLiteral("; ")) +
                QStringLiteral("</p>\n");
    }
    if (!article.lead.isEmpty())
        html += QStringLiteral("<p class=\"lead\"><strong>") + esc(article.lead) +
                QStringLiteral("</strong></p>\n");
    // The body is sanitised again on the way out: HTML leaving Qalam is always clean.
    html += HtmlSanitizer::sanitize(article.bodyHtml).html + u'\n';
    if (!article.source.isEmpty())
        html += QStringLiteral("<p class=\"source\">") + esc(article.source) + QStringLiteral("</p>\n");
    html += QStringLiteral("</article>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace Qalam
