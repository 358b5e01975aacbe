#include "stream/TurnEvent.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace pokee {

namespace {
qint64 numericId(QByteArrayView id)
{
    bool ok = false;
    const qint64 seq = id.toLongLong(&ok);
    return ok && seq >= 0 ? seq : -1;
}

// data.sequence_number, when it is a whole number >= 0.
qint64 ownSequenceNumber(const QJsonObject &data)
{
    const QJsonValue v = data.value(u"sequence_number");
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    return d >= 0 && d < 9e15 && d == double(qint64(d)) ? qint64(d) : -1;
}

TurnEvent makeTurnEvent(QByteArrayView type, const QByteArray &rawData, const QByteArray &lastEventId, bool idInherited)
{
    TurnEvent out;
    out.type = QString::fromUtf8(type);
    out.rawData = rawData;
    out.id = lastEventId;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(rawData, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        out.data = doc.object();
        out.dataIsJson = true;
    }
    out.seq = idInherited ? ownSequenceNumber(out.data) : numericId(lastEventId);
    return out;
}
} // namespace

TurnEvent TurnEvent::fromSse(const SseEvent &event)
{
    return makeTurnEvent(event.type, event.data, event.lastEventId, event.idInherited);
}

TurnEvent TurnEvent::fromSse(const SseEventView &event)
{
    return makeTurnEvent(event.type, event.data.toByteArray(), event.lastEventId.toByteArray(), event.idInherited);
}

qint64 TurnEvent::sequenceOf(const SseEventView &event)
{
    if (!event.idInherited)
        return numericId(event.lastEventId);
    // fromJson copies what it keeps: the data need not be copied for it.
    const QByteArray data = QByteArray::fromRawData(event.data.data(), event.data.size());
    return ownSequenceNumber(QJsonDocument::fromJson(data).object());
}

bool TurnEvent::isTerminalType(const QString &type)
{
    return type == u"message.completed" || type == u"message.cancelled" ||
           type == u"message.error";
}

bool TurnEvent::isTerminalWireType(QByteArrayView type)
{
    return type == "message.completed" || type == "message.cancelled" || type == "message.error";
}

} // namespace pokee
