#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Qalam {

// Newsroom → Database…, and the dialog Qalam shows at start when its database
// cannot be opened: this computer's file, or the newsroom's PostgreSQL server
// (host, port, database, user, password, TLS mode and CA certificate).
// "Test connection" runs ServerLogin::probe on a worker thread and shows what
// it found in green or red. OK stores the password in the keychain (or
// forgets it) on a worker thread, saves the location for later starts
// (DataLocation) and closes; the caller then opens location(). The GUI
// thread never waits for the keychain or the server.
class DatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DatabaseDialog(QWidget *parent = nullptr);
    ~DatabaseDialog() override;

    // Fills the form from a file path or a server URL (a password in the
    // URL is never shown; it becomes password()).
    void setLocation(const QString &location);
    // The form's location: an absolute file path, or a postgresql:// URL.
    QString location() const;
    // What was typed into the password field (else the password the loaded
    // URL carried); empty: the stored one, else libpq's. Never saved with
    // the location.
    QString password() const;
    // Why the database could not be opened (at start), shown in red on top.
    void showProblem(const QString &message, const QString &detail = QString());
    // A line of grey text above the buttons (how the choice takes effect).
    void setNote(const QString &note);

    // Two locations name the same database (a file's path, or a URL's
    // parts and options in any spelling).
    static bool sameLocation(const QString &a, const QString &b);

    void testConnection();
    bool isBusy() const { return m_busy; }
    void accept() override;
    // Cancel: a keychain call still running ends unseen.
    void reject() override;

    // For tests and the screenshot.
    QRadioButton *fileChoice() const { return m_fileChoice; }
    QRadioButton *serverChoice() const { return m_serverChoice; }
    QLineEdit *filePathEdit() const { return m_filePath; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    // The connection test ended and its finding is shown.
    void testFinished(bool usable);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateEnabled();
    void updateSslHelp();
    // The form's location, or why there is none yet (a missing field).
    QString formLocation(QString *problem) const;
    void setBusy(bool busy);
    void showResult(bool ok, const QString &text, const QString &detail = QString());
    void finishAccept(const QString &location);
    void growToFit();

    QLabel *m_problem;
    QRadioButton *m_fileChoice;
    QRadioButton *m_serverChoice;
    QGroupBox *m_fileGroup;
    QLineEdit *m_filePath;
    QPushButton *m_browse;
    QGroupBox *m_serverGroup;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_databaseLabel;
    QLineEdit *m_database;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_sslLabel;
    QComboBox *m_sslMode;
    QLabel *m_sslHelp;
    QLabel *m_caLabel;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QPushButton *m_test;
    QLabel *m_result;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;

    QString m_urlPassword;                         // a password the loaded URL carried itself
    QString m_loadedSslMode;                       // "" when the loaded URL named none (libpq's prefer)
    QList<QPair<QString, QString>> m_otherOptions; // connect_timeout, … of the loaded URL
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace Qalam
