#pragma once

#include "app/model/article.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace Qalam {

class ArticleDocument;

// Compare and merge: shown when the open article was changed elsewhere while
// this editor has unsaved text (a save refused as stale, or another desk's
// newer version announced live). It shows their version (the stored one) and
// mine (the editor's) with the word changes of headline, lead, body and
// byline, and lets the user keep theirs, keep mine (stored on top of their
// version, as a revision), or copy mine to the clipboard and reload. The
// window carries out the choice (chosen()); the static helpers below do the
// document's part. Non-modal; GUI thread.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, KeepTheirs, KeepMine, CopyMineAndReload };
    Q_ENUM(Choice)

    MergeDialog(const Article &theirs, const Article &mine, QWidget *parent = nullptr);

    const Article &theirs() const { return m_theirs; }
    const Article &mine() const { return m_mine; }
    Choice choice() const { return m_choice; }
    // The changed fields with <del> (only theirs) and <ins> (only mine).
    QString diffHtml() const { return m_diffHtml; }
    QPushButton *button(Choice choice) const;

    // Makes their version the document's content. Headline, details, byline
    // and body change as one undo step ("Keep their version"), so that Undo
    // brings mine back (and saves it on top of theirs); when the body could
    // not be carried over exactly, the content is replaced and the undo
    // history cleared. Returns whether the step can be undone. The document
    // is unmodified afterwards, at their version.
    static bool adoptTheirs(ArticleDocument *document, const Article &theirs);
    // Keeps the document's text and makes their version its base, so that
    // the next save stores mine on top of theirs. The document stays modified.
    static void rebaseOnTheirs(ArticleDocument *document, const Article &theirs);
    // Headline, lead and body as plain text, for the clipboard.
    static QString plainText(const Article &article);

signals:
    void chosen(Qalam::MergeDialog::Choice choice);

private:
    void choose(Choice choice);
    static QString articleHtml(const Article &article);

    Article m_theirs;
    Article m_mine;
    Choice m_choice = Choice::None;
    QString m_diffHtml;
    QTabWidget *m_tabs;
    QTextBrowser *m_diff;
    QTextBrowser *m_theirsView;
    QTextBrowser *m_mineView;
    QPushButton *m_keepTheirs;
    QPushButton *m_keepMine;
    QPushButton *m_copyMine;
};

} // namespace Qalam
