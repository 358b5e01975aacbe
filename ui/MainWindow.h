#pragma once

#include <QMainWindow>

class QLabel;
class QListView;
class QPushButton;

namespace pokee {
class ApiClient;
class PendingToolCallModel;
class SessionController;
class SessionListModel;
class TurnManager;
} // namespace pokee

namespace pokee::ui {

class BusyBanner;
class ChatView;
class Composer;
class EventInspector;
class SearchBar;

// Sessions on the left, the conversation on the right with the composer under it, the
// event inspector as a dock.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // `profile` names the endpoint in the journal, so each lists its own sessions.
    MainWindow(pokee::ApiClient *api, pokee::TurnManager *turns, const QString &profile,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    pokee::SessionController *controller() const { return m_controller; }
    ChatView *chatView() const { return m_chat; }
    Composer *composer() const { return m_composer; }
    QListView *sessionList() const { return m_sessionList; }
    BusyBanner *busyBanner() const { return m_busy; }
    SearchBar *searchBar() const { return m_search; }
    EventInspector *eventInspector() const { return m_inspector; }
    QLabel *errorBanner() const { return m_error; }
    pokee::PendingToolCallModel *pendingToolCalls() const { return m_pendingCalls; }
    // In the status bar while any session has a tool call waiting; opens the oldest one.
    QPushButton *pendingCallsButton() const { return m_pendingButton; }

    enum class ExportFormat { Markdown, Json };
    // Writes the open session; returns an error sentence, or empty on success.
    QString exportSession(const QString &path, ExportFormat format);

private:
    void buildUi();
    void buildMenus();
    void connectController();
    void showError(const QString &message);
    void showLatestTurnInInspector();
    void askExport(ExportFormat format);
    void answerToolCall(const QString &toolCallId);
    void openToolCallDialog(const QString &sessionId, const QString &toolCallId, const QString &name,
                            const QString &arguments);
    void openOldestPendingCall();
    void showPendingCalls();

    pokee::ApiClient *m_api;                 // not owned
    pokee::TurnManager *m_turns;             // not owned
    QString m_profile;
    pokee::SessionController *m_controller;  // parent: this
    pokee::SessionListModel *m_sessions;     // parent: this
    pokee::PendingToolCallModel *m_pendingCalls; // parent: this
    QPushButton *m_pendingButton = nullptr;  // in the status bar
    QListView *m_sessionList = nullptr;      // the widgets below: parented by the layout
    QPushButton *m_newSession = nullptr;
    ChatView *m_chat = nullptr;
    Composer *m_composer = nullptr;
    QLabel *m_error = nullptr;
    BusyBanner *m_busy = nullptr;
    SearchBar *m_search = nullptr;
    EventInspector *m_inspector = nullptr;
};

} // namespace pokee::ui
