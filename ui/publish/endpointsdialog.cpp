#include "ui/publish/endpointsdialog.h"

#include "app/core/secretstore.h"
#include "app/people/authorstore.h"
#include "app/publish/publishrunner.h"
#include "ui/people/peoplecommon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace Qalam {

namespace PublishUi {

QString typeDisplayName(const QString &type)
{
    if (type == u"wordpress")
        return QCoreApplication::translate("Qalam::PublishUi", "WordPress");
    if (type == u"ninjs-http")
        return QCoreApplication::translate("Qalam::PublishUi", "ninjs over HTTP");
    if (type == u"folder")
        return QCoreApplication::translate("Qalam::PublishUi", "Folder (ninjs package)");
    return type;
}

QString authDisplayName(const QString &auth)
{
    if (auth == u"app-password")
        return QCoreApplication::translate("Qalam::PublishUi", "WordPress application password");
    if (auth == u"bearer")
        return QCoreApplication::translate("Qalam::PublishUi", "Bearer token");
    if (auth == u"header")
        return QCoreApplication::translate("Qalam::PublishUi", "Custom header");
    if (auth == u"none")
        return QCoreApplication::translate("Qalam::PublishUi", "None");
    return auth;
}

void showResult(QLabel *label, bool ok, const QString &text)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QColor green = dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37);
    const QColor red = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x16, 0x1e);
    palette.setColor(QPalette::WindowText, ok ? green : red);
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(text);
    label->setProperty("ok", ok);
    label->setVisible(!text.isEmpty());
}

} // namespace PublishUi

namespace {

// Where a profile's secret is, never the secret: "keychain", "file", "none"
// (nothing stored), "not-needed", or the store's error text.
struct SecretPlace
{
    QString where;
    QString file;
};

SecretPlace secretPlace(const EndpointProfile &p)
{
    if (!EndpointProfile::needsSecret(p.auth) || !p.isHttp())
        return {QStringLiteral("not-needed"), {}};
    SecretStore secrets;
    auto found = secrets.read(p.name);
    if (!found)
        return {found.error().message, {}};
    if (!found->has_value())
        return {QStringLiteral("none"), {}};
    return {secrets.backend(), secrets.filePath()};
}

QString secretPlaceText(const SecretPlace &place)
{
    if (place.where == u"not-needed")
        return EndpointsDialog::tr("not needed");
    if (place.where == u"none")
        return EndpointsDialog::tr("none stored");
    if (place.where == u"keychain")
        return EndpointsDialog::tr("stored in the keychain");
    if (place.where == u"file")
        return EndpointsDialog::tr("stored in the fallback file");
    return EndpointsDialog::tr("unreadable: %1").arg(place.where);
}

// A value of a map as the publisher reads it: whole numbers as numbers
// (WordPress ids), anything else as text ("tag:12", a byline).
QJsonValue mapValue(const QString &text)
{
    bool number = false;
    const qint64 n = text.toLongLong(&number);
    if (number && n > 0)
        return QJsonValue(n);
    return QJsonValue(text);
}

QString mapText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QTableWidget *makeMapTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    return table;
}

} // namespace

// --- ConnectionCheck ---------------------------------------------------------

ConnectionCheck::ConnectionCheck(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

void ConnectionCheck::start(const EndpointProfile &profile, const QString &typedSecret)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    auto test = [this, generation, profile](const QString &secret) {
        auto *tester = new EndpointTester(m_network, this);
        connect(tester, &EndpointTester::done, this,
                [this, tester, generation](bool ok, const QString &message) {
                    tester->deleteLater();
                    if (generation != m_generation)
                        return; // a newer test was started meanwhile
                    m_busy = false;
                    emit done(ok, message);
                });
        tester->test(profile, secret);
    };
    if (!profile.isHttp() || !EndpointProfile::needsSecret(profile.auth) || !typedSecret.isEmpty()) {
        test(typedSecret);
        return;
    }
    const QString name = profile.name;
    People::inBackground(
        this,
        [name]() {
            SecretStore secrets;
            return secrets.read(name);
        },
        [this, generation, name, test](const Result<std::optional<QString>> &secret) {
            if (generation != m_generation)
                return;
            if (!secret || !secret->has_value()) {
                m_busy = false;
                emit done(false, !secret ? secret.error().message
                                         : tr("No secret is stored for %1: type the password or token "
                                              "and save the endpoint first.")
                                               .arg(name));
                return;
            }
            test(**secret);
        });
}

// --- EndpointsDialog ---------------------------------------------------------

EndpointsDialog::EndpointsDialog(std::shared_ptr<Database> database, Actor actor,
                                 QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_actor(std::move(actor)),
      m_network(network ? network : new QNetworkAccessManager(this)),
      m_mayEdit(m_actor.singleDesk || m_actor.has(Role::Administrator)), m_table(new QTableWidget(this)),
      m_add(new QPushButton(this)), m_edit(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_test(new QPushButton(this)), m_testResult(new QLabel(this)), m_error(new QLabel(this)),
      m_check(new ConnectionCheck(m_network, this))
{
    setObjectName(QStringLiteral("endpointsDialog"));
    setWindowTitle(tr("Publishing endpoints"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(m_mayEdit ? tr("Where approved articles are published. Passwords and tokens are kept in "
                                  "the keychain, never in the newsroom's database.")
                             : tr("Where approved articles are published. Only an administrator changes "
                                  "endpoints; you can test them."));
    m_table->setObjectName(QStringLiteral("endpointTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Address or folder"), tr("Authentication"), tr("Secret")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    m_add->setObjectName(QStringLiteral("addEndpoint"));
    m_add->setText(tr("Add…"));
    m_edit->setObjectName(QStringLiteral("editEndpoint"));
    m_edit->setText(m_mayEdit ? tr("Edit…") : tr("View…"));
    m_remove->setObjectName(QStringLiteral("removeEndpoint"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the endpoint and its stored secret"));
    m_test->setObjectName(QStringLiteral("testEndpoint"));
    m_test->setText(tr("Test connection"));
    m_test->setToolTip(tr("Check that the endpoint answers, accepts the credentials and allows publishing"));
    if (!m_mayEdit) {
        const QString why = tr("Only an administrator adds, changes or removes endpoints");
        m_add->setToolTip(why);
        m_remove->setToolTip(why);
    }
    m_add->setEnabled(m_mayEdit);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->hide();
    m_error->setObjectName(QStringLiteral("endpointsError"));
    People::makeErrorLabel(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_testResult);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(16);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        EndpointProfile fresh;
        fresh.type = EndpointProfile::folderType();
        fresh.auth = EndpointProfile::defaultAuth(fresh.type);
        openEditor(fresh);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const EndpointProfile *p = selectedProfile())
            openEditor(*p);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const EndpointProfile *p = selectedProfile())
            openEditor(*p);
    });
    connect(m_remove, &QPushButton::clicked, this, &EndpointsDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &EndpointsDialog::testSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        PublishUi::showResult(m_testResult, true, {});
        updateButtons();
    });
    connect(m_check, &ConnectionCheck::done, this, [this](bool ok, const QString &message) {
        unsetCursor();
        updateButtons();
        PublishUi::showResult(m_testResult, ok, ok ? tr("Connection ok: %1").arg(message) : message);
        emit testFinished(ok, message);
    });
    updateButtons();
    resize(900, 420);
    reload();
}

EndpointEditDialog *EndpointsDialog::editDialog() const
{
    return m_editor;
}

void EndpointsDialog::updateButtons()
{
    const bool selected = selectedProfile();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected && m_mayEdit);
    m_test->setEnabled(selected && !m_check->isBusy());
}

const EndpointProfile *EndpointsDialog::selectedProfile() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_profiles.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_profiles.at(row);
}

void EndpointsDialog::selectProfile(const QString &name)
{
    for (int r = 0; r < m_profiles.size(); ++r)
        if (m_profiles.at(r).name.compare(name, Qt::CaseInsensitive) == 0)
            m_table->selectRow(r);
}

void EndpointsDialog::reload()
{
    EndpointStore store(m_database, m_actor);
    const quint64 generation = ++m_generation;
    People::inBackground(
        this, [store]() mutable { return store.list(); },
        [this, generation](const Result<QList<EndpointProfile>> &profiles) {
            if (generation != m_generation)
                return;
            if (!profiles) {
                People::showInlineError(m_error, profiles.error().message);
                return;
            }
            const QString selected = selectedProfile() ? selectedProfile()->name : QString();
            m_profiles = *profiles;
            m_table->setRowCount(int(m_profiles.size()));
            for (int r = 0; r < m_profiles.size(); ++r) {
                const EndpointProfile &p = m_profiles.at(r);
                const QStringList cells = {
                    p.name, PublishUi::typeDisplayName(p.type),
                    p.isHttp() ? p.url : QDir::toNativeSeparators(p.url),
                    p.login.isEmpty() ? PublishUi::authDisplayName(p.auth)
                                      : tr("%1 (%2)").arg(PublishUi::authDisplayName(p.auth), p.login),
                    tr("…")};
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells.at(c));
                    item->setToolTip(cells.at(c));
                    m_table->setItem(r, c, item);
                }
                if (p.name == selected)
                    m_table->selectRow(r);
            }
            m_table->resizeColumnsToContents();
            for (int c = 0; c < m_table->columnCount() - 1; ++c)
                m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 12, 320));
            if (m_profiles.isEmpty())
                People::showInlineError(
                    m_error, m_mayEdit
                                 ? tr("No endpoint yet: Add… sets up a folder, a WordPress site or a CMS "
                                      "that takes ninjs.")
                                 : tr("No endpoint yet: an administrator sets them up."));
            else
                People::showInlineError(m_error, {});
            updateButtons();
            emit reloaded();
            checkSecrets();
        });
}

void EndpointsDialog::checkSecrets()
{
    const QList<EndpointProfile> profiles = m_profiles;
    const quint64 generation = m_generation;
    People::inBackground(
        this,
        [profiles]() {
            QList<SecretPlace> places;
            for (const EndpointProfile &p : profiles)
                places.append(secretPlace(p));
            return places;
        },
        [this, generation](const QList<SecretPlace> &places) {
            if (generation != m_generation)
                return;
            for (int r = 0; r < places.size() && r < m_table->rowCount(); ++r) {
                const QString text = secretPlaceText(places.at(r));
                auto *item = new QTableWidgetItem(text);
                item->setToolTip(places.at(r).where == u"file" ? QDir::toNativeSeparators(places.at(r).file)
                                                               : text);
                if (places.at(r).where != u"keychain" && places.at(r).where != u"file" &&
                    places.at(r).where != u"not-needed")
                    item->setForeground(QColor(0xb4, 0x16, 0x1e));
                m_table->setItem(r, 4, item);
            }
            emit secretsChecked();
        });
}

void EndpointsDialog::openEditor(const EndpointProfile &profile)
{
    if (m_editor)
        m_editor->close();
    m_editor = new EndpointEditDialog(m_database, m_actor, profile, m_network, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setReadOnly(!m_mayEdit);
    connect(m_editor, &QDialog::accepted, this, [this] {
        const QString name = m_editor ? m_editor->saved().name : QString();
        connect(
            this, &EndpointsDialog::reloaded, this, [this, name] { selectProfile(name); },
            Qt::SingleShotConnection);
        reload();
        emit profilesChanged();
    });
    m_editor->open();
}

void EndpointsDialog::testSelected()
{
    const EndpointProfile *p = selectedProfile();
    if (!p || m_check->isBusy())
        return;
    setCursor(Qt::BusyCursor);
    PublishUi::showResult(m_testResult, true, tr("Testing %1…").arg(p->name));
    m_test->setEnabled(false);
    m_check->start(*p);
}

void EndpointsDialog::removeSelected()
{
    const EndpointProfile *p = selectedProfile();
    if (!p)
        return;
    const QString name = p->name;
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Remove endpoint"),
        tr("Remove the endpoint %1 and its stored secret? What was published there stays on the site.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("removeEndpointQuestion"));
    question->button(QMessageBox::Yes)->setText(tr("Remove"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, name](int answer) {
        if (answer != QMessageBox::Yes) {
            emit removeFinished(false);
            return;
        }
        EndpointStore store(m_database, m_actor);
        People::inBackground(
            this,
            [store, name]() mutable -> Result<void> {
                if (auto removed = store.remove(name); !removed)
                    return removed;
                SecretStore secrets;
                if (auto gone = secrets.remove(name); !gone)
                    return Error{gone.error().code,
                                 tr("The endpoint %1 was removed, but its secret could not be: %2")
                                     .arg(name, gone.error().message),
                                 {}};
                return {};
            },
            [this](const Result<void> &removed) {
                if (!removed)
                    People::showInlineError(m_error, removed.error().message);
                reload();
                emit profilesChanged();
                emit removeFinished(removed.ok());
            });
    });
    question->open();
}

// --- EndpointEditDialog -------------------------------------------------------

EndpointEditDialog::EndpointEditDialog(std::shared_ptr<Database> database, Actor actor,
                                       const EndpointProfile &profile, QNetworkAccessManager *network,
                                       QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_actor(std::move(actor)), m_profile(profile),
      m_saved(profile), m_name(new QLineEdit(this)), m_type(new QComboBox(this)), m_url(new QLineEdit(this)),
      m_chooseFolder(new QToolButton(this)), m_urlLabel(new QLabel(this)), m_auth(new QComboBox(this)),
      m_login(new QLineEdit(this)), m_header(new QLineEdit(this)), m_secret(new QLineEdit(this)),
      m_secretState(new QLabel(this)), m_timeout(new QSpinBox(this)), m_concurrency(new QSpinBox(this)),
      m_categories(nullptr), m_authors(nullptr), m_renditions(new QCheckBox(this)),
      m_trash(new QCheckBox(this)), m_caFile(new QLineEdit(this)), m_chooseCa(new QToolButton(this)),
      m_ninjsVersion(new QComboBox(this)), m_test(new QPushButton(this)), m_testResult(new QLabel(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_check(new ConnectionCheck(network, this))
{
    const bool adding = profile.id == 0;
    setObjectName(QStringLiteral("endpointEditDialog"));
    setWindowTitle(adding ? tr("New publishing endpoint") : tr("Endpoint %1").arg(profile.name));

    m_name->setObjectName(QStringLiteral("endpointName"));
    m_name->setText(profile.name);
    m_name->setReadOnly(!adding);
    m_name->setPlaceholderText(tr("e.g. site-export (letters, digits, . _ -)"));
    if (!adding) {
        m_name->setToolTip(tr("The name files the secret; it does not change"));
        m_name->setFocusPolicy(Qt::NoFocus);
    }
    m_type->setObjectName(QStringLiteral("endpointType"));
    for (const QString &type : EndpointProfile::types())
        m_type->addItem(PublishUi::typeDisplayName(type), type);
    m_type->setCurrentIndex(qMax(0, m_type->findData(profile.type)));
    m_url->setObjectName(QStringLiteral("endpointUrl"));
    m_url->setText(profile.isHttp() ? profile.url : QDir::toNativeSeparators(profile.url));
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolder"));
    m_chooseFolder->setText(tr("Choose…"));
    m_chooseFolder->setToolTip(tr("Pick the folder packages are written to"));
    m_auth->setObjectName(QStringLiteral("endpointAuth"));
    for (const QString &auth : EndpointProfile::authKinds())
        m_auth->addItem(PublishUi::authDisplayName(auth), auth);
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(profile.auth)));
    m_login->setObjectName(QStringLiteral("endpointLogin"));
    m_login->setText(profile.login);
    m_login->setPlaceholderText(tr("the WordPress user the application password belongs to"));
    m_header->setObjectName(QStringLiteral("endpointHeader"));
    m_header->setText(profile.headerName);
    m_header->setPlaceholderText(tr("e.g. X-Api-Key"));
    m_secret->setObjectName(QStringLiteral("endpointSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(adding ? tr("the application password, token or header value")
                                        : tr("leave empty to keep the stored secret"));
    m_secretState->setObjectName(QStringLiteral("secretState"));
    m_secretState->setWordWrap(true);
    m_secretState->setTextFormat(Qt::PlainText);
    m_timeout->setObjectName(QStringLiteral("endpointTimeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(profile.timeoutSeconds);
    m_concurrency->setObjectName(QStringLiteral("endpointConcurrency"));
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(profile.concurrency);
    m_concurrency->setToolTip(tr("How many photos are uploaded at the same time"));
    m_renditions->setObjectName(QStringLiteral("endpointRenditions"));
    m_renditions->setText(tr("Send photo renditions (resized, captions and credits written in)"));
    m_renditions->setToolTip(
        tr("Pictures from readers (UGC) always lose their GPS position and device data"));
    m_renditions->setChecked(profile.renditions);
    m_trash->setObjectName(QStringLiteral("endpointTrash"));
    m_trash->setText(tr("Move the post to the trash on unpublishing (else it becomes a draft)"));
    m_trash->setChecked(profile.trashOnUnpublish);
    m_caFile->setObjectName(QStringLiteral("endpointCaFile"));
    m_caFile->setText(QDir::toNativeSeparators(profile.caCertificateFile));
    m_caFile->setPlaceholderText(tr("only for an in-house CMS with its own certificate authority"));
    m_chooseCa->setText(tr("Choose…"));
    m_ninjsVersion->setObjectName(QStringLiteral("endpointNinjsVersion"));
    m_ninjsVersion->addItem(tr("3.1 (current)"), QStringLiteral("3.1"));
    m_ninjsVersion->addItem(tr("2.2 (older consumers)"), QStringLiteral("2.2"));
    m_ninjsVersion->setCurrentIndex(qMax(0, m_ninjsVersion->findData(profile.ninjsVersion)));

    // Connection
    auto *connection = new QWidget(this);
    auto *connectionForm = new QFormLayout(connection);
    connectionForm->addRow(tr("Name:"), m_name);
    connectionForm->addRow(tr("Type:"), m_type);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_chooseFolder);
    connectionForm->addRow(m_urlLabel, urlRow);
    connectionForm->addRow(tr("Authentication:"), m_auth);
    connectionForm->addRow(tr("CMS login:"), m_login);
    connectionForm->addRow(tr("Header name:"), m_header);
    connectionForm->addRow(tr("Secret:"), m_secret);
    connectionForm->addRow(QString(), m_secretState);

    // Sending
    auto *sending = new QWidget(this);
    auto *sendingForm = new QFormLayout(sending);
    sendingForm->addRow(tr("Timeout:"), m_timeout);
    sendingForm->addRow(tr("Parallel uploads:"), m_concurrency);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_chooseCa);
    sendingForm->addRow(tr("Extra CA certificate:"), caRow);
    m_caFile->setToolTip(tr("A PEM file; certificate verification itself always stays on"));
    sendingForm->addRow(tr("ninjs version:"), m_ninjsVersion);
    sendingForm->addRow(QString(), m_renditions);
    sendingForm->addRow(QString(), m_trash);

    // Categories and authors
    auto *maps = new QWidget(this);
    auto *mapsLayout = new QVBoxLayout(maps);
    auto *categoriesLabel = new QLabel(
        tr("Categories: a Qalam region, rubric or tag → the CMS category id (tag:ID for a CMS tag)."), maps);
    categoriesLabel->setWordWrap(true);
    m_categories = makeMapTable(maps, {tr("Region, rubric or tag"), tr("CMS category")});
    m_categories->setObjectName(QStringLiteral("categoryMap"));
    auto *authorsLabel =
        new QLabel(tr("Authors: a Qalam author → the CMS user id, or the byline text to print."), maps);
    authorsLabel->setWordWrap(true);
    m_authors = makeMapTable(maps, {tr("Qalam author"), tr("CMS user id or byline")});
    m_authors->setObjectName(QStringLiteral("authorMap"));
    auto mapButtons = [maps](QTableWidget *table, std::function<void()> add) {
        auto *row = new QHBoxLayout;
        auto *plus = new QToolButton(maps);
        plus->setText(tr("Add row"));
        auto *minus = new QToolButton(maps);
        minus->setText(tr("Remove row"));
        QObject::connect(plus, &QToolButton::clicked, maps, add);
        QObject::connect(minus, &QToolButton::clicked, maps, [table] {
            if (table->currentRow() >= 0)
                table->removeRow(table->currentRow());
        });
        row->addWidget(plus);
        row->addWidget(minus);
        row->addStretch(1);
        return row;
    };
    mapsLayout->addWidget(categoriesLabel);
    mapsLayout->addWidget(m_categories, 1);
    mapsLayout->addLayout(mapButtons(m_categories, [this] { addCategoryRow(); }));
    mapsLayout->addWidget(authorsLabel);
    mapsLayout->addWidget(m_authors, 1);
    mapsLayout->addLayout(mapButtons(m_authors, [this] { addAuthorRow(); }));
    for (auto it = profile.categoryMap.constBegin(); it != profile.categoryMap.constEnd(); ++it)
        addCategoryRow(it.key(), mapText(it.value()));
    for (auto it = profile.authorMap.constBegin(); it != profile.authorMap.constEnd(); ++it)
        addAuthorRow(it.key().toLongLong(), mapText(it.value()));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("endpointTabs"));
    tabs->addTab(connection, tr("Connection"));
    tabs->addTab(sending, tr("Sending"));
    tabs->addTab(maps, tr("Categories and authors"));

    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setText(tr("Test connection"));
    m_test->setToolTip(tr("Check the endpoint as typed here, with the typed secret or else the stored one"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->hide();
    m_error->setObjectName(QStringLiteral("endpointError"));
    People::makeErrorLabel(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add the endpoint") : tr("Save"));

    // Rows shown for some types or authentications only.
    auto rowVisible = [](QFormLayout *form, QWidget *field, bool visible) {
        form->setRowVisible(field, visible);
    };
    auto refreshRows = [this, connectionForm, sendingForm, caRow, rowVisible] {
        const QString type = m_type->currentData().toString();
        const QString auth = m_auth->currentData().toString();
        const bool http = type != EndpointProfile::folderType();
        m_urlLabel->setText(http ? tr("Address:") : tr("Folder:"));
        m_url->setPlaceholderText(http ? tr("https://news.example.kz") : tr("an absolute folder path"));
        m_chooseFolder->setVisible(!http);
        rowVisible(connectionForm, m_auth, http);
        rowVisible(connectionForm, m_login, http && auth == u"app-password");
        rowVisible(connectionForm, m_header, http && auth == u"header");
        rowVisible(connectionForm, m_secret, http && EndpointProfile::needsSecret(auth));
        rowVisible(connectionForm, m_secretState, http && EndpointProfile::needsSecret(auth));
        rowVisible(sendingForm, m_timeout, http);
        rowVisible(sendingForm, m_concurrency, http);
        sendingForm->setRowVisible(caRow, http);
        rowVisible(sendingForm, m_ninjsVersion, type != u"wordpress");
        rowVisible(sendingForm, m_trash, type == u"wordpress");
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, [this, refreshRows] {
        typeChanged();
        refreshRows();
    });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this, refreshRows] {
        authChanged();
        refreshRows();
    });
    typeChanged();
    refreshRows();
    connect(m_chooseFolder, &QToolButton::clicked, this, &EndpointEditDialog::chooseFolder);
    connect(m_chooseCa, &QToolButton::clicked, this, &EndpointEditDialog::chooseCaFile);
    connect(m_test, &QPushButton::clicked, this, &EndpointEditDialog::testConnection);
    connect(m_check, &ConnectionCheck::done, this, [this](bool ok, const QString &message) {
        unsetCursor();
        m_test->setEnabled(true);
        PublishUi::showResult(m_testResult, ok, ok ? tr("Connection ok: %1").arg(message) : message);
        emit testFinished(ok, message);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EndpointEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Where the secret is kept, and the authors for the author map.
    m_storedSecretAt = adding ? QStringLiteral("none") : QString();
    showSecretState();
    if (!adding) {
        const EndpointProfile stored = profile;
        People::inBackground(
            this, [stored]() { return secretPlace(stored); },
            [this](const SecretPlace &place) {
                m_storedSecretAt = place.where;
                m_secretFile = place.file;
                showSecretState();
                emit secretChecked();
            });
    }
    AuthorStore authors(m_database, m_actor);
    People::inBackground(
        this, [authors]() mutable { return authors.list(); },
        [this](const Result<QList<Author>> &list) {
            if (list)
                setAuthors(*list);
        });
    resize(640, 480);
}

void EndpointEditDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_auth, m_timeout, m_concurrency, m_renditions,
                                                       m_trash, m_ninjsVersion, m_chooseFolder, m_chooseCa})
        w->setEnabled(!readOnly);
    for (QLineEdit *e : {m_url, m_login, m_header, m_secret, m_caFile})
        e->setReadOnly(readOnly);
    m_categories->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                           : QAbstractItemView::AllEditTriggers);
    m_authors->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                        : QAbstractItemView::AllEditTriggers);
    for (int r = 0; r < m_authors->rowCount(); ++r)
        if (QWidget *w = m_authors->cellWidget(r, 0))
            w->setEnabled(!readOnly);
    m_buttons->button(QDialogButtonBox::Ok)->setVisible(!readOnly);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(readOnly ? tr("Close") : tr("Cancel"));
    if (readOnly)
        m_secret->setPlaceholderText(QString());
}

void EndpointEditDialog::typeChanged()
{
    const QString type = m_type->currentData().toString();
    const QString auth = m_auth->currentData().toString();
    // Keep a sensible authentication for the type.
    QString wanted = auth;
    if (type == EndpointProfile::folderType())
        wanted = QStringLiteral("none");
    else if (type == u"wordpress" && auth != u"app-password" && auth != u"none")
        wanted = QStringLiteral("app-password");
    else if (type == u"ninjs-http" && (auth == u"app-password" || auth == u"none"))
        wanted = EndpointProfile::defaultAuth(type);
    if (wanted != auth)
        m_auth->setCurrentIndex(m_auth->findData(wanted));
    m_auth->setEnabled(!m_readOnly && type != EndpointProfile::folderType());
}

void EndpointEditDialog::authChanged()
{
    showSecretState();
}

void EndpointEditDialog::showSecretState()
{
    QString text;
    if (m_storedSecretAt.isEmpty())
        text = tr("Looking up the stored secret…");
    else if (m_storedSecretAt == u"keychain")
        text = tr("A secret is stored in the keychain. Type a new one to replace it.");
    else if (m_storedSecretAt == u"file")
        text = tr("A secret is stored in the fallback file %1 (readable only by you), since no keychain "
                  "service answered. Type a new one to replace it.")
                   .arg(QDir::toNativeSeparators(m_secretFile));
    else if (m_storedSecretAt == u"none" || m_storedSecretAt == u"not-needed")
        text =
            tr("No secret is stored yet: type it above. It goes to the keychain, never into the database.");
    else
        text = tr("The stored secret cannot be read: %1").arg(m_storedSecretAt);
    m_secretState->setText(text);
}

void EndpointEditDialog::setAuthors(const QList<Author> &authors)
{
    m_knownAuthors = authors;
    for (int r = 0; r < m_authors->rowCount(); ++r) {
        auto *box = qobject_cast<QComboBox *>(m_authors->cellWidget(r, 0));
        if (!box)
            continue;
        const qint64 current = box->currentData().toLongLong();
        box->clear();
        for (const Author &a : authors)
            box->addItem(a.name, a.id);
        if (current > 0 && box->findData(current) < 0)
            box->addItem(tr("Author #%1").arg(current), current);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    }
}

void EndpointEditDialog::addCategoryRow(const QString &key, const QString &value)
{
    const int row = m_categories->rowCount();
    m_categories->insertRow(row);
    m_categories->setItem(row, 0, new QTableWidgetItem(key));
    m_categories->setItem(row, 1, new QTableWidgetItem(value));
    if (key.isEmpty())
        m_categories->setCurrentCell(row, 0);
}

void EndpointEditDialog::addAuthorRow(qint64 authorId, const QString &value)
{
    const int row = m_authors->rowCount();
    m_authors->insertRow(row);
    auto *box = new QComboBox(m_authors);
    for (const Author &a : std::as_const(m_knownAuthors))
        box->addItem(a.name, a.id);
    if (authorId > 0 && box->findData(authorId) < 0)
        box->addItem(tr("Author #%1").arg(authorId), authorId);
    box->setCurrentIndex(authorId > 0 ? box->findData(authorId) : 0);
    box->setEnabled(!m_readOnly);
    m_authors->setCellWidget(row, 0, box);
    m_authors->setItem(row, 1, new QTableWidgetItem(value));
}

EndpointProfile EndpointEditDialog::profile() const
{
    EndpointProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.type = m_type->currentData().toString();
    p.url = m_url->text().trimmed();
    if (p.type == EndpointProfile::folderType() && !p.url.isEmpty())
        p.url = QDir::fromNativeSeparators(p.url);
    p.auth =
        p.type == EndpointProfile::folderType() ? QStringLiteral("none") : m_auth->currentData().toString();
    p.login = p.auth == u"app-password" ? m_login->text().trimmed() : QString();
    p.headerName = p.auth == u"header" ? m_header->text().trimmed() : QString();
    p.timeoutSeconds = m_timeout->value();
    p.concurrency = m_concurrency->value();
    p.categoryMap = {};
    for (int r = 0; r < m_categories->rowCount(); ++r) {
        const QString key = m_categories->item(r, 0) ? m_categories->item(r, 0)->text().trimmed() : QString();
        const QString value =
            m_categories->item(r, 1) ? m_categories->item(r, 1)->text().trimmed() : QString();
        if (!key.isEmpty() && !value.isEmpty())
            p.categoryMap.insert(key, mapValue(value));
    }
    p.authorMap = {};
    for (int r = 0; r < m_authors->rowCount(); ++r) {
        auto *box = qobject_cast<QComboBox *>(m_authors->cellWidget(r, 0));
        const qint64 id = box ? box->currentData().toLongLong() : 0;
        const QString value = m_authors->item(r, 1) ? m_authors->item(r, 1)->text().trimmed() : QString();
        if (id > 0 && !value.isEmpty())
            p.authorMap.insert(QString::number(id), mapValue(value));
    }
    p.renditions = m_renditions->isChecked();
    p.trashOnUnpublish = p.type == u"wordpress" && m_trash->isChecked();
    p.caCertificateFile = p.isHttp() ? QDir::fromNativeSeparators(m_caFile->text().trimmed()) : QString();
    p.ninjsVersion = m_ninjsVersion->currentData().toString();
    return p;
}

void EndpointEditDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for published packages"),
                                          m_url->text().isEmpty() ? QDir::homePath() : m_url->text());
    if (!folder.isEmpty())
        m_url->setText(QDir::toNativeSeparators(folder));
}

void EndpointEditDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate of the CMS"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(file));
}

void EndpointEditDialog::testConnection()
{
    if (m_check->isBusy())
        return;
    auto checked = EndpointStore::validated(profile());
    if (!checked) {
        PublishUi::showResult(m_testResult, false, checked.error().message);
        emit testFinished(false, checked.error().message);
        return;
    }
    setCursor(Qt::BusyCursor);
    m_test->setEnabled(false);
    PublishUi::showResult(m_testResult, true, tr("Testing…"));
    m_check->start(*checked, m_secret->text());
}

void EndpointEditDialog::accept()
{
    if (m_busy || m_readOnly)
        return;
    const bool adding = m_profile.id == 0;
    auto checked = EndpointStore::validated(profile());
    if (!checked) {
        People::showInlineError(m_error, checked.error().message);
        emit saveFinished(false);
        return;
    }
    const EndpointProfile p = *checked;
    const bool needsSecret = p.isHttp() && EndpointProfile::needsSecret(p.auth);
    const QString secret = needsSecret ? m_secret->text() : QString();
    if (needsSecret && secret.isEmpty() && (adding || m_storedSecretAt == u"none")) {
        People::showInlineError(m_error, tr("Type the %1: this endpoint cannot publish without it.")
                                             .arg(PublishUi::authDisplayName(p.auth).toLower()));
        m_secret->setFocus();
        emit saveFinished(false);
        return;
    }

    struct Saved
    {
        Result<EndpointProfile> profile = Error{};
        QString backend;
    };
    m_busy = true;
    setCursor(Qt::BusyCursor);
    m_buttons->setEnabled(false);
    People::showInlineError(m_error, {});
    EndpointStore store(m_database, m_actor);
    People::inBackground(
        this,
        [store, p, secret, adding, needsSecret]() mutable {
            Saved saved;
            saved.profile = adding ? store.add(p) : store.update(p);
            if (!saved.profile)
                return saved;
            SecretStore secrets;
            if (!secret.isEmpty()) {
                if (auto stored = secrets.store(p.name, secret); !stored) {
                    // No new endpoint without the secret it was given.
                    if (adding)
                        (void)store.remove(p.name);
                    saved.profile = stored.error();
                    return saved;
                }
                saved.backend = secrets.backend();
            } else if (!needsSecret && !adding) {
                // A secret the endpoint no longer uses does not linger.
                (void)secrets.remove(p.name);
            }
            return saved;
        },
        [this](const Saved &saved) {
            m_busy = false;
            unsetCursor();
            m_buttons->setEnabled(true);
            if (!saved.profile) {
                People::showInlineError(m_error, saved.profile.error().message);
                emit saveFinished(false);
                return;
            }
            m_saved = *saved.profile;
            m_secret->clear();
            emit saveFinished(true);
            QDialog::accept();
        });
}

} // namespace Qalam
