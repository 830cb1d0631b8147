#pragma once

#include "app/model/article.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Qalam {

// One output format for an article (JSON, HTML; the publishing issue adds
// ninjs and the CMS publishers behind the same shape). Stateless apart from
// the last error; use one instance per thread.
class ArticleExporter
{
public:
    virtual ~ArticleExporter() = default;
    virtual QString formatName() const = 0; // "json", "html"
    virtual QString fileExtension() const = 0;
    // Empty on failure, with errorString() saying why.
    virtual QByteArray exportArticle(const Article &article) = 0;
    QString errorString() const { return m_errorString; }

    // The exporter for a format name, or nullptr.
    static std::unique_ptr<ArticleExporter> create(const QString &formatName);
    static QStringList formatNames();

protected:
    QString m_errorString;
};

// Qalam's own JSON: the object `qalam-cli show --json` prints.
class JsonExporter final : public ArticleExporter
{
public:
    QString formatName() const override { return QStringLiteral("json"); }
    QString fileExtension() const override { return QStringLiteral("json"); }
    QByteArray exportArticle(const Article &article) override;
};

// A standalone, sanitised HTML5 page: headline, lead, byline, body, source.
class HtmlExporter final : public ArticleExporter
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::HtmlExporter)

public:
    QString formatName() const override { return QStringLiteral("html"); }
    QString fileExtension() const override { return QStringLiteral("html"); }
    QByteArray exportArticle(const Article &article) override;
};

} // namespace Qalam
