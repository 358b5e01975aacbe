#include "SecondClient.h"

#include "api/ApiCall.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace pokee::soak {

SecondClient::SecondClient(const Endpoint &endpoint, const QString &journalPath, const TurnStream::Options &options,
                           QObject *parent)
    : QObject(parent), m_api(endpoint), m_oracle(endpoint), m_journalPath(journalPath),
      m_turns(std::make_unique<TurnManager>(&m_api, &m_journal, options))
{
    connect(m_turns.get(), &TurnManager::turnFinished, this, &SecondClient::onTurnFinished);
}

QString SecondClient::open()
{
    return m_journal.open(m_journalPath) ? QString() : m_journal.lastError();
}

void SecondClient::start(const QStringList &sessionIds)
{
    for (const QString &sid : sessionIds)
        startTurn(sid);
}

void SecondClient::stop()
{
    m_stopping = true;
    if (isIdle())
        Q_EMIT finished();
}

void SecondClient::startTurn(const QString &sessionId)
{
    if (m_stopping)
        return;
    // The agent echoes a prompt without a deltas directive: the answer names whose it is.
    const QString prompt = QStringLiteral("second client: turn %1 [[bash=off]] [[thinking=off]] [[pace=2]]").arg(++m_nextPrompt);
    const qint64 turnId = m_turns->startTurn(sessionId, prompt);
    if (turnId <= 0) {
        ++m_failed;
        m_problems << QStringLiteral("second client: the journal could not record a turn: ") + m_journal.lastError();
        return;
    }
    ++m_asked;
    m_running.insert(turnId, sessionId);
}

void SecondClient::next(const QString &sessionId, int delayMs)
{
    if (m_stopping) {
        if (isIdle())
            Q_EMIT finished();
        return;
    }
    QTimer::singleShot(delayMs, this, [this, sessionId] { startTurn(sessionId); });
}

void SecondClient::onTurnFinished(const QString &sessionId, qint64 turnId, TurnStream::State state, const ApiError &error)
{
    if (!m_running.contains(turnId))
        return;
    m_running.remove(turnId);
    if (state == TurnStream::State::Completed)
        return verify(sessionId, turnId);
    // The first client's turn held the session when our first POST came: refused, as it should
    // be; nothing was started for it. Try again a moment later.
    if (error.kind == ApiError::Kind::Conflict && m_journal.turn(turnId).responseId.isEmpty()) {
        ++m_busy;
        return next(sessionId, 200);
    }
    ++m_failed;
    if (m_problems.size() < 10)
        m_problems << QStringLiteral("second client: turn %1 in %2 ended %3: %4")
                          .arg(turnId).arg(sessionId, stateName(state), error.userMessage());
    next(sessionId, 200);
}

void SecondClient::verify(const QString &sessionId, qint64 turnId)
{
    ++m_verifying;
    const TurnRecord record = m_journal.turn(turnId);
    m_responseIds.insert(record.responseId);
    ApiCall *call = m_oracle.get(QStringLiteral("/_emulator/turns/%1/sent").arg(record.responseId));
    connect(call, &ApiCall::finished, this, [this, sessionId, turnId, record](const ApiResult &r) {
        --m_verifying;
        const QList<TurnEvent> kept = m_journal.events(turnId);
        const QJsonArray sent = r.json.object().value(u"events").toArray();
        bool same = r.ok() && sent.size() == kept.size();
        for (qsizetype i = 0; same && i < kept.size(); ++i) {
            const QJsonObject e = sent.at(i).toObject();
            same = kept.at(i).type == e.value(u"event").toString() && kept.at(i).rawData == e.value(u"data").toString().toUtf8();
        }
        // Our own prompt, echoed by the agent, must be in our own turn's answer.
        const bool ours = [&] {
            QString text;
            for (const TurnEvent &e : kept)
                if (e.type == u"text.delta")
                    text += e.data.value(u"content").toString();
            return text.contains(u"second client");
        }();
        if (!same || !ours) {
            ++m_mismatches;
            if (m_problems.size() < 10)
                m_problems << QStringLiteral("second client: turn %1 (%2): %3")
                                  .arg(turnId).arg(record.responseId,
                                                   same ? QStringLiteral("the answer is not to its own prompt")
                                                        : QStringLiteral("the journal differs from the server's record"));
        } else {
            ++m_completed;
        }
        next(sessionId, 50);
    });
}

} // namespace pokee::soak
