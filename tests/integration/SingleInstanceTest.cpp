// One Pokee Desktop per user: a second launch hands its arguments to the first and exits, and
// a socket left over by a crashed first instance does not block the next start.
#include "platform/SingleInstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;
using namespace Qt::StringLiterals;

class SingleInstanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchHandsOverAndExits();
    void leftoverOfACrashIsReplaced();
    void otherUsersDoNotMeet();
    void aBusyFirstInstanceIsNeverTakenOver();
    void hostileMessagesAreIgnored();

private:
    // pokee-desktop as a second launch with its own config folder (the instance key).
    static QProcess *launch(const QString &configDir, const QStringList &arguments, QObject *parent);
};

// waitForFinished() is false for a process whose end the event loop has already seen.
static bool hasEnded(QProcess *p)
{
    return p->state() == QProcess::NotRunning || p->waitForFinished(20000);
}

QProcess *SingleInstanceTest::launch(const QString &configDir, const QStringList &arguments, QObject *parent)
{
    auto *p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, configDir);
    // Its journals and settings stay in the test's folder, never in the developer's home.
    env.insert(u"XDG_DATA_HOME"_s, configDir + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, configDir + u"/cache"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p->setProcessEnvironment(env);
    p->start(qEnvironmentVariable("POKEE_DESKTOP_BIN"), arguments);
    return p;
}

void SingleInstanceTest::secondLaunchHandsOverAndExits()
{
    QTemporaryDir config;
    // This process plays the first instance, keyed as pokee-desktop keys itself: by its
    // config folder.
    SingleInstance first(config.path());
    QVERIFY(first.claim({u"pokee-desktop"_s}));
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    QProcess *second = launch(config.path(), {u"--profile"_s, u"work"_s}, this);
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 20000);
    const QStringList arguments = activated.at(0).at(0).toStringList();
    QVERIFY(arguments.contains(u"--profile"_s));
    QVERIFY(arguments.contains(u"work"_s));
    QVERIFY(hasEnded(second));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    QVERIFY(second->readAllStandardError().contains("already running"));
}

void SingleInstanceTest::leftoverOfACrashIsReplaced()
{
    QTemporaryDir config;
    const QString name = SingleInstance(config.path()).serverName();
    // A real first instance, killed without a chance to clean up: its socket stays behind.
    QProcess *crashed = launch(config.path(), {}, this);
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        QLocalSocket probe;
        probe.connectToServer(name);
        const bool up = probe.waitForConnected(200);
        probe.abort();
        return up;
    }(), 20000);
    crashed->kill();
    QVERIFY(hasEnded(crashed));

    SingleInstance next(config.path());
    QVERIFY(next.claim({}));
    // And it is the one listening now: a later launch reaches it.
    QSignalSpy activated(&next, &SingleInstance::activationRequested);
    QProcess *later = launch(config.path(), {}, this);
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 20000);
    QVERIFY(hasEnded(later));
    QCOMPARE(later->exitCode(), 0);
}

void SingleInstanceTest::otherUsersDoNotMeet()
{
    QTemporaryDir mine, theirs;
    SingleInstance a(mine.path()), b(theirs.path());
    QVERIFY(a.serverName() != b.serverName());
    QVERIFY(a.serverName().contains(u"ai.pokee.Desktop-"_s));
    QVERIFY(a.claim({}));
    QVERIFY(b.claim({})); // a different key: not a second instance
}

void SingleInstanceTest::aBusyFirstInstanceIsNeverTakenOver()
{
    QTemporaryDir config;
    const QString name = SingleInstance(config.path()).serverName();
    // A first instance that accepts connections but is too busy to read them: its name
    // must stay its own (two apps on one journal is the thing to avoid).
    QLocalServer busy;
    QVERIFY(busy.listen(name));
    QProcess *second = launch(config.path(), {}, this);
    QVERIFY(hasEnded(second));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QVERIFY(busy.isListening());
    QLocalSocket probe;
    probe.connectToServer(name);
    QVERIFY(probe.waitForConnected(2000));
    QTRY_VERIFY(busy.hasPendingConnections()); // the name still leads here
}

void SingleInstanceTest::hostileMessagesAreIgnored()
{
    QTemporaryDir config;
    SingleInstance first(config.path());
    QVERIFY(first.claim({}));
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    // What QDataStream would have read as four billion strings, a line that is not JSON, and
    // a megabyte without a newline: none is a launch, none may crash or hold memory.
    for (const QByteArray &junk : {QByteArray("\xff\xff\xff\xfd\x00\x00\n", 7), QByteArray("{\"not\": \"a list\"}\n"),
                                   QByteArray(1024 * 1024, 'x')}) {
        QLocalSocket hostile;
        hostile.connectToServer(first.serverName());
        QVERIFY(hostile.waitForConnected(2000));
        hostile.write(junk);
        QVERIFY(hostile.waitForBytesWritten(5000) || hostile.state() != QLocalSocket::ConnectedState);
        QTRY_COMPARE(hostile.state(), QLocalSocket::UnconnectedState); // dropped by the first
    }
    QCOMPARE(activated.count(), 0);
    // And a real launch still gets through.
    QProcess *later = launch(config.path(), {u"--profile"_s, u"x"_s}, this);
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 20000);
    QVERIFY(hasEnded(later));
}

QTEST_MAIN(SingleInstanceTest)
#include "SingleInstanceTest.moc"
