// A session shown in several views is one transcript, followed once: two controllers on the
// same session hold the same model, a turn streams into it over one connection (the
// emulator's count of requests says so) and each delta lands once; a view that leaves keeps
// nothing from the other alive, and one that comes back finds the session folded.
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "TurnSupport.h"

#include "api/ApiClient.h"
#include "models/TranscriptModel.h"
#include "session/SessionController.h"
#include "session/SessionTranscripts.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

namespace {
// What the transcript says, block by block (the oracle: the blocks' own text).
QString answerText(const TranscriptModel &t)
{
    QString text;
    for (const TranscriptBlock &b : t.blocks())
        if (b.kind == TranscriptBlock::Kind::Text)
            text += b.text;
    return text;
}
} // namespace

class SharedTranscriptTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("2")})); }
    void twoViewsOfASessionShareOneTranscriptAndOneStream();
    void aViewThatLeavesLeavesTheOtherShowingTheSession();

private:
    LocalEmulator m_emu;
};

void SharedTranscriptTest::twoViewsOfASessionShareOneTranscriptAndOneStream()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    ApiClient api(m_emu.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal, test::fastTurns());
    SessionTranscripts transcripts(&api, &turns);
    SessionController main(&api, &turns, &transcripts);
    SessionController beside(&api, &turns, &transcripts);

    main.openSession(sid);
    QSignalSpy finished(&main, &SessionController::turnFinished);
    main.send(QStringLiteral("[[deltas=200]] [[pace=5]] stream into two views"));
    QTRY_VERIFY_WITH_TIMEOUT(main.transcript()->rowCount() > 1, 10000); // under way
    // The second view opens the session mid-turn: the same model, no request of its own.
    const qint64 requestsBefore = http.stats().value(u"requests").toInteger();
    QSignalSpy changed(&beside, &SessionController::transcriptChanged);
    beside.openSession(sid);
    QCOMPARE(beside.transcript(), main.transcript());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(transcripts.holders(sid), 2);
    QVERIFY(beside.isTurnRunning());
    QVERIFY(finished.wait(30000));
    // The probe's own stats request is the only one since (none to follow the turn again).
    QCOMPARE(http.stats().value(u"requests").toInteger() - requestsBefore, 1);

    // Each delta once: the answer equals what the server sent, in one text block.
    const QString rid = journal.turns(sid).constLast().responseId;
    QString sent;
    for (const QJsonValue &v : http.get(QStringLiteral("/_emulator/turns/%1/sent").arg(rid)).json().value(u"events").toArray())
        if (v.toObject().value(u"event").toString() == u"text.delta")
            sent += QJsonDocument::fromJson(v.toObject().value(u"data").toString().toUtf8()).object().value(u"content").toString();
    QVERIFY(!sent.isEmpty());
    QCOMPARE(answerText(*beside.transcript()), sent);
}

void SharedTranscriptTest::aViewThatLeavesLeavesTheOtherShowingTheSession()
{
    HttpProbe http(m_emu.endpoint());
    const QString first = http.createSession();
    const QString second = http.createSession();
    ApiClient api(m_emu.endpoint());
    Journal journal;
    QVERIFY(journal.open(QStringLiteral(":memory:")));
    TurnManager turns(&api, &journal, test::fastTurns());
    SessionTranscripts transcripts(&api, &turns);
    SessionController main(&api, &turns, &transcripts);
    main.openSession(first);
    QSignalSpy finished(&main, &SessionController::turnFinished);
    main.send(QStringLiteral("[[deltas=5]] a short answer"));
    QVERIFY(finished.wait(30000));
    const QString answer = answerText(*main.transcript());
    QVERIFY(!answer.isEmpty());
    {
        SessionController beside(&api, &turns, &transcripts);
        beside.openSession(first);
        QCOMPARE(beside.transcript(), main.transcript());
        beside.openSession(second); // the other view moves on: a model of its own
        QVERIFY(beside.transcript() != main.transcript());
        QCOMPARE(beside.transcript()->rowCount(), 0);
    } // and goes
    QCOMPARE(transcripts.holders(first), 1);
    QCOMPARE(answerText(*main.transcript()), answer);
    // The main view leaves and comes back: the same transcript, put aside and taken back.
    main.openSession(second);
    QCOMPARE(main.transcript()->rowCount(), 0);
    main.openSession(first);
    QCOMPARE(answerText(*main.transcript()), answer);
}

QTEST_GUILESS_MAIN(SharedTranscriptTest)
#include "SharedTranscriptTest.moc"
