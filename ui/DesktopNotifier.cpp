#include "DesktopNotifier.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QSystemTrayIcon>

#if QT_CONFIG(dbus)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#endif

namespace pokee::ui {

namespace {
QString settingKey(DesktopNotifier::Kind kind)
{
    return kind == DesktopNotifier::Kind::Finished ? QStringLiteral("notifications/turnFinished")
                                                   : QStringLiteral("notifications/turnFailed");
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

bool DesktopNotifier::viaDBus(const QString &summary, const QString &body)
{
#if QT_CONFIG(dbus)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(QString::fromLatin1(Service)))
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(Service),
                                                       QStringLiteral("/org/freedesktop/Notifications"),
                                                       QString::fromLatin1(Service), QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()},
                            {QStringLiteral("category"), QStringLiteral("transfer.complete")}};
    call << QApplication::applicationDisplayName() << uint(0) << QStringLiteral("ai.pokee.Desktop") << summary << body
         << QStringList() << hints << int(-1);
    // Asynchronous: a slow notification daemon never blocks the GUI thread.
    return bus.send(call);
#else
    Q_UNUSED(summary)
    Q_UNUSED(body)
    return false;
#endif
}

bool DesktopNotifier::notify(Kind kind, const QString &summary, const QString &body)
{
    if (!isEnabled(kind))
        return false;
    bool shown = viaDBus(summary, body);
    if (!shown && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
        }
        m_tray->show();
        m_tray->showMessage(summary, body, kind == Kind::Failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        shown = true;
    }
    if (shown)
        Q_EMIT notified(kind, summary, body);
    return shown;
}

} // namespace pokee::ui
