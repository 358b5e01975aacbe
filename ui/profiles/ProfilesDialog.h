#pragma once

#include "profiles/Profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace pokee {
class KeyStore;
class ProfileStore;
} // namespace pokee

namespace pokee::ui {

// Profiles: each a name, a base URL, a key and how to reach the server. The key goes to the
// OS keychain and nowhere else; when the keychain cannot take it, the dialog says so and
// offers to use the key for this run only (keyForThisRun()). "Test connection" answers in
// one sentence.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)
public:
    ProfilesDialog(pokee::ProfileStore *store, pokee::KeyStore *keys, QWidget *parent = nullptr);

    // The fields, for tests.
    QListWidget *list() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *keyField() const { return m_key; }
    QComboBox *proxyChoice() const { return m_proxy; }
    QLineEdit *proxyHostField() const { return m_proxyHost; }
    QSpinBox *proxyPortField() const { return m_proxyPort; }
    QLineEdit *caFileField() const { return m_caFile; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *warningLabel() const { return m_warning; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }

    void selectProfile(const QString &name);
    void startNew();
    void save();
    void removeSelected();
    void testConnection();

Q_SIGNALS:
    // The saved profiles changed (the window's switcher follows).
    void profilesChanged();
    // The keychain refused the key and the user chose to use it for this run only.
    void keyForThisRun(const QString &profile, const QString &key);
    void switchRequested(const QString &profile);

private:
    pokee::Profile profileFromFields() const;
    void reload(const QString &select);
    void updateWarning();

    pokee::ProfileStore *m_store; // not owned
    pokee::KeyStore *m_keys;      // not owned
    QString m_editing;            // the saved profile being edited; empty for a new one
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QComboBox *m_proxy;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_caFile;
    QLabel *m_warning;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_remove;
    QPushButton *m_use;
};

} // namespace pokee::ui
