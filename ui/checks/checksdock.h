#pragma once

#include "app/core/finding.h"
#include "ui/editor/articleeditor.h"

#include <QDockWidget>

class QLabel;
class QTreeWidget;

namespace Qalam {

// The Checks dock: every finding of the open article in one list (quotation
// marks, attribution, placeholders, spelling, typography), errors first. A
// click selects the place in the text. The later workflow gates submission on
// the same findings.
class ChecksDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ChecksDock(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings, const ArticleEditor::CheckText &checked);
    QTreeWidget *list() const { return m_list; }

signals:
    void findingActivated(int start, int end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_summary;
    QTreeWidget *m_list;
    QList<Finding> m_findings;
    ArticleEditor::CheckText m_checked;
};

} // namespace Qalam
