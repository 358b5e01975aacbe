#pragma once

#include "cli/CliCommands.h"

#include <QHash>
#include <QSet>
#include <QTimer>

namespace pokee {
struct ApiResult;
class TurnManager;
struct TurnEvent;
} // namespace pokee

namespace pokee::cli {

// `pokee watch SID [SID…] [--follow]`: the running turns of several sessions at once. Each
// session is asked for its running turn (current_response_id), which the TurnManager then
// follows as it follows `send`'s: journaled in the profile's journal, resumed after a drop
// with Last-Event-ID and the core's backoff. The events come out interleaved, each line
// tagged with its session. Without --follow it ends once every watched turn has ended (an
// idle session is said to be idle and skipped); with it, idle sessions are asked again every
// --interval for their next turn, until Ctrl+C or until none is left on the server.
class CliWatch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliWatch)
public:
    CliWatch(const Options &options, CliOutput &out, ApiClient *api, Journal *journal, QObject *parent = nullptr);

    void start(const QStringList &sessionIds);

Q_SIGNALS:
    // The first exit code that is not Completed (an unknown session, a cancelled or failed
    // turn, …), as `resume` reports its several turns; Completed when there was none.
    void finished(int code);

private:
    struct Watched
    {
        QSet<QString> followed; // response ids followed already: busy lags behind a turn's end
        QString text;           // the text of its turn not printed yet (a line at a time)
        bool asked = false;     // the server answered once: "idle" is said only then
        bool asking = false;    // a GET of the session is on its way
        bool done = false;
    };

    void lookUp(const QString &sessionId);
    void onSession(const QString &sessionId, const ApiResult &result);
    void follow(const QString &sessionId, const QString &responseId);
    void print(const QString &sessionId, const QString &responseId, const TurnEvent &event);
    // Prints the session's complete lines of text (all of it when `all`: its text ended).
    void printText(const QString &sessionId, bool all);
    void note(const QString &sessionId, const QString &text);
    void settle(const QString &sessionId, int code);
    void remember(int code);
    void pollIdle();

    Options m_options;
    CliOutput &m_out;
    ApiClient *m_api;     // not owned
    Journal *m_journal;   // not owned
    TurnManager *m_turns; // parent: this
    QStringList m_order;  // as given, each once
    QHash<QString, Watched> m_sessions;
    QString m_attaching;  // the response id attachTurn() is attaching to (for its replayed part)
    QTimer m_poll;        // --follow
    int m_exitCode = Completed;
    bool m_finished = false;
};

} // namespace pokee::cli
