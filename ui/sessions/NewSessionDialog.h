#pragma once

#include "session/SessionController.h"
#include "tools/ToolSet.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QListWidget;
class QSpinBox;

namespace pokee::ui {

// "New session": persistent or not, how long a persistent one lives (1 h, 4 h, 24 h or a
// custom number of hours), and which tools of the library the agent may call — fixed once
// the session exists.
class NewSessionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSessionDialog)
public:
    explicit NewSessionDialog(const pokee::ToolSet &library = {}, QWidget *parent = nullptr);

    pokee::SessionController::NewSession options() const;
    QCheckBox *persistentBox() const { return m_persistent; }
    QComboBox *ttlChoice() const { return m_ttl; }
    QSpinBox *customHours() const { return m_hours; }
    QListWidget *toolList() const { return m_tools; }

private:
    void updateEnabled();

    QCheckBox *m_persistent;
    QComboBox *m_ttl;
    QSpinBox *m_hours;
    QListWidget *m_tools;
    pokee::ToolSet m_library;
};

} // namespace pokee::ui
