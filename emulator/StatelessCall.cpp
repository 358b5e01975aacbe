#include "StatelessCall.h"

#include "SessionStore.h"
#include "StatelessModel.h"

#include <QDateTime>
#include <QJsonDocument>

namespace pokee::emu {

StatelessCall::StatelessCall(const QJsonObject &request, int delayMs,
                             std::unique_ptr<QHttpServerResponder> responder, QObject *parent)
    : QObject(parent), m_id(SessionStore::newId(QStringLiteral("resp_"))), m_request(request),
      m_createdAt(QDateTime::currentSecsSinceEpoch()), m_responder(std::move(responder))
{
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    headers.append("X-Response-Id", m_id.toLatin1());
    m_responder->writeBeginChunked(headers);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { finish(StatelessModel::respond(m_request, m_id, m_createdAt)); });
    m_timer.start(delayMs);
}

StatelessCall::~StatelessCall()
{
    if (!m_finished)
        finish(StatelessModel::cancelled(m_request, m_id, m_createdAt));
}

bool StatelessCall::cancel()
{
    if (m_finished)
        return false;
    m_timer.stop();
    finish(StatelessModel::cancelled(m_request, m_id, m_createdAt));
    return true;
}

void StatelessCall::finish(const QJsonObject &body)
{
    m_finished = true;
    m_finishedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_responder->writeEndChunked(QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_responder.reset();
}

} // namespace pokee::emu
