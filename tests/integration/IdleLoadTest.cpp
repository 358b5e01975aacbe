// Nothing is loaded at start that the first window does not use (issue 26): the real
// pokee-desktop on the local demo, read from /proc once its window has painted. No image is
// shown, the local demo is plain HTTP and needs no key: no image-format plugin, no TLS
// backend, no Secret Service client; the window icon is drawn from PNGs: no SVG engine.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class IdleLoadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstWindowLoadsOnlyWhatItUses();
};

void IdleLoadTest::theFirstWindowLoadsOnlyWhatItUses()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc");
#endif
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &folder : {u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s, u"XDG_CACHE_HOME"_s})
        env.insert(folder, home.filePath(folder));
    env.remove(u"POKEE_API"_s);
    env.remove(u"POKEE_KEY"_s);
    env.insert(u"POKEE_BENCH_FIRST_PAINT"_s, u"1"_s); // the app says when its window has painted
    app.setProcessEnvironment(env);
    app.start(qEnvironmentVariable("POKEE_DESKTOP_BIN"),
              {u"--new-instance"_s, u"--emulator"_s, qEnvironmentVariable("POKEE_EMULATOR_BIN")});
    QVERIFY(app.waitForStarted(20000));
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += app.readAllStandardError()).contains("first paint"), 30000);

    QFile maps(u"/proc/%1/maps"_s.arg(app.processId()));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray loaded = maps.readAll();
    app.terminate();
    QVERIFY(app.waitForFinished(20000));

    QVERIFY(loaded.contains("libqxcb.so") || loaded.contains("libqoffscreen.so")); // the oracle reads what it should
    for (const char *unused : {"/imageformats/", "/tls/", "libsecret", "libqsvgicon", "libQt6Svg"}) {
        QVERIFY2(!loaded.contains(unused), qPrintable(u"loaded at start: %1\n%2"_s.arg(QLatin1StringView(unused),
                                                                                      QString::fromLocal8Bit(loaded))));
    }
}

QTEST_GUILESS_MAIN(IdleLoadTest)
#include "IdleLoadTest.moc"
