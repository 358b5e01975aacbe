// One Pokee Desktop per user: a second launch hands its arguments to the first and exits, and
// a socket left over by a crashed first instance does not block the next start.
#include "platform/SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_LINUX
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace pokee;
using namespace Qt::StringLiterals;

class SingleInstanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchHandsOverAndExits();
    void leftoverOfACrashIsReplaced();
#ifdef Q_OS_LINUX
    void aListenerThatDiesUnansweredIsTakenOver();
    void anAppKilledAsItStartsLeavesNothingBehind();
#endif
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

// True when the local socket `name` accepts a connection (someone listens on it).
static bool answersOn(const QString &name)
{
    QLocalSocket probe;
    probe.connectToServer(name);
    const bool up = probe.waitForConnected(200);
    probe.abort();
    return up;
}

#ifdef Q_OS_LINUX
// The processes an app whose config folder is `configDir` left behind, whatever they run: read
// from /proc (they inherited its environment), since a killed app can no longer say which
// children it had.
static int processesStartedFor(const QString &configDir)
{
    int count = 0;
    const QByteArray mark = "XDG_CONFIG_HOME=" + configDir.toUtf8();
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        QFile environ(u"/proc/"_s + pid + u"/environ"_s);
        if (environ.open(QIODevice::ReadOnly) && environ.readAll().split('\0').contains(mark))
            ++count;
    }
    return count;
}

// True once a thread in the /proc task folder `tasks` has started a child process.
static bool hasChild(const QString &tasks)
{
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(tasks + u'/' + task + u"/children"_s);
        if (children.open(QIODevice::ReadOnly) && !children.readAll().trimmed().isEmpty())
            return true;
    }
    return false;
}
#endif

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
    QTRY_VERIFY_WITH_TIMEOUT(answersOn(name), 20000);
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

// A first instance killed while it started a child: the child holds a copy of the listening
// socket until it execs, so the next launch's connection is accepted and then dropped with its
// arguments unread. That launch must become the first, not exit as if someone had raised a
// window (the next launch after a crash did, now and then, before the first instance answered).
#ifdef Q_OS_LINUX
void SingleInstanceTest::aListenerThatDiesUnansweredIsTakenOver()
{
    QTemporaryDir config;
    const QString name = SingleInstance(config.path()).serverName();
    // A process's death as the kernel does it: the listening socket closes, its file stays
    // (QLocalServer would remove the file on close, so plain sockets here).
    QThread *dying = QThread::create([path = name.toLocal8Bit()] {
        const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, path.constData(), sizeof address.sun_path - 1);
        if (::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(listener, 8) != 0)
            return;
        for (;;) {
            const int caller = ::accept(listener, nullptr, nullptr);
            if (caller < 0)
                break;
            // The test's probes hang up at once; a launch sends its arguments, never read.
            pollfd wait{caller, POLLIN, 0};
            char byte = 0;
            const bool aLaunch = ::poll(&wait, 1, 5000) == 1 && ::recv(caller, &byte, 1, MSG_PEEK) == 1;
            ::close(caller);
            if (aLaunch)
                break;
        }
        ::close(listener);
    });
    dying->start();
    QTRY_VERIFY_WITH_TIMEOUT(answersOn(name), 20000);

    SingleInstance next(config.path());
    QVERIFY(next.claim({u"pokee-desktop"_s}));
    QVERIFY(!next.isUnresponsive());
    QVERIFY(dying->wait(20000));
    delete dying;
    // And it listens: a later launch reaches it.
    QSignalSpy activated(&next, &SingleInstance::activationRequested);
    QProcess *later = launch(config.path(), {}, this);
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 20000);
    QVERIFY(hasEnded(later));
    QCOMPARE(later->exitCode(), 0);
}

// The local demo's emulator is the app's child: a crash must not leave it, or anything else,
// running. The app is killed the moment its first child exists, between the fork and the exec.
// Before the emulator was started with UseVFork and its child checked for an adoptive parent,
// the first round already left a copy of the app behind, waiting for ever and holding the
// single-instance socket (every later launch: "already running but does not answer").
void SingleInstanceTest::anAppKilledAsItStartsLeavesNothingBehind()
{
    QTemporaryDir config;
    const QString name = SingleInstance(config.path()).serverName();
    for (int round = 0; round < 5; ++round) {
        QProcess *app = launch(config.path(), {}, this);
        QVERIFY(app->waitForStarted(20000));
        const QString tasks = u"/proc/"_s + QString::number(app->processId()) + u"/task"_s;
        QElapsedTimer clock;
        clock.start();
        // A poll without pause: the moment to catch lasts microseconds. Any of the app's
        // threads may be the one that starts the emulator.
        while (clock.elapsed() < 20000 && !hasChild(tasks)) {
        }
        QVERIFY2(clock.elapsed() < 20000, "the app never started its emulator");
        app->kill();
        QVERIFY(hasEnded(app));
        delete app;
        // Both, in time: a child between its fork and its exec can be unreadable in /proc for
        // an instant, and it holds the socket until its exec.
        QTRY_COMPARE_WITH_TIMEOUT(processesStartedFor(config.path()), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!answersOn(name), 10000);
    }
}
#endif

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
