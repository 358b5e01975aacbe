#include "profiles/KeyPromptDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pokee::ui {

KeyPromptDialog::KeyPromptDialog(const QString &profile, const QString &reason, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_key(new QLineEdit(this))
{
    setObjectName(QStringLiteral("keyPrompt"));
    setWindowTitle(tr("API key for %1").arg(profile));
    auto *text = new QLabel(reason, this);
    text->setWordWrap(true);
    m_key->setObjectName(QStringLiteral("keyPromptField"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    auto *note = new QLabel(tr("It is stored in the system keychain, never in a file."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_key, &QLineEdit::textChanged, ok, [ok](const QString &t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_key);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

QString KeyPromptDialog::key() const
{
    return m_key->text().trimmed();
}

} // namespace pokee::ui
