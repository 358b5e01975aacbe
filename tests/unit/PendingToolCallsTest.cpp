// Pending tool calls survive a restart: the list is rebuilt from the journal's open turns,
// each call with its 300 s deadline, expired when it has passed; calls of finished turns, or
// answered in the stream, are not listed.
#include "EventFactory.h"

#include "api/ApiClient.h"
#include "models/PendingToolCallModel.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace pokee;

// Declared apart from its raw strings: moc loses its way in raw strings with backslashes.
class PendingToolCallsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rebuiltFromTheJournalWithDeadlines();
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
    model.markAnswered(QStringLiteral("call_new"));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(PendingToolCallsTest)
#include "PendingToolCallsTest.moc"
