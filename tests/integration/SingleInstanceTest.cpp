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
    QVERIFY(a.serverName().startsWith(u"ai.pokee.Desktop-"_s));
    QVERIFY(a.claim({}));
    QVERIFY(b.claim({})); // a different key: not a second instance
}

QTEST_MAIN(SingleInstanceTest)
#include "SingleInstanceTest.moc"
