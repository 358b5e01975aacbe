#pragma once

#include <QWidget>

class QLabel;

namespace pokee {
class SessionController;
class SessionDirectory;
class TurnManager;
} // namespace pokee

namespace pokee::ui {

class ConversationPane;

// One session shown beside the main conversation (the other side of a split) or in a window
// of its own: a conversation pane on a SessionController of the session's profile, which
// shares the session's transcript with every other view of it (one model, one connection).
// It streams, sends, cancels, finds and exports as the main window's pane does; its header
// names the session and its profile, and is highlighted while the view has the keyboard.
class SessionView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionView)
public:
    // `controller` is taken (parented here); `directory` names the profile's sessions.
    SessionView(const QString &profile, pokee::SessionController *controller, pokee::TurnManager *turns,
                pokee::SessionDirectory *directory, QWidget *parent = nullptr);

    void openSession(const QString &sessionId);
    QString profile() const { return m_profile; }
    QString sessionId() const;
    // "Build a deck — Work": the session's title (its id until it has one) and its profile.
    QString title() const;
    pokee::SessionController *controller() const { return m_controller; }
    ConversationPane *conversation() const { return m_pane; }
    QLabel *header() const { return m_header; }
    // Whether the header shows (beside the main pane; a window says it in its title bar).
    void setHeaderVisible(bool on);
    // Highlights the header: this is the view the session list opens into.
    void setActive(bool active);
    bool isActive() const { return m_active; }

Q_SIGNALS:
    // A tool call's link in this view: the inbox opens on it.
    void toolCallActivated(const QString &profile, const QString &toolCallId);
    void titleChanged(const QString &title);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void refresh();

    QString m_profile;
    pokee::SessionController *m_controller; // parent: this
    pokee::SessionDirectory *m_directory;   // not owned
    QLabel *m_header;
    ConversationPane *m_pane;
    bool m_active = false;
};

} // namespace pokee::ui
