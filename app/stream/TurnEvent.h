#pragma once

#include "stream/SseParser.h"

#include <QJsonObject>
#include <QString>

namespace pokee {

// One event of a turn, as the API defines it: `id:` is the per-turn sequence number, `event:`
// the type, `data:` a JSON object. Data that is not JSON is kept raw and flagged, never lost.
struct TurnEvent
{
    qint64 seq = -1; // -1 when the event carried no numeric id
    QByteArray id;   // the last event id exactly as the stream had it
    qint64 receivedAt = 0; // unix ms; 0 when unknown
    QString type;
    QByteArray rawData;
    QJsonObject data;
    bool dataIsJson = false;

    static TurnEvent fromSse(const SseEvent &event);

    bool isTerminal() const { return isTerminalType(type); }
    static bool isTerminalType(const QString &type);
    static bool isTerminalWireType(QByteArrayView type);
};

} // namespace pokee
