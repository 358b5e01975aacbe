#include "shell/SessionWindows.h"

#include "chat/SessionView.h"
#include "shell/SessionWindow.h"

#include "session/SessionController.h"

#include <QSettings>

namespace pokee::ui {

namespace {
const char *const Key = "sessionWindows";
} // namespace

SessionWindows::SessionWindows(ProfileCoreLookup cores, QObject *parent) : QObject(parent), m_cores(std::move(cores))
{
    QSettings s;
    const int n = s.beginReadArray(QString::fromLatin1(Key));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        Saved saved{s.value(QStringLiteral("profile")).toString(), s.value(QStringLiteral("session")).toString(),
                    s.value(QStringLiteral("geometry")).toByteArray()};
        if (!saved.profile.isEmpty() && !saved.session.isEmpty())
            m_waiting.append(saved);
    }
    s.endArray();
}

SessionWindows::~SessionWindows()
{
    save(); // what is open now comes back at the next start
    for (const QPointer<SessionWindow> &w : std::as_const(m_open))
        delete w.data();
    for (const QPointer<SessionWindow> &w : std::as_const(m_closed))
        delete w.data();
}

QList<SessionWindow *> SessionWindows::windows() const
{
    QList<SessionWindow *> out;
    for (const QPointer<SessionWindow> &w : m_open)
        if (w)
            out << w.data();
    return out;
}

SessionWindows::Saved SessionWindows::describe(const SessionWindow *window) const
{
    return {window->view()->profile(), window->view()->sessionId(), window->saveGeometry()};
}

void SessionWindows::save() const
{
    QList<Saved> all = m_waiting;
    for (const QPointer<SessionWindow> &w : m_open)
        if (w && !w->view()->sessionId().isEmpty())
            all.append(describe(w));
    QSettings s;
    s.beginWriteArray(QString::fromLatin1(Key), int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("profile"), all.at(i).profile);
        s.setValue(QStringLiteral("session"), all.at(i).session);
        s.setValue(QStringLiteral("geometry"), all.at(i).geometry);
    }
    s.endArray();
}

SessionWindow *SessionWindows::open(const QString &profile, const QString &sessionId)
{
    for (SessionWindow *w : windows())
        if (w->view()->profile() == profile && w->view()->sessionId() == sessionId && !sessionId.isEmpty()) {
            w->show();
            w->raise();
            w->activateWindow();
            return w;
        }
    const std::optional<ProfileCore> core = m_cores(profile);
    if (!core)
        return nullptr;
    SessionView *view = newSessionView(*core);
    view->openSession(sessionId);
    auto *window = new SessionWindow(view);
    m_open.append(window);
    connect(view, &SessionView::toolCallActivated, this, &SessionWindows::toolCallActivated);
    connect(window, &SessionWindow::closedByUser, this, [this, window] {
        m_open.removeAll(QPointer<SessionWindow>(window));
        m_closed.removeAll(QPointer<SessionWindow>());
        m_closed.append(window);
        window->deleteLater();
        save();
    });
    // A session created in the window (it had none) is remembered once it exists.
    connect(view->controller(), &pokee::SessionController::sessionOpened, this, [this] { save(); });
    window->show();
    save();
    return window;
}

void SessionWindows::profileOpened(const QString &profile)
{
    const QList<Saved> waiting = m_waiting;
    m_waiting.clear();
    for (const Saved &saved : waiting) {
        if (saved.profile != profile) {
            m_waiting.append(saved);
            continue;
        }
        if (SessionWindow *w = open(saved.profile, saved.session); w && !saved.geometry.isEmpty())
            w->restoreGeometry(saved.geometry);
    }
    save();
}

void SessionWindows::profileClosing(const QString &profile)
{
    for (const QPointer<SessionWindow> &w : std::as_const(m_closed))
        if (w && w->view()->profile() == profile)
            delete w.data();
    for (SessionWindow *w : windows())
        if (w->view()->profile() == profile) {
            if (!w->view()->sessionId().isEmpty())
                m_waiting.append(describe(w));
            m_open.removeAll(QPointer<SessionWindow>(w));
            delete w;
        }
}

} // namespace pokee::ui
