#pragma once

#include <QMainWindow>

class QLabel;
class QListView;
class QPushButton;

namespace pokee {
class ApiClient;
class SessionController;
class SessionListModel;
class TurnManager;
} // namespace pokee

namespace pokee::ui {

class ChatView;
class Composer;

// Sessions on the left, the conversation on the right, the composer under it.
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

private:
    void buildUi();
    void showError(const QString &message);

    pokee::ApiClient *m_api;                 // not owned
    pokee::TurnManager *m_turns;             // not owned
    QString m_profile;
    pokee::SessionController *m_controller;  // parent: this
    pokee::SessionListModel *m_sessions;     // parent: this
    QListView *m_sessionList = nullptr;      // parent: central widget
    QPushButton *m_newSession = nullptr;
    ChatView *m_chat = nullptr;
    Composer *m_composer = nullptr;
    QLabel *m_banner = nullptr;
};

} // namespace pokee::ui
