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
    // The two built-in profiles' names are identifiers (their journals are filed under them);
    // the switcher shows them in the user's language.
    auto shown = [](const QString &name) {
        if (name == pokee::Profile::localDemoName())
            return tr("Local demo");
        if (name == pokee::Profile::environmentName())
            return tr("Environment");
        return name;
    };
    for (const QString &name : std::as_const(all))
        addItem(name == selected && !displayName.isEmpty() ? displayName : shown(name), name);
    insertSeparator(count());
    addItem(tr("Manage profiles…"), QString());
    setProperty("current", selected);
    setCurrentIndex(qMax(0, int(all.indexOf(selected))));
    setVisible(!all.isEmpty());
    m_filling = false;
}

} // namespace pokee::ui
