#include "chat/ComposerDrafts.h"

#include "session/SessionController.h"

#include <QPlainTextEdit>

namespace pokee::ui {

ComposerDrafts::ComposerDrafts(pokee::SessionController *controller, QPlainTextEdit *editor, QObject *parent)
    : QObject(parent), m_editor(editor), m_current(controller->sessionId())
{
    connect(controller, &pokee::SessionController::sessionCreated, this,
            [this](const QString &id) { m_created = id; });
    connect(controller, &pokee::SessionController::sessionOpened, this, &ComposerDrafts::switchTo);
}

void ComposerDrafts::switchTo(const QString &sessionId)
{
    if (sessionId == m_current)
        return;
    const QString text = m_editor->toPlainText();
    if (m_current.isEmpty() && sessionId == m_created) {
        // Sent from "new session": the text is that session's prompt, kept until its turn
        // starts (the window clears it then), never left behind as the next new session's.
        m_created.clear();
        m_current = sessionId;
        return;
    }
    if (text.isEmpty())
        m_drafts.remove(m_current);
    else
        m_drafts.insert(m_current, text);
    m_current = sessionId;
    m_editor->setPlainText(m_drafts.take(sessionId));
    m_editor->moveCursor(QTextCursor::End);
}

} // namespace pokee::ui
