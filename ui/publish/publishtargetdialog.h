#pragma once

#include "app/publish/endpoint.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Qalam {

// Workflow → Publish to… and Unpublish from…: which endpoint, and for
// unpublishing the reason (required: OK stays disabled without it). The
// endpoint chosen last is offered first next time; for unpublishing, the
// endpoints the article is published at come first.
class PublishTargetDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Publish, Unpublish };

    // `preferred`: endpoint names to offer first (the first one selected).
    PublishTargetDialog(Mode mode, const QString &headline, const QList<EndpointProfile> &endpoints,
                        const QStringList &preferred = {}, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString endpoint() const;
    QString reason() const;
    // A line under the choice, e.g. "Approved for 12 March 10:00: the job waits until then."
    void setNote(const QString &note);

    QComboBox *endpointBox() const { return m_endpoint; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

    // The endpoint chosen last (QSettings), and remembering one.
    static QString lastEndpoint();
    static void rememberEndpoint(const QString &name);

public slots:
    void accept() override;

private:
    void updateOk();

    Mode m_mode;
    QComboBox *m_endpoint;
    QLabel *m_details;
    QLabel *m_note;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_ok;
    QList<EndpointProfile> m_endpoints;
};

} // namespace Qalam
