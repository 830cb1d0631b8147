#include "ui/editor/mergedialog.h"

#include "app/model/articledocument.h"
#include "app/text/documenthtml.h"
#include "app/text/worddiff.h"
#include "app/workflow/articlediff.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Qalam {

namespace {
// The review view's colours: fixed light backgrounds with dark text read the
// same in light and dark themes.
QString displayed(QString html)
{
    html.replace(QLatin1String("<del>"),
                 QLatin1String("<span style=\"color:#8c1d18; background-color:#fbe0dd; "
                               "text-decoration:line-through\">"));
    html.replace(QLatin1String("<ins>"),
                 QLatin1String("<span style=\"color:#0d4a1f; background-color:#d4f1dc; "
                               "text-decoration:underline\">"));
    html.replace(QLatin1String("</del>"), QLatin1String("</span>"));
    html.replace(QLatin1String("</ins>"), QLatin1String("</span>"));
    return html;
}

QString bylineOf(const Article &article)
{
    QStringList names;
    for (const Author &a : article.authors)
        names.append(a.name);
    return names.join(QStringLiteral(", "));
}
} // namespace

MergeDialog::MergeDialog(const Article &theirs, const Article &mine, QWidget *parent)
    : QDialog(parent), m_theirs(theirs), m_mine(mine), m_tabs(new QTabWidget(this)),
      m_diff(new QTextBrowser(this)), m_theirsView(new QTextBrowser(this)), m_mineView(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Compare and merge"));
    auto *layout = new QVBoxLayout(this);

    const QString when = QLocale().toString(theirs.updated.toLocalTime(), QLocale::ShortFormat);
    auto *intro = new QLabel(
        tr("This article was saved elsewhere at %1 (version %2) while you were editing version %3. "
           "Struck-through words are only in their version, underlined words only in yours. Choose "
           "which to keep; nothing is overwritten until you do.")
            .arg(when)
            .arg(theirs.version)
            .arg(mine.version),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Headline, lead, body and byline; theirs before, mine after.
    int changed = 0;
    for (const FieldDiff &field : ArticleDiff::compare(theirs, {}, mine, {})) {
        if (!field.changed)
            continue;
        ++changed;
        m_diffHtml += QStringLiteral("<h4 style=\"margin-top:10px; margin-bottom:2px\">%1</h4><div>%2</div>")
                          .arg(field.label.toHtmlEscaped(), WordDiff::toHtml(field.segments));
    }
    if (changed == 0) {
        const bool sameDetails = theirs.region == mine.region && theirs.rubric == mine.rubric &&
                                 theirs.tags == mine.tags && theirs.source == mine.source &&
                                 theirs.language == mine.language;
        m_diffHtml = QStringLiteral("<p><i>%1</i></p>")
                         .arg((sameDetails ? tr("The texts are the same.")
                                           : tr("The texts are the same; the details (region, rubric, tags, "
                                                "source or language) differ."))
                                  .toHtmlEscaped());
    }
    m_diff->setObjectName(QStringLiteral("mergeDiff"));
    m_diff->setHtml(displayed(m_diffHtml));
    m_theirsView->setObjectName(QStringLiteral("theirsView"));
    m_theirsView->setHtml(articleHtml(theirs));
    m_mineView->setObjectName(QStringLiteral("mineView"));
    m_mineView->setHtml(articleHtml(mine));
    m_tabs->addTab(m_diff,
                   changed == 0 ? tr("Word changes") : tr("Word changes (%n field(s))", nullptr, changed));
    m_tabs->addTab(m_theirsView, tr("Their version"));
    m_tabs->addTab(m_mineView, tr("Your version"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_keepTheirs = buttons->addButton(tr("Keep theirs"), QDialogButtonBox::DestructiveRole);
    m_keepTheirs->setToolTip(tr("Show their version; Edit → Undo brings yours back"));
    m_keepMine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    m_keepMine->setToolTip(tr("Save your version on top of theirs; theirs stays in the revisions"));
    m_copyMine = buttons->addButton(tr("Copy mine to clipboard and reload"), QDialogButtonBox::ResetRole);
    m_copyMine->setToolTip(tr("Put your text on the clipboard, then show their version"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { choose(Choice::KeepTheirs); });
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(m_copyMine, &QPushButton::clicked, this, [this] { choose(Choice::CopyMineAndReload); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_keepMine->setDefault(true);
    resize(760, 560);
}

QPushButton *MergeDialog::button(Choice choice) const
{
    switch (choice) {
    case Choice::KeepTheirs:
        return m_keepTheirs;
    case Choice::KeepMine:
        return m_keepMine;
    case Choice::CopyMineAndReload:
        return m_copyMine;
    case Choice::None:
        break;
    }
    return nullptr;
}

void MergeDialog::choose(Choice choice)
{
    m_choice = choice;
    emit chosen(choice);
    accept();
}

QString MergeDialog::articleHtml(const Article &article)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(article.headline.toHtmlEscaped());
    if (!article.lead.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(article.lead.toHtmlEscaped());
    if (const QString byline = bylineOf(article); !byline.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(byline.toHtmlEscaped());
    // The stored subset, sanitised on the way in: safe to show as it is.
    html += article.bodyHtml;
    return html;
}

QString MergeDialog::plainText(const Article &article)
{
    QStringList parts{article.headline, article.lead, article.bodyText};
    parts.removeAll(QString());
    return parts.join(QStringLiteral("\n\n"));
}

bool MergeDialog::adoptTheirs(ArticleDocument *document, const Article &theirs)
{
    using Field = ArticleDocument::Field;
    QTextDocument theirBody;
    DocumentHtml::load(theirBody, theirs.bodyHtml);
    const QString wanted = DocumentHtml::toSubsetHtml(theirBody);
    const QList<std::pair<Field, QString>> fields{{Field::Headline, theirs.headline},
                                                  {Field::Lead, theirs.lead},
                                                  {Field::Region, theirs.region},
                                                  {Field::Rubric, theirs.rubric},
                                                  {Field::Tags, theirs.tags.join(QStringLiteral(", "))},
                                                  {Field::Source, theirs.source},
                                                  {Field::Language, theirs.language}};
    // The state is not an edit of the document's; a changed one needs the
    // whole article replaced.
    if (document->status() == theirs.status) {
        QUndoStack *stack = document->undoStack();
        stack->beginMacro(tr("Keep their version"));
        for (const auto &[field, value] : fields)
            document->setField(field, value);
        document->setAuthors(theirs.authors);
        document->setPullQuotes(theirs.pullQuotes);
        if (DocumentHtml::toSubsetHtml(*document->body()) != wanted) {
            QTextCursor cursor(document->body());
            cursor.beginEditBlock();
            cursor.select(QTextCursor::Document);
            cursor.insertFragment(QTextDocumentFragment(&theirBody));
            cursor.endEditBlock();
        }
        stack->endMacro();
        bool exact = DocumentHtml::toSubsetHtml(*document->body()) == wanted;
        for (const auto &[field, value] : fields)
            exact = exact && document->field(field) == value;
        if (exact) {
            document->markSaved(theirs, document->changeCount());
            return true;
        }
    }
    document->replaceContent(theirs);
    return false;
}

void MergeDialog::rebaseOnTheirs(ArticleDocument *document, const Article &theirs)
{
    // No snapshot ever has change count 0 once the document was edited, so
    // the document stays modified: the next save writes mine, based on theirs.
    document->markSaved(theirs, 0);
}

} // namespace Qalam
