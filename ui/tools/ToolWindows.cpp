#include "tools/ToolWindows.h"

#include "tools/McpServersDialog.h"
#include "profiles/KeyStore.h"

#include "common/OpenDialog.h"
#include "shell/ActionRegistry.h"
#include "tools/PlaygroundWindow.h"
#include "tools/RulesDialog.h"
#include "tools/ToolInbox.h"
#include "tools/ToolLibraryDialog.h"

#include "tools/RuleDispatcher.h"
#include "tools/RuleEngine.h"
#include "tools/ToolLibrary.h"

#include <QAction>

namespace pokee::ui {

ToolWindows::ToolWindows(const Context &context, QWidget *window)
    : QObject(window), m_context(context), m_window(window), m_libraryPath(pokee::ToolLibrary::defaultPath())
{
}

void ToolWindows::registerActions(ActionRegistry &registry)
{
    registry.add("tools.library", "tools", tr("Tool &library…"), {}, this, [this] { openToolLibrary(); });
    registry.add("tools.rules", "tools", tr("&Rules and audit log…"), {}, this, [this] { openRulesDialog(); });
    registry.add("tools.mcp", "tools", tr("&MCP servers…"), {}, this, [this] { openMcpServers(); });
    registry.add("tools.playground", "tools", tr("Stateless &playground…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                 this, [this] { openPlayground(); });
}

void ToolWindows::setRulesLocation(const QString &rulesPath, const QString &profileName, const QString &auditPath)
{
    m_rulesPath = rulesPath;
    m_rulesProfile = profileName;
    m_auditPath = auditPath;
}

pokee::ToolSet ToolWindows::offeredTools()
{
    pokee::ToolLibrary library(m_libraryPath);
    QStringList errors;
    if (!library.load(errors))
        Q_EMIT statusMessage(tr("The tool library is not offered: %1").arg(errors.value(0)), 15000);
    return library.tools();
}

McpServersDialog *ToolWindows::openMcpServers()
{
    if (!m_keys)
        m_keys = new pokee::KeyStore(this);
    return openDialog(new McpServersDialog(m_keys, m_mcpStorePath, m_libraryPath, m_window));
}

ToolLibraryDialog *ToolWindows::openToolLibrary()
{
    auto *dialog = openDialog(new ToolLibraryDialog(m_libraryPath, m_window));
    connect(dialog, &ToolLibraryDialog::saved, this, [this] {
        Q_EMIT statusMessage(tr("Tool library saved: new sessions and the playground offer its tools."), 8000);
    });
    return dialog;
}

RulesDialog *ToolWindows::openRulesDialog()
{
    if (m_rulesPath.isEmpty()) {
        Q_EMIT statusMessage(tr("This profile keeps no rules file."), 8000);
        return nullptr;
    }
    auto *dialog = openDialog(new RulesDialog(m_rulesPath, m_auditPath, m_window));
    connect(dialog, &RulesDialog::saved, this, [this](const pokee::RuleSet &rules) {
        m_context.rules->setRules(rules, m_rulesProfile, m_auditPath);
        Q_EMIT statusMessage(tr("Rules saved: they answer the next tool calls."), 8000);
    });
    return dialog;
}

PlaygroundWindow *ToolWindows::openPlayground()
{
    if (!m_playground) {
        PlaygroundWindow::Context context;
        context.answering = m_context.answering;
        context.inbox = m_context.calls;
        if (pokee::RuleEngine *engine = m_context.rules->engine())
            context.rules = engine->rules();
        context.profile = m_rulesProfile.isEmpty() ? m_context.profile : m_rulesProfile;
        context.auditPath = m_auditPath;
        context.library = offeredTools();
        m_playground = new PlaygroundWindow(context, m_window);
        m_playground->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_playground, &PlaygroundWindow::callsWaiting, m_context.inbox, &ToolInbox::open);
    }
    m_playground->show();
    m_playground->raise();
    m_playground->activateWindow();
    return m_playground;
}

} // namespace pokee::ui
