// The emulator's workspace: paths never leave it, folders list their children.
#include "Workspace.h"

#include <QJsonObject>
#include <QTest>

using pokee::emu::Workspace;

class WorkspaceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalise_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("a/b.txt") << QStringLiteral("a/b.txt");
        QTest::newRow("sandbox absolute") << QStringLiteral("/opt/sandbox/workspace/report.md") << QStringLiteral("report.md");
        QTest::newRow("dots") << QStringLiteral("./a/./b/../c") << QStringLiteral("a/c");
        QTest::newRow("escape") << QStringLiteral("../etc/passwd") << QString();
        QTest::newRow("deep escape") << QStringLiteral("a/../../x") << QString();
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QString();
        QTest::newRow("root") << QStringLiteral("/") << QString();
    }
    void normalise()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Workspace::normalise(in), out);
    }

    void listsImmediateChildren()
    {
        Workspace w;
        w.write(QStringLiteral("output/deck.pptx"), "PK");
        w.write(QStringLiteral("output/img/a.png"), "x");
        w.write(QStringLiteral("report.md"), "# r");
        w.write(QStringLiteral("outputs.txt"), "not in output/");
        const QJsonArray root = w.list(QString());
        QCOMPARE(root.size(), 3);
        const QJsonArray output = w.list(QStringLiteral("output"));
        QCOMPARE(output.size(), 2);
        QCOMPARE(output.at(0).toObject().value(u"name").toString(), QStringLiteral("deck.pptx"));
        QCOMPARE(output.at(0).toObject().value(u"size").toInt(), 2);
        QCOMPARE(output.at(1).toObject().value(u"type").toString(), QStringLiteral("directory"));
        QVERIFY(w.isDirectory(QStringLiteral("output/img")));
        QVERIFY(!w.isDirectory(QStringLiteral("outp")));
        QVERIFY(!w.isDirectory(QStringLiteral("report.md")));
    }
};

QTEST_GUILESS_MAIN(WorkspaceTest)
#include "WorkspaceTest.moc"
