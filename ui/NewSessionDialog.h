#pragma once

#include "session/SessionController.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace pokee::ui {

// "New session": persistent or not, and how long a persistent one lives (1 h, 4 h, 24 h or
// a custom number of hours). The tools are fixed once the session exists; the tool library
// that picks them comes with the tool-call inbox (its slot is the note under the options).
class NewSessionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSessionDialog)
public:
    explicit NewSessionDialog(QWidget *parent = nullptr);

    pokee::SessionController::NewSession options() const;
    QCheckBox *persistentBox() const { return m_persistent; }
    QComboBox *ttlChoice() const { return m_ttl; }
    QSpinBox *customHours() const { return m_hours; }

private:
    void updateEnabled();

    QCheckBox *m_persistent;
    QComboBox *m_ttl;
    QSpinBox *m_hours;
};

} // namespace pokee::ui
