#include "stream/TurnEvent.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace pokee {

namespace {
qint64 numericId(const QByteArray &id)
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
} // namespace

TurnEvent TurnEvent::fromSse(const SseEvent &event)
{
    TurnEvent out;
    out.type = QString::fromUtf8(event.type);
    out.rawData = event.data;
    out.id = event.lastEventId;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        out.data = doc.object();
        out.dataIsJson = true;
    }
    out.seq = event.idInherited ? ownSequenceNumber(out.data) : numericId(event.lastEventId);
    return out;
}

qint64 TurnEvent::sequenceOf(const SseEvent &event)
{
    if (!event.idInherited)
        return numericId(event.lastEventId);
    return ownSequenceNumber(QJsonDocument::fromJson(event.data).object());
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
