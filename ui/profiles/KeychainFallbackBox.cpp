#include "profiles/KeychainFallbackBox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace pokee::ui {

bool keepKeyForThisRunOnly(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("pokee::ui::KeychainFallbackBox", "Keychain"),
                    message, QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("keychainUnavailable"));
    QPushButton *runOnly = box.addButton(
        QCoreApplication::translate("pokee::ui::KeychainFallbackBox", "Use the key for this run only"), QMessageBox::AcceptRole);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(runOnly);
}

} // namespace pokee::ui
