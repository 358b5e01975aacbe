#pragma once

// What the GUI benchmarks share: a process's resident memory, synthetic deltas, an event
// pump that keeps the GUI thread honest, and sessions of a given size built in a journal.
#include "ProcStatus.h" // tests/support
#include "store/DisplayEvents.h"
#include "store/Journal.h"
#include "stream/SseParser.h"
#include "stream/TurnEvent.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace pokee::bench {

using test::procStatusKiB;
using test::rssKiB;

inline TurnEvent textDelta(qint64 seq, const QString &content)
{
    SseEvent s;
    s.lastEventId = QByteArray::number(seq);
    s.type = "text.delta";
    s.data = "{\"content\":" + QJsonDocument(QJsonArray{content}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
             ",\"sequence_number\":" + QByteArray::number(seq) + "}";
    TurnEvent e = TurnEvent::fromSse(s);
    e.receivedAt = QDateTime::currentMSecsSinceEpoch();
    return e;
}

// A delta of a typical stream: words, and a paragraph break every 40 deltas.
inline QString deltaText(qint64 i)
{
    return i % 40 == 39 ? QStringLiteral("end.\n\n") : QStringLiteral("word%1 ").arg(i % 97);
}

inline void pump(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Builds a session of `turns` turns in the journal: a prompt and a ~1 KB Markdown answer each.
inline void fillSession(Journal &journal, const QString &sid, int turns)
{
    const QString answer = QStringLiteral(
        "Here is a paragraph of the answer with **bold** text and `code` in it, long enough to wrap "
        "once or twice in a normal window. It goes on for a while to look like a real reply.\n\n"
        "- first point of the list\n- second point, a little longer than the first one\n\n"
        "```python\nfor item in items:\n    print(item)\n```\n\n"
        "A closing paragraph that sums it all up in a sentence or two, as agents like to do. ")
                               .repeated(2);
    for (int t = 0; t < turns; ++t) {
        const qint64 turn = journal.beginTurn(sid, QStringLiteral("Question number %1: what about the next part of the plan?").arg(t),
                                              QStringLiteral("k%1").arg(t));
        // Response ids are unique across sessions (the journal keys events on them).
        const QString rid = QStringLiteral("msg_%1_%2").arg(sid).arg(t);
        journal.setResponseId(turn, rid);
        QList<TurnEvent> events;
        SseEvent start;
        start.lastEventId = "0";
        start.type = "text.start";
        start.data = "{}";
        events << TurnEvent::fromSse(start);
        qint64 seq = 1;
        for (qsizetype pos = 0; pos < answer.size(); pos += 40)
            events << textDelta(seq++, answer.mid(pos, 40));
        SseEvent stop;
        stop.lastEventId = QByteArray::number(seq++);
        stop.type = "text.stop";
        stop.data = "{}";
        events << TurnEvent::fromSse(stop);
        SseEvent done;
        done.lastEventId = QByteArray::number(seq);
        done.type = "message.completed";
        done.data = "{\"usage\":{\"input_tokens\":20,\"output_tokens\":120}}";
        events << TurnEvent::fromSse(done);
        journal.appendEvents(turn, events);
        DisplayEvents display; // what TurnManager keeps for a turn it streamed
        display.add(events);
        journal.finishTurn(turn, QStringLiteral("completed"), {}, {}, display.encode());
    }
}


} // namespace pokee::bench
