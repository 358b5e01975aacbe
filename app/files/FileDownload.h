#pragma once

#include "api/ApiError.h"
#include "files/PartOrigin.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace pokee {

class ApiClient;

// Streams one workspace file to disk: the bytes go to "<target>.part" as they arrive (memory
// stays flat however large the file: the reply's buffer is bounded), and the part file is
// renamed to the target only once its length is the file's length — so the target name never
// holds anything but a whole file. A part file left by a cut download is resumed with
// "Range: bytes=N-" (a 206 from N goes on; a 200 starts over), unless resume is off — and only
// when the part file is a part of this file (PartOrigin) and its last VerifyBytes still match
// the server's: any doubt starts over.
class FileDownload : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDownload)
public:
    // What the reply may hold before the disk takes it (memory stays flat), and how much is
    // moved to the file at a time. Measured in bench-files (bench/README.md).
    static constexpr qint64 ReadBufferBytes = 1 << 20;
    static constexpr qint64 ChunkBytes = 256 << 10;
    // How much of a part file's end is fetched again and compared before a resume appends.
    static constexpr qint64 VerifyBytes = 64 << 10;

    // `target` is the final file: chosen by SafeLocalName::target, inside the user's folder.
    FileDownload(ApiClient *api, const QString &sessionId, const QString &remotePath, const QString &target,
                 QObject *parent = nullptr);
    ~FileDownload() override;

    void setResume(bool resume) { m_resume = resume; }
    void start();
    // Stops; the part file stays, so that start() (a retry) resumes it.
    void cancel();

    QString target() const { return m_target; }
    QString partialPath() const { return m_target + QStringLiteral(".part"); }
    // Where the file was saved: the target, or a free name beside it when the target
    // appeared while the download ran.
    QString savedAs() const { return m_savedAs; }
    qint64 received() const { return m_received; }
    qint64 total() const { return m_total; }
    // Bytes this run fetched (not the resumed part), and for how long: the speed.
    qint64 fetchedThisRun() const { return m_received - m_resumedFrom; }
    qint64 resumedFrom() const { return m_resumedFrom; }

    // A file name for a server path: the last segment, made safe (SafeLocalName::segment).
    static QString safeFileName(const QString &remotePath);

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(bool ok, const pokee::ApiError &error);

private:
    void request(qint64 from);
    void onHeaders();
    void onReadyRead();
    void onFinished();
    void complete();
    void fail(const ApiError &error);
    void releaseReply();

    ApiClient *m_api; // not owned
    QString m_sessionId;
    QString m_remotePath;
    QString m_target;
    QString m_savedAs;
    QFile m_part;
    PartOrigin m_origin;          // what the part file is a part of
    QByteArray m_expectedOverlap; // the part file's last bytes, fetched again to compare
    qint64 m_verified = 0;        // how much of that overlap matched so far
    QByteArray m_chunk;
    QPointer<QNetworkReply> m_reply;
    qint64 m_received = 0;
    qint64 m_total = -1;
    qint64 m_resumedFrom = 0;
    bool m_resume = true;
    bool m_accepting = false; // the answer is the file's bytes (200, or a 206 from where we are)
    bool m_restarted = false; // a resume the server could not honour was started over once
    bool m_done = false;
};

} // namespace pokee
