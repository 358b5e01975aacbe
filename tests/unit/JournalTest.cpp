// The journal: what it stores survives reopening, a replay never stores an event twice,
// open turns are found again, and failures become sentences.
#include "store/Journal.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;

namespace {
QList<TurnEvent> events(qint64 from, qint64 to)
{
    QList<TurnEvent> out;
    for (qint64 seq = from; seq <= to; ++seq) {
        SseEvent sse;
        sse.lastEventId = QByteArray::number(seq);
        sse.type = "text.delta";
        sse.data = "{\"content\":\"" + QByteArray::number(seq) + "\"}";
        out.append(TurnEvent::fromSse(sse));
    }
    return out;
}
} // namespace

class JournalTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void turnLifecycleSurvivesReopening();
    void replayedEventsAreStoredOnce();
    void rawAndUnknownEventsAreKept();
    void sessionsPerProfileNewestFirst();
    void unwritablePlaceIsASentence();
    void turnsWithTheSameResponseIdKeepTheirOwnEvents();
    void aResponseIdFindsItsTurn();
    void openTurnsBelongToTheirProfile();
    void eventsWithoutASeqAreKeptWithTheirLastEventId();
    void schemaOneFileIsMigratedWithNothingLost();
    void aRefusedWriteStoresNothingOfTheBatch();
    void schemaTwoFileIsMigratedWithNothingLost();
    void aRenamedTitleOutlivesLaterPrompts();
    void sessionStateRoundTrips();
};

void JournalTest::turnLifecycleSurvivesReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    qint64 turn = 0;
    {
        Journal j;
        QVERIFY(j.open(path));
        turn = j.beginTurn(QStringLiteral("sess_1"), QStringLiteral("hello"), QStringLiteral("key-1"));
        QVERIFY(turn > 0);
        const TurnRecord posted = j.turn(turn);
        QCOMPARE(posted.state, QStringLiteral("posting"));
        QCOMPARE(posted.idempotencyKey, QStringLiteral("key-1")); // written before any POST
        QVERIFY(j.setResponseId(turn, QStringLiteral("msg_1")));
        QVERIFY(j.appendEvents(turn, events(0, 9)));
        QCOMPARE(j.openTurns(QString()).size(), 1);
    }
    Journal j;
    QVERIFY(j.open(path));
    const QList<TurnRecord> open = j.openTurns(QString());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().responseId, QStringLiteral("msg_1"));
    QCOMPARE(open.first().lastSeq, 9);
    QCOMPARE(open.first().prompt, QStringLiteral("hello"));
    QVERIFY(j.finishTurn(turn, QStringLiteral("completed"), {{QStringLiteral("output_tokens"), 7}}, QString()));
    QVERIFY(j.openTurns(QString()).isEmpty());
    QCOMPARE(j.turn(turn).usage.value(u"output_tokens").toInt(), 7);
    QVERIFY(j.turn(turn).finishedAt > 0);
}

void JournalTest::replayedEventsAreStoredOnce()
{
    Journal j;
    QVERIFY(j.open(QStringLiteral(":memory:")));
    const qint64 turn = j.beginTurn(QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("k"));
    QVERIFY(j.appendEvents(turn, events(0, 5)));
    QVERIFY(j.appendEvents(turn, events(3, 8))); // 3..5 again
    const QList<TurnEvent> stored = j.events(turn);
    QCOMPARE(stored.size(), 9);
    for (qsizetype i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored.at(i).seq, i);
        QCOMPARE(stored.at(i).data.value(u"content").toString(), QString::number(i));
    }
    QCOMPARE(j.turn(turn).lastSeq, 8);
}

void JournalTest::rawAndUnknownEventsAreKept()
{
    Journal j;
    QVERIFY(j.open(QStringLiteral(":memory:")));
    const qint64 turn = j.beginTurn(QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("k"));
    SseEvent weird;
    weird.lastEventId = "0";
    weird.type = "future.event";
    weird.data = QByteArray("not json \x01\xff", 11);
    QVERIFY(j.appendEvents(turn, {TurnEvent::fromSse(weird)}));
    const TurnEvent back = j.events(turn).first();
    QCOMPARE(back.type, QStringLiteral("future.event"));
    QCOMPARE(back.rawData, weird.data);
    QVERIFY(!back.dataIsJson);
}

void JournalTest::sessionsPerProfileNewestFirst()
{
    Journal j;
    QVERIFY(j.open(QStringLiteral(":memory:")));
    QVERIFY2(j.upsertSession(SessionRecord::make(QStringLiteral("a"), QStringLiteral("p1"), QString(), 1000, 1000)), qPrintable(j.lastError()));
    QVERIFY(j.upsertSession(SessionRecord::make(QStringLiteral("b"), QStringLiteral("p1"), QStringLiteral("Second"), 2000, 2000)));
    QVERIFY(j.upsertSession(SessionRecord::make(QStringLiteral("c"), QStringLiteral("p2"), QString(), 3000, 3000)));
    QVERIFY(j.upsertSession(SessionRecord::make(QStringLiteral("a"), QStringLiteral("p1"), QStringLiteral("First"), 0, 5000)));
    const QList<SessionRecord> p1 = j.sessions(QStringLiteral("p1"));
    QCOMPARE(p1.size(), 2);
    QCOMPARE(p1.first().id, QStringLiteral("a"));
    QCOMPARE(p1.first().title, QStringLiteral("First"));
    QVERIFY(j.upsertSession(SessionRecord::make(QStringLiteral("a"), QStringLiteral("p1"), QString(), 0, 0))); // keeps the title
    QCOMPARE(j.sessions(QStringLiteral("p1")).first().title, QStringLiteral("First"));
    const qint64 turn = j.beginTurn(QStringLiteral("a"), QStringLiteral("p"), QStringLiteral("k"));
    QVERIFY(j.appendEvents(turn, events(0, 2)));
    QVERIFY(j.removeSession(QStringLiteral("a")));
    QVERIFY(j.turns(QStringLiteral("a")).isEmpty());
    QVERIFY(j.events(turn).isEmpty());
}

void JournalTest::unwritablePlaceIsASentence()
{
    Journal j;
    QVERIFY(!j.open(QStringLiteral("/proc/no/such/dir/j.sqlite")));
    QVERIFY(j.lastError().contains(u"could not"));
    QVERIFY(j.lastError().contains(u"Check that the disk"));
}

void JournalTest::turnsWithTheSameResponseIdKeepTheirOwnEvents()
{
    // Two turns whose response id is empty (a server that never sent one) or reused: each
    // keeps its own events; neither swallows the other's seqs.
    Journal j;
    QVERIFY(j.open(QStringLiteral(":memory:")));
    const qint64 a = j.beginTurn(QStringLiteral("s"), QStringLiteral("first"), QStringLiteral("k1"));
    const qint64 b = j.beginTurn(QStringLiteral("s"), QStringLiteral("second"), QStringLiteral("k2"));
    QVERIFY(j.appendEvents(a, events(0, 4)));
    QVERIFY(j.appendEvents(b, events(0, 6)));
    QCOMPARE(j.events(a).size(), 5);
    QCOMPARE(j.events(b).size(), 7);
    QCOMPARE(j.turn(b).lastSeq, 6);
}

void JournalTest::aResponseIdFindsItsTurn()
{
    Journal j;
    QVERIFY(j.open(QStringLiteral(":memory:")));
    const qint64 turn = j.beginTurn(QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("k"));
    QVERIFY(j.setResponseId(turn, QStringLiteral("msg_a")));
    QCOMPARE(j.turnForResponse(QStringLiteral("s"), QStringLiteral("msg_a")).id, turn);
    QCOMPARE(j.turnForResponse(QStringLiteral("other"), QStringLiteral("msg_a")).id, 0);
    QCOMPARE(j.turnForResponse(QStringLiteral("s"), QString()).id, 0);
}

void JournalTest::openTurnsBelongToTheirProfile()
{
    Journal j;
    QVERIFY(j.open(QStringLiteral(":memory:")));
    const qint64 here = j.beginTurn(QStringLiteral("s1"), QStringLiteral("p"), QStringLiteral("k1"), QStringLiteral("https://a.example"));
    j.beginTurn(QStringLiteral("s2"), QStringLiteral("p"), QStringLiteral("k2"), QStringLiteral("https://b.example"));
    const QList<TurnRecord> open = j.openTurns(QStringLiteral("https://a.example"));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().id, here);
    QCOMPARE(open.first().profile, QStringLiteral("https://a.example"));
    QVERIFY(j.openTurns(QStringLiteral("https://c.example")).isEmpty());
}

void JournalTest::eventsWithoutASeqAreKeptWithTheirLastEventId()
{
    Journal j;
    QVERIFY(j.open(QStringLiteral(":memory:")));
    const qint64 turn = j.beginTurn(QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("k"));
    SseEvent inherited;
    inherited.lastEventId = "3";
    inherited.idInherited = true;
    inherited.type = "text.delta";
    inherited.data = "{\"content\":\"no id\"}";
    QList<TurnEvent> batch = events(0, 3);
    batch << TurnEvent::fromSse(inherited) << TurnEvent::fromSse(inherited);
    QVERIFY(j.appendEvents(turn, batch));
    const QList<TurnEvent> back = j.events(turn);
    QCOMPARE(back.size(), 6); // both kept: each was delivered once
    QCOMPARE(back.at(4).seq, -1);
    QCOMPARE(back.at(4).id, QByteArray("3"));
    QCOMPARE(j.turn(turn).lastSeq, 3);
}

void JournalTest::schemaOneFileIsMigratedWithNothingLost()
{
    // A journal as the previous version wrote it (its schema, verbatim).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql : {
                 "CREATE TABLE sessions (id TEXT PRIMARY KEY, profile TEXT NOT NULL DEFAULT '', title TEXT NOT NULL "
                 "DEFAULT '', created_at INTEGER NOT NULL, last_active_at INTEGER NOT NULL)",
                 "CREATE TABLE turns (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, prompt TEXT NOT "
                 "NULL, idempotency_key TEXT NOT NULL, response_id TEXT, state TEXT NOT NULL, last_seq INTEGER NOT NULL "
                 "DEFAULT -1, usage TEXT, error TEXT, created_at INTEGER NOT NULL, finished_at INTEGER NOT NULL DEFAULT 0)",
                 "CREATE TABLE events (turn_id INTEGER NOT NULL, response_id TEXT NOT NULL, seq INTEGER, type TEXT NOT "
                 "NULL, data BLOB NOT NULL, received_at INTEGER NOT NULL DEFAULT 0, UNIQUE (response_id, seq))",
                 "CREATE INDEX events_by_turn ON events(turn_id)",
                 "INSERT INTO sessions VALUES ('s1', 'https://a.example', 'Deck', 1, 2)",
                 "INSERT INTO turns (session_id, prompt, idempotency_key, response_id, state, last_seq, created_at)"
                 " VALUES ('s1', 'build the deck', 'k1', 'msg_1', 'streaming', 1, 1)",
                 "INSERT INTO events VALUES (1, 'msg_1', 0, 'message.created', '{\"id\":\"msg_1\"}', 5)",
                 "INSERT INTO events VALUES (1, 'msg_1', 1, 'text.delta', '{\"content\":\"Q3\"}', 6)",
                 "PRAGMA user_version=1"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Journal j;
    QVERIFY2(j.open(path), qPrintable(j.lastError()));
    QCOMPARE(j.schemaVersion(), 5);
    const QList<TurnRecord> open = j.openTurns(QStringLiteral("https://a.example")); // the session's profile
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().prompt, QStringLiteral("build the deck"));
    QCOMPARE(open.first().lastSeq, 1);
    const QList<TurnEvent> kept = j.events(open.first().id);
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(1).data.value(u"content").toString(), QStringLiteral("Q3"));
    QCOMPARE(kept.at(1).receivedAt, 6);
    QCOMPARE(j.sessions(QStringLiteral("https://a.example")).first().title, QStringLiteral("Deck"));
    // And it now keys events per turn.
    const qint64 next = j.beginTurn(QStringLiteral("s1"), QStringLiteral("again"), QStringLiteral("k2"));
    QVERIFY(j.appendEvents(next, events(0, 1)));
    QCOMPARE(j.events(next).size(), 2);
}

void JournalTest::aRefusedWriteStoresNothingOfTheBatch()
{
    QTemporaryDir dir;
    Journal j;
    QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))));
    const qint64 turn = j.beginTurn(QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("k"));
    QVERIFY(j.appendEvents(turn, events(0, 2)));
    QSqlQuery(QSqlDatabase::database(j.sqlConnectionName())).exec(QStringLiteral("PRAGMA query_only=1"));
    QVERIFY(!j.appendEvents(turn, events(3, 5)));
    QVERIFY2(j.lastError().contains(u"could not"), qPrintable(j.lastError()));
    QSqlQuery(QSqlDatabase::database(j.sqlConnectionName())).exec(QStringLiteral("PRAGMA query_only=0"));
    QCOMPARE(j.events(turn).size(), 3);
    QCOMPARE(j.turn(turn).lastSeq, 2);
    QVERIFY(j.appendEvents(turn, events(3, 5)));
    QCOMPARE(j.events(turn).size(), 6);
}

void JournalTest::schemaTwoFileIsMigratedWithNothingLost()
{
    // A journal as the previous version (schema 2) wrote it: sessions without the list's columns.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql : {
                 "CREATE TABLE sessions (id TEXT PRIMARY KEY, profile TEXT NOT NULL DEFAULT '', title TEXT NOT NULL "
                 "DEFAULT '', created_at INTEGER NOT NULL, last_active_at INTEGER NOT NULL)",
                 "CREATE TABLE turns (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, prompt TEXT NOT "
                 "NULL, idempotency_key TEXT NOT NULL, response_id TEXT, state TEXT NOT NULL, last_seq INTEGER NOT NULL "
                 "DEFAULT -1, usage TEXT, error TEXT, created_at INTEGER NOT NULL, finished_at INTEGER NOT NULL DEFAULT 0,"
                 " profile TEXT NOT NULL DEFAULT '')",
                 "CREATE INDEX turns_by_session ON turns(session_id, id)",
                 "CREATE INDEX turns_by_response ON turns(response_id)",
                 "CREATE INDEX turns_open ON turns(state) WHERE state NOT IN ('completed', 'cancelled', 'failed', 'expired')",
                 "CREATE TABLE events (turn_id INTEGER NOT NULL, seq INTEGER, last_event_id BLOB, type TEXT NOT NULL,"
                 " data BLOB NOT NULL, received_at INTEGER NOT NULL DEFAULT 0, UNIQUE (turn_id, seq))",
                 "CREATE INDEX events_by_turn ON events(turn_id)",
                 "INSERT INTO sessions VALUES ('s2', 'https://b.example', 'Quarterly report', 1000, 2000)",
                 "INSERT INTO turns (session_id, prompt, idempotency_key, response_id, state, last_seq, usage, created_at,"
                 " finished_at, profile) VALUES ('s2', 'write the report', 'k1', 'msg_9', 'completed', 1,"
                 " '{\"input_tokens\":12,\"output_tokens\":34}', 1500, 1900, 'https://b.example')",
                 "INSERT INTO events (turn_id, seq, type, data, received_at) VALUES (1, 0, 'message.created',"
                 " '{\"id\":\"msg_9\"}', 1600)",
                 "INSERT INTO events (turn_id, seq, type, data, received_at) VALUES (1, 1, 'message.completed',"
                 " '{\"usage\":{}}', 1700)",
                 "PRAGMA user_version=2"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    {
        Journal j;
        QVERIFY2(j.open(path), qPrintable(j.lastError()));
        QCOMPARE(j.schemaVersion(), 5);
        const QList<SessionRecord> sessions = j.sessions(QStringLiteral("https://b.example"));
        QCOMPARE(sessions.size(), 1);
        const SessionRecord s = sessions.first();
        QCOMPARE(s.id, QStringLiteral("s2"));
        QCOMPARE(s.title, QStringLiteral("Quarterly report"));
        QCOMPARE(s.createdAt, 1000);
        QCOMPARE(s.lastActiveAt, 2000);
        // The new columns start as "not known yet".
        QCOMPARE(s.customTitle, false);
        QCOMPARE(s.persistent, -1);
        QCOMPARE(s.ttlSeconds, 0);
        QCOMPARE(s.ended, false);
        QCOMPARE(s.unread, false);
        QVERIFY(s.metadata.isEmpty());
        QCOMPARE(s.lastResponseAt, 0);
        const QList<TurnRecord> turns = j.turns(QStringLiteral("s2"));
        QCOMPARE(turns.size(), 1);
        QCOMPARE(turns.first().prompt, QStringLiteral("write the report"));
        QCOMPARE(turns.first().state, QStringLiteral("completed"));
        QCOMPARE(turns.first().responseId, QStringLiteral("msg_9"));
        QCOMPARE(turns.first().usage.value(u"output_tokens").toInt(), 34);
        const QList<TurnEvent> kept = j.events(turns.first().id);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(1).type, QStringLiteral("message.completed"));
        // The new columns are writable.
        QVERIFY(j.setSessionUnread(QStringLiteral("s2"), true));
        QVERIFY(j.renameSession(QStringLiteral("s2"), QStringLiteral("Q3 report")));
    }
    // Opening the migrated file again is a no-op that keeps it all.
    Journal again;
    QVERIFY2(again.open(path), qPrintable(again.lastError()));
    QCOMPARE(again.schemaVersion(), 5);
    const SessionRecord s = again.session(QStringLiteral("s2"));
    QCOMPARE(s.title, QStringLiteral("Q3 report"));
    QCOMPARE(s.unread, true);
    QCOMPARE(again.turns(QStringLiteral("s2")).size(), 1);
}

void JournalTest::aRenamedTitleOutlivesLaterPrompts()
{
    Journal j;
    QVERIFY(j.open(QStringLiteral(":memory:")));
    QVERIFY(j.upsertSession(SessionRecord::make(QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("first prompt"), 10, 10)));
    // The first prompt names it; a later one does not (nor "(a turn started elsewhere)").
    QVERIFY(j.upsertSession(SessionRecord::make(QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("second prompt"), 10, 20)));
    QCOMPARE(j.session(QStringLiteral("s")).title, QStringLiteral("first prompt"));
    QCOMPARE(j.session(QStringLiteral("s")).lastActiveAt, 20);
    QVERIFY(j.renameSession(QStringLiteral("s"), QStringLiteral("Board deck")));
    QCOMPARE(j.session(QStringLiteral("s")).title, QStringLiteral("Board deck"));
    QCOMPARE(j.session(QStringLiteral("s")).customTitle, true);
    QVERIFY(j.upsertSession(SessionRecord::make(QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("third prompt"), 10, 30)));
    const SessionRecord after = j.session(QStringLiteral("s"));
    QCOMPARE(after.title, QStringLiteral("Board deck"));
    QCOMPARE(after.lastActiveAt, 30); // the activity still moves
    QCOMPARE(j.sessions(QStringLiteral("p")).first().title, QStringLiteral("Board deck"));
}

void JournalTest::sessionStateRoundTrips()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    {
        Journal j;
        QVERIFY(j.open(path));
        QVERIFY(j.upsertSession(SessionRecord::make(QStringLiteral("s"), QStringLiteral("p"), QStringLiteral("t"), 100, 200)));
        SessionRecord state = SessionRecord::make(QStringLiteral("s"), QStringLiteral("p"));
        state.persistent = 1;
        state.ttlSeconds = 86400;
        state.ended = true;
        state.metadata = {{QStringLiteral("temasek_status"), QStringLiteral("rendering")}, {QStringLiteral("progress_percent"), 80}};
        state.createdAt = 150; // the server's creation time wins
        state.lastActiveAt = 180; // older than ours: ours stays
        QVERIFY(j.updateSessionState(state));
        QVERIFY(j.setSessionUnread(QStringLiteral("s"), true));
        QVERIFY(j.setLastResponseAt(QStringLiteral("s"), 5000));
    }
    Journal j;
    QVERIFY(j.open(path));
    SessionRecord s = j.session(QStringLiteral("s"));
    QCOMPARE(s.id, QStringLiteral("s"));
    QCOMPARE(s.profile, QStringLiteral("p"));
    QCOMPARE(s.title, QStringLiteral("t"));
    QCOMPARE(s.persistent, 1);
    QCOMPARE(s.ttlSeconds, 86400);
    QCOMPARE(s.ended, true);
    QCOMPARE(s.metadata.value(u"temasek_status").toString(), QStringLiteral("rendering"));
    QCOMPARE(s.metadata.value(u"progress_percent").toInt(), 80);
    QCOMPARE(s.createdAt, 150);
    QCOMPARE(s.unread, true);
    QCOMPARE(s.lastResponseAt, 5000);
    QCOMPARE(s.lastActiveAt, 5000); // an answer is activity
    // And back.
    QVERIFY(j.setSessionUnread(QStringLiteral("s"), false));
    SessionRecord alive = s;
    alive.ended = false;
    alive.metadata = {};
    alive.createdAt = 0; // unknown: the stored one stays
    QVERIFY(j.updateSessionState(alive));
    s = j.session(QStringLiteral("s"));
    QCOMPARE(s.unread, false);
    QCOMPARE(s.ended, false);
    QVERIFY(s.metadata.isEmpty());
    QCOMPARE(s.createdAt, 150);
    // An unknown session is an empty record.
    QVERIFY(j.session(QStringLiteral("nope")).id.isEmpty());
}

QTEST_GUILESS_MAIN(JournalTest)
#include "JournalTest.moc"
