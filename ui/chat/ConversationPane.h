#pragma once

#include <QWidget>

#include <functional>

class QLabel;

namespace pokee {
class SessionController;
class TurnManager;
} // namespace pokee

namespace pokee::ui {

class ActionRegistry;
class BusyBanner;
class ChatView;
class Composer;
class ComposerDrafts;
class SearchBar;
class WelcomePanel;

// The right of the window: the welcome panel, the error and busy banners, the find bar, the
// conversation and the composer under it, wired to the session controller — what the user
// types is sent (and kept as a draft per session until it is), a running turn can be
// cancelled, a busy session can be attached to or waited for. Its actions (copy, select all,
// find, jump to latest) are registered in the window's ActionRegistry.
class ConversationPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationPane)
public:
    ConversationPane(pokee::SessionController *controller, pokee::TurnManager *turns, QWidget *parent = nullptr);

    void registerActions(ActionRegistry &registry);
    // The pane the registered actions act on, when it is not always this one (a split: the
    // pane with the keyboard).
    void setActionTarget(std::function<ConversationPane *()> target) { m_target = std::move(target); }
    // Wires the composer, the banners and the drafts to the controller (after the window's
    // own handlers of a session being opened, which run first).
    void connectController();

    void showError(const QString &message);
    // An ended session's transcript is read-only: the composer says why and sends nothing.
    void setEnded(bool ended);
    bool showsEnded() const;
    void focusComposer();
    // The session is gone: its unsent draft goes too.
    void forgetDraft(const QString &sessionId);
    // Asks where to export the open session (Markdown, else the raw events as JSON) and writes it.
    void askExport(bool markdown);

    ChatView *chatView() const { return m_chat; }
    Composer *composer() const { return m_composer; }
    BusyBanner *busyBanner() const { return m_busy; }
    SearchBar *findBar() const { return m_findBar; }
    QLabel *errorBanner() const { return m_error; }
    WelcomePanel *welcomePanel() const { return m_welcome; }

Q_SIGNALS:
    // A sentence for the status bar, shown for `timeoutMs`.
    void statusMessage(const QString &text, int timeoutMs);

private:
    pokee::SessionController *m_controller; // not owned
    pokee::TurnManager *m_turns;            // not owned
    WelcomePanel *m_welcome;
    QLabel *m_error;
    BusyBanner *m_busy;
    SearchBar *m_findBar;
    ChatView *m_chat;
    Composer *m_composer;
    ComposerDrafts *m_drafts = nullptr; // parent: this
    std::function<ConversationPane *()> m_target;
    ConversationPane *target() const { return m_target ? m_target() : const_cast<ConversationPane *>(this); }
};

} // namespace pokee::ui
