#pragma once

#include "tools/ToolSet.h"

#include <QObject>

#include <functional>

class QWidget;

namespace pokee {
class SessionController;
class SessionDirectory;
} // namespace pokee

namespace pokee::ui {

class ActionRegistry;
class SessionsPanel;

// The ways to act on sessions that ask the user first: a new session (with its options and
// the library's tools), rename, delete on the server, remove an ended one from this computer,
// and clean up idle ones. Each opens its dialog over the window and acts when accepted. Its
// actions (New, Rename, Delete, Clean up, Refresh) act on the open session.
class SessionDialogs : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDialogs)
public:
    SessionDialogs(pokee::SessionDirectory *directory, pokee::SessionController *controller, QWidget *window);

    void registerActions(ActionRegistry &registry);
    // Answers what the sessions panel asks for: new, clean up, rename, delete, remove.
    void serve(SessionsPanel *panel);
    // The tools a new session is offered (the tool library's).
    void setOfferedTools(const std::function<pokee::ToolSet()> &tools) { m_offeredTools = tools; }

    void newSession();
    void rename(const QString &sessionId);
    void confirmDelete(const QString &sessionId);
    void confirmRemoveEnded(const QString &sessionId);
    void cleanUp();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    pokee::SessionDirectory *m_directory;   // not owned
    pokee::SessionController *m_controller; // not owned
    QWidget *m_window;                      // parent of the dialogs
    std::function<pokee::ToolSet()> m_offeredTools;
};

} // namespace pokee::ui
