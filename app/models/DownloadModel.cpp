#include "models/DownloadModel.h"
#include "files/SizeText.h"

#include "files/PartOrigin.h"

#include "files/FileDownload.h"
#include "files/FolderWalker.h"
#include "files/SafeLocalName.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <memory>

namespace pokee {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

DownloadModel::DownloadModel(ApiClient *api, QObject *parent) : QAbstractListModel(parent), m_api(api)
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &DownloadModel::flushProgress);
}

DownloadModel::~DownloadModel()
{
    for (const QPointer<FileDownload> &job : std::as_const(m_jobs))
        if (job)
            job->disconnect(this);
}

int DownloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant DownloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DownloadItem &d = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return QDir(d.target).dirName();
    case IdRole: return d.id;
    case SessionIdRole: return d.sessionId;
    case RemotePathRole: return d.remotePath;
    case ServerNameRole: return d.serverName;
    case TargetRole: return d.target;
    case SavedAsRole: return d.savedAs;
    case StateRole: return int(d.state);
    case ReceivedRole: return d.received;
    case TotalRole: return d.total;
    case SpeedRole: return d.bytesPerSecond;
    case SecondsLeftRole: return d.secondsLeft();
    case MessageRole: return d.message;
    default: return {};
    }
}

QHash<int, QByteArray> DownloadModel::roleNames() const
{
    return {{IdRole, "id"},         {SessionIdRole, "sessionId"}, {RemotePathRole, "remotePath"},
            {ServerNameRole, "serverName"}, {TargetRole, "target"}, {SavedAsRole, "savedAs"},
            {StateRole, "state"},   {ReceivedRole, "received"},   {TotalRole, "total"},
            {SpeedRole, "speed"},   {SecondsLeftRole, "secondsLeft"}, {MessageRole, "message"}};
}

int DownloadModel::enqueue(const QString &sessionId, const QString &remotePath, const QString &serverName,
                           const QString &folder, QString *error, const QString &localRelative)
{
    const QString relative = localRelative.isEmpty() ? SafeLocalName::segment(serverName.isEmpty() ? remotePath.section(u'/', -1) : serverName)
                                                     : localRelative;
    const QString target = SafeLocalName::target(folder, relative, error, &m_taken, m_resumeExisting);
    if (target.isEmpty())
        return 0;
    DownloadItem d;
    d.id = m_nextId++;
    d.sessionId = sessionId;
    d.remotePath = remotePath;
    d.serverName = serverName;
    d.target = target;
    //: A download's state: queued, waiting for its turn
    d.message = tr("Waiting", "download state");
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(d);
    endInsertRows();
    Q_EMIT activeCountChanged(activeCount());
    pump();
    return d.id;
}

void DownloadModel::enqueueFolder(const QString &sessionId, const QString &remoteFolder, const QString &folder)
{
    auto *walker = new FolderWalker(m_api, sessionId, this);
    auto queued = std::make_shared<int>(0);
    auto refused = std::make_shared<QStringList>(); // files no safe place was found for, and why
    const QString root = remoteFolder.isEmpty() ? QStringLiteral("workspace")
                                                : SafeLocalName::segment(remoteFolder.section(u'/', -1, -1, QString::SectionSkipEmpty));
    connect(walker, &FolderWalker::found, this, [this, sessionId, folder, queued, refused](const FolderWalker::Found &f) {
        QString error;
        if (enqueue(sessionId, f.entry.path, f.entry.name, folder, &error, f.localRelative))
            ++*queued;
        else
            *refused << tr("%1 not saved: %2").arg(f.entry.path, error);
    });
    connect(walker, &FolderWalker::finished, this, [this, walker, remoteFolder, queued, refused](bool ok, const QString &message) {
        walker->deleteLater();
        QStringList said = *refused;
        if (!message.isEmpty())
            said.prepend(message);
        Q_EMIT folderQueued(remoteFolder, *queued, ok && refused->isEmpty(), said.join(u' '));
    });
    walker->start(remoteFolder, root);
}

void DownloadModel::pump()
{
    // A download can fail inside start() and call back here: the outer call goes on.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pumpOnce();
    } while (m_pumpAgain);
    m_pumping = false;
}

void DownloadModel::pumpOnce()
{
    int running = 0;
    for (const DownloadItem &d : std::as_const(m_items))
        running += d.state == DownloadItem::State::Downloading ? 1 : 0;
    for (qsizetype row = 0; row < m_items.size() && running < m_maxParallel; ++row) {
        if (m_items.at(row).state != DownloadItem::State::Queued)
            continue;
        startItem(int(row));
        ++running;
    }
}

void DownloadModel::startItem(int row)
{
    DownloadItem &d = m_items[row];
    d.state = DownloadItem::State::Downloading;
    d.startedMs = nowMs();
    d.bytesPerSecond = 0;
    //: A download's state: its request is on the way
    d.message = tr("Starting", "download state");
    const int id = d.id;
    auto *job = new FileDownload(m_api, d.sessionId, d.remotePath, d.target, this);
    m_jobs.insert(id, job);
    m_clocks[id].start();
    connect(job, &FileDownload::progress, this, [this, id](qint64 received, qint64 total) { onProgress(id, received, total); });
    connect(job, &FileDownload::finished, this, [this, id, job](bool ok, const ApiError &error) {
        const int r = rowOf(id);
        if (r >= 0 && ok) {
            m_items[r].savedAs = job->savedAs();
            m_items[r].resumedFrom = job->resumedFrom();
        }
        job->deleteLater();
        onFinished(id, ok, ok ? QString() : error.userMessage());
    });
    changed(row, {StateRole, MessageRole});
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
    job->start();
}

void DownloadModel::onProgress(int id, qint64 received, qint64 total)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    DownloadItem &d = m_items[row];
    d.received = received;
    d.total = total;
    const FileDownload *job = m_jobs.value(id);
    const qint64 ms = m_clocks.value(id).elapsed();
    if (job && ms > 250)
        d.bytesPerSecond = double(job->fetchedThisRun()) * 1000.0 / double(ms);
    m_dirty.insert(row);
}

void DownloadModel::flushProgress()
{
    for (int row : std::as_const(m_dirty)) {
        DownloadItem &d = m_items[row];
        if (d.state == DownloadItem::State::Downloading)
            //: A download's state
            d.message = tr("Downloading", "download state");
        changed(row, {ReceivedRole, TotalRole, SpeedRole, SecondsLeftRole, MessageRole});
    }
    m_dirty.clear();
    if (activeCount() == 0)
        m_progressTimer.stop();
}

void DownloadModel::onFinished(int id, bool ok, const QString &message)
{
    m_jobs.remove(id);
    m_clocks.remove(id);
    const int row = rowOf(id);
    if (row < 0)
        return;
    DownloadItem &d = m_items[row];
    m_taken.remove(d.target.toCaseFolded());
    d.finishedMs = nowMs();
    if (ok) {
        d.state = DownloadItem::State::Done;
        d.received = d.total >= 0 ? d.total : d.received;
        //: A download's state: the file is in the folder (as %1 when that name was taken)
        d.message = d.savedAs == d.target ? tr("Saved", "download state") : tr("Saved as %1").arg(QDir(d.savedAs).dirName());
    } else if (d.state != DownloadItem::State::Cancelled) {
        d.state = DownloadItem::State::Failed;
        //: %1 says why the download failed; %2 is how much of the file is kept, such as 1.2 MB
        d.message = d.received > 0 ? tr("%1 Retry goes on from %2.").arg(message, sizeText(d.received)) : message;
    }
    m_dirty.remove(row);
    changed(row, {StateRole, ReceivedRole, TotalRole, SavedAsRole, MessageRole, SecondsLeftRole});
    Q_EMIT itemFinished(id, ok, d.message);
    Q_EMIT activeCountChanged(activeCount());
    pump();
}

void DownloadModel::cancel(int id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_items.at(row).isActive())
        return;
    m_items[row].state = DownloadItem::State::Cancelled;
    m_items[row].message = tr("Cancelled; Retry goes on where it stopped.");
    if (FileDownload *job = m_jobs.value(id)) {
        job->cancel(); // finished() follows, and keeps the Cancelled state
    } else {
        m_taken.remove(m_items.at(row).target.toCaseFolded()); // never started: its name is free again
        changed(row, {StateRole, MessageRole});
        Q_EMIT activeCountChanged(activeCount());
    }
}

void DownloadModel::retry(int id)
{
    const int row = rowOf(id);
    if (row < 0 || m_items.at(row).isActive() || m_items.at(row).state == DownloadItem::State::Done)
        return;
    DownloadItem &d = m_items[row];
    if (m_taken.contains(d.target.toCaseFolded()) || QFileInfo::exists(d.target)) {
        // Another download holds the name now (or a file took it): this one takes a new name.
        QString error;
        const QString fresh = SafeLocalName::target(QFileInfo(d.target).absolutePath(), QFileInfo(d.target).fileName(), &error, &m_taken);
        if (fresh.isEmpty()) {
            d.message = error;
            changed(row, {MessageRole});
            return;
        }
        d.target = fresh;
    } else {
        m_taken.insert(d.target.toCaseFolded());
    }
    d.state = DownloadItem::State::Queued;
    d.message = tr("Waiting", "download state");
    changed(row, {StateRole, MessageRole});
    Q_EMIT activeCountChanged(activeCount());
    pump();
}

void DownloadModel::clearInactive()
{
    for (qsizetype row = m_items.size() - 1; row >= 0; --row) {
        const DownloadItem &d = m_items.at(row);
        if (d.isActive())
            continue;
        if (d.state != DownloadItem::State::Done)
        {
            QFile::remove(d.target + QStringLiteral(".part")); // nothing will resume it now
            PartOrigin::remove(d.target + QStringLiteral(".part"));
        }
        beginRemoveRows({}, int(row), int(row));
        m_items.removeAt(row);
        endRemoveRows();
    }
    m_dirty.clear();
}

const DownloadItem *DownloadModel::find(int id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_items.at(row) : nullptr;
}

int DownloadModel::rowOf(int id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return int(i);
    return -1;
}

int DownloadModel::activeCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const DownloadItem &d) { return d.isActive(); }));
}

std::pair<qint64, qint64> DownloadModel::totals() const
{
    qint64 received = 0, total = 0;
    for (const DownloadItem &d : m_items) {
        if (!d.isActive())
            continue;
        received += d.received;
        total = (total < 0 || d.total < 0) ? -1 : total + d.total;
    }
    return {received, total};
}

void DownloadModel::changed(int row, const QList<int> &roles)
{
    Q_EMIT dataChanged(index(row), index(row), roles);
}

} // namespace pokee
