// Pending tool calls survive a restart: the list is rebuilt from the journal's open turns,
// each call with its 300 s deadline, expired when it has passed; calls of finished turns, or
// answered in the stream, are not listed.
#include "EventFactory.h"

#include "api/ApiClient.h"
#include "tools/PendingToolCallModel.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace pokee;

// Declared apart from its raw strings: moc loses its way in raw strings with backslashes.
class PendingToolCallsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rebuiltFromTheJournalWithDeadlines();
    void settledByTheStream();
    void timeLeftIsMinutesAndSecondsThenExpired();
};

void PendingToolCallsTest::rebuiltFromTheJournalWithDeadlines()
{
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    ApiClient api(Endpoint{QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("k")});
    const QString profile = QStringLiteral("profile:test");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto call = [&](qint64 seq, const char *id, qint64 receivedAt) {
        TurnEvent e = test::event(seq, "tool_call.requested",
                                  QByteArray(R"({"tool_call_id":")") + id + R"(","name":"get_weather","arguments":"{\"location\":\"Paris\"}"})");
        e.receivedAt = receivedAt;
        return e;
    };
    // An open turn with a fresh call and an old one; a finished turn with a call; an open
    // turn whose call was answered in the stream.
    const qint64 open = journal.beginTurn(QStringLiteral("s1"), QStringLiteral("p"), QStringLiteral("k1"), profile);
    QVERIFY(journal.appendEvents(open, {call(0, "call_old", now - 400 * 1000), call(1, "call_new", now - 10 * 1000)}));
    const qint64 done = journal.beginTurn(QStringLiteral("s2"), QStringLiteral("p"), QStringLiteral("k2"), profile);
    QVERIFY(journal.appendEvents(done, {call(0, "call_done", now)}));
    QVERIFY(journal.finishTurn(done, QStringLiteral("completed"), {}, {}));
    const qint64 answered = journal.beginTurn(QStringLiteral("s3"), QStringLiteral("p"), QStringLiteral("k3"), profile);
    QVERIFY(journal.appendEvents(answered, {test::event(0, "tool_use.start", R"({"id":"tu_1","name":"get_weather"})"),
                                            call(1, "call_answered", now),
                                            test::event(2, "tool_result", R"({"id":"tu_1","output":"14"})")}));
    // Another profile's open turn is not this one's.
    const qint64 other = journal.beginTurn(QStringLiteral("s4"), QStringLiteral("p"), QStringLiteral("k4"), QStringLiteral("profile:other"));
    QVERIFY(journal.appendEvents(other, {call(0, "call_other", now)}));

    TurnManager turns(&api, &journal);
    turns.setProfile(profile);
    PendingToolCallModel model(&turns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex old = model.index(model.rowOf(QStringLiteral("call_old")));
    const QModelIndex fresh = model.index(model.rowOf(QStringLiteral("call_new")));
    QVERIFY(old.isValid() && fresh.isValid());
    QCOMPARE(old.data(PendingToolCallModel::ExpiredRole).toBool(), true);
    QCOMPARE(fresh.data(PendingToolCallModel::ExpiredRole).toBool(), false);
    QCOMPARE(fresh.data(PendingToolCallModel::DeadlineRole).toLongLong(), now - 10 * 1000 + 300 * 1000);
    QCOMPARE(fresh.data(PendingToolCallModel::SessionIdRole).toString(), QStringLiteral("s1"));
    QCOMPARE(fresh.data(PendingToolCallModel::ArgumentsRole).toString(), QStringLiteral(R"({"location":"Paris"})"));
    QCOMPARE(model.rowOf(QStringLiteral("call_done")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("call_answered")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("call_other")), -1);
    // Read from the journal alone, as `pokee inbox` reads it (no TurnManager): the same calls.
    const PendingToolCallModel read(&journal, profile);
    QCOMPARE(read.rowCount(), 2);
    QCOMPARE(read.at(read.rowOf(QStringLiteral("call_new"))).deadline(), now - 10 * 1000 + 300 * 1000);
    QVERIFY(read.at(read.rowOf(QStringLiteral("call_old"))).isExpired(now));
    QVERIFY(!read.at(read.rowOf(QStringLiteral("call_new"))).isExpired(now));
    QSignalSpy count(&model, &PendingToolCallModel::countChanged);
    model.markAnswered(QStringLiteral("call_new"));
    // Settled, still listed until cleared; the count is of open calls only.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.openCount(), 1);
    QCOMPARE(count.size(), 1);
    QCOMPARE(count.first().first().toInt(), 1);
    QCOMPARE(fresh.data(PendingToolCallModel::StateRole).toInt(), int(PendingToolCall::State::Sent));
    QCOMPARE(fresh.data(PendingToolCallModel::ExpiredRole).toBool(), false);
    model.clearSettled();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("call_old")), 0);
}

// A result in the stream settles its call as sent (answered elsewhere, or by a rule); a turn
// that ends with calls unanswered settles them as expired, with the server's reason.
void PendingToolCallsTest::settledByTheStream()
{
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    ApiClient api(Endpoint{QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("k")});
    TurnManager turns(&api, &journal);
    PendingToolCallModel model(&turns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy count(&model, &PendingToolCallModel::countChanged);
    Q_EMIT turns.eventsReceived(QStringLiteral("s1"), 1, QStringLiteral("msg_1"),
                                {test::event(0, "tool_use.start", R"({"id":"tu_1","name":"get_weather"})"),
                                 test::event(1, "tool_call.requested", R"({"tool_call_id":"call_a","name":"get_weather","arguments":"{}"})")});
    // call_b arrived 301 s ago: its 300 s have run out by the time its turn ends.
    TurnEvent callB = test::event(0, "tool_call.requested", R"({"tool_call_id":"call_b","name":"lookup","arguments":"{}"})");
    callB.receivedAt = QDateTime::currentMSecsSinceEpoch() - 301 * 1000;
    Q_EMIT turns.eventsReceived(QStringLiteral("s2"), 2, QStringLiteral("msg_2"), {callB});
    QCOMPARE(model.openCount(), 2);
    QCOMPARE(count.constLast().first().toInt(), 2);
    Q_EMIT turns.eventsReceived(QStringLiteral("s1"), 1, QStringLiteral("msg_1"),
                                {test::event(2, "tool_result", R"({"id":"tu_1","content":"14"})")});
    QCOMPARE(model.at(model.rowOf(QStringLiteral("call_a"))).state, PendingToolCall::State::Sent);
    QCOMPARE(model.openCount(), 1);
    Q_EMIT turns.eventsReceived(QStringLiteral("s2"), 2, QStringLiteral("msg_2"),
                                {test::event(1, "message.error", R"({"id":"msg_2","error":"tool call call_b timed out after 300 seconds"})")});
    const PendingToolCall &b = model.at(model.rowOf(QStringLiteral("call_b")));
    QCOMPARE(b.state, PendingToolCall::State::Expired);
    QVERIFY2(b.message.contains(u"timed out after 300 seconds"), qPrintable(b.message));
    QVERIFY(model.index(model.rowOf(QStringLiteral("call_b"))).data(PendingToolCallModel::ExpiredRole).toBool());
    QCOMPARE(model.openCount(), 0);
    QCOMPARE(count.constLast().first().toInt(), 0);
    QCOMPARE(model.rowCount(), 2);
    model.clearSettled();
    QCOMPARE(model.rowCount(), 0);
}

// What the inbox and `pokee inbox` say of a deadline.
void PendingToolCallsTest::timeLeftIsMinutesAndSecondsThenExpired()
{
    const qint64 now = 1000000;
    QCOMPARE(PendingToolCallModel::timeLeft(now + 298500, now), QStringLiteral("4:58 left"));
    QCOMPARE(PendingToolCallModel::timeLeft(now + 9000, now), QStringLiteral("0:09 left"));
    QCOMPARE(PendingToolCallModel::timeLeft(now + 999, now), QStringLiteral("expired"));
    QCOMPARE(PendingToolCallModel::timeLeft(now - 1, now), QStringLiteral("expired"));
}

QTEST_GUILESS_MAIN(PendingToolCallsTest)
#include "PendingToolCallsTest.moc"
