// The local demo's emulator as the app starts it (DemoServer, LocalEmulator::startOnOwnSocket):
// the app opens the listening socket itself and hands it down, so that it knows the address at
// once and builds its window while the emulator starts. Checked against the real emulator with
// plain sockets and Qt's own HTTP client, not the app's.
#include "runtime/DemoServer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;

namespace {

// A program that does what `body` says: a stand-in for the emulator's start-up.
QString writeScript(const QTemporaryDir &dir, const QString &name, const QString &body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body.toUtf8() + '\n');
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

} // namespace

class DemoServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("the socket is handed down on POSIX systems only; elsewhere the app waits for the emulator");
#endif
        QVERIFY2(!qEnvironmentVariable("POKEE_EMULATOR_BIN").isEmpty(), "run this test through ctest");
        QVERIFY(m_dir.isValid());
    }

    // An emulator that has not run a line yet: the address is known, and a request made now is
    // answered once it runs. Before, the app waited for the emulator's first line (here: for
    // ever, until its 15 s limit said "did not start in time").
    void theAddressIsKnownBeforeTheEmulatorRuns()
    {
        const QString go = m_dir.filePath(QStringLiteral("go"));
        const QString slow = writeScript(m_dir, QStringLiteral("slow-emulator"),
                                         QStringLiteral("while [ ! -e '%1' ]; do sleep 0.02; done\nexec '%2' \"$@\"")
                                             .arg(go, qEnvironmentVariable("POKEE_EMULATOR_BIN")));
        DemoServer demo;
        QString error;
        QVERIFY2(demo.ensureRunning(slow, &error), qPrintable(error));
        const Endpoint endpoint = demo.endpoint();
        QVERIFY(endpoint.isValid());
        QCOMPARE(endpoint.baseUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(!demo.journalPath().isEmpty());

        QNetworkAccessManager http;
        QNetworkRequest request(QUrl(endpoint.baseUrl.toString() + QStringLiteral("/v1/sessions")));
        request.setRawHeader("Authorization", "Bearer " + endpoint.key.toUtf8());
        QNetworkReply *reply = http.get(request);
        QVERIFY(!QTest::qWaitFor([reply] { return reply->isFinished(); }, 300)); // nobody serves yet
        QFile(go).open(QIODevice::WriteOnly);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
    }

    // The emulator ends at once (an older one that refuses --listen-fd, a crash): the app says
    // so, and a connection is refused at once instead of waiting in a queue that the app itself
    // still held open.
    void anEmulatorThatEndsIsSaidAndItsPortRefused()
    {
        const QString dies = writeScript(m_dir, QStringLiteral("dying-emulator"), QStringLiteral("exit 3"));
        DemoServer demo;
        QSignalSpy stopped(&demo, &DemoServer::stopped);
        QString error;
        QVERIFY2(demo.ensureRunning(dies, &error), qPrintable(error));
        const QUrl address = demo.endpoint().baseUrl;
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 15000);
        QVERIFY2(stopped.first().first().toString().contains(QStringLiteral("exit code 3")),
                 qPrintable(stopped.first().first().toString()));
        QVERIFY(!demo.endpoint().isValid());

        QTcpSocket socket;
        QSignalSpy refused(&socket, &QTcpSocket::errorOccurred);
        socket.connectToHost(address.host(), quint16(address.port()));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);

        // The next start is a new emulator on a new socket.
        const QString real = qEnvironmentVariable("POKEE_EMULATOR_BIN");
        QVERIFY2(demo.ensureRunning(real, &error), qPrintable(error));
        QVERIFY(demo.endpoint().isValid());
    }

    void aMissingEmulatorFailsWithASentence()
    {
        DemoServer demo;
        QString error;
        QVERIFY(!demo.ensureRunning(m_dir.filePath(QStringLiteral("no-such-emulator")), &error));
        QVERIFY2(error.contains(QStringLiteral("Could not start the local emulator")), qPrintable(error));
        QVERIFY(!demo.endpoint().isValid());
    }

    // The emulator's side of the hand-over, as a person running it by hand meets it.
    void theEmulatorExplainsABadDescriptor()
    {
        QProcess emulator;
        emulator.start(qEnvironmentVariable("POKEE_EMULATOR_BIN"), {QStringLiteral("--listen-fd"), QStringLiteral("97")});
        QVERIFY(emulator.waitForFinished(15000));
        QCOMPARE(emulator.exitCode(), 1);
        QVERIFY2(emulator.readAllStandardError().contains("cannot serve on descriptor 97"), "no sentence");

        emulator.start(qEnvironmentVariable("POKEE_EMULATOR_BIN"),
                       {QStringLiteral("--listen-fd"), QStringLiteral("3"), QStringLiteral("--port"), QStringLiteral("8080")});
        QVERIFY(emulator.waitForFinished(15000));
        QCOMPARE(emulator.exitCode(), 2);
        QVERIFY(emulator.readAllStandardError().contains("--listen-fd serves the API only"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(DemoServerTest)
#include "DemoServerTest.moc"
