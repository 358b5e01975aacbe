#include "chat/SessionView.h"

#include "chat/ChatView.h"
#include "chat/ConversationPane.h"
#include "shell/WelcomePanel.h"

#include "models/SessionListModel.h"
#include "session/SessionController.h"
#include "session/SessionDirectory.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pokee::ui {

SessionView::SessionView(const QString &profile, pokee::SessionController *controller, pokee::TurnManager *turns,
                         pokee::SessionDirectory *directory, QWidget *parent)
    : QWidget(parent), m_profile(profile), m_controller(controller), m_directory(directory), m_header(new QLabel(this)),
      m_pane(new ConversationPane(controller, turns, this))
{
    controller->setParent(this);
    m_header->setObjectName(QStringLiteral("sessionViewHeader"));
    m_header->setMargin(4);
    m_header->setAutoFillBackground(true);
    m_header->setTextFormat(Qt::PlainText);
    m_pane->welcomePanel()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_pane, 1);
    m_pane->connectController();
    m_pane->chatView()->setModel(controller->transcript());
    connect(m_pane, &ConversationPane::statusMessage, this, &SessionView::statusMessage);
    connect(m_pane->chatView(), &ChatView::toolCallActivated, this,
            [this](const QString &callId) { Q_EMIT toolCallActivated(m_profile, callId); });
    connect(controller, &pokee::SessionController::sessionOpened, this, &SessionView::refresh);
    // A session this view created joins its profile's list.
    connect(controller, &pokee::SessionController::sessionCreated, directory,
            [directory](const QString &id, bool persistent, qint64 ttl) { directory->addSession(id, persistent ? 1 : 0, ttl); });
    connect(directory, &pokee::SessionDirectory::sessionChanged, this, [this](const QString &id) {
        if (id == sessionId())
            refresh(); // renamed, ended
    });
    connect(directory, &pokee::SessionDirectory::sessionDeleted, this, [this](const QString &id) {
        if (id == sessionId())
            m_pane->showError(tr("This session was deleted."));
    });
    setActive(false);
    refresh();
}

QString SessionView::sessionId() const
{
    return m_controller->sessionId();
}

QString SessionView::title() const
{
    const QString sid = sessionId();
    if (sid.isEmpty())
        //: A view of no session yet: its first prompt creates one
        return tr("New session — %1").arg(m_profile);
    const QString t = m_directory->model()->titleOf(sid);
    //: A session's title and its profile, in a view's header or a window's title bar
    return tr("%1 — %2").arg(t.isEmpty() ? sid : t, m_profile);
}

void SessionView::openSession(const QString &sessionId)
{
    if (!sessionId.isEmpty() && !m_directory->model()->find(sessionId))
        m_directory->addSession(sessionId);
    m_controller->openSession(sessionId);
}

void SessionView::setHeaderVisible(bool on)
{
    m_header->setVisible(on);
}

void SessionView::setActive(bool active)
{
    m_active = active;
    // The view the list opens into reads as selected: highlight colours, as a selected row.
    m_header->setBackgroundRole(active ? QPalette::Highlight : QPalette::AlternateBase);
    m_header->setForegroundRole(active ? QPalette::HighlightedText : QPalette::WindowText);
}

void SessionView::refresh()
{
    const pokee::SessionSummary *s = m_directory->model()->find(sessionId());
    m_pane->setEnded(s && s->ended);
    m_header->setText(title());
    m_header->setToolTip(sessionId());
    Q_EMIT titleChanged(title());
}

} // namespace pokee::ui
