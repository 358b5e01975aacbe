// The core against the real emulator over loopback HTTP: a full turn, as a user would see it.
#include "EmulatorProcess.h"

#include "api/ApiClient.h"
#include "models/TranscriptModel.h"
#include "stream/TurnStream.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace pokee;

class TurnStreamIntegrationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fullTurnStreamsInOrder();
    void wrongKeyIsRefusedWithASentence();

private:
    QString createSession(ApiClient &api);

    LocalEmulator m_emulator;
};

void TurnStreamIntegrationTest::initTestCase()
{
    QVERIFY(test::startEmulator(m_emulator, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
}

QString TurnStreamIntegrationTest::createSession(ApiClient &api)
{
    QString id;
    ApiCall *call = api.createSession({{QStringLiteral("persistent"), true}});
    QSignalSpy done(call, &ApiCall::finished);
    [&] { QVERIFY(done.wait(10000)); }();
    if (done.isEmpty())
        return id;
    const auto result = done.first().first().value<ApiResult>();
    [&] { QVERIFY2(result.ok(), qPrintable(result.error.userMessage())); }();
    return result.json.object().value(u"id").toString();
}

void TurnStreamIntegrationTest::fullTurnStreamsInOrder()
{
    ApiClient api(m_emulator.endpoint());
    const QString sid = createSession(api);
    QVERIFY(!sid.isEmpty());

    TurnStream turn(&api, sid);
    TranscriptModel transcript;
    QList<TurnEvent> events;
    QString ridWhenFirstEventArrived;
    connect(&turn, &TurnStream::eventsReceived, this, [&](const QList<TurnEvent> &batch) {
        if (events.isEmpty())
            ridWhenFirstEventArrived = turn.responseId();
        for (const TurnEvent &e : batch) {
            events.append(e);
            transcript.applyEvent(turn.responseId(), e);
        }
    });
    QSignalSpy ridSpy(&turn, &TurnStream::responseIdReceived);
    turn.send(QStringLiteral("Hello there"), QUuid::createUuid().toString());
    QTRY_VERIFY_WITH_TIMEOUT(turn.isFinished(), 30000);

    QCOMPARE(turn.state(), TurnStream::State::Completed);
    // The response id came from the headers, before any event.
    QCOMPARE(ridSpy.size(), 1);
    QVERIFY(!ridWhenFirstEventArrived.isEmpty());
    QVERIFY(turn.responseId().startsWith(u"msg_"));
    QCOMPARE(turn.responseId().size(), 4 + 24);

    QVERIFY(events.size() > 10);
    for (qsizetype i = 0; i < events.size(); ++i) {
        QCOMPARE(events.at(i).seq, i);
        QCOMPARE(events.at(i).data.value(u"sequence_number").toInteger(), i);
        QVERIFY(events.at(i).dataIsJson);
    }
    QCOMPARE(events.first().type, QStringLiteral("message.created"));
    QCOMPARE(events.first().data.value(u"id").toString(), turn.responseId());
    QCOMPARE(events.first().data.value(u"session_id").toString(), sid);
    QCOMPARE(events.last().type, QStringLiteral("message.completed"));
    QCOMPARE(events.last().data.value(u"id").toString(), turn.responseId());
    QVERIFY(events.last().data.value(u"usage").toObject().value(u"output_tokens").toInt() > 0);

    const QString answer = transcript.lastAnswerText();
    QVERIFY2(answer.contains(u"Hello there"), qPrintable(answer));
    QVERIFY(answer.contains(u"```python"));
    QCOMPARE(transcript.block(transcript.rowCount() - 1).status, QStringLiteral("completed"));
}

void TurnStreamIntegrationTest::wrongKeyIsRefusedWithASentence()
{
    Endpoint wrong = m_emulator.endpoint();
    wrong.key = QStringLiteral("not-the-key");
    ApiClient api(wrong);
    TurnStream turn(&api, QStringLiteral("sess_whatever"));
    turn.send(QStringLiteral("hi"), QUuid::createUuid().toString());
    QTRY_VERIFY_WITH_TIMEOUT(turn.isFinished(), 10000);
    QCOMPARE(turn.state(), TurnStream::State::Failed);
    QCOMPARE(turn.lastError().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(turn.lastError().httpStatus, 401);
    QVERIFY(turn.lastError().userMessage().contains(u"Check the key"));
}

QTEST_GUILESS_MAIN(TurnStreamIntegrationTest)
#include "TurnStreamIntegrationTest.moc"
