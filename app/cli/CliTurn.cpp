#include "cli/CliTurn.h"

#include "tools/RuleEngine.h"

#include "models/SessionListModel.h"
#include <QDateTime>

#include "api/ApiClient.h"
#include "session/TurnManager.h"
#include "store/Journal.h"
#include "stream/JsonStringWriter.h"
#include "stream/ToolCallRequest.h"

#include <QJsonDocument>

#include <cstring>

namespace pokee::cli {

CliTurn::CliTurn(ApiClient *api, Journal *journal, CliOutput &out, QObject *parent)
    : QObject(parent), m_api(api), m_journal(journal), m_out(out)
{
}

int CliTurn::exitCodeFor(TurnStream::State state, const ApiError &error)
{
    switch (state) {
    case TurnStream::State::Completed: return Completed;
    case TurnStream::State::Cancelled: return Cancelled;
    default: return error.kind == ApiError::Kind::TurnError ? TurnError : Failure;
    }
}

namespace {

char *writeLiteral(char *p, QByteArrayView text)
{
    std::memcpy(p, text.data(), size_t(text.size()));
    return p + text.size();
}

} // namespace

void CliTurn::appendRawLines(QByteArray &out, const QList<SseEventView> &events)
{
    // Exactly what the SSE parser dispatched, written by hand into one buffer: a million
    // lines must not pay for a JSON document, or an allocation, each.
    qsizetype bound = 0;
    for (const SseEventView &e : events)
        bound += json::maxWrittenSize(e.lastEventId.size()) + json::maxWrittenSize(e.type.size()) +
                 json::maxWrittenSize(e.data.size()) + 32;
    const qsizetype start = out.size();
    out.resize(start + bound);
    char *p = out.data() + start;
    for (const SseEventView &e : events) {
        p = writeLiteral(p, "{\"id\":");
        p = json::writeString(p, e.lastEventId);
        p = writeLiteral(p, ",\"event\":");
        p = json::writeString(p, e.type);
        p = writeLiteral(p, ",\"data\":");
        p = json::writeString(p, e.data);
        p = writeLiteral(p, "}\n");
    }
    out.truncate(p - out.data());
}

void CliTurn::print(const TurnEvent &e, bool raw)
{
    if (raw) {
        QByteArray line;
        const QByteArray type = e.type.toUtf8();
        appendRawLines(line, {SseEventView{type, e.rawData, e.id, false}});
        m_out.raw(line);
        return;
    }
    if (m_out.json()) {
        m_out.object(eventJson(e));
        return;
    }
    if (e.type == u"text.delta")
        m_out.text(e.data.value(u"content").toString());
    else if (e.type == u"text.stop")
        m_out.text(QStringLiteral("\n"));
    else if (const QString said = describe(e, m_sessionId, m_ruledCalls); !said.isEmpty())
        m_out.note(said);
}

QJsonObject CliTurn::eventJson(const TurnEvent &e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("event"), e.type},
            {QStringLiteral("data"), e.dataIsJson ? QJsonValue(e.data) : QJsonValue(QString::fromUtf8(e.rawData))}};
}

QString CliTurn::describe(const TurnEvent &e, const QString &sessionId, const QSet<QString> &ruledCalls)
{
    const QJsonObject &d = e.data;
    if (e.type == u"tool_use.executing")
        return tr("[tool %1] %2").arg(d.value(u"name").toString(),
                                      QString::fromUtf8(QJsonDocument(d.value(u"input").toObject()).toJson(QJsonDocument::Compact)));
    if (const std::optional<ToolCallRequest> call = ToolCallRequest::from(e)) {
        const QString &callId = call->toolCallId;
        const QString &name = call->name;
        const QString &arguments = call->arguments;
        if (ruledCalls.contains(callId))
            return tr("[tool call %1] %2(%3) — a rule answers it").arg(callId, name, arguments);
        return tr("[tool call %1] %2(%3) — answer with: pokee tool-result %4 %1 OUTPUT")
            .arg(callId, name, arguments, sessionId);
    }
    if (e.type == u"message.completed")
        return tr("[done] usage: %1").arg(QString::fromUtf8(QJsonDocument(d.value(u"usage").toObject()).toJson(QJsonDocument::Compact)));
    if (e.type == u"message.cancelled")
        return tr("[cancelled]");
    if (e.type == u"message.error")
        return tr("[error] %1").arg(d.value(u"error").toString());
    return {};
}

void CliTurn::offerToRules(const QString &sessionId, const TurnEvent &e)
{
    if (!m_rules)
        return;
    if (const std::optional<QString> taken = m_rules->offer(sessionId, e))
        m_ruledCalls.insert(*taken);
}

void CliTurn::setRuleEngine(RuleEngine *engine)
{
    m_rules = engine;
    connect(engine, &RuleEngine::answered, this, [this](const QString &, const QString &callId, const RuleAnswer &a) {
        //: A rule answered the tool call %1; %2 says how (such as "reply rule")
        m_out.note(a.isError ? tr("[rule] answered %1 (as an error): %2").arg(callId, a.detail)
                             : tr("[rule] answered %1: %2").arg(callId, a.detail));
    });
    connect(engine, &RuleEngine::answerDrafted, this, [this](const QString &sid, const QString &callId, const RuleAnswer &a) {
        // The CLI has no inbox: the draft is shown, and the user sends it (or another answer).
        m_out.note(tr("[rule] drafted for approval %1: %2 — send it with: pokee tool-result %3 %1 OUTPUT")
                       .arg(callId, a.output.left(400), sid));
    });
    connect(engine, &RuleEngine::deliveryFailed, this, [this](const QString &, const QString &, const QString &message) {
        m_out.note(QStringLiteral("[rule] ") + message);
    });
}

void CliTurn::follow(TurnManager *turns)
{
    connect(turns, &TurnManager::responseIdReceived, this, [this](const QString &, qint64, const QString &rid) {
        if (!m_out.json())
            m_out.note(tr("response %1").arg(rid));
    });
    connect(turns, &TurnManager::eventsReceived, this,
            [this](const QString &sessionId, qint64, const QString &, const QList<TurnEvent> &events) {
                for (const TurnEvent &e : events) {
                    offerToRules(sessionId, e); // whatever the output format: rules act the same
                    print(e, false);
                }
                m_out.flush();
            });
    connect(turns, &TurnManager::notice, this, [this](const QString &, qint64, const QString &text) { m_out.note(text); });
    connect(turns, &TurnManager::journalFailed, this, [this](const QString &text) { m_out.note(text); });
    connect(turns, &TurnManager::connectionChanged, this,
            [this](const QString &, qint64, const QString &text) { m_out.note(text); });
    connect(turns, &TurnManager::cancelFailed, this, [this](const QString &, qint64, const QString &text) { m_out.note(text); });
    connect(turns, &TurnManager::sessionBusy, this, [this](const QString &, const QString &rid) {
        m_out.note(rid.isEmpty() ? tr("The session is busy with another turn.")
                                 : tr("The session is busy with response %1; follow it with: pokee events %2 %1").arg(rid, m_sessionId));
    });
    connect(turns, &TurnManager::turnFinished, this,
            [this](const QString &, qint64, TurnStream::State state, const ApiError &error) {
                const int code = exitCodeFor(state, error);
                if (code == Failure || (state != TurnStream::State::Completed && state != TurnStream::State::Cancelled &&
                                        error.kind != ApiError::Kind::TurnError))
                    m_out.note(QStringLiteral("pokee: ") + error.userMessage());
                if (m_exitCode == Completed)
                    m_exitCode = code;
                if (--m_pending <= 0)
                    Q_EMIT finished(m_exitCode);
            });
}

void CliTurn::send(const QString &sessionId, const QString &message)
{
    m_sessionId = sessionId;
    auto *turns = new TurnManager(m_api, m_journal, this);
    if (!m_profileKey.isEmpty())
        turns->setProfile(m_profileKey);
    follow(turns);
    m_pending = 1;
    // The profile's session list has it from now on, named by its first prompt, as the app does.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_journal->upsertSession(SessionRecord::make(sessionId, turns->profile(), SessionListModel::titleFromPrompt(message), now, now));
    if (turns->startTurn(sessionId, message) == 0) {
        m_out.note(m_journal->lastError());
        Q_EMIT finished(Failure);
    }
}

void CliTurn::resume()
{
    auto *turns = new TurnManager(m_api, m_journal, this);
    if (!m_profileKey.isEmpty())
        turns->setProfile(m_profileKey);
    follow(turns);
    m_pending = turns->resumeOpenTurns();
    if (m_pending == 0) {
        m_out.note(tr("No open turns in the journal."));
        Q_EMIT finished(Completed);
    }
}

void CliTurn::events(const QString &sessionId, const QString &responseId, qint64 after, bool raw, bool reconnect)
{
    m_sessionId = sessionId;
    TurnStream::Options options;
    options.rawEvents = raw;
    options.reconnect = reconnect;
    auto *stream = new TurnStream(m_api, sessionId, options, this);
    connect(stream, &TurnStream::eventsReceived, this, [this](const QList<TurnEvent> &events) {
        for (const TurnEvent &e : events)
            print(e, false);
    });
    connect(stream, &TurnStream::rawEventsReceived, this, [this](const QList<SseEventView> &events) {
        QByteArray lines;
        appendRawLines(lines, events);
        m_out.raw(lines);
    });
    connect(stream, &TurnStream::reconnectScheduled, this, [this](int attempt, int ms, const ApiError &why) {
        m_out.note(tr("connection lost (%1), reconnecting in %2 ms, attempt %3").arg(why.detail).arg(ms).arg(attempt));
    });
    connect(stream, &TurnStream::stateChanged, this, [this, stream] {
        if (!stream->isFinished())
            return;
        const ApiError error = stream->lastError();
        const int code = exitCodeFor(stream->state(), error);
        if (code == Failure)
            m_out.note(QStringLiteral("pokee: ") + error.userMessage());
        Q_EMIT finished(code);
    });
    stream->attach(responseId, after);
}

int CliTurn::transcript(const QString &sessionId)
{
    m_sessionId = sessionId;
    const QList<TurnRecord> turns = m_journal->turns(sessionId);
    if (turns.isEmpty()) {
        m_out.note(tr("The journal has no turns of session %1.").arg(sessionId));
        return Failure;
    }
    for (const TurnRecord &t : turns) {
        if (m_out.json())
            m_out.object({{QStringLiteral("turn"), t.id}, {QStringLiteral("prompt"), t.prompt},
                          {QStringLiteral("response_id"), t.responseId}, {QStringLiteral("state"), t.state}});
        else
            m_out.line(tr("> %1").arg(t.prompt));
        for (const TurnEvent &e : m_journal->events(t.id))
            print(e, false);
    }
    return Completed;
}

} // namespace pokee::cli
