// The workspace on pokee-emulator: files the agent wrote, listing, download, Range, metadata
// progress, and what the vendor's example prompts produce.
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include <QJsonArray>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

namespace {
QJsonObject entry(const QJsonArray &entries, const QString &name)
{
    for (const QJsonValue &v : entries)
        if (v.toObject().value(u"name").toString() == name)
            return v.toObject();
    return {};
}
} // namespace

class EmulatorFilesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listingAndNestedFolders();
    void downloadWithLengthAndType();
    void rangeRequests_data();
    void rangeRequests();
    void unknownFilesAndEscapes();
    void presentationPromptWritesADeckAndReportsProgress();
    void reportPromptWritesAtTheWorkspaceRoot();
    void deleteWipesTheWorkspace();

private:
    LocalEmulator m_emu;
    QString m_sid;
};

void EmulatorFilesTest::initTestCase()
{
    QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
    HttpProbe http(m_emu.endpoint());
    m_sid = http.createSession();
    const auto r = http.sendMessage(m_sid, QStringLiteral(
        "[[file=notes.txt]] [[file=output/data/blob.bin:1MB]] [[file=output/summary.md]] [[file=output/big.txt:3000]] files please"));
    QCOMPARE(r.events().last().type, QByteArray("message.completed"));
}

void EmulatorFilesTest::listingAndNestedFolders()
{
    HttpProbe http(m_emu.endpoint());
    const auto root = http.get(QStringLiteral("/v1/sessions/%1/files").arg(m_sid));
    QCOMPARE(root.status, 200);
    const QJsonArray entries = root.jsonArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entry(entries, QStringLiteral("notes.txt")).value(u"type").toString(), QStringLiteral("file"));
    QCOMPARE(entry(entries, QStringLiteral("output")).value(u"type").toString(), QStringLiteral("directory"));
    const auto output = http.get(QStringLiteral("/v1/sessions/%1/files?path=output").arg(m_sid)).jsonArray();
    QCOMPARE(output.size(), 3);
    const QJsonObject big = entry(output, QStringLiteral("big.txt"));
    QCOMPARE(big.value(u"path").toString(), QStringLiteral("output/big.txt"));
    QCOMPARE(big.value(u"size").toInteger(), 3000);
    QCOMPARE(big.value(u"content_type").toString(), QStringLiteral("text/plain"));
    QVERIFY(big.value(u"modified_at").toInteger() > 1'700'000'000);
    const auto nested = http.get(QStringLiteral("/v1/sessions/%1/files?path=output/data").arg(m_sid)).jsonArray();
    QCOMPARE(entry(nested, QStringLiteral("blob.bin")).value(u"size").toInteger(), 1024 * 1024);
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1/files?path=nowhere").arg(m_sid)).status, 404);
}

void EmulatorFilesTest::downloadWithLengthAndType()
{
    HttpProbe http(m_emu.endpoint());
    const auto blob = http.get(QStringLiteral("/v1/sessions/%1/files/output/data/blob.bin").arg(m_sid));
    QCOMPARE(blob.status, 200);
    QCOMPARE(blob.body.size(), 1024 * 1024);
    QCOMPARE(blob.header("content-length"), QByteArray("1048576"));
    QCOMPARE(blob.header("content-type"), QByteArray("application/octet-stream"));
    QCOMPARE(blob.header("accept-ranges"), QByteArray("bytes"));
    const auto md = http.get(QStringLiteral("/v1/sessions/%1/files/output/summary.md").arg(m_sid));
    QCOMPARE(md.header("content-type"), QByteArray("text/markdown"));
    QVERIFY(md.body.startsWith("# output/summary.md"));
}

void EmulatorFilesTest::rangeRequests_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("length");
    QTest::newRow("first 100") << QByteArray("bytes=0-99") << 206 << qint64(0) << qint64(100);
    QTest::newRow("from offset") << QByteArray("bytes=2900-") << 206 << qint64(2900) << qint64(100);
    QTest::newRow("suffix") << QByteArray("bytes=-10") << 206 << qint64(2990) << qint64(10);
    QTest::newRow("end past size is clipped") << QByteArray("bytes=2990-99999") << 206 << qint64(2990) << qint64(10);
    QTest::newRow("start past size") << QByteArray("bytes=5000-") << 416 << qint64(0) << qint64(0);
    QTest::newRow("backwards") << QByteArray("bytes=50-10") << 416 << qint64(0) << qint64(0);
}

void EmulatorFilesTest::rangeRequests()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, length);
    HttpProbe http(m_emu.endpoint());
    const QString path = QStringLiteral("/v1/sessions/%1/files/output/big.txt").arg(m_sid);
    const QByteArray whole = http.get(path).body;
    const auto r = http.get(path, {{"Range", range}});
    QCOMPARE(r.status, status);
    if (status == 206) {
        QCOMPARE(r.body, whole.mid(first, length));
        QCOMPARE(r.header("content-range"),
                 "bytes " + QByteArray::number(first) + '-' + QByteArray::number(first + length - 1) + "/3000");
    } else {
        QCOMPARE(r.header("content-range"), QByteArray("bytes */3000"));
    }
}

void EmulatorFilesTest::unknownFilesAndEscapes()
{
    HttpProbe http(m_emu.endpoint());
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1/files/missing.txt").arg(m_sid)).status, 404);
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1/files/output").arg(m_sid)).status, 404); // a folder
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1/files/%2E%2E/%2E%2E/etc/passwd").arg(m_sid)).status, 404);
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1/files?path=../..").arg(m_sid)).status, 400);
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/sess_nope/files/notes.txt")).status, 404);
}

void EmulatorFilesTest::presentationPromptWritesADeckAndReportsProgress()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession({{QStringLiteral("persistent"), true}, {QStringLiteral("ttl"), 14400}});
    QNetworkReply *reply = http.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(sid),
                                      R"({"message": "Build a Temasek-style PPT on Q3 NVIDIA performance. [[step_ms=150]]"})");
    QStringList statuses;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QJsonObject s = http.get(QStringLiteral("/v1/sessions/") + sid).json();
            const QString st = s.value(u"metadata").toObject().value(u"temasek_status").toString();
            if (!st.isEmpty() && (statuses.isEmpty() || statuses.last() != st))
                statuses << st;
            return !s.value(u"busy").toBool(true);
        }(),
        20000);
    HttpProbe::finish(reply);
    QVERIFY2(statuses.size() >= 2, qPrintable(statuses.join(u',')));
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"metadata").toObject()
                 .value(u"progress_percent").toInt(), 100);
    const QJsonArray output = http.get(QStringLiteral("/v1/sessions/%1/files?path=output").arg(sid)).jsonArray();
    QCOMPARE(output.size(), 1);
    const QString name = output.first().toObject().value(u"name").toString();
    QVERIFY(name.endsWith(u".pptx"));
    const auto deck = http.get(QStringLiteral("/v1/sessions/%1/files/output/%2").arg(sid, name));
    QVERIFY(deck.body.startsWith("PK\x03\x04"));
    QCOMPARE(deck.header("content-type"),
             QByteArray("application/vnd.openxmlformats-officedocument.presentationml.presentation"));
}

void EmulatorFilesTest::reportPromptWritesAtTheWorkspaceRoot()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    http.sendMessage(sid, QStringLiteral("Build a 10-page market research report on Q3 NVIDIA performance and write "
                                         "it to /opt/sandbox/workspace/report.md"));
    const QJsonArray root = http.get(QStringLiteral("/v1/sessions/%1/files").arg(sid)).jsonArray();
    QCOMPARE(entry(root, QStringLiteral("report.md")).value(u"path").toString(), QStringLiteral("report.md"));
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1/files/report.md").arg(sid)).status, 200);
}

void EmulatorFilesTest::deleteWipesTheWorkspace()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    http.sendMessage(sid, QStringLiteral("[[file=keep.txt]] write"));
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1/files/keep.txt").arg(sid)).status, 200);
    QCOMPARE(http.del(QStringLiteral("/v1/sessions/") + sid).status, 200);
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1/files/keep.txt").arg(sid)).status, 404);
}

QTEST_GUILESS_MAIN(EmulatorFilesTest)
#include "EmulatorFilesTest.moc"
