#include "sessions/SessionDialogs.h"

#include "common/ConfirmBox.h"
#include "sessions/CleanUpDialog.h"
#include "sessions/NewSessionDialog.h"
#include "sessions/SessionsPanel.h"
#include "common/OpenDialog.h"
#include "shell/ActionRegistry.h"

#include "models/SessionListModel.h"
#include "session/SessionController.h"
#include "session/SessionDirectory.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>

namespace pokee::ui {

SessionDialogs::SessionDialogs(pokee::SessionDirectory *directory, pokee::SessionController *controller, QWidget *window)
    : QObject(window), m_directory(directory), m_controller(controller), m_window(window)
{
}

void SessionDialogs::registerActions(ActionRegistry &registry)
{
    registry.add("session.new", "sessions", tr("&New session…"), QKeySequence::New, this, [this] { newSession(); });
    registry.add("session.rename", "sessions", tr("&Rename session…"), {}, this, [this] { rename(m_controller->sessionId()); });
    registry.add("session.delete", "sessions", tr("&Delete session…"), {}, this, [this] { confirmDelete(m_controller->sessionId()); });
    registry.add("session.cleanUp", "sessions", tr("C&lean up sessions…"), {}, this, [this] { cleanUp(); });
    registry.add("session.refresh", "sessions", tr("Re&fresh session list"), QKeySequence::Refresh, this, [this] { m_directory->refresh(); });
}

void SessionDialogs::serve(SessionsPanel *panel)
{
    connect(panel, &SessionsPanel::newSessionRequested, this, &SessionDialogs::newSession);
    connect(panel, &SessionsPanel::cleanUpRequested, this, &SessionDialogs::cleanUp);
    connect(panel, &SessionsPanel::renameRequested, this, &SessionDialogs::rename);
    connect(panel, &SessionsPanel::deleteRequested, this, &SessionDialogs::confirmDelete);
    connect(panel, &SessionsPanel::removeRequested, this, &SessionDialogs::confirmRemoveEnded);
}

void SessionDialogs::newSession()
{
    auto *dialog = openDialog(new NewSessionDialog(m_offeredTools ? m_offeredTools() : pokee::ToolSet{}, m_window));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_controller->createSession(dialog->options()); });
}

void SessionDialogs::rename(const QString &sessionId)
{
    const pokee::SessionSummary *s = m_directory->model()->find(sessionId);
    if (!s)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("renameDialog"));
    dialog->setWindowTitle(tr("Rename session"));
    dialog->setLabelText(tr("Name:"));
    dialog->setTextValue(s->title);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, sessionId](const QString &title) { m_directory->rename(sessionId, title); });
    openDialog(dialog);
}

void SessionDialogs::confirmDelete(const QString &sessionId)
{
    const pokee::SessionSummary *s = m_directory->model()->find(sessionId);
    if (!s)
        return;
    ConfirmBox::Question q;
    q.icon = QMessageBox::Warning;
    q.objectName = QStringLiteral("deleteConfirmation");
    q.title = tr("Delete session");
    q.text = tr("Delete “%1” on the server?").arg(s->title.isEmpty() ? s->id : s->title);
    q.details = tr("Its workspace files go too, and its transcript is removed from this computer. "
                   "A running turn is stopped. This cannot be undone.");
    q.action = tr("Delete");
    ConfirmBox::ask(q, m_window, this, [this, sessionId] { m_directory->deleteSession(sessionId); });
}

void SessionDialogs::confirmRemoveEnded(const QString &sessionId)
{
    const pokee::SessionSummary *s = m_directory->model()->find(sessionId);
    if (!s || !s->ended)
        return;
    ConfirmBox::Question q;
    q.icon = QMessageBox::Question;
    q.objectName = QStringLiteral("removeEndedConfirmation");
    q.title = tr("Remove session");
    q.text = tr("Remove “%1” from this computer?").arg(s->title.isEmpty() ? s->id : s->title);
    q.details = tr("The server has ended it already; its transcript kept here is deleted. "
                   "Export it first (File → Export) to keep a copy.");
    q.action = tr("Remove");
    ConfirmBox::ask(q, m_window, this, [this, sessionId] { m_directory->removeEnded(sessionId); });
}

void SessionDialogs::cleanUp()
{
    auto *dialog = openDialog(new CleanUpDialog(m_directory, m_window));
    // The dialog closes when the server has answered: the status bar keeps what it said.
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT statusMessage(dialog->summary(), 15000); });
}

} // namespace pokee::ui
