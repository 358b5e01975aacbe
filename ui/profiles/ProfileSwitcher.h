#pragma once

#include <QComboBox>
#include <QHash>

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
    // What a profile's entry says beside its name ("no key in the keychain", "key refused"):
    // the profiles not on screen are open too, and one that could not open says why.
    // An empty note clears it.
    void setNote(const QString &name, const QString &note);
    // The profiles offered other than the one in use: each name, and the words the switcher
    // shows for it (the command palette offers them too).
    QList<std::pair<QString, QString>> others() const;

Q_SIGNALS:
    void switchRequested(const QString &name);
    void manageRequested();

private:
    QString shownName(const QString &name) const;

    bool m_filling = false;
    QHash<QString, QString> m_notes;
};

} // namespace pokee::ui
