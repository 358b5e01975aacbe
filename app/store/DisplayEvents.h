#pragma once

#include "stream/TurnEvent.h"

#include <QByteArray>
#include <QList>

namespace pokee {

// A finished turn's events as the transcript needs them: runs of consecutive deltas of one
// kind (text, thinking, a tool's input) merged into one, everything else as it came. Folding
// them gives the same blocks as folding every event (TranscriptModel only appends a delta's
// content), so a 5 MB session opens by parsing thousands of events instead of hundreds of
// thousands. The raw events stay in the journal, for exports and the inspector.
//
// Built as the events arrive (add()), so a turn's finish costs nothing extra.
class DisplayEvents
{
public:
    void add(const TurnEvent &event);
    void add(const QList<TurnEvent> &events);
    QList<TurnEvent> events() const;
    bool isEmpty() const { return m_events.isEmpty(); }

    // The journal's form: one compact JSON array, [{"type": T, "data": {...}, "raw": "..."}...]
    // ("data" when the event was JSON; "raw" unless it is a merged delta, since the transcript
    // shows an event type it does not know as it came). decode() returns false on anything else.
    QByteArray encode() const;
    static bool decode(const QByteArray &bytes, QList<TurnEvent> &out);

    static bool isMergeableType(const QString &type);

private:
    void flushRun();

    QList<TurnEvent> m_events;
    QString m_runContent; // the content of the merge run in progress (m_events.last())
    bool m_inRun = false;
};

} // namespace pokee
