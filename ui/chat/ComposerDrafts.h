#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QPlainTextEdit;

namespace pokee {
class SessionController;
}

namespace pokee::ui {

// Each session keeps its own unsent text: switching sessions puts the message box's text
// aside under the session it was typed for and brings back the other's, so Enter never sends
// one session's words to another. The "no session yet" draft moves to the session a send
// creates. Lives as long as the window (in memory, like the message box itself).
class ComposerDrafts : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerDrafts)
public:
    ComposerDrafts(pokee::SessionController *controller, QPlainTextEdit *editor, QObject *parent = nullptr);

    QString draftOf(const QString &sessionId) const { return m_drafts.value(sessionId); }
    // A deleted session's draft has nowhere to go.
    void forget(const QString &sessionId) { m_drafts.remove(sessionId); }

private:
    void switchTo(const QString &sessionId);

    QPlainTextEdit *m_editor; // not owned: the composer's
    QString m_current;        // the session the editor's text belongs to ("" : a new session)
    QString m_created;        // a session just created by a send: it inherits the new-session draft
    QHash<QString, QString> m_drafts;
};

} // namespace pokee::ui
