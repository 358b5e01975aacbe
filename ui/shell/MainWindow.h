#pragma once

#include "session/SessionDirectory.h"
#include "tools/ToolSet.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace pokee {
class ApiClient;
class PendingToolCallModel;
class RuleDispatcher;
class RuleEngine;
class RuleSet;
class SessionController;
class SessionFilterModel;
class SessionListModel;
class TurnManager;
} // namespace pokee

namespace pokee::ui {

class BusyBanner;
class ChatView;
class DesktopNotifier;
class SessionDetailsPane;
class SessionFiles;
class ToolInbox;
class ToolLibraryDialog;
class RulesDialog;
class PlaygroundWindow;
class Composer;
class ComposerDrafts;
class EventInspector;
class SearchBar;
class AboutDialog;
class SettingsDialog;
class ShortcutsDialog;
class WelcomePanel;

// The profile switcher and the sessions on the left, the conversation on the right with the
// composer under it, the event inspector and the session details as docks.
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
    ~MainWindow() override;

    pokee::SessionController *controller() const { return m_controller; }
    ChatView *chatView() const { return m_chat; }
    Composer *composer() const { return m_composer; }
    QListView *sessionList() const { return m_sessionList; }
    pokee::SessionDirectory *directory() const { return m_directory; }
    pokee::SessionListModel *sessions() const { return m_sessions; }
    pokee::SessionFilterModel *sessionFilter() const { return m_filter; }
    QLineEdit *sessionSearch() const { return m_sessionSearch; }
    QComboBox *sessionSort() const { return m_sessionSort; }
    QComboBox *profileSwitcher() const { return m_profileBox; }
    QLabel *connectionLabel() const { return m_connection; }
    SessionDetailsPane *detailsPane() const { return m_details; }
    SessionFiles *sessionFiles() const { return m_sessionFiles; }
    ToolInbox *inbox() const { return m_inbox; }
    // The profile's rules: from now on they answer (or draft) every session's tool calls,
    // and the audit log at `auditPath` records each answer.
    void setRules(const pokee::RuleSet &rules, const QString &profileName, const QString &auditPath);
    // Where the profile's rules file and audit log are, for Tools → Rules (set even when the
    // file does not exist yet: the dialog creates it).
    void setRulesLocation(const QString &rulesPath, const QString &profileName, const QString &auditPath);
    pokee::RuleEngine *rules() const;
    DesktopNotifier *notifier() const { return m_notifier; }
    // Where the tool library is read and saved (tests point it at a folder of their own).
    void setToolLibraryPath(const QString &path) { m_toolLibraryPath = path; }
    QString toolLibraryPath() const { return m_toolLibraryPath; }
    ToolLibraryDialog *openToolLibrary();
    RulesDialog *openRulesDialog();
    PlaygroundWindow *openPlayground();

    // The profiles the switcher offers, and which is in use.
    void setProfiles(const QStringList &names, const QString &current, const QString &displayName = {});
    // The ways to act on sessions, as the menus and buttons do (tests drive them directly).
    void newSessionWithDialog();
    void renameSessionWithDialog(const QString &sessionId);
    void deleteSessionWithConfirmation(const QString &sessionId);
    void removeEndedWithConfirmation(const QString &sessionId);
    void openCleanUpDialog();
    // Whether a turn that ended should raise a desktop notification: only when the window
    // is not the active one (tests override it).
    void setNotifyWhenActive(bool on) { m_notifyWhenActive = on; }
    BusyBanner *busyBanner() const { return m_busy; }
    SearchBar *searchBar() const { return m_search; }
    EventInspector *eventInspector() const { return m_inspector; }
    QLabel *errorBanner() const { return m_error; }
    pokee::PendingToolCallModel *pendingToolCalls() const { return m_pendingCalls; }
    // In the status bar while any session has a tool call waiting; opens the oldest one.
    QPushButton *pendingCallsButton() const { return m_pendingButton; }

    // The first-run view; shown unless the user dismissed it before.
    void showWelcome(bool onDemo);
    WelcomePanel *welcomePanel() const { return m_welcome; }
    SettingsDialog *openSettings();
    ShortcutsDialog *openShortcuts();
    AboutDialog *openAbout();
    // Window size and place, and where the docks are, kept between runs (QSettings).
    void saveLayout() const;
    void restoreLayout();

    enum class ExportFormat { Markdown, Json };
    // Writes the open session; returns an error sentence, or empty on success.
    QString exportSession(const QString &path, ExportFormat format);

Q_SIGNALS:
    void profileSwitchRequested(const QString &name);
    // Said to screen readers (QAccessibleAnnouncementEvent): a turn ended, a tool call came.
    void announced(const QString &message);
    void manageProfilesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void announce(const QString &message);
    void init();
    void buildSessionPanel(QWidget *left);
    void showSessionMenu(const QPoint &pos);
    void showReachability();
    void onSessionOpened(const QString &sessionId);
    void onTurnEnded(const QString &sessionId, const QString &title, pokee::SessionDirectory::Ending ending,
                     const QString &detail);
    QString currentListId() const;
    void buildUi();
    void buildMenus();
    void connectController();
    void showError(const QString &message);
    void showLatestTurnInInspector();
    void askExport(ExportFormat format);
    void answerToolCall(const QString &toolCallId);
    void openOldestPendingCall();
    void showPendingCalls();
    // The library's tools, for a new session or the playground (a library that does not read
    // is said in the status bar, and none are offered).
    pokee::ToolSet offeredTools();

    pokee::ApiClient *m_api;                 // not owned
    pokee::TurnManager *m_turns;             // not owned
    QString m_profile;
    QString m_toolLibraryPath;
    pokee::SessionController *m_controller;  // parent: this
    pokee::SessionDirectory *m_directory;    // parent: this
    pokee::SessionListModel *m_sessions;     // the directory's
    pokee::SessionFilterModel *m_filter = nullptr; // parent: this
    pokee::PendingToolCallModel *m_pendingCalls; // parent: this
    QPushButton *m_pendingButton = nullptr;  // in the status bar
    QListView *m_sessionList = nullptr;      // the widgets below: parented by the layout
    QPushButton *m_newSession = nullptr;
    QPushButton *m_cleanUp = nullptr;
    QLineEdit *m_sessionSearch = nullptr;
    QComboBox *m_sessionSort = nullptr;
    QComboBox *m_profileBox = nullptr;
    QLabel *m_connection = nullptr;          // in the status bar: the last real answer
    SessionDetailsPane *m_details = nullptr;
    SessionFiles *m_sessionFiles = nullptr;  // parent: this
    ToolInbox *m_inbox = nullptr;
    pokee::RuleDispatcher *m_ruleDispatcher; // parent: this
    QString m_rulesPath;
    QString m_rulesProfile;
    QString m_auditPath;
    // Parent: this (a window of its own), deleted on close. A QPointer, not a destroyed()
    // handler: the playground is destroyed from ~QWidget, after this window's own members
    // (UBSan caught the handler touching a half-destroyed MainWindow).
    QPointer<PlaygroundWindow> m_playground;
    DesktopNotifier *m_notifier = nullptr;
    bool m_notifyWhenActive = false;
    bool m_fillingProfiles = false;
    ChatView *m_chat = nullptr;
    WelcomePanel *m_welcome = nullptr;
    bool m_onDemo = false;
    Composer *m_composer = nullptr;
    ComposerDrafts *m_drafts = nullptr; // parent: this
    QLabel *m_error = nullptr;
    BusyBanner *m_busy = nullptr;
    SearchBar *m_search = nullptr;
    EventInspector *m_inspector = nullptr;
};

} // namespace pokee::ui
