#pragma once

#include <QObject>
#include <QTimer>

namespace pokee {

class ApiClient;

// Sends one answer to POST /v1/sessions/{id}/tool_results and says, plainly, what became of
// it: 204 sent; 404 expired or already answered; 400 the server's own message; a network
// failure is retried (the answer may have arrived: a 404 after a retry is "probably
// delivered", not a failure). The inbox, the tool-call dialog and the rules all send through it.
class ToolResultSender : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolResultSender)
public:
    enum class Outcome { Sent, ProbablyDelivered, Expired, Refused, Failed };
    Q_ENUM(Outcome)

    static constexpr int MaxAttempts = 3;

    ToolResultSender(ApiClient *api, const QString &sessionId, const QString &toolCallId, QObject *parent = nullptr);

    // `output` as typed: a string the server passes on (JSON or not). finished() follows once.
    void send(const QString &output, bool isError);
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

Q_SIGNALS:
    void finished(pokee::ToolResultSender::Outcome outcome, const QString &sentence);

private:
    void attempt();

    ApiClient *m_api; // not owned
    QString m_sessionId;
    QString m_toolCallId;
    QString m_output;
    bool m_isError = false;
    int m_attempts = 0;
    int m_retryDelayMs = 1000;
};

} // namespace pokee
