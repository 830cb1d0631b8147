#include "ui/people/authorpickerdialog.h"

#include "app/people/authorstore.h"
#include "ui/people/avatar.h"
#include "ui/people/peoplecommon.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Qalam {

AuthorPickerDialog::AuthorPickerDialog(std::shared_ptr<Database> database, Actor actor,
                                       const QList<qint64> &exclude, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_actor(std::move(actor)), m_exclude(exclude),
      m_search(new QLineEdit(this)), m_list(new QListWidget(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("authorPickerDialog"));
    setWindowTitle(tr("Add an author to the byline"));
    m_search->setPlaceholderText(tr("Search: name, position, region or desk"));
    m_search->setClearButtonEnabled(true);
    m_list->setIconSize({32, 32});
    m_list->setUniformItemSizes(true);
    People::makeErrorLabel(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to byline"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AuthorPickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &AuthorPickerDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    m_delay.setSingleShot(true);
    m_delay.setInterval(200);
    connect(&m_delay, &QTimer::timeout, this, &AuthorPickerDialog::search);
    connect(m_search, &QLineEdit::textChanged, &m_delay, qOverload<>(&QTimer::start));
    // Down arrow from the search field goes to the list, as in a completer.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_list->currentRow() < 0 && m_list->count() > 0)
            m_list->setCurrentRow(0);
    });
    resize(460, 480);
    search();
}

void AuthorPickerDialog::search()
{
    const quint64 generation = ++m_generation;
    AuthorStore store(m_database, m_actor);
    const QString text = m_search->text().simplified();
    People::inBackground(
        this,
        [store, text]() mutable {
            auto found = store.list(text);
            auto order = store.nameOrder();
            return std::make_pair(found, order ? *order : NameOrder::FamilyGiven);
        },
        [this, generation](const std::pair<Result<QList<Author>>, NameOrder> &found) {
            if (generation != m_generation)
                return;
            if (!found.first) {
                People::showInlineError(m_error, found.first.error().message);
                return;
            }
            People::showInlineError(m_error, {});
            const qint64 current = m_list->currentRow() >= 0 && m_list->currentRow() < m_results.size()
                                       ? m_results.at(m_list->currentRow()).id
                                       : 0;
            QList<Author> active, departed;
            for (const Author &a : *found.first) {
                if (m_exclude.contains(a.id))
                    continue;
                (a.active ? active : departed).append(a);
            }
            m_results = active + departed;
            m_list->clear();
            for (const Author &a : std::as_const(m_results)) {
                QString line = a.bylineName(found.second);
                if (!a.active)
                    line = tr("%1 (left the newsroom)").arg(line);
                QStringList details;
                for (const QString &d : {a.position, a.region})
                    if (!d.isEmpty())
                        details.append(d);
                if (!details.isEmpty())
                    line += u'\n' + details.join(QStringLiteral(" · "));
                auto *item =
                    new QListWidgetItem(People::avatarIcon(a, 32, devicePixelRatioF()), line, m_list);
                if (!a.active)
                    item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                if (a.id == current)
                    m_list->setCurrentItem(item);
            }
            // Type and press Enter: the best match is taken.
            if (m_list->currentRow() < 0 && m_list->count() > 0)
                m_list->setCurrentRow(0);
            emit resultsShown();
        });
}

bool AuthorPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_list->count() > 0) {
        m_list->setFocus();
        if (m_list->currentRow() < 0)
            m_list->setCurrentRow(0);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void AuthorPickerDialog::accept()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_results.size())
        return;
    m_chosen = m_results.at(row);
    QDialog::accept();
}

} // namespace Qalam
