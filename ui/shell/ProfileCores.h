#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace pokee {
class ApiClient;
class ProfileServices;
class TurnManager;
} // namespace pokee

namespace pokee::ui {

class SessionView;

// What a view of a session is built from: an open profile's client, turns and services.
// The composition root (DesktopShell, MainWindow) hands these out by profile name, so a split
// or a window can show a session of any open profile, not only the one on screen.
struct ProfileCore
{
    QString name;
    pokee::ApiClient *api = nullptr;
    pokee::TurnManager *turns = nullptr;
    pokee::ProfileServices *services = nullptr;
};
using ProfileCoreLookup = std::function<std::optional<ProfileCore>(const QString &profile)>;

// A view of no session yet on `core`'s profile, with a controller of its own that shares the
// profile's transcripts.
SessionView *newSessionView(const ProfileCore &core, QWidget *parent = nullptr);

} // namespace pokee::ui
