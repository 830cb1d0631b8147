#pragma once

#include "app/model/article.h"
#include "app/model/articledocument.h"

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
    void setAuthors(const QList<Author> &authors);
    void setRegions(const QStringList &regions);
    BodyEdit *bodyEdit() const;
    ParagraphEdit *headlineEdit() const;

    void showConflict(const QString &message);
    void hideConflict();

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
    QList<Author> m_allAuthors;
    bool m_updating = false;
};

} // namespace Qalam
