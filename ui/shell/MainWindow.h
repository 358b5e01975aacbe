#pragma once

#include "chat/ConversationPane.h"
#include "profiles/ProfileSwitcher.h"
#include "sessions/SessionDialogs.h"
#include "sessions/SessionsPanel.h"
#include "session/SessionDirectory.h"
#include "tools/PendingCallsButton.h"
#include "tools/RuleDispatcher.h"
#include "models/SearchResultsModel.h"
#include "tools/ToolWindows.h"
#include "shell/ProfileCores.h"

#include "session/SessionController.h"

#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace pokee {
class AllPendingCalls;
class ApiClient;
class PendingToolCallModel;
class ProfileServices;
class RuleDispatcher;
class RuleEngine;
class RuleSet;
class SessionController;
class SessionFilterModel;
class SessionListModel;
class TurnManager;
} // namespace pokee

namespace pokee::ui {

class AboutDialog;
class ActionRegistry;
class CommandPalette;
class FindInSessionsDialog;
class BusyBanner;
class ChatView;
class ConversationSplit;
class Composer;
class DesktopNotifier;
class EventInspector;
class FilesController;
class SearchBar;
class SessionDetailsPane;
class SettingsDialog;
class ShortcutsDialog;
class ToolInbox;
class WelcomePanel;

// The window of one profile, composed of parts that each do their own work: the profile
// switcher and the sessions panel on the left, the conversation pane on the right, the event
// inspector, the session details, the files and the tool-call inbox as docks, the status line
// (turn, pending calls, downloads, the server's reachability), and the dialogs of sessions and
// tools. Every user-facing action is named in its ActionRegistry; the menus show them. This
// class builds the parts from the core it is given (the composition root, with DesktopShell)
// and wires them together; it decides nothing itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // `profile` names the endpoint in the journal, so each lists its own sessions.
    MainWindow(pokee::ApiClient *api, pokee::TurnManager *turns, const QString &profile,
               QWidget *parent = nullptr);
    MainWindow(pokee::ApiClient *api, pokee::TurnManager *turns, const QString &profile,
               const pokee::SessionDirectory::Options &listOptions, QWidget *parent = nullptr);
    // A window on a profile that is open in a ProfileRuntime: its session list, waiting calls
    // and rules live on in `services` when the window goes. (The constructors above make
    // services of the window's own, which go with it.) `allCalls`: the waiting calls of every
    // open profile, which the inbox and the status bar show (services' own when null).
    MainWindow(pokee::ApiClient *api, pokee::TurnManager *turns, pokee::ProfileServices *services,
               pokee::AllPendingCalls *allCalls = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionRegistry *actions() const { return m_actions; }
    pokee::SessionController *controller() const { return m_controller; }
    pokee::SessionDirectory *directory() const { return m_directory; }
    pokee::SessionListModel *sessions() const { return m_sessions; }
    pokee::PendingToolCallModel *pendingToolCalls() const { return m_pendingCalls; }
    // The waiting calls of every open profile (the inbox's list).
    pokee::AllPendingCalls *allPendingCalls() const { return m_allCalls; }
    // The parts, and what tests drive in them.
    SessionsPanel *sessionsPanel() const { return m_panel; }
    ConversationPane *conversation() const { return m_pane; }
    // The conversation area, split in two on demand (a second session beside the first).
    ConversationSplit *split() const { return m_split; }
    ChatView *chatView() const { return m_pane->chatView(); }
    Composer *composer() const { return m_pane->composer(); }
    BusyBanner *busyBanner() const { return m_pane->busyBanner(); }
    SearchBar *searchBar() const { return m_pane->findBar(); }
    QLabel *errorBanner() const { return m_pane->errorBanner(); }
    WelcomePanel *welcomePanel() const { return m_pane->welcomePanel(); }
    QListView *sessionList() const { return m_panel->list(); }
    pokee::SessionFilterModel *sessionFilter() const { return m_panel->filter(); }
    QLineEdit *sessionSearch() const { return m_panel->searchField(); }
    QComboBox *sessionSort() const { return m_panel->sortBox(); }
    QComboBox *profileSwitcher() const { return m_profiles; }
    QLabel *connectionLabel() const { return m_connection; }
    SessionDetailsPane *detailsPane() const { return m_details; }
    FilesController *sessionFiles() const { return m_files; }
    ToolInbox *inbox() const { return m_inbox; }
    EventInspector *eventInspector() const { return m_inspector; }
    DesktopNotifier *notifier() const { return m_notifier; }
    // In the status bar while any session of any profile has a tool call waiting; opens the
    // oldest one.
    QPushButton *pendingCallsButton() const { return m_pendingButton; }

    // The profile's rules: from now on they answer (or draft) every session's tool calls,
    // and the audit log at `auditPath` records each answer.
    void setRules(const pokee::RuleSet &rules, const QString &profileName, const QString &auditPath)
    {
        m_ruleDispatcher->setRules(rules, profileName, auditPath);
    }
    pokee::RuleEngine *rules() const { return m_ruleDispatcher->engine(); }
    // The profile's rules at work on its calls (an MCP router is given to it by the runtime).
    pokee::RuleDispatcher *ruleDispatcher() const { return m_ruleDispatcher; }
    void setRulesLocation(const QString &rulesPath, const QString &profileName, const QString &auditPath)
    {
        m_toolWindows->setRulesLocation(rulesPath, profileName, auditPath);
    }
    void setToolLibraryPath(const QString &path) { m_toolWindows->setToolLibraryPath(path); }
    QString toolLibraryPath() const { return m_toolWindows->toolLibraryPath(); }
    ToolLibraryDialog *openToolLibrary() { return m_toolWindows->openToolLibrary(); }
    RulesDialog *openRulesDialog() { return m_toolWindows->openRulesDialog(); }
    PlaygroundWindow *openPlayground() { return m_toolWindows->openPlayground(); }

    // The profiles the switcher offers, and which is in use.
    void setProfiles(const QStringList &names, const QString &current, const QString &displayName = {})
    {
        m_profiles->setProfiles(names, current, displayName);
    }
    void setProfileNote(const QString &name, const QString &note) { m_profiles->setNote(name, note); }
    // The ways to act on sessions, as the menus and buttons do (tests drive them directly).
    void newSessionWithDialog() { m_sessionDialogs->newSession(); }
    void renameSessionWithDialog(const QString &sessionId) { m_sessionDialogs->rename(sessionId); }
    void deleteSessionWithConfirmation(const QString &sessionId) { m_sessionDialogs->confirmDelete(sessionId); }
    void removeEndedWithConfirmation(const QString &sessionId) { m_sessionDialogs->confirmRemoveEnded(sessionId); }
    void openCleanUpDialog() { m_sessionDialogs->cleanUp(); }
    // Whether a turn that ended should raise a desktop notification: only when the window
    // is not the active one (tests override it).
    void setNotifyWhenActive(bool on) { m_notifyWhenActive = on; }

    // Where views of other open profiles' sessions come from (a split of any profile); the
    // window's own profile only until set.
    void setProfileCores(ProfileCoreLookup cores);
    // A profile opened after the window (in the background): a split on it comes back.
    void profileOpened(const QString &name);
    // This window's profile, as the inbox and the split name it.
    QString profileName() const { return m_profile; }
    // The journals Edit → Find in All Sessions searches (the shell gives every open profile's).
    // The session list's filter box also matches what was said in a session (the first source).
    void setSearchSources(pokee::SearchResultsModel::Sources sources);
    // Opens (or raises) the search window over them.
    FindInSessionsDialog *openFindInSessions();
    // Ctrl+K: every action, session, file, waiting call and profile by typing a few letters.
    CommandPalette *commandPalette() const { return m_palette; }

    // The first-run view; shown unless the user dismissed it before.
    void showWelcome(bool onDemo);
    SettingsDialog *openSettings();
    ShortcutsDialog *openShortcuts();
    AboutDialog *openAbout();
    // Window size and place, and where the docks are, kept between runs (QSettings).
    void saveLayout() const;
    void restoreLayout();

    enum class ExportFormat { Markdown, Json };
    // Writes the open session; returns an error sentence, or empty on success.
    QString exportSession(const QString &path, ExportFormat format)
    {
        return m_controller->exportTranscript(path, format == ExportFormat::Markdown);
    }

Q_SIGNALS:
    void profileSwitchRequested(const QString &name);
    // Said to screen readers (QAccessibleAnnouncementEvent): a turn ended, a tool call came.
    void announced(const QString &message);
    void manageProfilesRequested();
    // Open in New Window: the shell opens `sessionId` of `profile` in a window of its own.
    void sessionWindowRequested(const QString &profile, const QString &sessionId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildParts(const QString &profile);
    void buildDocks(const QString &profile);
    void registerActions();
    void buildMenus();
    void buildPalette();
    void connectParts();
    void showReachability();
    void showStatus(const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); }
    void announce(const QString &message);
    void showLatestTurnInInspector();
    // A waiting call chosen (status bar, palette): its session on screen when it is this
    // profile's, and the inbox on the call.
    void showCall(const QString &profile, const QString &sessionId, const QString &callId);
    // A tool call's link in the conversation: the inbox opens on that call.
    void openCallInInbox(const QString &toolCallId);
    // A call came in any profile: said to screen readers, in the status bar when it is not
    // in the session on screen, and as a desktop notification when the window is not active.
    void tellCallArrived(const QModelIndex &call);

    pokee::ApiClient *m_api;                 // not owned
    pokee::TurnManager *m_turns;             // not owned
    pokee::ProfileServices *m_services;      // the runtime's, or this window's own
    pokee::SessionController *m_controller;  // parent: this (and so are the parts below)
    pokee::SessionDirectory *m_directory;    // the services' (and the three below)
    pokee::SessionListModel *m_sessions;
    pokee::PendingToolCallModel *m_pendingCalls;
    pokee::AllPendingCalls *m_allCalls;      // the shell's, or this window's own
    QString m_profile;                       // this window's profile's name in m_allCalls
    pokee::SearchResultsModel::Sources m_searchSources;
    QPointer<FindInSessionsDialog> m_findInSessions;
    CommandPalette *m_palette = nullptr;
    pokee::RuleDispatcher *m_ruleDispatcher;
    ActionRegistry *m_actions;
    DesktopNotifier *m_notifier;
    ProfileSwitcher *m_profiles = nullptr;
    SessionsPanel *m_panel = nullptr;
    ConversationPane *m_pane = nullptr;
    ConversationSplit *m_split = nullptr;
    SessionDialogs *m_sessionDialogs = nullptr;
    ToolWindows *m_toolWindows = nullptr;
    PendingCallsButton *m_pendingButton = nullptr; // in the status bar
    QLabel *m_connection = nullptr;                // in the status bar: the last real answer
    SessionDetailsPane *m_details = nullptr;
    FilesController *m_files = nullptr;
    ToolInbox *m_inbox = nullptr;
    EventInspector *m_inspector = nullptr;
    bool m_notifyWhenActive = false;
    bool m_onDemo = false;
};

} // namespace pokee::ui
