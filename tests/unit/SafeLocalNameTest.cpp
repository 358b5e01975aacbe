// A name or path from a server never leads outside the folder the user chose, and never
// overwrites a file: every unsafe kind of name, made safe; unique names without case; links
// in the folder refused. The expected names are written out by hand.
#include "files/SafeLocalName.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using pokee::SafeLocalName;

class SafeLocalNameTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void segment_data();
    void segment();
    void longNamesKeepTheirExtension();
    void aCutNeverEndsInADotOrMakesADeviceName();
    void relativePath_data();
    void relativePath();
    void targetIsUniqueWithoutCase();
    void targetResumesAPartialWhenAsked();
    void targetRefusesALinkInTheFolder();
    void targetStaysInside();
};

void SafeLocalNameTest::segment_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("local");
    QTest::newRow("plain") << QStringLiteral("deck.pptx") << QStringLiteral("deck.pptx");
    QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("_");
    QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("_");
    QTest::newRow("empty") << QString() << QStringLiteral("_");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a_b");
    QTest::newRow("backslash") << QStringLiteral("..\\..\\evil.exe") << QStringLiteral(".._.._evil.exe");
    QTest::newRow("drive") << QStringLiteral("C:evil") << QStringLiteral("C_evil");
    QTest::newRow("reserved characters") << QStringLiteral("a<b>c:d\"e|f?g*h") << QStringLiteral("a_b_c_d_e_f_g_h");
    QTest::newRow("NUL") << QStringLiteral("file\0name.txt").append(QChar(0)) << QStringLiteral("filename.txt");
    QTest::newRow("control") << QStringLiteral("re\x01po\nrt\x7f.md") << QStringLiteral("report.md");
    QTest::newRow("C1 control") << QStringLiteral("a") + QChar(0x85) + QStringLiteral("b") << QStringLiteral("ab");
    QTest::newRow("CON") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::newRow("nul with extension") << QStringLiteral("nul.txt") << QStringLiteral("_nul.txt");
    QTest::newRow("com1 any case") << QStringLiteral("Com1.log") << QStringLiteral("_Com1.log");
    QTest::newRow("lpt9") << QStringLiteral("LPT9") << QStringLiteral("_LPT9");
    QTest::newRow("not a device") << QStringLiteral("console.txt") << QStringLiteral("console.txt");
    QTest::newRow("trailing dots and spaces") << QStringLiteral("notes.txt. . ") << QStringLiteral("notes.txt");
    QTest::newRow("leading spaces") << QStringLiteral("   x") << QStringLiteral("x");
    QTest::newRow("hidden stays") << QStringLiteral(".env") << QStringLiteral(".env");
    QTest::newRow("unicode") << QStringLiteral("résumé – 2026.pdf") << QStringLiteral("résumé – 2026.pdf");
}

void SafeLocalNameTest::segment()
{
    QFETCH(QString, server);
    QFETCH(QString, local);
    QCOMPARE(SafeLocalName::segment(server), local);
}

void SafeLocalNameTest::longNamesKeepTheirExtension()
{
    const QString name = QString(300, u'é') + QStringLiteral(".pptx");
    const QString safe = SafeLocalName::segment(name);
    QVERIFY(safe.toUtf8().size() <= SafeLocalName::MaxSegmentBytes);
    QVERIFY(safe.endsWith(u".pptx"));
    QVERIFY(safe.startsWith(u"éé"));
    // A character is never cut in half.
    QCOMPARE(QString::fromUtf8(safe.toUtf8()), safe);
}

void SafeLocalNameTest::aCutNeverEndsInADotOrMakesADeviceName()
{
    // Found by fuzzing (tests/fuzz/corpus/*/regression-*): cutting a long name at 200 bytes
    // could leave it ending in dots, which Windows drops ("a." and "a" are one file), and a
    // second pass would have changed it again.
    const QString dots = QString(150, u'x') + QString(100, u'.') + QString(20, u'x') + u'?'; // no extension
    const QString cut = SafeLocalName::segment(dots);
    QVERIFY2(!cut.endsWith(u'.'), qPrintable(cut));
    QCOMPARE(cut, QString(150, u'x'));
    QCOMPARE(SafeLocalName::segment(cut), cut);
    // A cut that leaves "CON" and an extension (the spaces trimmed) gets the device prefix.
    const QString device = QStringLiteral("CON") + QString(200, u' ') + QStringLiteral("x.txt");
    QCOMPARE(SafeLocalName::segment(device), QStringLiteral("_CON.txt"));
}

void SafeLocalNameTest::relativePath_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("local");
    QTest::newRow("nested") << QStringLiteral("output/slides/deck.pptx") << QStringLiteral("output/slides/deck.pptx");
    QTest::newRow("climbing") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc/passwd");
    QTest::newRow("climbing inside") << QStringLiteral("a/../../b") << QStringLiteral("a/b");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("etc/passwd");
    QTest::newRow("drive") << QStringLiteral("C:\\Windows\\win.ini") << QStringLiteral("Windows/win.ini");
    QTest::newRow("backslashes") << QStringLiteral("a\\..\\..\\evil.exe") << QStringLiteral("a/evil.exe");
    QTest::newRow("device in a folder") << QStringLiteral("out/aux/x") << QStringLiteral("out/_aux/x");
    QTest::newRow("nothing left") << QStringLiteral("../..") << QStringLiteral("download");
    QTest::newRow("empty") << QString() << QStringLiteral("download");
}

void SafeLocalNameTest::relativePath()
{
    QFETCH(QString, server);
    QFETCH(QString, local);
    QCOMPARE(SafeLocalName::relativePath(server), local);
}

void SafeLocalNameTest::targetIsUniqueWithoutCase()
{
    QTemporaryDir dir;
    QString error;
    QFile existing(dir.filePath(QStringLiteral("Report.md")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    // "report.md" differs only in case: on Windows and macOS it is the same file.
    QCOMPARE(SafeLocalName::target(dir.path(), QStringLiteral("report.md"), &error), dir.filePath(QStringLiteral("report (1).md")));
    QSet<QString> taken;
    const QString a = SafeLocalName::target(dir.path(), QStringLiteral("out/deck.pptx"), &error, &taken);
    const QString b = SafeLocalName::target(dir.path(), QStringLiteral("out/DECK.pptx"), &error, &taken);
    QCOMPARE(a, dir.filePath(QStringLiteral("out/deck.pptx")));
    QCOMPARE(b, dir.filePath(QStringLiteral("out/DECK (1).pptx")));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("out"))).isDir()); // made on the way
    // A part file of a cut download holds the name too (a second download does not join it).
    QFile part(dir.filePath(QStringLiteral("data.bin.part")));
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.close();
    QCOMPARE(SafeLocalName::target(dir.path(), QStringLiteral("data.bin"), &error), dir.filePath(QStringLiteral("data (1).bin")));
}

void SafeLocalNameTest::targetResumesAPartialWhenAsked()
{
    QTemporaryDir dir;
    QString error;
    QFile part(dir.filePath(QStringLiteral("data.bin.part")));
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.close();
    QCOMPARE(SafeLocalName::target(dir.path(), QStringLiteral("data.bin"), &error, nullptr, true), dir.filePath(QStringLiteral("data.bin")));
    // A "part file" that is a link (planted to make a resume append elsewhere) is never resumed.
    QTemporaryDir outside;
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("victim")), dir.filePath(QStringLiteral("deck.pptx.part"))));
    QCOMPARE(SafeLocalName::target(dir.path(), QStringLiteral("deck.pptx"), &error, nullptr, true),
             dir.filePath(QStringLiteral("deck (1).pptx")));
}

void SafeLocalNameTest::targetRefusesALinkInTheFolder()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("output"))));
    QString error;
    QCOMPARE(SafeLocalName::target(dir.path(), QStringLiteral("output/deck.pptx"), &error), QString());
    QVERIFY2(error.contains(u"is a link"), qPrintable(error));
    QVERIFY(QDir(outside.path()).isEmpty());
}

void SafeLocalNameTest::targetStaysInside()
{
    QTemporaryDir dir;
    QString error;
    for (const QString &hostile : {QStringLiteral("../x"), QStringLiteral("/etc/x"), QStringLiteral("..\\..\\x"),
                                   QStringLiteral("a/../../../x")}) {
        const QString t = SafeLocalName::target(dir.path(), hostile, &error);
        QVERIFY2(!t.isEmpty() && SafeLocalName::isInside(dir.path(), t), qPrintable(hostile + QStringLiteral(" -> ") + t));
    }
    QVERIFY(!SafeLocalName::isInside(dir.path(), dir.path() + QStringLiteral("/../elsewhere")));
    QVERIFY(!SafeLocalName::isInside(dir.path(), dir.path() + QStringLiteral("-sibling/x")));
}

QTEST_GUILESS_MAIN(SafeLocalNameTest)
#include "SafeLocalNameTest.moc"
