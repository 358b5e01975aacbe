// The scripted agent's directives and the plain requests of the vendor's examples.
#include "Directives.h"

#include <QTest>

using pokee::emu::Directives;

class DirectivesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void directivesAreRead()
    {
        const Directives d = Directives::parse(QStringLiteral(
            "[[deltas=12]] [[pace=3]] [[thinking=off]] [[bash=off]] [[error=boom]] "
            "[[tool=get_weather {\"location\": \"Oslo\"}]] [[file=a/b.txt:2KB]] [[file=c.md]] "
            "[[progress=4]] [[progress_key=stage]] [[step_ms=9]] hello"));
        QCOMPARE(d.deltas, 12);
        QCOMPARE(d.paceMs, 3);
        QVERIFY(!d.thinking);
        QVERIFY(!d.builtinTool);
        QCOMPARE(d.error, QStringLiteral("boom"));
        QCOMPARE(d.toolName, QStringLiteral("get_weather"));
        QCOMPARE(d.toolArguments.value(u"location").toString(), QStringLiteral("Oslo"));
        QCOMPARE(d.files.size(), 2);
        QCOMPARE(d.files.at(0).path, QStringLiteral("a/b.txt"));
        QCOMPARE(d.files.at(0).size, 2048);
        QCOMPARE(d.files.at(1).size, -1);
        QCOMPARE(d.progressSteps, 4);
        QCOMPARE(d.progressKey, QStringLiteral("stage"));
        QCOMPARE(d.stepMs, 9);
        QCOMPARE(Directives::visibleText(QStringLiteral("[[pace=3]] hello [[deltas=2]]")), QStringLiteral("hello"));
    }

    void vendorPromptsNeedNoDirectives()
    {
        const Directives essay = Directives::parse(QStringLiteral("Write a 5000-word essay on cryptography"));
        QCOMPARE(essay.deltas, 5000);
        const Directives deck = Directives::parse(QStringLiteral("Build a Temasek-style PPT on Q3 NVIDIA performance."));
        QVERIFY(deck.presentation);
        QCOMPARE(deck.progressKey, QStringLiteral("temasek_status"));
        const Directives report = Directives::parse(QStringLiteral(
            "Build a report and write it to /opt/sandbox/workspace/report.md"));
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.files.first().path, QStringLiteral("/opt/sandbox/workspace/report.md"));
        const Directives plain = Directives::parse(QStringLiteral("Write a short poem about persistent storage."));
        QCOMPARE(plain.deltas, -1);
        QVERIFY(!plain.presentation);
        QVERIFY(plain.files.isEmpty());
    }

    void sizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("plain") << QStringLiteral("3000") << qint64(3000);
        QTest::newRow("KB") << QStringLiteral("2KB") << qint64(2048);
        QTest::newRow("MiB") << QStringLiteral("1MiB") << qint64(1 << 20);
        QTest::newRow("decimal") << QStringLiteral("1.5k") << qint64(1536);
        QTest::newRow("junk") << QStringLiteral("lots") << qint64(-1);
    }
    void sizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        QCOMPARE(Directives::parseSize(text), bytes);
    }
};

QTEST_GUILESS_MAIN(DirectivesTest)
#include "DirectivesTest.moc"
