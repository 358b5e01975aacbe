// `pokee search` against journals the CLI itself wrote while talking to the emulator: one
// profile's or every profile's, offline; text with the match marked, or NDJSON; Chinese words;
// a filter; and what cannot be searched said in a sentence with exit code 2.
#include "CliSupport.h"
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include <QTest>
#include <QUuid>

using namespace pokee;
using test::CliRun;
using test::FreshHome;
using test::HttpProbe;

class CliSearchTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")})); }
    void findsWordsInOneProfileOrAll();

private:
    LocalEmulator m_emu;
};

void CliSearchTest::findsWordsInOneProfileOrAll()
{
    HttpProbe http(m_emu.endpoint());
    FreshHome home;
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString first = QStringLiteral("search-a-") + tag, second = QStringLiteral("search-b-") + tag;
    QHash<QString, QString> sidOf;
    const QHash<QString, QString> prompt{{first, QStringLiteral("Where is the purple walrus report? [[bash=off]]")},
                                         {second, QStringLiteral("请找到销售数据 and the orange walrus [[bash=off]]")}};
    for (const QString &profile : {first, second}) {
        EXPECT_EXIT(home.run({QStringLiteral("profiles"), QStringLiteral("add"), profile, QStringLiteral("--url"),
                              m_emu.endpoint().baseUrl.toString()},
                             m_emu.endpoint().key.toUtf8() + '\n'),
                    0);
        sidOf[profile] = http.createSession({});
        EXPECT_EXIT(home.run({QStringLiteral("--profile"), profile, QStringLiteral("send"), sidOf[profile], prompt[profile]}), 0);
    }

    // The profile in use (the first added): its prompt and the answer that repeats it, newest
    // first, the word marked; nothing of the other profile.
    const CliRun mine = home.run({QStringLiteral("search"), QStringLiteral("walrus")});
    EXPECT_EXIT(mine, 0);
    const QList<QByteArray> lines = mine.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines)
        QVERIFY2(line.startsWith(first.toUtf8() + "  " + sidOf[first].toUtf8()) && line.contains("«walrus»"), line.constData());
    QVERIFY2(lines.at(0).contains("  answer  ") && lines.at(1).contains("  prompt  "), mine.out.constData());

    // Every profile, as NDJSON.
    const CliRun all = home.run({QStringLiteral("search"), QStringLiteral("walrus"), QStringLiteral("--all-profiles"),
                                 QStringLiteral("--where"), QStringLiteral("prompts"), QStringLiteral("--json")});
    EXPECT_EXIT(all, 0);
    QCOMPARE(all.lines().size(), 2);
    for (const QJsonObject &o : all.lines()) {
        const QString profile = o.value(u"profile").toString();
        QCOMPARE(o.value(u"session").toString(), sidOf.value(profile));
        QCOMPARE(o.value(u"kind").toString(), QStringLiteral("prompt"));
        QVERIFY(o.value(u"snippet").toString().contains(u"walrus"));
        QVERIFY(o.value(u"match").toString().contains(u"[walrus]"));
        QVERIFY(o.value(u"turn").toInteger() > 0 && o.value(u"at").toInteger() > 0);
    }
    const CliRun chinese = home.run({QStringLiteral("--profile"), second, QStringLiteral("search"), QStringLiteral("销售")});
    EXPECT_EXIT(chinese, 0);
    QVERIFY2(chinese.out.contains(sidOf[second].toUtf8()) && chinese.out.contains("«销售»") , chinese.out.constData());
    const CliRun one = home.run({QStringLiteral("search"), QStringLiteral("walrus"), QStringLiteral("--all-profiles"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(one.out.count('\n'), 1);
    const CliRun none = home.run({QStringLiteral("search"), QStringLiteral("narwhal")});
    EXPECT_EXIT(none, 0);
    QVERIFY2(none.err.contains("Nothing found for narwhal"), none.err.constData());

    // What cannot be searched: a sentence, exit 2.
    const CliRun unclosed = home.run({QStringLiteral("search"), QStringLiteral("\"purple walrus")});
    QCOMPARE(unclosed.exitCode, 2);
    QVERIFY2(unclosed.err.contains("A quote is not closed"), unclosed.err.constData());
    const CliRun where = home.run({QStringLiteral("search"), QStringLiteral("walrus"), QStringLiteral("--where"), QStringLiteral("everywhere")});
    QCOMPARE(where.exitCode, 2);
    QVERIFY2(where.err.contains("--where is prompts, answers or tools"), where.err.constData());
}

QTEST_GUILESS_MAIN(CliSearchTest)
#include "CliSearchTest.moc"
