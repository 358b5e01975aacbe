#include "shell/DesktopNotifier.h"

#include "platform/AppIdentity.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QSystemTrayIcon>

#if QT_CONFIG(dbus)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#endif

namespace pokee::ui {

namespace {
QString settingKey(DesktopNotifier::Kind kind)
{
    switch (kind) {
    case DesktopNotifier::Kind::Finished: return QStringLiteral("notifications/turnFinished");
    case DesktopNotifier::Kind::Failed: return QStringLiteral("notifications/turnFailed");
    case DesktopNotifier::Kind::ToolCall: break;
    }
    return QStringLiteral("notifications/toolCallWaiting");
}
const char *const Service = "org.freedesktop.Notifications";
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent) {}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::isEnabled(Kind kind)
{
    return QSettings().value(settingKey(kind), true).toBool();
}

void DesktopNotifier::setEnabled(Kind kind, bool on)
{
    QSettings().setValue(settingKey(kind), on);
}

bool DesktopNotifier::viaDBus(const QString &summary, const QString &body, Kind kind)
{
#if QT_CONFIG(dbus)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(Service),
                                                       QStringLiteral("/org/freedesktop/Notifications"),
                                                       QString::fromLatin1(Service), QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()},
                            {QStringLiteral("category"), kind == Kind::ToolCall ? QStringLiteral("im.received")
                                                                                : QStringLiteral("transfer.complete")}};
    call << QApplication::applicationDisplayName() << uint(0) << pokee::identity::applicationId() << summary << body
         << QStringList() << hints << int(-1);
    // Asynchronous, and straight to the service (the bus starts a daemon on demand): nothing
    // here waits on the GUI thread. Without any daemon, the tray shows it where it can.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, summary, body, kind] {
        watcher->deleteLater();
        if (watcher->isError())
            viaTray(summary, body, kind);
    });
    return true;
#else
    Q_UNUSED(summary)
    Q_UNUSED(body)
    Q_UNUSED(kind)
    return false;
#endif
}

bool DesktopNotifier::viaTray(const QString &summary, const QString &body, Kind kind)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
    m_tray->show();
    m_tray->showMessage(summary, body, kind == Kind::Failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    return true;
}

bool DesktopNotifier::notify(Kind kind, const QString &summary, const QString &body)
{
    if (!isEnabled(kind))
        return false;
    const bool shown = viaDBus(summary, body, kind) || viaTray(summary, body, kind);
    if (shown)
        Q_EMIT notified(kind, summary, body);
    return shown;
}

void DesktopNotifier::notifyTurnEnded(const QString &title, pokee::SessionDirectory::Ending ending, const QString &detail)
{
    switch (ending) {
    case pokee::SessionDirectory::Ending::Completed:
        notify(Kind::Finished, tr("“%1” is done").arg(title), detail.isEmpty() ? tr("The agent finished its answer.") : detail);
        break;
    case pokee::SessionDirectory::Ending::Failed:
        notify(Kind::Failed, tr("“%1” failed").arg(title), detail.isEmpty() ? tr("The turn ended with an error.") : detail);
        break;
    case pokee::SessionDirectory::Ending::Idle:
        // Followed by polling only: the server says the work stopped, not whether it succeeded.
        notify(Kind::Finished, tr("“%1” has stopped working").arg(title),
               detail.isEmpty() ? tr("The session is idle again: open it to see how its turn ended.")
                                : tr("The session is idle again (%1): open it to see how its turn ended.").arg(detail));
        break;
    case pokee::SessionDirectory::Ending::Cancelled:
        break; // the user cancelled it: nothing to tell
    }
}

void DesktopNotifier::notifyToolCallWaiting(const QString &name, const QString &session, const QString &profile, int waiting)
{
    const QString where = profile.isEmpty() ? tr("In “%1”.").arg(session) : tr("In “%1” of %2.").arg(session, profile);
    notify(Kind::ToolCall, tr("%1 is waiting for your answer").arg(name),
           waiting > 1 ? tr("%1 %n tool call(s) wait in the inbox.", nullptr, waiting).arg(where)
                       : tr("%1 Answer it in the tool-call inbox.").arg(where));
}

} // namespace pokee::ui
