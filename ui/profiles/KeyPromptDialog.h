#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace pokee::ui {

// Asks for a profile's API key: at the first start of a profile whose key is not in the
// keychain, and again when the server refused it (401). The field never echoes the key.
class KeyPromptDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyPromptDialog)
public:
    KeyPromptDialog(const QString &profile, const QString &reason, QWidget *parent = nullptr);

    QLineEdit *keyField() const { return m_key; }
    QString key() const;
    QString profile() const { return m_profile; }

private:
    QString m_profile;
    QLineEdit *m_key;
};

} // namespace pokee::ui
