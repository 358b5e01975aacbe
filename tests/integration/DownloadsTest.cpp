// Downloads against the emulator and against servers that misbehave: a download cut by the
// fault layer resumes with Range to a byte-identical file; a server that ignores the Range
// starts over cleanly; a short body, an error body and a full disk end in a sentence with
// nothing under the final name; at no moment is a partial file visible under the final
// name; progress climbs to the total; a hostile file list downloaded as a folder never
// writes outside the chosen folder. The oracle for the bytes is the emulator's own answer,
// read with a plain HTTP probe.
#include "CannedHttpServer.h"
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include "api/ApiClient.h"
#include "files/FileDownload.h"
#include "files/PartOrigin.h"
#include "api/LocalEmulator.h"
#include "models/DownloadModel.h"
#include "models/FileListModel.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

class DownloadsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup() { HttpProbe(m_emu.endpoint()).del(QStringLiteral("/_emulator/faults")); }
    void listingHasEveryField();
    void cutDownloadResumesToTheSameBytes();
    void aServerThatIgnoresTheRangeStartsOver();
    void shortBodyErrorBodyAndFullDiskLeaveNothing();
    void hostileListStaysInTheFolder();
    void queueRetriesWhereItStopped();

private:
    LocalEmulator m_emu;
    QString m_sid;
    QByteArray m_blob; // output/data/blob.bin as the emulator serves it
};

void DownloadsTest::initTestCase()
{
    QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
    HttpProbe http(m_emu.endpoint());
    m_sid = http.createSession();
    const auto r = http.sendMessage(m_sid, QStringLiteral("[[file=notes.txt]] [[file=output/data/blob.bin:2MB]] "
                                                         "[[file=output/summary.md]] files please"));
    QCOMPARE(r.events().last().type, QByteArray("message.completed"));
    m_blob = http.get(QStringLiteral("/v1/sessions/%1/files/output/data/blob.bin").arg(m_sid)).body;
    QCOMPARE(m_blob.size(), 2 * 1024 * 1024);
}

void DownloadsTest::listingHasEveryField()
{
    ApiClient api(m_emu.endpoint());
    FileListModel files(&api);
    QAbstractItemModelTester tester(&files, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&files, &FileListModel::loaded);
    files.open(m_sid);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(files.rowCount(), 2); // the folder first, then the file
    QCOMPARE(files.at(0).name, QStringLiteral("output"));
    QVERIFY(files.at(0).isDirectory);
    QCOMPARE(files.at(1).name, QStringLiteral("notes.txt"));
    QVERIFY(files.at(1).size > 0);
    QVERIFY(files.at(1).modified.isValid());
    files.openRow(0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(files.folder(), QStringLiteral("output"));
    QCOMPARE(files.breadcrumb(), (QStringList{QString(), QStringLiteral("output")}));
    QCOMPARE(files.at(0).path, QStringLiteral("output/data"));
    files.up();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(files.folder(), QString());
    // Entries with only a name are taken; an answer that is not a list is an error.
    QList<FileEntry> entries;
    QString error;
    QVERIFY(FileListModel::parse(QJsonDocument::fromJson(R"([{"name": "only-a-name.txt"}])"), QStringLiteral("out"), entries, &error));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).path, QStringLiteral("out/only-a-name.txt"));
    QCOMPARE(entries.at(0).size, -1);
    QVERIFY(!entries.at(0).isDirectory);
    QVERIFY(!FileListModel::parse(QJsonDocument::fromJson(R"({"error": "nope"})"), {}, entries, &error));
    QVERIFY(!error.isEmpty());
}

void DownloadsTest::cutDownloadResumesToTheSameBytes()
{
    HttpProbe http(m_emu.endpoint());
    http.setFaults({{QStringLiteral("cut_after_bytes"), 700000}, {QStringLiteral("cut_count"), 1},
                    {QStringLiteral("path_contains"), QStringLiteral("/files/")}});
    ApiClient api(m_emu.endpoint());
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("blob.bin"));
    FileDownload first(&api, m_sid, QStringLiteral("output/data/blob.bin"), target);
    QSignalSpy done(&first, &FileDownload::finished);
    bool partialUnderFinalName = false;
    connect(&first, &FileDownload::progress, this, [&] { partialUnderFinalName |= QFile::exists(target); });
    first.start();
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().at(0).toBool(), false); // cut
    QVERIFY(!QFile::exists(target));
    const qint64 have = QFileInfo(first.partialPath()).size();
    QVERIFY2(have > 0 && have < m_blob.size(), qPrintable(QString::number(have)));

    // Again (the fault is used up): a Range from where it stopped, the same bytes in the end.
    FileDownload second(&api, m_sid, QStringLiteral("output/data/blob.bin"), target);
    QSignalSpy done2(&second, &FileDownload::finished);
    QList<qint64> progress;
    connect(&second, &FileDownload::progress, this, [&](qint64 received) {
        progress << received;
        partialUnderFinalName |= QFile::exists(target);
    });
    second.start();
    QVERIFY(done2.wait(15000));
    QVERIFY2(done2.first().at(0).toBool(), qPrintable(done2.first().at(1).value<ApiError>().userMessage()));
    QCOMPARE(second.resumedFrom(), have);
    QVERIFY(!partialUnderFinalName);
    QCOMPARE(second.savedAs(), target);
    QVERIFY(readAll(target) == m_blob);
    QVERIFY(!QFile::exists(second.partialPath()));
    QVERIFY(!progress.isEmpty());
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QCOMPARE(progress.constLast(), qint64(m_blob.size()));
    // Counted from where it resumed, not from 0 (Qt may report the headers before any byte:
    // then the first figure is exactly where it resumed).
    QVERIFY2(progress.constFirst() >= have, qPrintable(QStringLiteral("%1 < %2").arg(progress.constFirst()).arg(have)));
}

void DownloadsTest::aServerThatIgnoresTheRangeStartsOver()
{
    const QByteArray body = QByteArray(300000, 'x') + QByteArray(300000, 'y');
    test::CannedHttpServer server([&](const test::CannedRequest &, int) {
        return test::CannedReply(test::CannedHttpServer::response(200, "application/octet-stream", body));
    });
    ApiClient api(Endpoint{server.url(), QStringLiteral("k")});
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("f.bin"));
    QFile part(target + QStringLiteral(".part"));
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(QByteArray(1000, 'z')); // a part from before, which the server will not honour
    part.close();
    const PartOrigin origin{QStringLiteral("s"), QStringLiteral("f.bin"), -1};
    QCOMPARE(origin.write(part.fileName()), QString());
    FileDownload d(&api, QStringLiteral("s"), QStringLiteral("f.bin"), target);
    QSignalSpy done(&d, &FileDownload::finished);
    d.start();
    QVERIFY(done.wait(10000));
    QVERIFY(done.first().at(0).toBool());
    // The part's bytes are asked for again to be compared (the API has no ETag): all 1000 here.
    QCOMPARE(server.requests().first().headers.value("range"), QByteArray("bytes=0-"));
    QVERIFY(readAll(target) == body); // nothing of the old part is left in it
}

void DownloadsTest::shortBodyErrorBodyAndFullDiskLeaveNothing()
{
    int mode = 0;
    test::CannedHttpServer server([&](const test::CannedRequest &, int) {
        if (mode == 0) // says 1000 bytes, sends 400 and closes
            return test::CannedReply("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 1000\r\n"
                                     "Connection: close\r\n\r\n" + QByteArray(400, 'a'));
        return test::CannedReply(test::CannedHttpServer::response(
            500, "application/json", R"({"error": {"type": "server_error", "message": "the sandbox is gone"}})"));
    });
    ApiClient api(Endpoint{server.url(), QStringLiteral("k")});
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("f.bin"));
    {
        FileDownload d(&api, QStringLiteral("s"), QStringLiteral("f.bin"), target);
        QSignalSpy done(&d, &FileDownload::finished);
        d.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(!done.first().at(1).value<ApiError>().userMessage().isEmpty());
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QFileInfo(d.partialPath()).size(), 400); // kept for a retry
    }
    mode = 1;
    QFile::remove(target + QStringLiteral(".part"));
    {
        FileDownload d(&api, QStringLiteral("s"), QStringLiteral("f.bin"), target);
        QSignalSpy done(&d, &FileDownload::finished);
        d.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toBool(), false);
        const QString sentence = done.first().at(1).value<ApiError>().userMessage();
        QVERIFY2(sentence.contains(u"the sandbox is gone"), qPrintable(sentence));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(d.partialPath())); // an error body is never saved as the file
    }
    // A full disk: a small tmpfs where this test may mount one (root in a mount namespace,
    // as ./dev test runs it); otherwise said and skipped.
    QTemporaryDir small;
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                    QStringLiteral("size=64k"), QStringLiteral("tmpfs"), small.path()}) != 0)
        QSKIP("no tmpfs can be mounted here: the full-disk case needs root in a mount namespace (./dev test)");
    const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {small.path()}); });
    HttpProbe probe(m_emu.endpoint());
    ApiClient emu(m_emu.endpoint());
    const QString onSmall = small.path() + QStringLiteral("/blob.bin");
    FileDownload d(&emu, m_sid, QStringLiteral("output/data/blob.bin"), onSmall);
    QSignalSpy done(&d, &FileDownload::finished);
    d.start();
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().at(0).toBool(), false);
    const QString sentence = done.first().at(1).value<ApiError>().userMessage();
    QVERIFY2(sentence.contains(u"cannot write"), qPrintable(sentence));
    QVERIFY(!QFile::exists(onSmall));
}

void DownloadsTest::hostileListStaysInTheFolder()
{
    // Every unsafe name at once; each file's bytes say which path the server was asked for.
    const QByteArray longName = QByteArray(300, 'n') + ".txt";
    const QByteArray root = R"([
        {"name": "../../escape.txt", "type": "file"},
        {"name": "/etc/passwd", "type": "file"},
        {"name": "C:\\Windows\\win.ini", "type": "file"},
        {"name": "a\\..\\..\\b.txt", "type": "file"},
        {"name": "nul\u0000hidden.txt", "type": "file"},
        {"name": "CON", "type": "file"},
        {"name": "com1.txt", "type": "file"},
        {"name": "trailing. . ", "type": "file"},
        {"name": "ctl\u0001\u001b[31m.txt", "type": "file"},
        {"name": "Report.md", "type": "file"},
        {"name": "report.md", "type": "file"},
        {"name": ")" + longName + R"(", "type": "file"},
        {"name": "..", "path": "..", "type": "directory"},
        {"name": "output", "path": "output", "type": "directory"},
        {"name": "linked", "path": "linked", "type": "directory"}
    ])";
    test::CannedHttpServer server([&](const test::CannedRequest &r, int) {
        using test::CannedHttpServer;
        if (r.path.contains("/files?") || r.path.endsWith("/files")) {
            if (r.path.contains("path=output"))
                return test::CannedReply(CannedHttpServer::response(200, "application/json", R"([{"name": "../inner.txt"}])"));
            if (r.path.contains("path=linked"))
                return test::CannedReply(CannedHttpServer::response(200, "application/json", R"([{"name": "through-the-link.txt"}])"));
            if (r.path.contains("path=.."))
                return test::CannedReply(CannedHttpServer::response(200, "application/json", R"([{"name": "up.txt"}])"));
            return test::CannedReply(CannedHttpServer::response(200, "application/json", root));
        }
        return test::CannedReply(CannedHttpServer::response(200, "application/octet-stream", "bytes of " + r.path));
    });
    QTemporaryDir dir;
    QTemporaryDir outside;
    const QString folder = dir.filePath(QStringLiteral("downloads"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/workspace")));
    // A link already in the folder, pointing elsewhere: nothing may be written through it.
    QVERIFY(QFile::link(outside.path(), folder + QStringLiteral("/workspace/linked")));
    ApiClient api(Endpoint{server.url(), QStringLiteral("k")});
    DownloadModel downloads(&api);
    QAbstractItemModelTester tester(&downloads, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy queued(&downloads, &DownloadModel::folderQueued);
    downloads.enqueueFolder(QStringLiteral("s"), QString(), folder);
    QVERIFY(queued.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(downloads.activeCount(), 0, 15000);
    // Nothing outside: not beside the folder, not through the link.
    QVERIFY2(QDir(outside.path()).isEmpty(), qPrintable(filesUnder(outside.path()).join(u", ")));
    QCOMPARE(filesUnder(dir.path()).filter(QRegularExpression(QStringLiteral("^(?!downloads/)"))), QStringList());
    int saved = 0;
    QStringList refused;
    for (int row = 0; row < downloads.rowCount(); ++row) {
        const DownloadItem &d = downloads.at(row);
        if (d.state == DownloadItem::State::Done) {
            ++saved;
            QVERIFY2(d.savedAs.startsWith(folder + u'/'), qPrintable(d.savedAs));
            QVERIFY2(readAll(d.savedAs).startsWith("bytes of /v1/sessions/s/files/"), qPrintable(d.savedAs));
        } else {
            QCOMPARE(d.state, DownloadItem::State::Failed);
            QVERIFY2(d.message.contains(u"climbs out of its workspace"), qPrintable(d.message));
            refused << d.remotePath;
        }
    }
    // Paths with ".." are never requested (URL normalisation would make them another route
    // of the API); every other hostile name is saved, neutralised, inside the folder.
    refused.sort();
    QCOMPARE(refused, (QStringList{QStringLiteral("../../escape.txt"), QStringLiteral("../up.txt"),
                                   QStringLiteral("output/../inner.txt")}));
    QCOMPARE(saved, 11);
    const QStringList got = filesUnder(folder);
    QVERIFY2(got.contains(u"workspace/_etc_passwd"), qPrintable(got.join(u", ")));
    QVERIFY(got.contains(u"workspace/C__Windows_win.ini"));
    QVERIFY(got.contains(u"workspace/a_.._.._b.txt"));
    QVERIFY(got.contains(u"workspace/nulhidden.txt"));
    QVERIFY(got.contains(u"workspace/_CON"));
    QVERIFY(got.contains(u"workspace/_com1.txt"));
    QVERIFY(got.contains(u"workspace/trailing"));
    QVERIFY(got.contains(u"workspace/ctl[31m.txt"));
    QVERIFY(got.contains(u"workspace/Report.md"));
    QVERIFY(got.contains(u"workspace/report (1).md"));
    for (const QString &f : got)
        for (const QString &segment : f.split(u'/'))
            QVERIFY2(segment.toUtf8().size() <= 200 && segment != u".." && !segment.contains(QChar(0)) &&
                         !segment.contains(QChar(0x1b)),
                     qPrintable(f));
    // The file behind the link is refused before it is queued, and the walk says so.
    QCOMPARE(queued.first().at(1).toInt(), 14);
    QCOMPARE(queued.first().at(2).toBool(), false);
    const QString said = queued.first().at(3).toString();
    QVERIFY2(said.contains(u"through-the-link.txt not saved") && said.contains(u"is a link"), qPrintable(said));
}

void DownloadsTest::queueRetriesWhereItStopped()
{
    HttpProbe http(m_emu.endpoint());
    http.setFaults({{QStringLiteral("cut_after_bytes"), 500000}, {QStringLiteral("cut_count"), 1},
                    {QStringLiteral("path_contains"), QStringLiteral("/files/")}});
    ApiClient api(m_emu.endpoint());
    DownloadModel downloads(&api);
    QAbstractItemModelTester tester(&downloads, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTemporaryDir dir;
    QString error;
    QSignalSpy finished(&downloads, &DownloadModel::itemFinished);
    const int id = downloads.enqueue(m_sid, QStringLiteral("output/data/blob.bin"), QStringLiteral("blob.bin"), dir.path(), &error);
    QVERIFY(id > 0);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    const DownloadItem *d = downloads.find(id);
    QCOMPARE(d->state, DownloadItem::State::Failed);
    QVERIFY2(d->message.contains(u"Retry goes on from"), qPrintable(d->message));
    downloads.retry(id);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(1).at(1).toBool(), true);
    QCOMPARE(d->state, DownloadItem::State::Done);
    QVERIFY(readAll(d->savedAs) == m_blob);
    // A cancelled one keeps its part; Retry finishes it.
    http.setFaults({{QStringLiteral("stall_after_bytes"), 300000}, {QStringLiteral("stall_ms"), 20000},
                    {QStringLiteral("path_contains"), QStringLiteral("/files/")}});
    const int slow = downloads.enqueue(m_sid, QStringLiteral("output/data/blob.bin"), QStringLiteral("blob.bin"), dir.path(), &error);
    QCOMPARE(QFileInfo(downloads.find(slow)->target).fileName(), QStringLiteral("blob (1).bin")); // never over the first
    QTRY_VERIFY_WITH_TIMEOUT(downloads.find(slow)->received > 0, 15000);
    downloads.cancel(slow);
    QTRY_COMPARE_WITH_TIMEOUT(downloads.activeCount(), 0, 10000);
    QCOMPARE(downloads.find(slow)->state, DownloadItem::State::Cancelled);
    http.del(QStringLiteral("/_emulator/faults"));
    downloads.retry(slow);
    QTRY_COMPARE_WITH_TIMEOUT(downloads.find(slow)->state, DownloadItem::State::Done, 15000);
    QVERIFY(readAll(downloads.find(slow)->savedAs) == m_blob);
    downloads.clearInactive();
    QCOMPARE(downloads.rowCount(), 0);
}

QTEST_GUILESS_MAIN(DownloadsTest)
#include "DownloadsTest.moc"
