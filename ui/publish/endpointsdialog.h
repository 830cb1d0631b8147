#pragma once

#include "app/model/article.h"
#include "app/people/user.h"
#include "app/publish/endpoint.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace Qalam {

class Database;
class EndpointEditDialog;

namespace PublishUi {
// "WordPress", "ninjs over HTTP", "Folder" (translated).
QString typeDisplayName(const QString &type);
// "Application password", "Bearer token", "Custom header", "None" (translated).
QString authDisplayName(const QString &auth);
// A one-line result in green (ok) or red (not ok) that reads on light and
// dark palettes; hidden while `text` is empty.
void showResult(QLabel *label, bool ok, const QString &text);
} // namespace PublishUi

// Runs "Test connection" for a profile: the stored secret (unless one is
// given) is read on a worker thread, since a keychain may prompt and take
// its time; then EndpointTester answers asynchronously through `done`.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    ConnectionCheck(QNetworkAccessManager *network, QObject *parent = nullptr);
    // `typedSecret` empty: the one stored under the profile's name.
    void start(const EndpointProfile &profile, const QString &typedSecret = {});
    bool isBusy() const { return m_busy; }

signals:
    void done(bool ok, const QString &message);

private:
    QNetworkAccessManager *m_network;
    quint64 m_generation = 0;
    bool m_busy = false;
};

// Newsroom → Publishing endpoints…: the newsroom's endpoint profiles (never
// their secrets, only where one is stored), with Add, Edit, Remove for
// administrators and Test connection for everyone. Others see the list
// read-only; the core refuses their changes anyway and its refusal is shown
// inline. Every store call and every secret runs on a worker thread.
class EndpointsDialog : public QDialog
{
    Q_OBJECT

public:
    EndpointsDialog(std::shared_ptr<Database> database, Actor actor, QNetworkAccessManager *network,
                    QWidget *parent = nullptr);

    void reload();
    const QList<EndpointProfile> &profiles() const { return m_profiles; }
    bool mayEdit() const { return m_mayEdit; }

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResultLabel() const { return m_testResult; }
    QLabel *errorLabel() const { return m_error; }

    // The edit dialog of Add… / Edit… while it is open.
    EndpointEditDialog *editDialog() const;
    // Tests the selected profile with its stored secret.
    void testSelected();
    // Removes the selected profile and its secret (after asking).
    void removeSelected();
    void selectProfile(const QString &name);

signals:
    void reloaded();
    // Where each profile's secret is has been looked up (after reloaded()).
    void secretsChecked();
    void testFinished(bool ok, const QString &message);
    void removeFinished(bool removed);
    void profilesChanged();

private:
    void openEditor(const EndpointProfile &profile);
    const EndpointProfile *selectedProfile() const;
    void updateButtons();
    void checkSecrets();

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    QNetworkAccessManager *m_network;
    bool m_mayEdit;
    QList<EndpointProfile> m_profiles;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_error;
    ConnectionCheck *m_check;
    QPointer<EndpointEditDialog> m_editor;
    quint64 m_generation = 0;
};

// Adds a profile, or edits one (everything but its name, which files its
// secret). The secret is typed into a password field and stored through
// SecretStore on a worker thread; it is never shown back, only where it is
// kept ("stored in the keychain"). Test connection checks the profile as
// typed, with the typed secret or else the stored one.
class EndpointEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `profile.id == 0` adds a new profile.
    EndpointEditDialog(std::shared_ptr<Database> database, Actor actor, const EndpointProfile &profile,
                       QNetworkAccessManager *network, QWidget *parent = nullptr);

    // The profile as the fields hold it (not validated).
    EndpointProfile profile() const;
    const EndpointProfile &saved() const { return m_saved; }
    void setReadOnly(bool readOnly);
    void testConnection();

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *urlEdit() const { return m_url; }
    QToolButton *folderButton() const { return m_chooseFolder; }
    QComboBox *authBox() const { return m_auth; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *headerEdit() const { return m_header; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLabel *secretStateLabel() const { return m_secretState; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QTableWidget *categoryTable() const { return m_categories; }
    QTableWidget *authorTable() const { return m_authors; }
    QCheckBox *renditionsBox() const { return m_renditions; }
    QCheckBox *trashBox() const { return m_trash; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QComboBox *ninjsVersionBox() const { return m_ninjsVersion; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResultLabel() const { return m_testResult; }
    QLabel *errorLabel() const { return m_error; }
    // Adds a row to the category or author map (the author map's first
    // column picks a Qalam author).
    void addCategoryRow(const QString &key = {}, const QString &value = {});
    void addAuthorRow(qint64 authorId = 0, const QString &value = {});

public slots:
    void accept() override;

signals:
    void saveFinished(bool saved);
    void testFinished(bool ok, const QString &message);
    // Where the stored secret is has been looked up.
    void secretChecked();

private:
    void typeChanged();
    void authChanged();
    void showSecretState();
    void setAuthors(const QList<Author> &authors);
    void chooseFolder();
    void chooseCaFile();

    std::shared_ptr<Database> m_database;
    Actor m_actor;
    EndpointProfile m_profile;
    EndpointProfile m_saved;
    QList<Author> m_knownAuthors;
    QString m_storedSecretAt; // "keychain", "file", "none", or an error text
    QString m_secretFile;
    bool m_busy = false;
    bool m_readOnly = false;

    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_url;
    QToolButton *m_chooseFolder;
    QLabel *m_urlLabel;
    QComboBox *m_auth;
    QLineEdit *m_login;
    QLineEdit *m_header;
    QLineEdit *m_secret;
    QLabel *m_secretState;
    QSpinBox *m_timeout;
    QSpinBox *m_concurrency;
    QTableWidget *m_categories;
    QTableWidget *m_authors;
    QCheckBox *m_renditions;
    QCheckBox *m_trash;
    QLineEdit *m_caFile;
    QToolButton *m_chooseCa;
    QComboBox *m_ninjsVersion;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    ConnectionCheck *m_check;
};

} // namespace Qalam
