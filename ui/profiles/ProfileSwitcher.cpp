#include "profiles/ProfileSwitcher.h"

#include "profiles/Profile.h"

namespace pokee::ui {

ProfileSwitcher::ProfileSwitcher(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    setAccessibleName(tr("Profile"));
    setToolTip(tr("The account and server in use"));
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (m_filling)
            return;
        const QString name = itemData(index).toString();
        if (name.isEmpty()) {
            Q_EMIT manageRequested();
            setProfiles({}, {}); // back to the current one
        } else if (name != property("current").toString()) {
            Q_EMIT switchRequested(name);
        }
    });
    hide(); // until setProfiles() says there is something to switch
}

void ProfileSwitcher::setProfiles(const QStringList &names, const QString &current, const QString &displayName)
{
    QStringList all = names;
    QString selected = current;
    if (all.isEmpty()) { // re-select what was there
        for (int i = 0; i < count(); ++i)
            if (!itemData(i).toString().isEmpty())
                all << itemData(i).toString();
        selected = property("current").toString();
    }
    m_filling = true;
    clear();
    for (const QString &name : std::as_const(all))
        addItem(name == selected && !displayName.isEmpty() ? displayName : shownName(name), name);
    insertSeparator(count());
    addItem(tr("Manage profiles…"), QString());
    setProperty("current", selected);
    setCurrentIndex(qMax(0, int(all.indexOf(selected))));
    setVisible(!all.isEmpty());
    m_filling = false;
}

QString ProfileSwitcher::shownName(const QString &name) const
{
    // The two built-in profiles' names are identifiers (their journals are filed under them);
    // the switcher shows them in the user's language.
    const QString shown = name == pokee::Profile::localDemoName()     ? tr("Local demo")
                          : name == pokee::Profile::environmentName() ? tr("Environment")
                                                                      : name;
    const QString note = m_notes.value(name);
    //: A profile in the switcher with what keeps it from being followed: "Home — key refused"
    return note.isEmpty() ? shown : tr("%1 — %2").arg(shown, note);
}

QList<std::pair<QString, QString>> ProfileSwitcher::others() const
{
    QList<std::pair<QString, QString>> result;
    const QString current = property("current").toString();
    for (int i = 0; i < count(); ++i)
        if (const QString name = itemData(i).toString(); !name.isEmpty() && name != current)
            result.append({name, itemText(i)});
    return result;
}

void ProfileSwitcher::setNote(const QString &name, const QString &note)
{
    if (note.isEmpty())
        m_notes.remove(name);
    else
        m_notes.insert(name, note);
    const int index = findData(name);
    if (index >= 0 && name != property("current").toString())
        setItemText(index, shownName(name));
}

} // namespace pokee::ui
