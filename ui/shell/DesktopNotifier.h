#pragma once

#include "session/SessionDirectory.h"

#include <QObject>

class QSystemTrayIcon;

namespace pokee::ui {

// Native desktop notifications for turns that end, and tool calls that come, while the window
// is not active. On Linux
// and the BSDs it calls org.freedesktop.Notifications on the session bus — the service every
// desktop's notification daemon owns — directly through Qt D-Bus; elsewhere (macOS,
// Windows) it goes through QSystemTrayIcon, whose messages those systems show natively.
//
// Why not KF6 Notifications: a KNotification shows nothing unless an installed .notifyrc
// names the event (so not from the build tree that `./dev run` uses), and on non-KDE
// desktops it ends in the same single D-Bus call made here. Each kind can be switched off.
class DesktopNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)
public:
    enum class Kind { Finished, Failed, ToolCall };
    Q_ENUM(Kind)

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Whether notifications of this kind are on (QSettings "notifications/…", default on).
    static bool isEnabled(Kind kind);
    static void setEnabled(Kind kind, bool on);

    // Shows it, if that kind is on. Returns false when it was off or nothing can show it.
    bool notify(Kind kind, const QString &summary, const QString &body);
    // What a turn's end says: done, failed, or stopped (a turn followed only by polling, whose
    // outcome the server does not tell); nothing for a turn the user cancelled.
    void notifyTurnEnded(const QString &title, pokee::SessionDirectory::Ending ending, const QString &detail);
    // A tool call waits for the user: its name, its session (and profile, when given) and how
    // many calls of every profile wait in all.
    void notifyToolCallWaiting(const QString &name, const QString &session, const QString &profile, int waiting);

Q_SIGNALS:
    // Emitted for each notification handed to the system (tests, the status bar).
    void notified(pokee::ui::DesktopNotifier::Kind kind, const QString &summary, const QString &body);

private:
    bool viaDBus(const QString &summary, const QString &body, Kind kind);
    bool viaTray(const QString &summary, const QString &body, Kind kind);
    QSystemTrayIcon *m_tray = nullptr; // created on first use where D-Bus has no daemon
};

} // namespace pokee::ui
