#pragma once

// Two saved profiles on two emulators, their keys in the keychain, for the tests of every
// profile live at once: "Work …" on the first (the one opened at start) and "Home …" on the
// second, each name made unique so that runs never share keychain entries.
#include "EmulatorProcess.h"
#include "TurnSupport.h"

#include "profiles/KeyStore.h"
#include "profiles/ProfileStore.h"
#include "shell/DesktopShell.h"

#include <QUuid>

namespace pokee::test {

struct TwoProfiles
{
    QString work;
    QString home;
    ui::DesktopShell::Options options;
};

inline TwoProfiles saveTwoProfiles(const QString &ini, const LocalEmulator &workServer, const LocalEmulator &homeServer)
{
    TwoProfiles out;
    ProfileStore store(ini);
    out.work = QStringLiteral("Work ") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    out.home = QStringLiteral("Home ") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    for (const auto &[name, server] : {std::pair{out.work, &workServer}, std::pair{out.home, &homeServer}}) {
        Profile p;
        p.name = name;
        p.baseUrl = server->endpoint().baseUrl;
        if (!store.save(p).isEmpty() || !KeyStore().writeNow(name, server->endpoint().key).ok())
            qFatal("the test's profiles could not be saved");
    }
    store.setDefaultProfile(out.work);
    out.options.profilesPath = ini;
    out.options.list = fastWindowPolls();
    return out;
}

} // namespace pokee::test
