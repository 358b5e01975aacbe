#include "sessions/OpenSessionSync.h"

#include "chat/ConversationPane.h"
#include "files/FilesController.h"
#include "sessions/SessionDetailsPane.h"
#include "sessions/SessionsPanel.h"

#include "models/SessionListModel.h"
#include "session/SessionController.h"
#include "session/SessionDirectory.h"

namespace pokee::ui {

OpenSessionSync::OpenSessionSync(pokee::SessionDirectory *directory, pokee::SessionController *controller,
                                 const Parts &parts, QObject *parent)
    : QObject(parent), m_directory(directory), m_controller(controller), m_parts(parts)
{
    connect(controller, &SessionController::sessionCreated, this,
            [this](const QString &id, bool persistent, qint64 ttl) { m_directory->addSession(id, persistent ? 1 : 0, ttl); });
    connect(controller, &SessionController::sessionOpened, this, &OpenSessionSync::show);
    connect(directory, &pokee::SessionDirectory::sessionEndedOnServer, this, [this](const QString &id) {
        if (id == m_controller->sessionId())
            show(id); // read-only from now on
    });
    connect(directory, &pokee::SessionDirectory::sessionDeleted, this, [this](const QString &id) {
        Q_EMIT statusMessage(tr("Session %1 deleted.").arg(id), 5000);
        m_parts.conversation->forgetDraft(id);
        if (id == m_controller->sessionId()) {
            // Nothing of it is left to show or send to: the next prompt starts a new session.
            m_controller->openSession(QString());
            m_parts.conversation->setEnded(false);
            m_parts.details->showSession(QString());
        }
    });
    // The open session's row changed (ended, or back on the server): the composer follows.
    connect(directory, &pokee::SessionDirectory::sessionChanged, this, [this](const QString &id) {
        if (id != m_controller->sessionId())
            return;
        const pokee::SessionSummary *s = m_directory->model()->find(id);
        if (m_parts.conversation->showsEnded() != (s && s->ended))
            show(id);
    });
}

void OpenSessionSync::show(const QString &id)
{
    if (id.isEmpty())
        return m_parts.panel->showCurrent(id); // nothing on screen: nothing highlighted
    pokee::SessionListModel *sessions = m_directory->model();
    if (!sessions->find(id) || !sessions->find(id)->local)
        m_directory->addSession(id); // opened by id (a link, a script) or from the server's list
    m_directory->setCurrentSession(id);
    m_parts.panel->showCurrent(id);
    m_parts.details->showSession(id);
    const pokee::SessionSummary *s = sessions->find(id);
    m_parts.files->showSession(id, s ? s->title : QString());
    m_parts.conversation->setEnded(s && s->ended);
}

} // namespace pokee::ui
