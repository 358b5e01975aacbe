// FileFreshness: a file rewritten within one tick of the file system's clock (same time stamp,
// same size) is still seen as changed; a file read again unchanged is not.
#include "platform/FileFreshness.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;

namespace {
bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// What a second save within the same clock tick leaves: the time stamp of the first.
bool stampAs(const QString &path, const QDateTime &when)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.setFileTime(when, QFileDevice::FileModificationTime);
}

QDateTime stampOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.fileTime(QFileDevice::FileModificationTime) : QDateTime();
}
} // namespace

class FileFreshnessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFileIsNewOnceAndThenOnlyWhenItsBytesChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mcp.json"));
        FileFreshness freshness;
        QVERIFY(!freshness.changed(path)); // missing: nothing to read
        QVERIFY(write(path, "{\"a\": 1}"));
        QVERIFY(freshness.changed(path));
        QVERIFY(!freshness.changed(path));
        QVERIFY(write(path, "{\"a\": 1}")); // saved again, the same bytes
        QVERIFY(!freshness.changed(path));
    }

    // Failed when the time stamp alone decided (McpRouter before: McpClientTest's
    // theRouterFollowsWhatTheUserApproves failed on CI when an approval was saved within 4 ms).
    void aRewriteWithinOneClockTickIsSeen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mcp.json"));
        FileFreshness freshness;
        QVERIFY(write(path, "{\"approved\": false}"));
        const QDateTime first = stampOf(path);
        QVERIFY(freshness.changed(path));
        QVERIFY(write(path, "{\"approved\": true }")); // the same size
        QVERIFY(stampAs(path, first));
        QCOMPARE(stampOf(path), first);
        QVERIFY(freshness.changed(path));
        QVERIFY(!freshness.changed(path));
    }

    void aFileThatGoesKeepsWhatWasRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tools.json"));
        FileFreshness freshness;
        QVERIFY(write(path, "[]"));
        QVERIFY(freshness.changed(path));
        QVERIFY(QFile::remove(path));
        QVERIFY(!freshness.changed(path));
        QVERIFY(write(path, "[]")); // back as it was
        QVERIFY(!freshness.changed(path));
        QVERIFY(write(path, "[1]"));
        QVERIFY(freshness.changed(path));
    }
};

QTEST_GUILESS_MAIN(FileFreshnessTest)
#include "FileFreshnessTest.moc"
