#pragma once

#include <QObject>

namespace pokee::ui {

// Installed on a list's viewport: a right-click opens the context menu without selecting the
// row under the pointer. The highlighted row stays the one on screen (the session shown and
// sent to); the menu names the row it acts on instead.
class RightClickKeepsSelection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace pokee::ui
