#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QSaveFile>

class QNetworkReply;

namespace pokee {

class ApiClient;

// Streams one workspace file to disk through QSaveFile: the target only ever holds a whole
// download (a failed or cancelled one leaves what was there before), and memory stays flat
// however large the file.
class FileDownload : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDownload)
public:
    FileDownload(ApiClient *api, const QString &sessionId, const QString &remotePath, const QString &localPath,
                 QObject *parent = nullptr);
    ~FileDownload() override;

    void start();
    void cancel();

    // A file name for a server path that cannot leave the folder it is saved in: the last
    // segment, without separators, control characters or dot-only names.
    static QString safeFileName(const QString &remotePath);

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(bool ok, const pokee::ApiError &error);

private:
    void onReadyRead();
    void onFinished();
    void fail(const ApiError &error);

    ApiClient *m_api; // not owned
    QString m_sessionId;
    QString m_remotePath;
    QSaveFile m_file;
    QPointer<QNetworkReply> m_reply;
    qint64 m_received = 0;
    bool m_done = false;
};

} // namespace pokee
