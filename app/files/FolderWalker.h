#pragma once

#include "files/FileEntry.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace pokee {

class ApiCall;
class ApiClient;

// Lists a workspace folder and every folder below it, one GET .../files?path= at a time,
// and reports each file with where it goes locally: the chain of folder names it was found
// under (made safe segment by segment) and its own safe name — never the server's `path`,
// which only names it on the server. A hostile server cannot make it loop for ever: depth
// and entry counts are capped, and a folder is listed once.
class FolderWalker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderWalker)
public:
    static constexpr int MaxDepth = 32;
    static constexpr int MaxEntries = 100000;

    struct Found
    {
        FileEntry entry;
        QString localRelative; // "output/slides/deck.pptx", every segment safe
    };

    FolderWalker(ApiClient *api, const QString &sessionId, QObject *parent = nullptr);

    // Walks `folder` ("" for the root); files are reported under `localRoot` ("output").
    void start(const QString &folder, const QString &localRoot);
    void cancel();

Q_SIGNALS:
    void found(const pokee::FolderWalker::Found &file);
    // `ok` false with a sentence when a listing failed or a cap was reached; what was found
    // until then has been reported.
    void finished(bool ok, const QString &message);

private:
    struct Pending
    {
        QString folder;
        QString local;
        int depth = 0;
    };
    void next();

    ApiClient *m_api; // not owned
    QString m_sessionId;
    QList<Pending> m_queue;
    QSet<QString> m_listed;
    QPointer<ApiCall> m_call;
    int m_entries = 0;
    bool m_cancelled = false;
};

} // namespace pokee
