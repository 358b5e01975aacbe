#pragma once

#include <QString>

// One reverse-DNS id names the app everywhere the platform looks for it: the desktop file and
// AppStream metainfo (packaging/linux), the icons, QGuiApplication::desktopFileName, the
// keychain service, the single-instance channel and QSettings' organisation. Change it in one
// place or not at all: a user's keys and settings are filed under it.
namespace pokee::identity {

inline QString applicationId() { return QStringLiteral("ai.pokee.Desktop"); }
// QSettings files the app's settings under organisation/application: on Linux
// ~/.config/ai.pokee/Pokee Desktop.conf, on macOS ai.pokee.Pokee Desktop.plist, on Windows
// HKCU\Software\ai.pokee\Pokee Desktop.
inline QString organizationName() { return QStringLiteral("ai.pokee"); }
inline QString organizationDomain() { return QStringLiteral("pokee.ai"); }
inline QString applicationName() { return QStringLiteral("Pokee Desktop"); }

} // namespace pokee::identity
