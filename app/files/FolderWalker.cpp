#include "files/FolderWalker.h"

#include "api/ApiClient.h"
#include "files/SafeLocalName.h"

#include <QUrlQuery>

namespace pokee {

FolderWalker::FolderWalker(ApiClient *api, const QString &sessionId, QObject *parent)
    : QObject(parent), m_api(api), m_sessionId(sessionId)
{
}

void FolderWalker::start(const QString &folder, const QString &localRoot)
{
    m_queue = {{folder, localRoot, 0}};
    next();
}

void FolderWalker::cancel()
{
    m_cancelled = true;
    delete m_call.data(); // an abort would be reported as a failed call (the status bar's "unreachable")
}

void FolderWalker::next()
{
    if (m_cancelled)
        return;
    // Folders listed already are skipped in a loop (a hostile list can name one many times).
    while (!m_queue.isEmpty() && m_listed.contains(m_queue.constFirst().folder))
        m_queue.removeFirst();
    if (m_queue.isEmpty())
        return Q_EMIT finished(true, {});
    const Pending at = m_queue.takeFirst();
    m_listed.insert(at.folder);
    QUrlQuery query;
    if (!at.folder.isEmpty())
        query.addQueryItem(QStringLiteral("path"), at.folder);
    m_call = m_api->get(QStringLiteral("/v1/sessions/%1/files").arg(ApiClient::pathSegment(m_sessionId)), query);
    connect(m_call, &ApiCall::finished, this, [this, at](const ApiResult &r) {
        m_call = nullptr;
        QList<FileEntry> entries;
        QString error;
        if (!r.ok())
            return Q_EMIT finished(false, at.folder.isEmpty()
                                              ? tr("Could not list the workspace: %1").arg(r.error.userMessage())
                                              : tr("Could not list %1: %2").arg(at.folder, r.error.userMessage()));
        if (!FileEntry::parseList(r.json, at.folder, entries, &error))
            return Q_EMIT finished(false, tr("Could not list %1: %2").arg(at.folder, error));
        for (const FileEntry &e : std::as_const(entries)) {
            if (++m_entries > MaxEntries)
                return Q_EMIT finished(false, tr("Stopped after %n entries: the folder is larger than a download takes.",
                                                     nullptr, int(MaxEntries)));
            const QString local = at.local.isEmpty() ? e.localName : at.local + u'/' + e.localName;
            if (e.isDirectory) {
                if (at.depth + 1 > MaxDepth)
                    return Q_EMIT finished(false, tr("Stopped at %n folders deep: %1 goes deeper.", nullptr, int(MaxDepth))
                                                      .arg(e.path));
                if (!m_listed.contains(e.path))
                    m_queue.append({e.path, local, at.depth + 1});
            } else {
                Q_EMIT found({e, local});
            }
        }
        next();
    });
}

} // namespace pokee
