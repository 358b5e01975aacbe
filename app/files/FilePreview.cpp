#include "files/FilePreview.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/ReplyRelease.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringDecoder>

namespace pokee {

FilePreview::FilePreview(ApiClient *api, QObject *parent) : QObject(parent), m_api(api) {}

FilePreview::~FilePreview()
{
    cancel();
}

FilePreview::Kind FilePreview::kindOf(const QString &name, const QByteArray &head)
{
    const QString lower = name.toLower();
    static const QStringList images{QStringLiteral(".png"), QStringLiteral(".jpg"), QStringLiteral(".jpeg"),
                                    QStringLiteral(".gif"), QStringLiteral(".bmp"), QStringLiteral(".webp"),
                                    QStringLiteral(".svg")};
    for (const QString &ext : images)
        if (lower.endsWith(ext))
            return Kind::Image;
    if (head.startsWith("\x89PNG") || head.startsWith("\xff\xd8\xff") || head.startsWith("GIF8"))
        return Kind::Image;
    if (head.contains('\0'))
        return Kind::Other;
    // Valid UTF-8, allowing a character cut at the end of what was read.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(head);
    if (utf8.hasError())
        return Kind::Other;
    Q_UNUSED(text)
    if (lower.endsWith(QStringLiteral(".md")) || lower.endsWith(QStringLiteral(".markdown")))
        return Kind::Markdown;
    return Kind::Text;
}

void FilePreview::load(const QString &sessionId, const QString &remotePath, const QString &name)
{
    cancel();
    m_bytes.clear();
    m_truncated = false;
    m_name = name;
    QString error;
    QNetworkRequest req = m_api->workspaceFileRequest(sessionId, remotePath, &error);
    if (!error.isEmpty())
        return Q_EMIT failed(error);
    req.setRawHeader("Range", "bytes=0-" + QByteArray::number(MaxBytes - 1));
    m_reply = m_api->network()->get(req);
    m_reply->setReadBufferSize(256 * 1024);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300)
            return; // an error body, read at the end
        m_bytes += m_reply->read(MaxBytes - m_bytes.size());
        if (m_bytes.size() >= MaxBytes) {
            // A server that ignores the Range sends it all: enough is enough.
            m_truncated = true;
            releaseReply(m_reply, this);
            Q_EMIT loaded(kindOf(m_name, m_bytes.left(64 * 1024)), m_bytes, true);
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &FilePreview::onFinished);
}

void FilePreview::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 416 && reply->rawHeader("Content-Range").trimmed() == "bytes */0")
        return Q_EMIT loaded(kindOf(m_name, {}), {}, false); // an empty file: no range of it exists
    if (status >= 400)
        return Q_EMIT failed(ApiError::fromHttp(status, reply->readAll(), reply->rawHeader("Retry-After")).userMessage());
    if (reply->error() != QNetworkReply::NoError)
        return Q_EMIT failed(ApiError::fromNetwork(reply->error(), reply->errorString()).userMessage());
    m_bytes += reply->read(MaxBytes - m_bytes.size());
    const QByteArray range = reply->rawHeader("Content-Range"); // "bytes 0-4194303/9000000"
    const qsizetype slash = range.lastIndexOf('/');
    if (slash > 0 && range.mid(slash + 1).toLongLong() > m_bytes.size())
        m_truncated = true;
    Q_EMIT loaded(kindOf(m_name, m_bytes.left(64 * 1024)), m_bytes, m_truncated);
}

void FilePreview::cancel()
{
    releaseReply(m_reply, this);
}

} // namespace pokee
