// The pokee command in a fresh home against the emulator: the tool library the app keeps,
// driven from the command line (import, list, export in both shapes, sessions and stateless
// calls with library tools by name, remove), and `sessions show` and `sessions list` as a
// person reads them.
#include "CliSupport.h"
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pokee;
using test::CliRun;
using test::FreshHome;
using test::HttpProbe;
using test::lineWith;

class CliLibraryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void toolLibraryFromTheCommandLine();
    void sessionsShowAndListForPeople();

private:
    LocalEmulator m_emu;
};

void CliLibraryTest::initTestCase()
{
    QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
    QVERIFY(!qEnvironmentVariable("POKEE_CLI_BIN").isEmpty());
}

// The tool library as the app keeps it, driven from the command line: import in the nested
// shape (a name that is there is replaced), list, export in both shapes, a session and a
// stateless call made with library tools by name, a name it lacks refused, remove.
void CliLibraryTest::toolLibraryFromTheCommandLine()
{
    FreshHome home;
    home.setEnv(QStringLiteral("POKEE_API"), m_emu.endpoint().baseUrl.toString());
    home.setEnv(QStringLiteral("POKEE_KEY"), m_emu.endpoint().key);
    const QString file = home.path() + QStringLiteral("/nested.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"([{"type": "function", "function": {"name": "get_weather", "description": "Weather now",
                 "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}}},
               {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}])");
    f.close();
    const CliRun empty = home.run({QStringLiteral("tools"), QStringLiteral("list")});
    EXPECT_EXIT(empty, 0);
    QVERIFY2(empty.err.contains("empty"), empty.err.constData());
    EXPECT_EXIT(home.run({QStringLiteral("tools"), QStringLiteral("import"), file}), 0);
    const CliRun again = home.run({QStringLiteral("tools"), QStringLiteral("import"), file});
    EXPECT_EXIT(again, 0);
    QVERIFY2(again.err.contains("replaced: get_weather, lookup"), again.err.constData());
    const CliRun listed = home.run({QStringLiteral("tools"), QStringLiteral("list")});
    EXPECT_EXIT(listed, 0);
    QCOMPARE(listed.out, QByteArray("get_weather(location)  Weather now\nlookup()\n"));
    // The library file is where the app reads it.
    QVERIFY(QFile::exists(home.path() + QStringLiteral("/.local/share/pokee-desktop/tools.json")));

    const CliRun flat = home.run({QStringLiteral("tools"), QStringLiteral("export")});
    EXPECT_EXIT(flat, 0);
    const QJsonArray flatTools = QJsonDocument::fromJson(flat.out).array();
    QCOMPARE(flatTools.size(), 2);
    QCOMPARE(flatTools.at(0).toObject().value(u"name").toString(), QStringLiteral("get_weather"));
    const CliRun nested = home.run({QStringLiteral("tools"), QStringLiteral("export"), QStringLiteral("--nested")});
    QCOMPARE(QJsonDocument::fromJson(nested.out).array().at(1).toObject().value(u"function").toObject().value(u"name").toString(),
             QStringLiteral("lookup"));

    // A session gets library tools by name; the server lists them.
    const CliRun created = home.run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--library"),
                                     QStringLiteral("get_weather")});
    EXPECT_EXIT(created, 0);
    const QString sid = QString::fromUtf8(created.out.trimmed());
    const QJsonArray external = HttpProbe(m_emu.endpoint()).get(QStringLiteral("/v1/sessions/") + sid).json()
                                    .value(u"external_tools").toArray();
    QCOMPARE(external.size(), 1);
    QCOMPARE(external.at(0).toObject().value(u"name").toString(), QStringLiteral("get_weather"));
    // And so does a stateless call.
    const CliRun responded = home.run({QStringLiteral("respond"), QStringLiteral("What is the weather in Paris?"),
                                       QStringLiteral("--library"), QStringLiteral("all")});
    EXPECT_EXIT(responded, 0);
    QVERIFY2(responded.out.contains("get_weather({\"location\":\"Paris\"})"), responded.out.constData());
    const CliRun missing = home.run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--library"),
                                     QStringLiteral("get_weather,nope")});
    EXPECT_EXIT(missing, 2);
    QVERIFY2(missing.err.contains("has no nope"), missing.err.constData());

    EXPECT_EXIT(home.run({QStringLiteral("tools"), QStringLiteral("remove"), QStringLiteral("lookup")}), 0);
    QCOMPARE(home.run({QStringLiteral("tools"), QStringLiteral("list")}).out, QByteArray("get_weather(location)  Weather now\n"));
    EXPECT_EXIT(home.run({QStringLiteral("tools"), QStringLiteral("remove"), QStringLiteral("lookup")}), 1);
}

// `sessions show` and `sessions list` as a person reads them, and `show --json` for scripts:
// the server's object and what the profile's journal knows, through the Environment profile.
void CliLibraryTest::sessionsShowAndListForPeople()
{
    FreshHome home;
    home.setEnv(QStringLiteral("POKEE_API"), m_emu.endpoint().baseUrl.toString());
    home.setEnv(QStringLiteral("POKEE_KEY"), m_emu.endpoint().key);
    const CliRun created = home.run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--ttl"), QStringLiteral("3600")});
    EXPECT_EXIT(created, 0);
    const QString sid = QString::fromUtf8(created.out.trimmed());
    EXPECT_EXIT(home.run({QStringLiteral("send"), sid, QStringLiteral("count the stars")}), 0);
    const CliRun shown = home.run({QStringLiteral("sessions"), QStringLiteral("show"), sid});
    EXPECT_EXIT(shown, 0);
    QCOMPARE(QJsonDocument::fromJson(shown.out.left(shown.out.lastIndexOf("local:"))).object().value(u"id").toString(), sid);
    QVERIFY2(shown.out.contains("local: title “count the stars”, 1 turn journaled, usage "), shown.out.constData());

    const CliRun json = home.run({QStringLiteral("sessions"), QStringLiteral("show"), sid, QStringLiteral("--json")});
    EXPECT_EXIT(json, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(u"server").toObject().value(u"busy").toBool(true), false);
    QCOMPARE(o.value(u"server").toObject().value(u"ttl").toInteger(), 3600);
    QCOMPARE(o.value(u"local").toObject().value(u"turns").toInteger(), 1);
    QVERIFY(o.value(u"local").toObject().value(u"usage").toObject().value(u"total_tokens").toInteger() > 0);

    const CliRun listed = home.run({QStringLiteral("sessions"), QStringLiteral("list")});
    EXPECT_EXIT(listed, 0);
    const QByteArray line = lineWith(listed.out, sid.toUtf8());
    QVERIFY2(line.startsWith(sid.toUtf8() + "  idle   count the stars  persistent · "), line.constData());
    QVERIFY2(line.contains(" left · "), line.constData());
}

QTEST_GUILESS_MAIN(CliLibraryTest)
#include "CliLibraryTest.moc"
