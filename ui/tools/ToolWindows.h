#pragma once

#include "tools/ToolAnswering.h"
#include "tools/ToolSet.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace pokee {
class KeyStore;
class PendingToolCallModel;
class RuleDispatcher;
} // namespace pokee

namespace pokee::ui {

class ActionRegistry;
class McpServersDialog;
class PlaygroundWindow;
class RulesDialog;
class ToolInbox;
class ToolLibraryDialog;

// The Tools menu's windows: the tool library (what new sessions and the playground offer),
// the rules and their audit log (saved rules answer the next calls at once), and the
// stateless playground (one window, raised when asked again).
class ToolWindows : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolWindows)
public:
    struct Context
    {
        pokee::ToolAnswering answering;
        pokee::PendingToolCallModel *calls = nullptr; // not owned
        pokee::RuleDispatcher *rules = nullptr;       // not owned
        ToolInbox *inbox = nullptr;                   // where the playground's waiting calls go
        QString profile;                              // the journal's name of the profile
    };
    ToolWindows(const Context &context, QWidget *window);

    void registerActions(ActionRegistry &registry);
    // Where the profile's rules file and audit log are (set even when the file does not exist
    // yet: the dialog creates it).
    void setRulesLocation(const QString &rulesPath, const QString &profileName, const QString &auditPath);
    QString rulesProfile() const { return m_rulesProfile; }
    QString auditPath() const { return m_auditPath; }
    // Where the tool library is read and saved (tests point it at a folder of their own).
    void setToolLibraryPath(const QString &path) { m_libraryPath = path; }
    QString toolLibraryPath() const { return m_libraryPath; }
    // The library's tools (a library that does not read is said in the status bar, and none
    // are offered).
    pokee::ToolSet offeredTools();

    ToolLibraryDialog *openToolLibrary();
    RulesDialog *openRulesDialog();
    PlaygroundWindow *openPlayground();
    // Tools → MCP servers…; `setMcpStorePath` points it at another file (tests).
    McpServersDialog *openMcpServers();
    void setMcpStorePath(const QString &path) { m_mcpStorePath = path; }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    Context m_context;
    QWidget *m_window;
    QString m_libraryPath;
    QString m_rulesPath;
    QString m_rulesProfile;
    QString m_auditPath;
    QString m_mcpStorePath;
    pokee::KeyStore *m_keys = nullptr; // parent: this; made when the MCP servers window first opens
    // Parent: the window (a window of its own), deleted on close. A QPointer, not a
    // destroyed() handler: the playground is destroyed from ~QWidget, after the window's own
    // members (UBSan caught the handler touching a half-destroyed MainWindow).
    QPointer<PlaygroundWindow> m_playground;
};

} // namespace pokee::ui
