#pragma once

#include "cli/CliOutput.h"
#include "stream/TurnStream.h"

#include <QObject>
#include <QSet>

namespace pokee {
class ApiClient;
class Journal;
class RuleEngine;
class TurnManager;
} // namespace pokee

namespace pokee::cli {

// The commands that follow a turn's events: send, events, resume, transcript.
class CliTurn : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliTurn)
public:
    CliTurn(ApiClient *api, Journal *journal, CliOutput &out, QObject *parent = nullptr);
    // The profile's key in the journal (Profile::sessionKey); the endpoint's URL when empty.
    void setProfileKey(const QString &key) { m_profileKey = key; }
    // Answers the turn's tool calls by these rules while it streams (send only).
    void setRuleEngine(RuleEngine *engine);

    void send(const QString &sessionId, const QString &message);
    void events(const QString &sessionId, const QString &responseId, qint64 after, bool raw, bool reconnect);
    // Resumes every turn the journal left open and follows them to their end.
    void resume();
    // Prints a session's journaled events; returns the exit code at once.
    int transcript(const QString &sessionId);

    // What the events of a turn come to, for `pokee watch` as for send: the NDJSON object of
    // one event; the sentence for an event that is not text (a tool, a tool call whose
    // answer `ruledCalls` does not leave to a rule, the end), empty for the others; the exit
    // code of a turn's end.
    static QJsonObject eventJson(const TurnEvent &event);
    static QString describe(const TurnEvent &event, const QString &sessionId, const QSet<QString> &ruledCalls = {});
    static int exitCodeFor(TurnStream::State state, const ApiError &error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void print(const TurnEvent &event, bool raw);
    // Hands a tool call to the rules (send --rules); the calls a rule took are remembered.
    void offerToRules(const QString &sessionId, const TurnEvent &event);
    static void appendRawLines(QByteArray &out, const QList<SseEventView> &events);
    void follow(TurnManager *turns);

    ApiClient *m_api;   // not owned
    Journal *m_journal; // not owned
    CliOutput &m_out;
    QString m_sessionId;
    int m_pending = 0;  // turns still running (resume)
    int m_exitCode = Completed;
    QString m_profileKey;
    RuleEngine *m_rules = nullptr; // not owned
    QSet<QString> m_ruledCalls;    // tool calls a rule answers or drafts
};

} // namespace pokee::cli
