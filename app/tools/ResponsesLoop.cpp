#include "tools/ResponsesLoop.h"

#include "api/ApiClient.h"
#include "tools/ResponseOutput.h"
#include "tools/RuleRunner.h"


namespace pokee {

ResponsesLoop::ResponsesLoop(ApiClient *api, const RuleSet &rules, const QString &profile, const QString &auditPath,
                             QObject *parent)
    : QObject(parent), m_api(api), m_rules(rules), m_profile(profile), m_audit(auditPath)
{
}

ResponsesLoop::~ResponsesLoop() = default;

void ResponsesLoop::start(const QJsonObject &request)
{
    m_request = request;
    // The loop appends items: a text input becomes the user's message item.
    if (m_request.value(u"input").isString())
        m_request.insert(QStringLiteral("input"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                                {QStringLiteral("role"), QStringLiteral("user")},
                                                {QStringLiteral("content"), m_request.value(u"input").toString()}}});
    m_rounds = 0;
    m_history = {};
    post();
}

QString ResponsesLoop::explain(const ApiError &error)
{
    const QString server = error.serverMessage.isEmpty() ? error.detail : error.serverMessage;
    switch (error.httpStatus) {
    case 400:
        return tr("The endpoint refused the request as malformed (HTTP 400: %1): check the input items, the tools "
                  "and tool_choice; streaming is not supported.").arg(server);
    case 402:
        return tr("The account has run out of credits (HTTP 402): top it up, then send again.");
    case 429:
        return error.retryAfterSeconds >= 0
                   ? tr("Too many requests (HTTP 429): the server asks to wait %n second(s) before sending again.", nullptr,
                        error.retryAfterSeconds)
                   : tr("Too many requests (HTTP 429): wait a moment, then send again.");
    case 502:
        return tr("The model behind the endpoint failed (HTTP 502: %1): nothing was lost; send again in a moment.").arg(server);
    case 504:
        return tr("The model took too long to answer (HTTP 504): send again, perhaps with a shorter input or a lower "
                  "max_output_tokens.");
    default: break;
    }
    return error.userMessage();
}

void ResponsesLoop::cancel()
{
    m_cancelled = true;
    // The documented stateless cancel, so the server stops too (and does not bill); then
    // the request is dropped on our side whatever the cancel answers.
    if (m_call && !m_responseId.isEmpty())
        m_api->post(QStringLiteral("/v1/responses/%1/cancel").arg(ApiClient::pathSegment(m_responseId)), {});
    if (m_call)
        m_call->abort();
    if (m_runner)
        m_runner->cancel();
}

void ResponsesLoop::post()
{
    if (m_cancelled)
        return;
    if (++m_rounds > MaxRounds) {
        Q_EMIT failed({}, tr("Stopped after %n rounds of tool calls: the model keeps calling tools.", nullptr, int(MaxRounds)));
        return;
    }
    const QJsonObject body = m_request;
    m_responseId.clear();
    m_call = m_api->post(QStringLiteral("/v1/responses"), body);
    connect(m_call, &ApiCall::responseIdReceived, this, [this](const QString &rid) { m_responseId = rid; });
    connect(m_call, &ApiCall::finished, this, [this, body](const ApiResult &r) {
        QJsonObject exchange{{QStringLiteral("request"), body}};
        if (!r.ok()) {
            exchange.insert(QStringLiteral("error"), explain(r.error));
            if (r.error.httpStatus)
                exchange.insert(QStringLiteral("status"), r.error.httpStatus);
            m_history.append(exchange);
            if (!m_cancelled)
                Q_EMIT failed(r.error, explain(r.error));
            return;
        }
        exchange.insert(QStringLiteral("response"), r.json.object());
        m_history.append(exchange);
        onResponse(r.json.object());
    });
}

void ResponsesLoop::onResponse(const QJsonObject &response)
{
    m_lastResponse = response;
    m_pending.clear();
    m_forUser.clear();
    m_outputs.clear();
    QJsonArray input = m_request.value(u"input").toArray();
    for (const ResponseOutput::Item &call : ResponseOutput::fromJson(response).functionCalls()) {
        input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call")},
                                 {QStringLiteral("call_id"), call.callId},
                                 {QStringLiteral("name"), call.name},
                                 {QStringLiteral("arguments"), call.arguments}});
        m_pending.append({call.callId, call.name, call.arguments, {}});
    }
    m_request.insert(QStringLiteral("input"), input);
    const bool final = m_pending.isEmpty();
    Q_EMIT responded(response, final);
    if (final) {
        Q_EMIT finished(response);
        return;
    }
    answerNext();
}

void ResponsesLoop::answerNext()
{
    if (m_cancelled)
        return;
    if (m_pending.isEmpty()) {
        if (!m_forUser.isEmpty())
            return Q_EMIT waitingForAnswers(m_forUser);
        return continueWith(m_outputs);
    }
    Call call = m_pending.takeFirst();
    const int index = m_rules.match(call.name, call.arguments);
    const ToolRule *rule = index >= 0 ? &m_rules.rules().at(index) : nullptr;
    if (!rule || rule->action == ToolRule::Action::Ask) {
        m_forUser.append(call);
        return answerNext();
    }
    auto *runner = new RuleRunner(this);
    m_runner = runner;
    const ToolRule chosen = *rule;
    connect(runner, &RuleRunner::finished, this, [this, runner, call, chosen, index](const RuleAnswer &a) mutable {
        runner->deleteLater();
        if (chosen.approve) {
            // Drafted for one click in the inbox, as for a session's call.
            m_audit.append(AuditEntry::ofAnswer(m_profile, {}, call.callId, call.name, call.arguments, a, index,
                                                chosen.summary(), tr("stateless /v1/responses: drafted for approval: %1").arg(a.detail)));
            call.draft = a.isError ? tr("Error: %1").arg(a.output) : a.output;
            m_forUser.append(call);
            return answerNext();
        }
        m_audit.append(AuditEntry::ofAnswer(m_profile, {}, call.callId, call.name, call.arguments, a, index,
                                            chosen.summary(), tr("stateless /v1/responses: %1").arg(a.detail)));
        // The endpoint has no error flag for an output: an error says so in its text.
        m_outputs.insert(call.callId, a.isError ? tr("Error: %1").arg(a.output) : a.output);
        Q_EMIT callAnswered(call, a.output, a.isError);
        answerNext();
    });
    runner->start(chosen, call.arguments);
}

void ResponsesLoop::answerCalls(const QHash<QString, QString> &outputs)
{
    QHash<QString, QString> all = m_outputs;
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it)
        all.insert(it.key(), it.value());
    m_forUser.clear();
    continueWith(all);
}

void ResponsesLoop::continueWith(const QHash<QString, QString> &outputs)
{
    QJsonArray input = m_request.value(u"input").toArray();
    // In the order the calls came, each output after all the calls of the round.
    for (const ResponseOutput::Item &call : ResponseOutput::fromJson(m_lastResponse).functionCalls())
        input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call_output")},
                                 {QStringLiteral("call_id"), call.callId},
                                 {QStringLiteral("output"), outputs.value(call.callId)}});
    m_request.insert(QStringLiteral("input"), input);
    post();
}

} // namespace pokee
