#pragma once

#include "shell/ProfileCores.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace pokee::ui {

class SessionWindow;

// The sessions open in windows of their own, across profiles and restarts: opening one that is
// open raises it; each remembers its profile, session and geometry (QSettings), and those left
// open when the app quit come back when their profile opens at the next start (a profile opened
// in the background brings its windows when its key has been read).
class SessionWindows : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionWindows)
public:
    explicit SessionWindows(ProfileCoreLookup cores, QObject *parent = nullptr);
    // Remembers the windows still open (the app is quitting), then closes them.
    ~SessionWindows() override;

    // Opens `sessionId` of `profile` in a window (or raises the one that shows it); nullptr
    // when the profile is not open.
    SessionWindow *open(const QString &profile, const QString &sessionId);
    // `profile` is open: the windows it had at the last quit come back.
    void profileOpened(const QString &profile);
    // `profile` is closing: its windows go (and come back when it opens again).
    void profileClosing(const QString &profile);
    QList<SessionWindow *> windows() const;

Q_SIGNALS:
    // A tool call's link in one of the windows: the inbox opens on it.
    void toolCallActivated(const QString &profile, const QString &toolCallId);

private:
    struct Saved
    {
        QString profile;
        QString session;
        QByteArray geometry;
    };
    void save() const;
    Saved describe(const SessionWindow *window) const;

    ProfileCoreLookup m_cores;
    QList<QPointer<SessionWindow>> m_open;
    // Closed by the user, deleted later (from its own close); deleted here at the latest, while
    // the profile it shows is still open.
    QList<QPointer<SessionWindow>> m_closed;
    QList<Saved> m_waiting; // saved, their profile not open yet
};

} // namespace pokee::ui
