#pragma once

#include <QObject>

namespace pokee {
class SessionController;
class SessionDirectory;
} // namespace pokee

namespace pokee::ui {

class ConversationPane;
class FilesController;
class SessionDetailsPane;
class SessionsPanel;

// Keeps every part of the window on the session that is open: the list highlights it (and
// lists it, when it was opened by id), the details and the files show it, and the composer is
// read-only while it has ended on the server. A session created here joins the list; the open
// session deleted gives way to a new one (the next prompt starts it).
class OpenSessionSync : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenSessionSync)
public:
    struct Parts
    {
        SessionsPanel *panel = nullptr;
        ConversationPane *conversation = nullptr;
        SessionDetailsPane *details = nullptr;
        FilesController *files = nullptr;
    };
    OpenSessionSync(pokee::SessionDirectory *directory, pokee::SessionController *controller, const Parts &parts,
                    QObject *parent = nullptr);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void show(const QString &sessionId);

    pokee::SessionDirectory *m_directory;   // not owned
    pokee::SessionController *m_controller; // not owned
    Parts m_parts;
};

} // namespace pokee::ui
