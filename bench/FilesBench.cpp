// bench-files: downloads and the file list, against pokee-emulator on loopback (issue 11).
//  1. A 1 GiB workspace file: curl (to a file, the reference), the core's FileDownload in
//     this process (time and RSS growth) and `pokee get` (time and peak RSS), same file, same
//     run, each three times.
//  2. A folder of 2,000 small files listed and shown in the Files dock: the longest
//     GUI-thread stall seen by a 2 ms heartbeat while it lists and paints.
// Reported, never asserted (bench/README.md has the figures).
#include "BenchSupport.h"
#include "files/FilesDock.h"

#include "api/ApiClient.h"
#include "files/FileDownload.h"
#include "api/LocalEmulator.h"
#include "models/DownloadModel.h"
#include "models/FileListModel.h"
#include "files/FilePreview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace pokee;

namespace {

// Creates a session and runs one turn whose prompt writes files; returns the session id.
QString sessionWithFiles(ApiClient &api, const QString &prompt)
{
    QString sid;
    QEventLoop loop;
    QObject::connect(api.createSession({}), &ApiCall::finished, &loop, [&](const ApiResult &r) {
        sid = r.json.object().value(u"id").toString();
        loop.quit();
    });
    loop.exec();
    QNetworkRequest req = api.request(QStringLiteral("/v1/sessions/%1/messages").arg(sid));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = api.network()->post(req, QJsonDocument(QJsonObject{{QStringLiteral("message"), prompt}}).toJson());
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return sid;
}

// Runs a program to the end; its wall time in seconds and its peak RSS (sampled) in KiB.
std::pair<double, long> runTimed(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForStarted();
    long peak = 0;
    while (!p.waitForFinished(20))
        peak = qMax(peak, bench::procStatusKiB(p.processId(), "VmHWM"));
    return {t.elapsed() / 1000.0, peak};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    LocalEmulator emulator;
    emulator.start(LocalEmulator::defaultProgram(), {QStringLiteral("--keepalive-s"), QStringLiteral("0")});
    if (!emulator.waitUntilReady()) {
        std::fprintf(stderr, "bench-files: the emulator did not start\n");
        return 1;
    }
    ApiClient api(emulator.endpoint());
    const QString big = sessionWithFiles(api, QStringLiteral("[[file=big.bin:1GB]] [[thinking=off]] [[bash=off]] write it"));
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-files-XXXXXX")); // on disk, not in a tmpfs
    const QString url = emulator.endpoint().baseUrl.toString() + QStringLiteral("/v1/sessions/%1/files/big.bin").arg(big);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POKEE_API"), emulator.endpoint().baseUrl.toString());
    env.insert(QStringLiteral("POKEE_KEY"), emulator.endpoint().key);
    const QString pokee = QCoreApplication::applicationDirPath() + QStringLiteral("/pokee");
    constexpr double GiB = 1024.0 * 1024 * 1024;

    // What a `pokee` run costs without a download: the baseline of its peak RSS.
    const auto [listS, listPeak] = runTimed(pokee, {QStringLiteral("files"), big}, env);
    Q_UNUSED(listS)
    std::printf("Downloading a 1 GiB workspace file from pokee-emulator on loopback (to %s); `pokee files` peaks at "
                "%ld MB RSS\n", qPrintable(dir.path()), listPeak / 1024);
    // Each run starts with the disk's dirty pages written out: one tool's writeback does not
    // land in the next one's time.
    auto settle = [] { QProcess::execute(QStringLiteral("sync"), {}); };
    for (int round = 1; round <= 3; ++round) {
        const QString curlOut = dir.filePath(QStringLiteral("curl.bin"));
        settle();
        const auto [curlS, curlPeak] = runTimed(QStringLiteral("curl"),
                                                {QStringLiteral("-sf"), QStringLiteral("-o"), curlOut, QStringLiteral("-H"),
                                                 QStringLiteral("Authorization: Bearer ") + emulator.endpoint().key, url},
                                                env);
        Q_UNUSED(curlPeak)
        const qint64 curlBytes = QFileInfo(curlOut).size();
        QFile::remove(curlOut);

        const QString coreOut = dir.filePath(QStringLiteral("core.bin"));
        settle();
        const long rssBefore = bench::rssKiB();
        long rssPeak = rssBefore;
        FileDownload d(&api, big, QStringLiteral("big.bin"), coreOut);
        QElapsedTimer t;
        bool ok = false;
        QTimer sampler; // RSS ten times a second, not at every chunk: the bench must not slow what it times
        QObject::connect(&sampler, &QTimer::timeout, &app, [&] { rssPeak = qMax(rssPeak, bench::rssKiB()); });
        sampler.start(100);
        QEventLoop loop;
        QObject::connect(&d, &FileDownload::finished, &loop, [&](bool good) {
            ok = good;
            loop.quit();
        });
        t.start();
        d.start();
        loop.exec();
        const double coreS = t.elapsed() / 1000.0;
        const qint64 coreBytes = QFileInfo(coreOut).size();
        QFile::remove(coreOut);

        const QString cliOut = dir.filePath(QStringLiteral("cli.bin"));
        settle();
        const auto [cliS, cliPeak] = runTimed(pokee, {QStringLiteral("get"), big, QStringLiteral("big.bin"), QStringLiteral("-o"), cliOut}, env);
        const qint64 cliBytes = QFileInfo(cliOut).size();
        QFile::remove(cliOut);

        std::printf("round %d: curl %5.2f s (%.0f MB/s, %s)  FileDownload %5.2f s (%.0f MB/s, %.0f%% of curl, RSS +%ld MB, %s)"
                    "  pokee get %5.2f s (%.0f%% of curl, peak RSS %ld MB, +%ld MB, %s)\n",
                    round, curlS, GiB / curlS / 1e6, curlBytes == qint64(GiB) ? "whole" : "SHORT", coreS, GiB / coreS / 1e6,
                    100.0 * curlS / coreS, (rssPeak - rssBefore) / 1024, ok && coreBytes == qint64(GiB) ? "whole" : "FAILED",
                    cliS, 100.0 * curlS / cliS, cliPeak / 1024, (cliPeak - listPeak) / 1024,
                    cliBytes == qint64(GiB) ? "whole" : "FAILED");
        std::fflush(stdout);
    }

    // 2,000 small files in one folder, listed and painted by the dock.
    QString prompt;
    for (int i = 0; i < 2000; ++i)
        prompt += QStringLiteral("[[file=many/file-%1.txt:200]] ").arg(i, 4, 10, QLatin1Char('0'));
    const QString many = sessionWithFiles(api, prompt + QStringLiteral("[[thinking=off]] [[bash=off]] write them"));
    FileListModel files(&api);
    DownloadModel downloads(&api);
    FilePreview preview(&api);
    ui::FilesDock dock(&files, &downloads, &preview);
    dock.resize(420, 900);
    dock.show();
    settle();
    for (int round = 1; round <= 3; ++round) {
        QElapsedTimer heartbeat;
        qint64 worst = 0;
        QTimer beat;
        beat.setInterval(2);
        heartbeat.start();
        QObject::connect(&beat, &QTimer::timeout, &app, [&] {
            worst = qMax(worst, heartbeat.restart());
        });
        QElapsedTimer t;
        t.start();
        beat.start();
        QEventLoop loop;
        QObject::connect(&files, &FileListModel::loaded, &loop, &QEventLoop::quit);
        files.open(many, QStringLiteral("many"));
        loop.exec();
        const qint64 listed = t.elapsed();
        dock.fileView()->scrollToBottom();
        bench::pump(300); // paint, then scroll through once
        dock.fileView()->scrollToTop();
        bench::pump(100);
        beat.stop();
        std::printf("2,000 files: listed in %lld ms (request, JSON, model), %d rows shown; longest GUI-thread stall "
                    "%lld ms\n", listed, files.rowCount(), worst);
        files.open(QString(), {});
        bench::pump(50);
    }
    return 0;
}
