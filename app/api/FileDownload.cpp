#include "api/FileDownload.h"

#include "api/ApiClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace pokee {

FileDownload::FileDownload(ApiClient *api, const QString &sessionId, const QString &remotePath,
                           const QString &localPath, QObject *parent)
    : QObject(parent), m_api(api), m_sessionId(sessionId), m_remotePath(remotePath), m_file(localPath)
{
}

FileDownload::~FileDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (!m_done)
        m_file.cancelWriting();
}

QString FileDownload::safeFileName(const QString &remotePath)
{
    QString name = remotePath.section(QRegularExpression(QStringLiteral("[/\\\\]")), -1, -1, QString::SectionSkipEmpty);
    name.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f<>:\"|?*]")));
    name = name.trimmed();
    while (name.startsWith(u'.'))
        name.remove(0, 1); // no "..", no hidden files by surprise
    return name.isEmpty() ? QStringLiteral("download") : name.left(200);
}

void FileDownload::start()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        fail(ApiError::badResponse(tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()), {}));
        return;
    }
    QStringList segments;
    for (const QString &s : m_remotePath.split(u'/', Qt::SkipEmptyParts))
        segments << ApiClient::pathSegment(s);
    m_reply = m_api->network()->get(
        m_api->request(QStringLiteral("/v1/sessions/%1/files/%2").arg(ApiClient::pathSegment(m_sessionId), segments.join(u'/'))));
    connect(m_reply, &QNetworkReply::readyRead, this, &FileDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FileDownload::onFinished);
}

void FileDownload::cancel()
{
    if (m_reply)
        m_reply->abort();
}

void FileDownload::onReadyRead()
{
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400)
        return; // an error body, read at the end
    const QByteArray bytes = m_reply->readAll();
    if (m_file.write(bytes) != bytes.size()) {
        fail(ApiError::badResponse(tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()), {}));
        return;
    }
    m_received += bytes.size();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    Q_EMIT progress(m_received, length.isValid() ? length.toLongLong() : -1);
}

void FileDownload::onFinished()
{
    if (m_done)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        fail(ApiError::fromHttp(status, m_reply->readAll(), m_reply->rawHeader("Retry-After")));
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        fail(ApiError::fromNetwork(m_reply->error(), m_reply->errorString()));
        return;
    }
    onReadyRead();
    if (m_done)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != m_received) {
        fail(ApiError::badResponse(tr("the download ended after %1 of %2 bytes").arg(m_received).arg(length.toLongLong()), {}));
        return;
    }
    // A failed commit is a failed download, never a silent success.
    if (!m_file.commit()) {
        fail(ApiError::badResponse(tr("cannot save %1: %2").arg(m_file.fileName(), m_file.errorString()), {}));
        return;
    }
    m_done = true;
    m_reply->deleteLater();
    m_reply = nullptr;
    Q_EMIT finished(true, {});
}

void FileDownload::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_file.cancelWriting();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(false, error);
}

} // namespace pokee
