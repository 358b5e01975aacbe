#pragma once

#include "shell/ProfileCores.h"

#include <QPointer>
#include <QSplitter>

class QLabel;

namespace pokee {
class SessionController;
class SessionDirectory;
} // namespace pokee

namespace pokee::ui {

class ConversationPane;
class SessionView;

// The conversation area of the main window, split in two on demand: the main pane (the
// profile on screen's open session) and, beside it, a SessionView of any open profile's
// session with its own composer and Cancel. The side with the keyboard is the active one —
// its header is highlighted, the session list opens into it, and the conversation's actions
// (find, copy, export) act on it. The split, its session and its sizes are remembered.
class ConversationSplit : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationSplit)
public:
    ConversationSplit(ConversationPane *main, pokee::SessionController *mainController, pokee::SessionDirectory *mainDirectory,
                      const QString &mainProfile, QWidget *parent = nullptr);

    // Where views of other profiles' sessions come from (the window's own profile only, unset).
    void setCores(ProfileCoreLookup cores) { m_cores = std::move(cores); }

    bool isSplit() const { return m_side != nullptr; }
    SessionView *side() const { return m_side; }
    // Shows `sessionId` of `profile` beside the main pane (splitting if needed) and makes that
    // side active. False when the profile is not open.
    bool openBeside(const QString &profile, const QString &sessionId);
    // Back to one pane (the main one).
    void unsplit();
    bool sideActive() const { return m_side && m_sideActive; }
    void setSideActive(bool active);
    // The pane the conversation's actions act on.
    ConversationPane *activePane() const;
    // Opens a session of the main profile where the user is: the active side, else the main pane.
    void openSession(const QString &sessionId);

    // Kept between runs (and across a profile switch, which rebuilds the window).
    void saveState() const;
    void restoreState();
    // A profile opened after the window: a split on one of its sessions comes back now.
    void profileOpened(const QString &profile);

Q_SIGNALS:
    void toolCallActivated(const QString &profile, const QString &toolCallId);
    void statusMessage(const QString &text, int timeoutMs);
    void splitChanged(bool split);

private:
    void showHeaders();

    ConversationPane *m_main;
    pokee::SessionController *m_mainController; // not owned
    pokee::SessionDirectory *m_mainDirectory;   // not owned
    QString m_mainProfile;
    QWidget *m_mainBox;     // the main pane under its header
    QLabel *m_mainHeader;
    QPointer<SessionView> m_side;
    bool m_sideActive = false;
    ProfileCoreLookup m_cores;
    // A split saved on a profile not open yet: restored when it opens.
    QString m_waitingProfile;
    QString m_waitingSession;
};

} // namespace pokee::ui
