#include "Turn.h"

#include "SseFormat.h"

#include <QDateTime>
#include <QHttpHeaders>

namespace pokee::emu {

Turn::Turn(const QString &id, const QString &sessionId, int keepAliveSeconds, QObject *parent)
    : QObject(parent), m_id(id), m_sessionId(sessionId)
{
    m_keepAlive.setInterval(keepAliveSeconds * 1000);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] { writeAll(QByteArrayLiteral(": ping\n\n")); });
}

Turn::~Turn()
{
    // A chunk must not be empty; a comment ends the stream harmlessly (the client resumes).
    closeListeners(QByteArrayLiteral(": closing\n\n"));
}

void Turn::append(const QByteArray &type, QJsonObject data)
{
    if (isFinished())
        return;
    const qint64 seq = qint64(m_events.size());
    data.insert(QStringLiteral("sequence_number"), seq);
    m_events.push_back(formatSseEvent(seq, type, data));
    if (type == "message.completed")
        m_state = State::Completed;
    else if (type == "message.cancelled")
        m_state = State::Cancelled;
    else if (type == "message.error")
        m_state = State::Failed;
    if (isFinished()) {
        m_finishedAtMs = QDateTime::currentMSecsSinceEpoch();
        closeListeners(m_events.back()); // the terminal event is the stream's last chunk
        m_keepAlive.stop();
        Q_EMIT finished();
        return;
    }
    writeAll(m_events.back());
    if (m_keepAlive.interval() > 0)
        m_keepAlive.start(); // a ping only after a quiet interval
}

void Turn::addListener(std::unique_ptr<QHttpServerResponder> responder, qint64 afterSeq)
{
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "text/event-stream");
    headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-cache");
    headers.append("X-Response-Id", m_id.toLatin1());
    responder->writeBeginChunked(headers);
    // The replay goes out in HTTP chunks of about 64 KiB, as a server flushing batches of
    // events would. (One chunk of the whole replay made Qt 6.8's client read everything the
    // kernel had buffered, up to net.ipv4.tcp_rmem's maximum, ignoring its read-buffer limit:
    // QHttpNetworkReplyPrivate::readReplyBodyRaw loops while the socket has bytes.)
    constexpr qsizetype ReplayChunkBytes = 64 * 1024;
    QByteArray batch;
    for (qint64 seq = qMax<qint64>(afterSeq + 1, 0); seq < qint64(m_events.size()); ++seq) {
        batch += m_events[size_t(seq)];
        if (batch.size() >= ReplayChunkBytes && seq + 1 < qint64(m_events.size())) {
            responder->writeChunk(batch);
            batch.clear();
        }
    }
    if (isFinished()) {
        responder->writeEndChunked(batch);
        return;
    }
    if (!batch.isEmpty())
        responder->writeChunk(batch);
    m_listeners.push_back(std::move(responder));
    if (m_keepAlive.interval() > 0 && !m_keepAlive.isActive())
        m_keepAlive.start();
}

QJsonArray Turn::record() const
{
    // Each entry is exactly formatSseEvent's "id: N\nevent: T\ndata: D\n\n" (compact JSON
    // has no newline), so three known prefixes give the fields back.
    QJsonArray out;
    for (const QByteArray &wire : m_events) {
        const QList<QByteArray> lines = wire.split('\n');
        out.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(lines.value(0).mid(4))},
                               {QStringLiteral("event"), QString::fromUtf8(lines.value(1).mid(7))},
                               {QStringLiteral("data"), QString::fromUtf8(lines.value(2).mid(6))}});
    }
    return out;
}

void Turn::requestCancel()
{
    if (m_cancelRequested || isFinished())
        return;
    m_cancelRequested = true;
    Q_EMIT cancelRequested();
}

void Turn::writeAll(const QByteArray &bytes)
{
    for (auto &listener : m_listeners)
        listener->writeChunk(bytes);
}

void Turn::closeListeners(const QByteArray &lastChunk)
{
    for (auto &listener : m_listeners)
        listener->writeEndChunked(lastChunk);
    m_listeners.clear();
}

} // namespace pokee::emu
