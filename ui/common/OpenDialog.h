#pragma once

#include <QDialog>

namespace pokee::ui {

// Opens a dialog window-modally (QDialog::open: the window's event loop goes on) and lets it
// delete itself when closed; returns it, for the caller to connect to and for tests to drive.
template <class Dialog>
Dialog *openDialog(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace pokee::ui
