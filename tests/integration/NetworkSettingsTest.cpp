// A profile's network settings reach its requests: a manual proxy is used (a dead one makes
// the server unreachable, and the status says so), "no proxy" goes direct, the system's proxy
// is not asked about this machine itself, and an extra CA
// file that cannot be used is refused with a sentence instead of being ignored.
#include "EmulatorProcess.h"

#include "api/ApiClient.h"
#include "profiles/ConnectionTest.h"

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;

namespace {
// A "proxy" that accepts, counts and says nothing useful.
struct CountingProxy : QTcpServer
{
    int connections = 0;
    CountingProxy()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++connections;
                s->close();
            }
        });
    }
};
} // namespace

class NetworkSettingsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startEmulator(m_emulator)); }

    void noProxyGoesDirect()
    {
        ApiClient api(m_emulator.endpoint());
        NetworkSettings none;
        none.proxy = NetworkSettings::Proxy::None;
        QCOMPARE(api.applyNetworkSettings(none), QString());
        QSignalSpy done(api.getSession(QStringLiteral("nope")), &ApiCall::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(api.reachability(), ApiClient::Reachability::Reachable);
    }

    void manualProxyIsUsed()
    {
        // A "proxy" that accepts and says nothing useful: the request goes to it, not to the
        // emulator, and ends unreachable (the emulator alone would have answered 404).
        CountingProxy proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        ApiClient api(m_emulator.endpoint());
        NetworkSettings manual;
        manual.proxy = NetworkSettings::Proxy::Manual;
        manual.proxyHost = QStringLiteral("127.0.0.1");
        manual.proxyPort = proxy.serverPort();
        QCOMPARE(api.applyNetworkSettings(manual), QString());
        ConnectionTest t(&api);
        QSignalSpy done(&t, &ConnectionTest::finished);
        t.start();
        QVERIFY(done.wait(15000));
        QVERIFY(proxy.connections >= 1);
        QVERIFY(done.at(0).at(0).value<ConnectionTest::Result>() != ConnectionTest::Result::Ok);
    }

    void systemProxyLeavesThisMachineDirect()
    {
        // The environment names a proxy (as a desktop's settings or a PAC file may): the local
        // emulator is still reached directly, the proxy never asked, as browsers do.
        CountingProxy proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        const QByteArray address = "http://127.0.0.1:" + QByteArray::number(proxy.serverPort());
        const QByteArray names[] = {"http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"};
        for (const QByteArray &name : names)
            qputenv(name.constData(), address);
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        const auto restore = qScopeGuard([&] {
            for (const QByteArray &name : names)
                qunsetenv(name.constData());
        });
        ApiClient api(m_emulator.endpoint());
        NetworkSettings system;
        system.proxy = NetworkSettings::Proxy::System;
        QCOMPARE(api.applyNetworkSettings(system), QString());
        QSignalSpy done(api.getSession(QStringLiteral("nope")), &ApiCall::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(api.reachability(), ApiClient::Reachability::Reachable);
        QCOMPARE(proxy.connections, 0);
    }

    void unusableSettingsAreRefusedWithASentence()
    {
        ApiClient api(m_emulator.endpoint());
        QTemporaryDir dir;
        NetworkSettings missing;
        missing.caCertificateFile = dir.filePath(QStringLiteral("absent.pem"));
        QVERIFY(api.applyNetworkSettings(missing).contains(u"cannot be read"));
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a certificate\n");
        junk.close();
        NetworkSettings notACert;
        notACert.caCertificateFile = junk.fileName();
        QVERIFY(api.applyNetworkSettings(notACert).contains(u"holds no certificate"));
        NetworkSettings noHost;
        noHost.proxy = NetworkSettings::Proxy::Manual;
        QVERIFY(api.applyNetworkSettings(noHost).contains(u"host and a port"));
        // None of them changed anything: the client still reaches the server.
        QSignalSpy done(api.getSession(QStringLiteral("nope")), &ApiCall::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(api.reachability(), ApiClient::Reachability::Reachable);
    }

private:
    LocalEmulator m_emulator;
};

QTEST_GUILESS_MAIN(NetworkSettingsTest)
#include "NetworkSettingsTest.moc"
