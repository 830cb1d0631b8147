#include "ui/import/originaldialog.h"

#include "app/import/draftcreator.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

namespace {
// A 50 MB page would take the text layout seconds; Copy gives all of it.
constexpr qsizetype Shown = 1024 * 1024;
} // namespace

OriginalDialog::OriginalDialog(std::shared_ptr<Database> database, Actor actor, const QString &articleId,
                               QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_actor(std::move(actor)), m_articleId(articleId),
      m_info(new QLabel(this)), m_text(new QPlainTextEdit(this)), m_copy(new QPushButton(this))
{
    setObjectName(QStringLiteral("originalDialog"));
    setWindowTitle(tr("Original text"));
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);
    m_info->setWordWrap(true);
    m_info->setText(tr("Reading the original…"));
    layout->addWidget(m_info);
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("originalText"));
    layout->addWidget(m_text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy->setText(tr("Copy all"));
    m_copy->setEnabled(false);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_fullText); });
    resize(760, 600);

    using Loaded = Result<std::optional<ImportedOriginal>>;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        const Loaded original = watcher->result();
        watcher->deleteLater();
        m_loaded = true;
        if (!original) {
            m_info->setText(original.error().message);
            emit loaded(false);
            return;
        }
        if (!original->has_value()) {
            m_info->setText(tr("This article was not imported: there is no original text to show."));
            emit loaded(false);
            return;
        }
        const ImportedOriginal &o = **original;
        m_fullText = o.text;
        const QString when = QLocale().toString(o.imported.toLocalTime(), QLocale::ShortFormat);
        QString info = o.format == u"html" ? tr("Imported from an HTML page on %1 by %2. The original stays "
                                                "with the article for reference and is never published.")
                                                 .arg(when, o.importedBy)
                                           : tr("Imported from text on %1 by %2. The original stays with the "
                                                "article for reference and is never published.")
                                                 .arg(when, o.importedBy);
        if (o.text.size() > Shown)
            info += u' ' + tr("The first %1 of %2 characters are shown; Copy all copies everything.")
                               .arg(QLocale().toString(Shown), QLocale().toString(o.text.size()));
        m_info->setText(info);
        m_text->setPlainText(o.text.left(Shown));
        m_copy->setEnabled(true);
        emit loaded(true);
    });
    auto db = m_database;
    const Actor who = m_actor;
    const QString id = m_articleId;
    watcher->setFuture(QtConcurrent::run([db, who, id]() { return DraftCreator(db, who).original(id); }));
}

} // namespace Qalam
