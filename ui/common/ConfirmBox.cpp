#include "common/ConfirmBox.h"

#include <QPushButton>

namespace pokee::ui::ConfirmBox {

void ask(const Question &q, QWidget *parent, QObject *context, const std::function<void()> &onYes)
{
    auto *box = new QMessageBox(q.icon, q.title, q.text, QMessageBox::Cancel, parent);
    box->setObjectName(q.objectName);
    box->setInformativeText(q.details);
    QPushButton *yes = box->addButton(q.action, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, context, [yes, onYes](QAbstractButton *b) {
        if (b == yes)
            onYes();
    });
    box->open();
}

} // namespace pokee::ui::ConfirmBox
