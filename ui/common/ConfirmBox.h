#pragma once

#include <QMessageBox>

#include <functional>

namespace pokee::ui {

// The one way the window asks before it destroys a session (on the server, or an ended
// one's transcript here): a window-modal box that names what goes, says what
// follows, offers the destructive button by name and defaults to Cancel. `onYes` runs only
// when that button is pressed, and only while `context` lives.
namespace ConfirmBox {

struct Question
{
    QMessageBox::Icon icon = QMessageBox::Warning;
    QString objectName; // for tests and accessibility tools
    QString title;
    QString text;       // what goes: "Delete “Report” on the server?"
    QString details;    // what follows from it
    QString action;     // the destructive button: "Delete"
};

void ask(const Question &question, QWidget *parent, QObject *context, const std::function<void()> &onYes);

} // namespace ConfirmBox

} // namespace pokee::ui
