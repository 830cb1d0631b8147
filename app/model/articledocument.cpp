#include "app/model/articledocument.h"

#include "app/text/documenthtml.h"
#include "app/text/htmlsanitizer.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace Qalam {

class FieldCommand : public QUndoCommand
{
public:
    FieldCommand(ArticleDocument *doc, ArticleDocument::Field field, QString before, QString after)
        : m_doc(doc), m_field(field), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(QCoreApplication::translate("Qalam::ArticleDocument", "Edit field"));
    }
    int id() const override { return 1000 + int(m_field); }
    bool mergeWith(const QUndoCommand *other) override
    {
        // Typing in one field is one undo step.
        m_after = static_cast<const FieldCommand *>(other)->m_after;
        return true;
    }
    void undo() override { m_doc->applyField(m_field, m_before); }
    void redo() override { m_doc->applyField(m_field, m_after); }

private:
    ArticleDocument *m_doc;
    ArticleDocument::Field m_field;
    QString m_before;
    QString m_after;
};

// Replaces one list-valued part of the article (byline, pull quotes).
template <typename T> class ListCommand : public QUndoCommand
{
public:
    using Apply = void (ArticleDocument::*)(const QList<T> &);
    ListCommand(ArticleDocument *doc, Apply apply, QList<T> before, QList<T> after, const QString &text)
        : m_doc(doc), m_apply(apply), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    void undo() override { (m_doc->*m_apply)(m_before); }
    void redo() override { (m_doc->*m_apply)(m_after); }

private:
    ArticleDocument *m_doc;
    Apply m_apply;
    QList<T> m_before;
    QList<T> m_after;
};

namespace {
// Mirrors one QTextDocument undo step onto the article's stack.
class BodyEditCommand : public QUndoCommand
{
public:
    explicit BodyEditCommand(QTextDocument *body) : m_body(body)
    {
        setText(QCoreApplication::translate("Qalam::ArticleDocument", "Edit text"));
    }
    void undo() override { m_body->undo(); }
    void redo() override
    {
        if (m_first) {
            m_first = false; // the edit has already happened in the document
            return;
        }
        m_body->redo();
    }

private:
    QTextDocument *m_body;
    bool m_first = true;
};
} // namespace

ArticleDocument::ArticleDocument(const Article &article, QObject *parent)
    : QObject(parent), m_article(article), m_body(new QTextDocument(this))
{
    m_loading = true;
    DocumentHtml::load(*m_body, article.bodyHtml);
    m_loading = false;
    connect(m_body, &QTextDocument::undoCommandAdded, this, [this] {
        if (!m_loading)
            m_undoStack.push(new BodyEditCommand(m_body));
    });
    // contentsChanged also fires when a highlighter recolours text; only a
    // real edit sets the modified flag, which is cleared again at once.
    connect(m_body, &QTextDocument::contentsChanged, this, [this] {
        if (m_loading || !m_body->isModified())
            return;
        m_body->setModified(false);
        noteChange();
    });
}

ArticleDocument::~ArticleDocument()
{
    // The stack's commands refer to the body; drop them first.
    m_undoStack.clear();
}

QString ArticleDocument::field(Field f) const
{
    switch (f) {
    case Field::Headline:
        return m_article.headline;
    case Field::Lead:
        return m_article.lead;
    case Field::Region:
        return m_article.region;
    case Field::Rubric:
        return m_article.rubric;
    case Field::Tags:
        return m_article.tags.join(QStringLiteral(", "));
    case Field::Source:
        return m_article.source;
    case Field::Language:
        return m_article.language;
    }
    return {};
}

void ArticleDocument::setField(Field f, const QString &value)
{
    const QString before = field(f);
    if (before == value)
        return;
    m_undoStack.push(new FieldCommand(this, f, before, value));
}

void ArticleDocument::setAuthors(const QList<Author> &authors)
{
    if (authors == m_article.authors)
        return;
    m_undoStack.push(
        new ListCommand<Author>(this, &ArticleDocument::applyAuthors, m_article.authors, authors,
                                QCoreApplication::translate("Qalam::ArticleDocument", "Change byline")));
}

void ArticleDocument::setPullQuotes(const QList<PullQuote> &pullQuotes)
{
    if (pullQuotes == m_article.pullQuotes)
        return;
    m_undoStack.push(new ListCommand<PullQuote>(
        this, &ArticleDocument::applyPullQuotes, m_article.pullQuotes, pullQuotes,
        QCoreApplication::translate("Qalam::ArticleDocument", "Change pull quotes")));
}

void ArticleDocument::applyField(Field f, const QString &value)
{
    switch (f) {
    case Field::Headline:
        m_article.headline = value;
        break;
    case Field::Lead:
        m_article.lead = value;
        break;
    case Field::Region:
        m_article.region = value;
        break;
    case Field::Rubric:
        m_article.rubric = value;
        break;
    case Field::Tags: {
        QStringList tags;
        for (const QString &t : value.split(u','))
            if (!t.trimmed().isEmpty())
                tags.append(t.trimmed());
        m_article.tags = tags;
        break;
    }
    case Field::Source:
        m_article.source = value;
        break;
    case Field::Language:
        m_article.language = value;
        break;
    }
    emit fieldChanged(f);
    noteChange();
}

void ArticleDocument::applyPullQuotes(const QList<PullQuote> &pullQuotes)
{
    m_article.pullQuotes = pullQuotes;
    emit pullQuotesChanged();
    noteChange();
}

void ArticleDocument::applyAuthors(const QList<Author> &authors)
{
    m_article.authors = authors;
    emit authorsChanged();
    noteChange();
}

void ArticleDocument::noteChange()
{
    const bool wasModified = isModified();
    ++m_changeCount;
    emit contentChanged();
    if (!wasModified)
        emit modifiedChanged(true);
}

Article ArticleDocument::snapshot() const
{
    Article a = m_article;
    a.bodyHtml = DocumentHtml::toSubsetHtml(*m_body);
    a.bodyText = HtmlSanitizer::sanitize(a.bodyHtml).text;
    return a;
}

void ArticleDocument::markSaved(const Article &stored, quint64 changeCountAtSnapshot)
{
    const bool wasModified = isModified();
    m_article.version = stored.version;
    m_article.updated = stored.updated;
    m_article.created = stored.created;
    // Ids the store assigned to new byline authors, when the byline is unchanged since.
    if (m_article.authors.size() == stored.authors.size()) {
        for (qsizetype i = 0; i < stored.authors.size(); ++i)
            if (m_article.authors[i].name == stored.authors[i].name)
                m_article.authors[i].id = stored.authors[i].id;
    }
    m_savedChangeCount = changeCountAtSnapshot;
    emit saved(stored);
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

void ArticleDocument::replaceContent(const Article &article)
{
    m_undoStack.clear();
    m_article = article;
    m_loading = true;
    DocumentHtml::load(*m_body, article.bodyHtml);
    m_loading = false;
    m_savedChangeCount = ++m_changeCount;
    for (Field f : {Field::Headline, Field::Lead, Field::Region, Field::Rubric, Field::Tags, Field::Source,
                    Field::Language})
        emit fieldChanged(f);
    emit authorsChanged();
    emit pullQuotesChanged();
    emit contentChanged();
    emit modifiedChanged(false);
}

} // namespace Qalam
