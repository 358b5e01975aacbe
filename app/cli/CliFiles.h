#pragma once

#include "cli/CliCommands.h"

#include <QElapsedTimer>

namespace pokee {
class DownloadModel;
struct FileEntry;
} // namespace pokee

namespace pokee::cli {

// `pokee files SID [--path P] [--json]` and `pokee get SID PATH [-o FILE|DIR]`,
// `pokee get SID --all [--path P] [-o DIR]`: the app's FileListModel and DownloadModel, so
// the same safe names, part files and resume — a progress line on stderr when it is a
// terminal, and exit 1 with a sentence for each file that could not be saved.
class CliFiles : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliFiles)
public:
    CliFiles(const Options &options, CliOutput &out, ApiClient *api, QObject *parent = nullptr);

    // Starts the command; finished() follows. Returns an exit code at once for usage errors.
    int run();

Q_SIGNALS:
    void finished(int code);

private:
    void list(const QString &sid);
    int getOne(const QString &sid, const QString &remotePath);
    void getAll(const QString &sid);
    void watch();
    void printProgress(bool last);
    void finish(int code);

    Options m_options;
    CliOutput &m_out;
    ApiClient *m_api;            // not owned
    DownloadModel *m_downloads;  // parent: this
    QStringList m_failures;
    int m_saved = 0;
    bool m_walking = false;
    bool m_terminal = false;
    bool m_finished = false;
    int m_exitCode = 0;
    QElapsedTimer m_lastLine;
};

} // namespace pokee::cli
