#include "files/FileDownload.h"

#include "api/ApiClient.h"
#include "api/ReplyRelease.h"
#include "files/PartOrigin.h"
#include "files/SafeLocalName.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <limits>

namespace pokee {

namespace {

// "bytes 100-199/1000" -> (100, 1000); (-1, -1) when it does not read.
std::pair<qint64, qint64> contentRange(const QByteArray &header)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$)"));
    const auto m = re.match(QString::fromLatin1(header));
    if (!m.hasMatch())
        return {-1, -1};
    return {m.captured(1).toLongLong(), m.captured(3) == u"*" ? -1 : m.captured(3).toLongLong()};
}

// "bytes */1000" (a 416's) -> 1000, else -1.
qint64 unsatisfiedRangeTotal(const QByteArray &header)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*bytes\s+\*/(\d+)\s*$)"));
    const auto m = re.match(QString::fromLatin1(header));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

// A byte count for choosing a plural form (tr()'s n is an int): the count itself when it fits,
// else its last six digits above a million, which the usual plural rules treat like the count.
int pluralCount(qint64 n)
{
    return n <= std::numeric_limits<int>::max() ? int(n) : int(1000000 + n % 1000000);
}

} // namespace

FileDownload::FileDownload(ApiClient *api, const QString &sessionId, const QString &remotePath, const QString &target,
                           QObject *parent)
    : QObject(parent), m_api(api), m_sessionId(sessionId), m_remotePath(remotePath), m_target(target),
      m_part(target + QStringLiteral(".part"))
{
}

FileDownload::~FileDownload()
{
    releaseReply();
    m_part.close();
}

QString FileDownload::safeFileName(const QString &remotePath)
{
    return SafeLocalName::relativePath(remotePath).section(u'/', -1);
}

void FileDownload::start()
{
    m_done = false;
    m_restarted = false;
    m_savedAs.clear();
    // A part file is continued only when it is a part of this very file (its origin says so);
    // anything else left under the name is started over, never appended to.
    qint64 have = 0;
    m_origin = PartOrigin::read(m_part.fileName());
    if (m_resume && QFileInfo(m_part.fileName()).isFile() && m_origin.sameFile(m_sessionId, m_remotePath))
        have = QFileInfo(m_part.fileName()).size();
    request(have);
}

void FileDownload::request(qint64 from)
{
    releaseReply();
    m_part.close();
    // Checked again when it is opened (a queued download may start minutes after its name was
    // chosen): the part file is a plain file inside the target's folder, or nothing is written.
    const QFileInfo partInfo(m_part.fileName());
    if (partInfo.isSymLink() || (partInfo.exists() && !partInfo.isFile()) ||
        !SafeLocalName::isInside(QFileInfo(m_target).absolutePath(), m_part.fileName()))
        return fail(ApiError::badResponse(tr("%1 is not a plain file in the download folder: nothing is written to it")
                                              .arg(QDir::toNativeSeparators(m_part.fileName())), {}));
    // The last bytes we have are asked for again and compared before anything is appended: the
    // API has no ETag, so this overlap is the proof that the server's file is still the one
    // the part file began (a later turn may have rewritten it with the same size).
    m_expectedOverlap.clear();
    m_verified = 0;
    if (from > 0) {
        QFile tail(m_part.fileName());
        const qint64 overlap = qMin(from, VerifyBytes);
        if (!tail.open(QIODevice::ReadOnly) || !tail.seek(from - overlap) ||
            (m_expectedOverlap = tail.read(overlap)).size() != overlap)
            from = 0; // unreadable: start over
    }
    if (from == 0)
        PartOrigin::remove(m_part.fileName()); // written anew when the server describes the file
    // Appending to what a cut download left, or starting afresh.
    // Unbuffered: the chunks are large already, a second copy through QFile's buffer is waste.
    const QIODevice::OpenMode mode = (from > 0 ? QIODevice::WriteOnly | QIODevice::Append
                                               : QIODevice::WriteOnly | QIODevice::Truncate) | QIODevice::Unbuffered;
    if (!m_part.open(mode)) {
        fail(ApiError::badResponse(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()), {}));
        return;
    }
    m_received = from;
    m_resumedFrom = from;
    m_total = -1;
    m_accepting = false;
    QString error;
    QNetworkRequest req = m_api->workspaceFileRequest(m_sessionId, m_remotePath, &error);
    if (!error.isEmpty())
        return fail(ApiError::badResponse(error, {}));
    if (from > 0)
        req.setRawHeader("Range", "bytes=" + QByteArray::number(from - m_expectedOverlap.size()) + '-');
    m_reply = m_api->network()->get(req);
    m_reply->setReadBufferSize(ReadBufferBytes); // the disk sets the pace, not memory
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FileDownload::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &FileDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FileDownload::onFinished);
}

void FileDownload::onHeaders()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (status == 206) {
        const auto [first, total] = contentRange(m_reply->rawHeader("Content-Range"));
        // Another size than the part file's origin announced is another file.
        const bool sameSize = m_origin.total < 0 || total == m_origin.total;
        if (first != m_resumedFrom - m_expectedOverlap.size() || !sameSize) {
            if (m_restarted)
                return fail(ApiError::badResponse(tr("the server sent the wrong part of the file"), {}));
            m_restarted = true;
            return request(0); // not where we are, or not the same file: start over, once
        }
        m_total = total;
        m_accepting = true;
    } else if (status == 200) {
        if (m_resumedFrom > 0) {
            // The whole file again: what the part file holds is dropped, not appended to.
            m_part.close();
            if (!m_part.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
                return fail(ApiError::badResponse(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()), {}));
            m_received = 0;
            m_resumedFrom = 0;
        }
        m_total = length.isValid() ? length.toLongLong() : -1;
        m_accepting = true;
        // What this part file is a part of, for a later resume. Without it (a write that
        // failed), a resume starts over: slower, never wrong.
        m_origin = PartOrigin{m_sessionId, m_remotePath, m_total};
        m_origin.write(m_part.fileName());
    }
    // Anything else (416, 4xx, 5xx) is read whole at the end, never written to the file.
}

void FileDownload::onReadyRead()
{
    if (!m_accepting || m_done)
        return;
    // One buffer for the life of the download: no allocation per chunk.
    if (m_chunk.size() != ChunkBytes)
        m_chunk.resize(ChunkBytes);
    while (m_reply && m_reply->bytesAvailable() > 0) {
        if (m_verified < m_expectedOverlap.size()) {
            const qint64 want = m_expectedOverlap.size() - m_verified;
            const qint64 n = m_reply->read(m_chunk.data(), qMin(want, qint64(m_chunk.size())));
            if (n <= 0)
                break;
            if (QByteArrayView(m_chunk.constData(), n) != QByteArrayView(m_expectedOverlap).sliced(m_verified, n)) {
                // The bytes before the cut are not the server's any more: the file changed.
                if (m_restarted)
                    return fail(ApiError::badResponse(tr("the file changed on the server while it was downloaded"), {}));
                m_restarted = true;
                return request(0);
            }
            m_verified += n;
            continue;
        }
        const qint64 n = m_reply->read(m_chunk.data(), m_chunk.size());
        if (n <= 0)
            break;
        if (m_part.write(m_chunk.constData(), n) != n) {
            fail(ApiError::badResponse(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()), {}));
            return;
        }
        m_received += n;
    }
    Q_EMIT progress(m_received, m_total);
}

void FileDownload::onFinished()
{
    if (m_done || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 416 && m_resumedFrom > 0) {
        // Asked from past the end: whole already if the part is exactly the file's size.
        const qint64 total = unsatisfiedRangeTotal(m_reply->rawHeader("Content-Range"));
        if (total == m_resumedFrom) {
            m_total = total;
            return complete();
        }
        if (!m_restarted) {
            m_restarted = true;
            return request(0);
        }
    }
    if (!m_accepting) {
        if (status >= 400)
            return fail(ApiError::fromHttp(status, m_reply->readAll(), m_reply->rawHeader("Retry-After")));
        if (m_reply->error() != QNetworkReply::NoError)
            return fail(status > 0 ? ApiError::connectionBroke(m_reply->error(), m_reply->errorString())
                                   : ApiError::fromNetwork(m_reply->error(), m_reply->errorString()));
        return fail(ApiError::badResponse(tr("the server answered HTTP %1 instead of the file").arg(status), {}));
    }
    onReadyRead();
    if (m_done)
        return;
    if (m_reply->error() != QNetworkReply::NoError) // the server had answered: it broke off
        return fail(ApiError::connectionBroke(m_reply->error(), m_reply->errorString()));
    if (m_total >= 0 && m_received != m_total)
        // The server had answered and the body stopped short: the connection broke off (a
        // clean close mid-body reads as no error to Qt), whatever Qt calls it.
        //: %1 and %2 are byte counts, written as the language writes numbers
        return fail(ApiError::connectionBroke(QNetworkReply::RemoteHostClosedError,
                                              tr("the download ended after %1 of %2 byte(s)", nullptr, pluralCount(m_total))
                                                  .arg(QLocale().toString(m_received), QLocale().toString(m_total))));
    complete();
}

void FileDownload::complete()
{
    if (!m_part.flush()) {
        return fail(ApiError::badResponse(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_part.fileName()), m_part.errorString()), {}));
    }
    m_part.close();
    if (m_total >= 0 && QFileInfo(m_part.fileName()).size() != m_total)
        //: %1 and %2 are byte counts, written as the language writes numbers
        return fail(ApiError::badResponse(tr("the file on disk has %1 of %2 byte(s)", nullptr, pluralCount(m_total))
                                              .arg(QLocale().toString(QFileInfo(m_part.fileName()).size()),
                                                   QLocale().toString(m_total)),
                                          {}));
    Q_EMIT progress(m_received, m_total >= 0 ? m_total : m_received); // whole, before it takes its name
    if (m_done)
        return; // a slot cancelled it
    // QFile::rename never overwrites: a file that appeared under the name meanwhile stays,
    // and this one takes a free name beside it.
    QString saved = m_target;
    if (QFileInfo::exists(saved)) {
        QString error;
        saved = SafeLocalName::target(QFileInfo(m_target).absolutePath(), QFileInfo(m_target).fileName(), &error);
        if (saved.isEmpty())
            return fail(ApiError::badResponse(error, {}));
    }
    if (!QFile::rename(m_part.fileName(), saved))
        return fail(ApiError::badResponse(tr("cannot rename %1 to %2").arg(QDir::toNativeSeparators(m_part.fileName()),
                                                                        QDir::toNativeSeparators(saved)), {}));
    PartOrigin::remove(m_part.fileName());
    m_savedAs = saved;
    m_done = true;
    releaseReply();
    Q_EMIT finished(true, {});
}

void FileDownload::cancel()
{
    if (m_done)
        return;
    fail(ApiError::fromNetwork(QNetworkReply::OperationCanceledError, tr("cancelled")));
}

void FileDownload::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    releaseReply();
    m_part.close(); // kept: a retry resumes from it...
    if (QFileInfo(m_part.fileName()).size() == 0) {
        m_part.remove(); // ...unless there is nothing to resume
        PartOrigin::remove(m_part.fileName());
    }
    Q_EMIT finished(false, error);
}

void FileDownload::releaseReply()
{
    pokee::releaseReply(m_reply, this);
}

} // namespace pokee
