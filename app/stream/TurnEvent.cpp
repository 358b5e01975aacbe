#include "stream/TurnEvent.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace pokee {

TurnEvent TurnEvent::fromSse(const SseEvent &event)
{
    TurnEvent out;
    out.type = QString::fromUtf8(event.type);
    out.rawData = event.data;
    out.id = event.lastEventId;
    bool ok = false;
    const qint64 seq = event.lastEventId.toLongLong(&ok);
    if (ok && seq >= 0)
        out.seq = seq;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        out.data = doc.object();
        out.dataIsJson = true;
    }
    return out;
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
