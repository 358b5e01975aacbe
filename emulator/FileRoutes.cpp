// GET /v1/sessions/{id}/files[?path=] lists a folder; GET /v1/sessions/{id}/files/<path>
// streams a file, with HTTP Range support.
#include "EmulatorContext.h"
#include "HttpReplies.h"
#include "Routes.h"

#include <QHttpServer>
#include <QRegularExpression>
#include <QUrlQuery>

namespace pokee::emu {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

struct ByteRange
{
    qint64 first = 0;
    qint64 last = -1; // inclusive
    bool valid = false;
};

// One range of "bytes=a-b", "bytes=a-" or "bytes=-n"; several ranges are served whole.
ByteRange parseRange(const QByteArray &header, qint64 size, bool &present)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$)"));
    const auto m = re.match(QString::fromLatin1(header));
    present = m.hasMatch();
    ByteRange r;
    if (!present)
        return r;
    const QString a = m.captured(1), b = m.captured(2);
    if (a.isEmpty() && b.isEmpty())
        return r;
    if (a.isEmpty()) { // the last n bytes
        const qint64 n = b.toLongLong();
        if (n <= 0)
            return r;
        r.first = qMax<qint64>(0, size - n);
        r.last = size - 1;
    } else {
        r.first = a.toLongLong();
        r.last = b.isEmpty() ? size - 1 : qMin(b.toLongLong(), size - 1);
    }
    r.valid = r.first <= r.last && r.first < size;
    return r;
}

void listFiles(const QString &sid, const QHttpServerRequest &req, QHttpServerResponder &res, EmulatorContext &ctx)
{
    EmuSession *s = ctx.sessions().find(sid);
    if (!s)
        return replySessionNotFound(res, sid);
    const QString path = req.query().queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    const QString folder = Workspace::normalise(path);
    if (folder.isEmpty() && path.contains(u".."))
        return replyError(res, Status::BadRequest, QStringLiteral("invalid_request_error"),
                          QStringLiteral("The path %1 leaves the workspace.").arg(path));
    if (!s->workspace.isDirectory(folder))
        return replyError(res, Status::NotFound, QStringLiteral("not_found"),
                          QStringLiteral("There is no folder %1 in the workspace.").arg(path));
    // The documented examples iterate the answer directly: it is a JSON array.
    replyJsonArray(res, s->workspace.list(folder));
}

} // namespace

bool serveFileRequest(const QHttpServerRequest &req, QHttpServerResponder &res, EmulatorContext &ctx)
{
    static const QRegularExpression re(QStringLiteral("^/v1/sessions/([^/]+)/files/(.+)$"));
    const auto m = re.match(req.url().path(QUrl::FullyDecoded));
    if (!m.hasMatch())
        return false;
    if (!ctx.admit(req, res))
        return true;
    if (req.method() != Method::Get && req.method() != Method::Head) {
        replyError(res, Status::MethodNotAllowed, QStringLiteral("invalid_request_error"),
                   QStringLiteral("Files are read with GET."));
        return true;
    }
    EmuSession *s = ctx.sessions().find(m.captured(1));
    if (!s) {
        replySessionNotFound(res, m.captured(1));
        return true;
    }
    const QString path = m.captured(2);
    const Workspace::File *file = s->workspace.file(path);
    if (!file) {
        replyError(res, Status::NotFound, QStringLiteral("not_found"),
                   QStringLiteral("There is no file %1 in the workspace.").arg(path));
        return true;
    }
    const qint64 size = file->data.size();
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, Workspace::contentType(path).toLatin1());
    headers.append(QHttpHeaders::WellKnownHeader::AcceptRanges, "bytes");
    bool rangeAsked = false;
    const ByteRange range = parseRange(req.headers().value(QHttpHeaders::WellKnownHeader::Range).toByteArray(), size, rangeAsked);
    if (rangeAsked && !range.valid) {
        headers.append(QHttpHeaders::WellKnownHeader::ContentRange, "bytes */" + QByteArray::number(size));
        replyError(res, Status::RequestRangeNotSatisfiable, QStringLiteral("invalid_request_error"),
                   QStringLiteral("The range is outside the file's %1 bytes.").arg(size), headers);
        return true;
    }
    if (rangeAsked) {
        headers.append(QHttpHeaders::WellKnownHeader::ContentRange,
                       "bytes " + QByteArray::number(range.first) + '-' + QByteArray::number(range.last) + '/' +
                           QByteArray::number(size));
        res.write(file->data.mid(range.first, range.last - range.first + 1), headers, Status::PartialContent);
        return true;
    }
    res.write(file->data, headers, Status::Ok); // Content-Length is set by the server
    return true;
}

void installFileRoutes(QHttpServer &http, EmulatorContext &ctx)
{
    http.route(QStringLiteral("/v1/sessions/<arg>/files"), Method::Get, &ctx,
               [&ctx](const QString &sid, const QHttpServerRequest &req, QHttpServerResponder &res) {
                   if (ctx.admit(req, res))
                       listFiles(sid, req, res, ctx);
               });
}

} // namespace pokee::emu
