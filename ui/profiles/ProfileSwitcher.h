#pragma once

#include <QComboBox>

namespace pokee::ui {

// The profile in use, above the sessions: picking another asks to switch to it, and its last
// entry, "Manage profiles…", opens the profiles dialog. Hidden until there are profiles.
class ProfileSwitcher : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSwitcher)
public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);

    // The profiles offered and which is in use (shown as `displayName` when given); no names:
    // the ones offered before, with the one in use selected again.
    void setProfiles(const QStringList &names, const QString &current, const QString &displayName = {});

Q_SIGNALS:
    void switchRequested(const QString &name);
    void manageRequested();

private:
    bool m_filling = false;
};

} // namespace pokee::ui
