// A file name from the server can never leave the folder it is saved in.
#include "files/FileDownload.h"

#include <QTest>

using pokee::FileDownload;

class FileDownloadTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void safeFileName_data()
    {
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("local");
        QTest::newRow("plain") << QStringLiteral("output/deck.pptx") << QStringLiteral("deck.pptx");
        QTest::newRow("climbing") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
        QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("download");
        QTest::newRow("device") << QStringLiteral("out/CON") << QStringLiteral("_CON");
        QTest::newRow("trailing slash") << QStringLiteral("output/") << QStringLiteral("output");
        QTest::newRow("backslashes") << QStringLiteral("a\\..\\..\\evil.exe") << QStringLiteral("evil.exe");
        QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral(".bashrc");
        QTest::newRow("control characters") << QStringLiteral("re\x01po\nrt.md") << QStringLiteral("report.md");
        QTest::newRow("reserved characters") << QStringLiteral("a<b>c:d\"e|f?g*h") << QStringLiteral("a_b_c_d_e_f_g_h");
        QTest::newRow("empty") << QString() << QStringLiteral("download");
        QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("download");
    }
    void safeFileName()
    {
        QFETCH(QString, remote);
        QFETCH(QString, local);
        QCOMPARE(FileDownload::safeFileName(remote), local);
    }
};

QTEST_GUILESS_MAIN(FileDownloadTest)
#include "FileDownloadTest.moc"
