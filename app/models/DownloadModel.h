#pragma once

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace pokee {

class ApiClient;
class FileDownload;
class FolderWalker;

// One file to fetch, and where it stands.
struct DownloadItem
{
    enum class State { Queued, Downloading, Done, Failed, Cancelled };

    int id = 0;
    QString sessionId;
    QString remotePath;  // names it on the server
    QString serverName;  // as the server named it (shown when the local name differs)
    QString target;      // the file it becomes (safe, inside the chosen folder)
    QString savedAs;     // where it was saved in the end
    State state = State::Queued;
    qint64 received = 0;
    qint64 total = -1;
    qint64 resumedFrom = 0; // the part file's bytes the last run went on from (0: from the start)
    double bytesPerSecond = 0;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    QString message; // the last sentence about it

    qint64 secondsLeft() const
    {
        return total > 0 && bytesPerSecond > 1 ? qint64((total - received) / bytesPerSecond) : -1;
    }
    bool isActive() const { return state == State::Queued || state == State::Downloading; }
};

// The download queue, for the file dock, the status bar and `pokee get`: files are fetched
// a few at a time (FileDownload: to a part file, renamed when whole), each with its
// progress, speed and time left; a failed or cancelled one is retried where it stopped; a
// folder is walked and every file in it queued under the same tree. Progress reaches views
// at most ten times a second, whatever the network does.
class DownloadModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SessionIdRole,
        RemotePathRole,
        ServerNameRole,
        TargetRole,
        SavedAsRole,
        StateRole,      // DownloadItem::State as int
        ReceivedRole,
        TotalRole,
        SpeedRole,      // bytes per second
        SecondsLeftRole,
        MessageRole,
    };
    Q_ENUM(Role)

    explicit DownloadModel(ApiClient *api, QObject *parent = nullptr);
    ~DownloadModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMaxParallel(int n) { m_maxParallel = qMax(1, n); }
    // Queues one file into `folder`, under `localRelative` (a safe relative path; the
    // server's name made safe when empty). Returns the item id, or 0 with `error` set.
    int enqueue(const QString &sessionId, const QString &remotePath, const QString &serverName, const QString &folder,
                QString *error, const QString &localRelative = {});
    // Walks `remoteFolder` and queues every file in it under folder/<its name>/…
    void enqueueFolder(const QString &sessionId, const QString &remoteFolder, const QString &folder);
    // Whether a cut download left a part file to resume from: reuse the target then.
    void setResumeExisting(bool resume) { m_resumeExisting = resume; }

    void cancel(int id);
    void retry(int id);
    // Forgets the finished, failed and cancelled items (their part files are removed).
    void clearInactive();

    const DownloadItem *find(int id) const;
    int rowOf(int id) const;
    const DownloadItem &at(int row) const { return m_items.at(row); }
    int activeCount() const;
    // The whole queue's progress: bytes received and expected (-1 when a size is unknown).
    std::pair<qint64, qint64> totals() const;

Q_SIGNALS:
    void itemFinished(int id, bool ok, const QString &message);
    // A folder walk ended: `queued` files, and a sentence when it stopped early.
    void folderQueued(const QString &remoteFolder, int queued, bool ok, const QString &message);
    void activeCountChanged(int count);

private:
    void pump();
    void pumpOnce();
    void startItem(int row);
    void onProgress(int id, qint64 received, qint64 total);
    void onFinished(int id, bool ok, const QString &message);
    void flushProgress();
    void changed(int row, const QList<int> &roles);

    ApiClient *m_api; // not owned
    QList<DownloadItem> m_items;
    QHash<int, QPointer<FileDownload>> m_jobs;
    QHash<int, QElapsedTimer> m_clocks; // per running item, for its speed
    QSet<int> m_dirty;
    QTimer m_progressTimer;
    QSet<QString> m_taken; // targets given out and not yet on disk
    int m_nextId = 1;
    int m_maxParallel = 3;
    bool m_resumeExisting = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace pokee
