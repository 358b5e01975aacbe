#pragma once

#include "api/ApiError.h"
#include "tools/AuditLog.h"
#include "tools/RuleSet.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace pokee {

class ApiCall;
class ApiClient;
class RuleRunner;

// The stateless tool loop over POST /v1/responses: send the request; for every
// function_call in the answer, let the rules answer it; send the conversation again with
// each function_call and its function_call_output appended; until an answer has no calls.
// A call no rule answers (no match, "ask", or a rule that wants approval) stops the loop
// and is handed to the caller (answerCalls() continues it). Every request and response is
// kept, for the playground's history.
class ResponsesLoop : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponsesLoop)
public:
    static constexpr int MaxRounds = 10;

    struct Call
    {
        QString callId;
        QString name;
        QString arguments;
        QString draft; // an approve rule's answer, for the user to send or change
    };

    ResponsesLoop(ApiClient *api, const RuleSet &rules, const QString &profile, const QString &auditPath,
                  QObject *parent = nullptr);
    ~ResponsesLoop() override;

    // `request` is the body of the first POST (input as text or items, tools, tool_choice, …).
    void start(const QJsonObject &request);
    // Answers the calls waitingForAnswers() named, {call_id: output}, and goes on.
    void answerCalls(const QHash<QString, QString> &outputs);
    // Cancels the call in flight (POST /v1/responses/{rid}/cancel once its id is known) and
    // stops the loop.
    void cancel();

    // What a failed POST /v1/responses means, in one sentence: the endpoint's own reading
    // of 400, 402, 429, 502 and 504; ApiError's sentence for anything else.
    static QString explain(const ApiError &error);

    // Every exchange so far: [{"request": {...}, "response": {...} or "error": "..."}].
    QJsonArray history() const { return m_history; }

Q_SIGNALS:
    // An answer came back; `final` when it had no function calls (the loop is over).
    void responded(const QJsonObject &response, bool final);
    // The rules answered a call (for the CLI's progress and the audit).
    void callAnswered(const pokee::ResponsesLoop::Call &call, const QString &output, bool isError);
    // Calls no rule answers: the loop waits for answerCalls().
    void waitingForAnswers(const QList<pokee::ResponsesLoop::Call> &calls);
    void failed(const pokee::ApiError &error, const QString &message);
    void finished(const QJsonObject &lastResponse);

private:
    void post();
    void onResponse(const QJsonObject &response);
    void answerNext();
    void continueWith(const QHash<QString, QString> &outputs);

    ApiClient *m_api; // not owned
    RuleSet m_rules;
    QString m_profile;
    AuditLog m_audit;
    QJsonObject m_request;    // the next POST's body; its input grows with each round
    QJsonArray m_history;
    QList<Call> m_pending;    // calls of the last answer still to be answered by rules
    QList<Call> m_forUser;
    QHash<QString, QString> m_outputs;
    QJsonObject m_lastResponse;
    int m_rounds = 0;
    QPointer<ApiCall> m_call;
    QString m_responseId; // of the call in flight, for the stateless cancel
    QPointer<RuleRunner> m_runner;
    bool m_cancelled = false;
};

} // namespace pokee
