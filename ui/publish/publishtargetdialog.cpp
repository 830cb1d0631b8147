#include "ui/publish/publishtargetdialog.h"

#include "ui/publish/endpointsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Qalam {

namespace {
const QString &lastEndpointKey()
{
    static const QString s_key = QStringLiteral("publish/lastEndpoint");
    return s_key;
}
} // namespace

QString PublishTargetDialog::lastEndpoint()
{
    return QSettings().value(lastEndpointKey()).toString();
}

void PublishTargetDialog::rememberEndpoint(const QString &name)
{
    QSettings().setValue(lastEndpointKey(), name);
}

PublishTargetDialog::PublishTargetDialog(Mode mode, const QString &headline,
                                         const QList<EndpointProfile> &endpoints,
                                         const QStringList &preferred, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_endpoint(new QComboBox(this)), m_details(new QLabel(this)),
      m_note(new QLabel(this)), m_ok(nullptr), m_endpoints(endpoints)
{
    const bool publishing = mode == Mode::Publish;
    setObjectName(QStringLiteral("publishTargetDialog"));
    setWindowTitle(publishing ? tr("Publish to") : tr("Unpublish from"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(this);
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    const QString shown = headline.isEmpty() ? tr("(no headline)") : headline;
    title->setText(publishing ? tr("Publish «%1» to:").arg(shown) : tr("Take «%1» off:").arg(shown));
    layout->addWidget(title);

    m_endpoint->setObjectName(QStringLiteral("endpointChoice"));
    // Preferred ones first, then the rest by name.
    QList<EndpointProfile> ordered;
    for (const QString &name : preferred)
        for (const EndpointProfile &p : endpoints)
            if (p.name == name && !std::any_of(ordered.cbegin(), ordered.cend(),
                                               [&](const EndpointProfile &o) { return o.name == name; }))
                ordered.append(p);
    for (const EndpointProfile &p : endpoints)
        if (!preferred.contains(p.name))
            ordered.append(p);
    m_endpoints = ordered;
    for (const EndpointProfile &p : std::as_const(m_endpoints))
        m_endpoint->addItem(tr("%1 — %2").arg(p.name, PublishUi::typeDisplayName(p.type)), p.name);
    m_endpoint->setCurrentIndex(0);
    layout->addWidget(m_endpoint);
    m_details->setObjectName(QStringLiteral("endpointDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    QPalette dim = m_details->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::Disabled, QPalette::WindowText));
    m_details->setPalette(dim);
    layout->addWidget(m_details);
    m_note->setObjectName(QStringLiteral("publishNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);

    if (!publishing) {
        auto *prompt = new QLabel(
            tr("Why is the article taken off? The reason is recorded in the article's log."), this);
        prompt->setWordWrap(true);
        layout->addWidget(prompt);
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setTabChangesFocus(true);
        prompt->setBuddy(m_reason);
        layout->addWidget(m_reason, 1);
        connect(m_reason, &QPlainTextEdit::textChanged, this, &PublishTargetDialog::updateOk);
    } else {
        layout->addStretch(1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(publishing ? tr("Publish") : tr("Unpublish"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PublishTargetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto showDetails = [this] {
        const int i = m_endpoint->currentIndex();
        if (i < 0 || i >= m_endpoints.size()) {
            m_details->clear();
            return;
        }
        const EndpointProfile &p = m_endpoints.at(i);
        m_details->setText(p.isHttp() ? p.url : QDir::toNativeSeparators(p.url));
    };
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, [this, showDetails] {
        showDetails();
        updateOk();
    });
    showDetails();
    updateOk();
    resize(480, publishing ? 200 : 300);
}

QString PublishTargetDialog::endpoint() const
{
    return m_endpoint->currentData().toString();
}

QString PublishTargetDialog::reason() const
{
    return m_reason ? m_reason->toPlainText().trimmed() : QString();
}

void PublishTargetDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void PublishTargetDialog::updateOk()
{
    m_ok->setEnabled(!endpoint().isEmpty() && (m_mode == Mode::Publish || !reason().isEmpty()));
}

void PublishTargetDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    rememberEndpoint(endpoint());
    QDialog::accept();
}

} // namespace Qalam
