// What the client says about the server against the real emulator and a closed port: the
// reachability the status bar shows (reachable, unreachable, key refused, and a new key
// mending it) and the sentences of Profiles → Test connection.
#include "EmulatorProcess.h"
#include "LoopbackEndpoints.h"

#include "api/ApiClient.h"
#include "profiles/ConnectionTest.h"

#include <QSignalSpy>
#include <QTest>

using namespace pokee;
using test::closedPort;
using test::endpoint;

namespace {
constexpr int Long = 15000; // generous: a loaded machine under ctest -j2
} // namespace

class ReachabilityTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reachabilityTellsTheTruth();
    void connectionTestSentences();

private:
    LocalEmulator m_emu;
};

void ReachabilityTest::initTestCase()
{
    QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
}

void ReachabilityTest::reachabilityTellsTheTruth()
{
    const auto call = [](ApiClient &api) {
        QSignalSpy done(api.getSession(QStringLiteral("sess_reachability")), &ApiCall::finished);
        return done.wait(Long);
    };
    ApiClient refused(endpoint(m_emu.endpoint().baseUrl, QStringLiteral("not-the-key")));
    QCOMPARE(refused.reachability(), ApiClient::Reachability::Unknown);
    QSignalSpy keyRefused(&refused, &ApiClient::keyRefused);
    QSignalSpy changed(&refused, &ApiClient::reachabilityChanged);
    QVERIFY(call(refused));
    QCOMPARE(refused.reachability(), ApiClient::Reachability::KeyRefused);
    QCOMPARE(keyRefused.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<ApiClient::Reachability>(), ApiClient::Reachability::KeyRefused);
    QVERIFY(!refused.reachabilityDetail().isEmpty());
    // The key entered again: the same client is fine now.
    refused.setKey(m_emu.endpoint().key);
    QVERIFY(call(refused));
    QCOMPARE(refused.reachability(), ApiClient::Reachability::Reachable);
    QCOMPARE(keyRefused.size(), 1);

    ApiClient nowhere(endpoint(closedPort(), m_emu.endpoint().key));
    QSignalSpy nowhereRefused(&nowhere, &ApiClient::keyRefused);
    QVERIFY(call(nowhere));
    QCOMPARE(nowhere.reachability(), ApiClient::Reachability::Unreachable);
    QVERIFY(!nowhere.reachabilityDetail().isEmpty());
    QVERIFY(nowhereRefused.isEmpty());

    // A 404 is an answer: the server is there and took the key.
    ApiClient good(m_emu.endpoint());
    QVERIFY(call(good));
    QCOMPARE(good.reachability(), ApiClient::Reachability::Reachable);
    QVERIFY(good.reachabilityDetail().isEmpty());
}

void ReachabilityTest::connectionTestSentences()
{
    const auto run = [](const Endpoint &e, QString *sentence) {
        ApiClient api(e);
        ConnectionTest t(&api);
        QSignalSpy done(&t, &ConnectionTest::finished);
        t.start();
        if (!done.wait(Long))
            return ConnectionTest::Result::ServerError;
        *sentence = done.first().at(1).toString();
        return done.first().at(0).value<ConnectionTest::Result>();
    };
    QString sentence;
    QCOMPARE(run(m_emu.endpoint(), &sentence), ConnectionTest::Result::Ok);
    QVERIFY2(sentence.contains(u"accepted the key"), qPrintable(sentence));
    QCOMPARE(run(endpoint(m_emu.endpoint().baseUrl, QStringLiteral("wrong")), &sentence), ConnectionTest::Result::KeyRefused);
    QVERIFY2(sentence.contains(u"refused the key"), qPrintable(sentence));
    QCOMPARE(run(endpoint(closedPort(), QStringLiteral("k")), &sentence), ConnectionTest::Result::Unreachable);
    QVERIFY2(sentence.contains(u"not reachable"), qPrintable(sentence));
}

QTEST_GUILESS_MAIN(ReachabilityTest)
#include "ReachabilityTest.moc"
