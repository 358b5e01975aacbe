#pragma once

#include "settings/Appearance.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;

namespace pokee::ui {

// Edit → Settings: language, light or dark, and desktop notifications. Appearance and
// notifications apply at once; a new language from the next start (every window would have
// to be rebuilt to change it live, and a restart is what users expect of a language switch).
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    SettingsDialog(Appearance *appearance, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QButtonGroup *schemeButtons() const { return m_schemes; }

private:
    Appearance *m_appearance; // not owned
    QComboBox *m_language;
    QLabel *m_languageNote;
    QButtonGroup *m_schemes;
};

} // namespace pokee::ui
