// What becomes of an answer to a tool call, said plainly: sent (204), expired or already
// answered (404), refused with the server's own words (400), retried after a network failure,
// and "probably delivered" when a retry meets a 404.
#include "CannedHttpServer.h"
#include "EmulatorProcess.h"

#include "api/ApiClient.h"
#include "tools/ToolResultSender.h"

#include <QSignalSpy>
#include <QTest>

using namespace pokee;

Q_DECLARE_METATYPE(pokee::ToolResultSender::Outcome)

class ToolResultSenderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ToolResultSender::Outcome>(); }

    void eachAnswerOfTheServerIsOneOutcome_data()
    {
        // What the server answers, attempt by attempt: -1 stalls (the client gives up waiting),
        // 0 closes the connection without an answer (Qt then resends the POST by itself, so
        // the next status is what the same attempt sees).
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("attempts");
        QTest::newRow("204") << QList<int>{204} << int(ToolResultSender::Outcome::Sent) << QStringLiteral("Sent.") << 1;
        QTest::newRow("404") << QList<int>{404} << int(ToolResultSender::Outcome::Expired) << QStringLiteral("already answered") << 1;
        QTest::newRow("400") << QList<int>{400} << int(ToolResultSender::Outcome::Refused) << QStringLiteral("has no external tools") << 1;
        QTest::newRow("503 then 204") << QList<int>{503, 204} << int(ToolResultSender::Outcome::Sent) << QStringLiteral("Sent.") << 2;
        QTest::newRow("stalled then 404") << QList<int>{-1, 404} << int(ToolResultSender::Outcome::ProbablyDelivered)
                                          << QStringLiteral("Probably delivered") << 2;
        QTest::newRow("cut, resent by Qt, 404") << QList<int>{0, 404} << int(ToolResultSender::Outcome::Expired)
                                                << QStringLiteral("already answered") << 2;
        QTest::newRow("503 x3") << QList<int>{503, 503, 503} << int(ToolResultSender::Outcome::Failed)
                                << QStringLiteral("Not sent after 3 tries") << 3;
    }

    void eachAnswerOfTheServerIsOneOutcome()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(int, outcome);
        QFETCH(QString, sentence);
        QFETCH(int, attempts);
        test::CannedHttpServer server([statuses](const test::CannedRequest &, int n) {
            const int status = statuses.value(n, 204);
            if (status == 0)
                return test::CannedReply(QByteArray()); // the connection closes without an answer
            if (status == -1)
                return test::CannedReply(QByteArray(), true); // open and silent
            if (status == 204)
                return test::CannedReply(test::CannedHttpServer::response(204, "application/json", {}));
            const QByteArray body = status == 400
                                        ? R"({"error":{"type":"invalid_request_error","message":"This session has no external tools."}})"
                                        : R"({"error":{"type":"x","message":"no"}})";
            return test::CannedReply(test::CannedHttpServer::response(status, "application/json", body));
        });
        ApiClient api(Endpoint{server.url(), QStringLiteral("k")});
        api.setCallTimeoutMs(300);
        ToolResultSender sender(&api, QStringLiteral("sess_1"), QStringLiteral("call_1"));
        sender.setRetryDelayMs(10);
        QSignalSpy done(&sender, &ToolResultSender::finished);
        sender.send(QStringLiteral(R"({"temperature_c": 14})"), false);
        QVERIFY(done.wait(15000));
        QCOMPARE(int(done.first().at(0).value<ToolResultSender::Outcome>()), outcome);
        QVERIFY2(done.first().at(1).toString().contains(sentence), qPrintable(done.first().at(1).toString()));
        QCOMPARE(int(server.requests().size()), attempts);
        // Each try carried the same answer.
        for (const test::CannedRequest &r : server.requests()) {
            QCOMPARE(r.path, QByteArrayLiteral("/v1/sessions/sess_1/tool_results"));
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(body.value(u"tool_call_id").toString(), QStringLiteral("call_1"));
            QCOMPARE(body.value(u"is_error").toBool(), false);
        }
    }
};

QTEST_GUILESS_MAIN(ToolResultSenderTest)
#include "ToolResultSenderTest.moc"
