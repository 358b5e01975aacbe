#pragma once

#include <QMainWindow>

namespace pokee::ui {

class ActionRegistry;
class SessionView;

// A session in a window of its own (Open in New Window): its conversation, composer and
// Cancel, with the conversation's actions (find, copy, export, jump to latest) in its menu and
// the session and profile in its title bar. The shell keeps it (SessionWindows) and reopens
// it where it was after a restart.
class SessionWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionWindow)
public:
    // `view` is taken.
    explicit SessionWindow(SessionView *view, QWidget *parent = nullptr);

    SessionView *view() const { return m_view; }
    ActionRegistry *actions() const { return m_actions; }

Q_SIGNALS:
    // The user closed it (not the app quitting): it is not reopened.
    void closedByUser();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    SessionView *m_view;
    ActionRegistry *m_actions;
};

} // namespace pokee::ui
