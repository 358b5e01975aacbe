#pragma once

#include "stream/SseParser.h"

#include <QJsonObject>
#include <QString>

namespace pokee {

// One event of a turn, as the API defines it: `id:` is the per-turn sequence number, `event:`
// the type, `data:` a JSON object. Data that is not JSON is kept raw and flagged, never lost.
struct TurnEvent
{
    // The event's own place in the turn: its own numeric `id:`, else data.sequence_number;
    // -1 when it has neither. An id inherited from an earlier event is never a seq.
    qint64 seq = -1;
    QByteArray id;   // the last event id exactly as the stream had it (the standard's rule)
    qint64 receivedAt = 0; // unix ms; 0 when unknown
    QString type;
    QByteArray rawData;
    QJsonObject data;
    bool dataIsJson = false;

    static TurnEvent fromSse(const SseEvent &event);
    static TurnEvent fromSse(const SseEventView &event); // copies what it keeps
    // The seq fromSse would give, without parsing the data when the event has its own id.
    static qint64 sequenceOf(const SseEventView &event);
    static qint64 sequenceOf(const SseEvent &event)
    {
        return sequenceOf(SseEventView{event.type, event.data, event.lastEventId, event.idInherited});
    }

    bool isTerminal() const { return isTerminalType(type); }
    static bool isTerminalType(const QString &type);
    static bool isTerminalWireType(QByteArrayView type);
};

} // namespace pokee
