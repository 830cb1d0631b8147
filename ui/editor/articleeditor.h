#pragma once

#include "app/model/article.h"
#include "app/model/articledocument.h"
#include "app/text/quoteanalyzer.h"
#include "app/text/spellchecker.h"
#include "app/text/typography.h"
#include "ui/editor/quotehighlighter.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLineEdit;
class QTextCharFormat;

namespace Ui {
class ArticleEditor;
}

namespace Qalam {

class BodyEdit;
class ParagraphEdit;
class QuoteHighlighter;

// The centre of the window: headline, lead, body and the metadata strip of one
// ArticleDocument. Every edit goes through the document (undoable); the editor
// only mirrors the document's state into its widgets.
class ArticleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleEditor(QWidget *parent = nullptr);
    ~ArticleEditor() override;

    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }
    void setRegions(const QStringList &regions);
    BodyEdit *bodyEdit() const;
    ParagraphEdit *headlineEdit() const;

    // The amber banner of a version conflict (a save refused as stale, or
    // another desk's newer version while this one has unsaved changes), with
    // "Compare and merge…" (mergeRequested) and "Reload theirs (copy mine)"
    // (reloadRequested).
    void showConflict(const QString &message);
    void hideConflict();
    bool isConflictShown() const;
    QString conflictMessage() const;

    // Read-only display: nothing can be changed (selecting and copying still
    // work), and `reason` stands in a banner over the article ("Редактирует
    // Колмакова В. с 12:03", "In review: withdraw it to edit"). With
    // `offerTakeOver` the banner has a Take over button (takeOverRequested).
    void setReadOnly(bool readOnly, const QString &reason = {}, bool offerTakeOver = false);
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const;
    // A one-line message over the article that stays until dismissed or
    // replaced: a refused submission, a save the core denied.
    void showMessage(const QString &message, bool error = true);
    void hideMessage();
    QString message() const;

    // The text the checks read: headline, lead and body, one per line (line
    // breaks inside the lead count as spaces), and where lead and body start.
    struct CheckText
    {
        QString text;
        int leadOffset = 0;
        int bodyOffset = 0;
    };
    CheckText checkText() const;
    // Underlines the findings of a whole-article check (offsets in checkText()).
    void showFindings(const QList<Finding> &findings, const CheckText &checked);
    // Red wavy lines under unknown words (offsets in checkText()).
    void showMisspellings(const QList<SpellChecker::Misspelling> &misspellings, const CheckText &checked);
    // Selects a quotation found in checkText() in the field it stands in.
    void selectRange(int start, int end, const CheckText &checked);
    // A figure with the photo and its caption and credit line at the cursor.
    void insertPhoto(qint64 photoId, const QString &captionLine);
    // House typography over headline, lead and body as one undo step.
    void applyTypography(const Typography::Options &options);
    QuoteHighlighter *bodyHighlighter() const { return m_bodyHighlighter; }

public slots:
    void toggleBold();
    void toggleItalic();
    void toggleHeading();
    void toggleBlockquote();
    void insertLink();
    void toggleBulletList();
    void toggleNumberedList();

signals:
    void reloadRequested();
    void mergeRequested();
    void takeOverRequested();
    void addToDictionaryRequested(const QString &word);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshField(int field);
    void refreshByline();
    void mergeCharFormat(const QTextCharFormat &format);
    void toggleList(int style);

    std::unique_ptr<Ui::ArticleEditor> m_ui;
    QPointer<ArticleDocument> m_document;
    QPointer<QuoteHighlighter> m_bodyHighlighter;
    QuoteHighlighter *m_headlineHighlighter = nullptr;
    QuoteHighlighter *m_leadHighlighter = nullptr;
    std::unique_ptr<SpellChecker> m_suggestions; // GUI thread, for the context menu
    void showBodyContextMenu(const QPoint &pos);
    bool m_updating = false;
    bool m_readOnly = false;
};

} // namespace Qalam
