// `pokee files` and `pokee get` against the emulator and a hostile server: listing as NDJSON
// and for people, a single download, a cut download resumed by the next run to the server's
// bytes (never over an existing file), and a whole folder whose hostile names stay inside.
#include "CannedHttpServer.h"
#include "CliSupport.h"
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include "api/LocalEmulator.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;
using test::CliRun;
using test::HttpProbe;

class CliFilesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
        QVERIFY(!qEnvironmentVariable("POKEE_CLI_BIN").isEmpty());
        m_sid = HttpProbe(m_emu.endpoint()).createSession();
    }
    void cleanup() { HttpProbe(m_emu.endpoint()).del(QStringLiteral("/_emulator/faults")); }
    void filesAndDownloads();
    void getResumesACutDownloadInTheNextRun();
    void getAllNeverWritesOutsideTheFolder();
    void aResumeNeverSplicesTwoFiles();
    void aCutDownloadSaysTheConnectionBroke();

private:
    CliRun run(const QStringList &args) { return test::runCli(m_emu.endpoint().baseUrl.toString(), m_emu.endpoint().key, args); }
    static CliRun finish(QProcess *p)
    {
        p->waitForFinished(60000);
        CliRun r{p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, p->readAllStandardOutput(),
                 p->readAllStandardError()};
        p->deleteLater();
        return r;
    }

    LocalEmulator m_emu;
    QString m_sid;
};

void CliFilesTest::filesAndDownloads()
{
    HttpProbe http(m_emu.endpoint());
    http.sendMessage(m_sid, QStringLiteral("[[file=out/data.bin:300KB]] [[file=notes.md]] write"));
    const CliRun list = run({QStringLiteral("files"), m_sid, QStringLiteral("--path"), QStringLiteral("out"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    // NDJSON: one entry per line, as every --json output.
    QCOMPARE(QJsonDocument::fromJson(list.out.split('\n').first()).object().value(u"size").toInt(), 300 * 1024);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.bin"));
    const CliRun get = run({QStringLiteral("get"), m_sid, QStringLiteral("out/data.bin"), QStringLiteral("-o"), target});
    QCOMPARE(get.exitCode, 0);
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), http.get(QStringLiteral("/v1/sessions/%1/files/out/data.bin").arg(m_sid)).body);
    const CliRun missing = run({QStringLiteral("get"), m_sid, QStringLiteral("out/none.bin"), QStringLiteral("-o"), dir.filePath(QStringLiteral("none"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none")))); // nothing half-written is left
    // A path that climbs out is refused at once (it once hung: the refusal came before the
    // command listened for it).
    const CliRun climbing = run({QStringLiteral("get"), m_sid, QStringLiteral("../../etc/passwd"), QStringLiteral("-o"), dir.path() + u'/'});
    QCOMPARE(climbing.exitCode, 1);
    QVERIFY2(climbing.err.contains("climbs out of its workspace"), climbing.err.constData());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("copy.bin")});
}

// A download cut mid-way exits 1 with a sentence and leaves only its part file; the next
// `pokee get` of the same file goes on from there (a Range) to the server's exact bytes.
void CliFilesTest::getResumesACutDownloadInTheNextRun()
{
    HttpProbe http(m_emu.endpoint());
    http.sendMessage(m_sid, QStringLiteral("[[file=big/cut.bin:1MB]] write"));
    const QByteArray original = http.get(QStringLiteral("/v1/sessions/%1/files/big/cut.bin").arg(m_sid)).body;
    QCOMPARE(original.size(), 1024 * 1024);
    http.setFaults({{QStringLiteral("cut_after_bytes"), 400000}, {QStringLiteral("cut_count"), 1},
                    {QStringLiteral("path_contains"), QStringLiteral("/files/")}});
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("cut.bin"));
    const CliRun first = run({QStringLiteral("get"), m_sid, QStringLiteral("big/cut.bin"), QStringLiteral("-o"), target});
    EXPECT_EXIT(first, 1);
    QVERIFY2(first.err.contains("pokee: not saved: big/cut.bin:"), first.err.constData());
    QVERIFY(!QFile::exists(target));
    const qint64 part = QFileInfo(target + QStringLiteral(".part")).size();
    QVERIFY2(part > 0 && part < original.size(), qPrintable(QString::number(part)));
    const CliRun second = run({QStringLiteral("get"), m_sid, QStringLiteral("big/cut.bin"), QStringLiteral("-o"), target});
    EXPECT_EXIT(second, 0);
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll() == original);
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    // Asked again, the file is there: a new name, never over it.
    const CliRun third = run({QStringLiteral("get"), m_sid, QStringLiteral("big/cut.bin"), QStringLiteral("-o"), target});
    EXPECT_EXIT(third, 0);
    QVERIFY2(third.err.contains("exists: this download is saved as"), third.err.constData());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("cut (1).bin"))));
    // And the listing for people names each entry, its size and time.
    const CliRun listed = run({QStringLiteral("files"), m_sid, QStringLiteral("--path"), QStringLiteral("big")});
    EXPECT_EXIT(listed, 0);
    QVERIFY2(listed.out.startsWith("cut.bin ") && listed.out.contains("1.0 MB"), listed.out.constData());
}

// `pokee get --all` against a server whose file names are hostile: everything lands inside
// the folder, neutralised; what cannot be fetched safely is named, and the exit code is 1.
void CliFilesTest::getAllNeverWritesOutsideTheFolder()
{
    test::CannedHttpServer server([](const test::CannedRequest &r, int) {
        if (r.path.contains("/files?") || r.path.endsWith("/files")) {
            if (r.path.contains("path=deep"))
                return test::CannedReply(test::CannedHttpServer::response(200, "application/json", R"([{"name": "CON"}, {"name": "x\\..\\y.txt"}])"));
            return test::CannedReply(test::CannedHttpServer::response(200, "application/json",
                R"([{"name": "../../../escape.txt"}, {"name": "/abs.txt"}, {"name": "Same.md"}, {"name": "same.md"},
                    {"name": "deep", "type": "directory"}])"));
        }
        return test::CannedReply(test::CannedHttpServer::response(200, "application/octet-stream", "bytes of " + r.path));
    });
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("into"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    auto *p = new QProcess(this);
    env.insert(QStringLiteral("POKEE_API"), server.url().toString());
    env.insert(QStringLiteral("POKEE_KEY"), QStringLiteral("k"));
    p->setProcessEnvironment(env);
    p->start(qEnvironmentVariable("POKEE_CLI_BIN"), {QStringLiteral("get"), QStringLiteral("sess_h"), QStringLiteral("--all"),
                                                     QStringLiteral("-o"), folder});
    // The server lives in this process: its event loop must turn while the CLI runs.
    QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 30000);
    const CliRun r = finish(p);
    EXPECT_EXIT(r, 1);
    QVERIFY2(r.err.contains("not saved: ../../../escape.txt") && r.err.contains("climbs out of its workspace"), r.err.constData());
    QStringList got;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        got << QDir(dir.path()).relativeFilePath(it.next());
    got.sort();
    QCOMPARE(got, (QStringList{QStringLiteral("into/workspace/Same.md"), QStringLiteral("into/workspace/_abs.txt"),
                               QStringLiteral("into/workspace/deep/_CON"), QStringLiteral("into/workspace/deep/x_.._y.txt"),
                               QStringLiteral("into/workspace/same (1).md")}));
}

QTEST_GUILESS_MAIN(CliFilesTest)
// Issue 21, case 2: a part file is continued only when it is a part of the same file. A later
// turn that rewrites the file (another size, other bytes), or another file of the same name,
// is downloaded whole: the saved bytes are always the server's bytes now, never a splice.
void CliFilesTest::aResumeNeverSplicesTwoFiles()
{
    HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession();
    const auto serverBytes = [&](const QString &path) {
        return http.get(QStringLiteral("/v1/sessions/%1/files/%2").arg(sid, path)).body;
    };
    const auto cutNextDownload = [&] {
        http.setFaults({{QStringLiteral("cut_after_bytes"), 20000}, {QStringLiteral("cut_count"), 1},
                        {QStringLiteral("path_contains"), QStringLiteral("/files/")}});
    };
    QTemporaryDir dir;

    // The deck, cut after 20,000 bytes; then a later turn rewrites it with 300,000 other bytes.
    http.sendMessage(sid, QStringLiteral("[[file=output/deck.pptx]] a deck"));
    const QByteArray firstDeck = serverBytes(QStringLiteral("output/deck.pptx"));
    const QString deck = dir.filePath(QStringLiteral("deck.pptx"));
    cutNextDownload();
    EXPECT_EXIT(run({QStringLiteral("get"), sid, QStringLiteral("output/deck.pptx"), QStringLiteral("-o"), deck}), 1);
    http.del(QStringLiteral("/_emulator/faults"));
    QVERIFY(QFileInfo(deck + QStringLiteral(".part")).size() > 0);
    http.sendMessage(sid, QStringLiteral("[[file=output/deck.pptx:300000]] a longer deck"));
    const QByteArray secondDeck = serverBytes(QStringLiteral("output/deck.pptx"));
    QCOMPARE(secondDeck.size(), 300000);
    QVERIFY(firstDeck.left(20000) != secondDeck.left(20000)); // else this test could not tell
    EXPECT_EXIT(run({QStringLiteral("get"), sid, QStringLiteral("output/deck.pptx"), QStringLiteral("-o"), deck}), 0);
    QFile saved(deck);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY2(saved.readAll() == secondDeck, "the saved deck is not the server's deck");
    QVERIFY(!QFile::exists(deck + QStringLiteral(".part")));
    QVERIFY(!QFile::exists(deck + QStringLiteral(".part.origin")));

    // Two files of one name: a/data.bin cut, then b/data.bin saved under the same name.
    http.sendMessage(sid, QStringLiteral("[[file=a/data.bin:200KB]] [[file=b/data.bin:200KB]] two"));
    const QString data = dir.filePath(QStringLiteral("data.bin"));
    cutNextDownload();
    EXPECT_EXIT(run({QStringLiteral("get"), sid, QStringLiteral("a/data.bin"), QStringLiteral("-o"), data}), 1);
    http.del(QStringLiteral("/_emulator/faults"));
    QVERIFY(QFileInfo(data + QStringLiteral(".part")).size() > 0);
    EXPECT_EXIT(run({QStringLiteral("get"), sid, QStringLiteral("b/data.bin"), QStringLiteral("-o"), data}), 0);
    QFile b(data);
    QVERIFY(b.open(QIODevice::ReadOnly));
    QVERIFY2(b.readAll() == serverBytes(QStringLiteral("b/data.bin")), "b/data.bin was spliced onto a/data.bin");

    // The same file cut and resumed still resumes (the overlap matched): a Range was asked.
    http.sendMessage(sid, QStringLiteral("[[file=c/keep.bin:600KB]] one more"));
    const QString keep = dir.filePath(QStringLiteral("keep.bin"));
    http.setFaults({{QStringLiteral("cut_after_bytes"), 300000}, {QStringLiteral("cut_count"), 1},
                    {QStringLiteral("path_contains"), QStringLiteral("/files/")}});
    EXPECT_EXIT(run({QStringLiteral("get"), sid, QStringLiteral("c/keep.bin"), QStringLiteral("-o"), keep}), 1);
    http.del(QStringLiteral("/_emulator/faults"));
    const CliRun resumed = run({QStringLiteral("get"), sid, QStringLiteral("c/keep.bin"), QStringLiteral("-o"), keep,
                                QStringLiteral("--json")});
    EXPECT_EXIT(resumed, 0);
    QVERIFY2(resumed.lines().value(0).value(u"resumed_from").toInteger() > 0, resumed.out.constData());
    QFile k(keep);
    QVERIFY(k.open(QIODevice::ReadOnly));
    QVERIFY(k.readAll() == serverBytes(QStringLiteral("c/keep.bin")));
}

// Issue 21, case 7: a download cut after the server answered does not send the user to check
// the address: the server was reached.
void CliFilesTest::aCutDownloadSaysTheConnectionBroke()
{
    HttpProbe http(m_emu.endpoint());
    http.sendMessage(m_sid, QStringLiteral("[[file=broken/off.bin:500KB]] write"));
    http.setFaults({{QStringLiteral("cut_after_bytes"), 100000}, {QStringLiteral("cut_count"), 1},
                    {QStringLiteral("path_contains"), QStringLiteral("/files/")}});
    QTemporaryDir dir;
    const CliRun cut = run({QStringLiteral("get"), m_sid, QStringLiteral("broken/off.bin"), QStringLiteral("-o"),
                            dir.filePath(QStringLiteral("off.bin"))});
    EXPECT_EXIT(cut, 1);
    QVERIFY2(!cut.err.contains("Could not reach the server"), cut.err.constData());
    QVERIFY2(!cut.err.contains("Check the address"), cut.err.constData());
    QVERIFY2(cut.err.contains("broke off"), cut.err.constData());
}

#include "CliFilesTest.moc"
