#pragma once

#include "cli/CliCommands.h"
#include "models/SessionListModel.h"

namespace pokee {
class SessionDirectory;
class TurnManager;
} // namespace pokee

namespace pokee::cli {

// `pokee sessions list|show|delete|clean|create` and `pokee wait`: the app's SessionDirectory
// (the profile's journal merged with the server's list), printed instead of painted.
class CliSessions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSessions)
public:
    CliSessions(const Options &options, CliOutput &out, ApiClient *api, Journal *journal, QObject *parent = nullptr);

    // Starts the command; finished() follows. Returns an exit code at once for usage errors.
    int run();

    // "30m", "1h", "2d", "45s" or plain seconds; -1 when unreadable.
    static qint64 parseAge(const QString &text);

Q_SIGNALS:
    void finished(int code);

private:
    void list();
    void show(const QString &sid);
    void remove(const QString &sid);
    void clean(qint64 olderThan);
    void create();
    void wait(const QString &sid);
    QJsonObject rowJson(const SessionSummary &s) const;
    void printRows();
    void finish(int code); // finished() once, whatever else still answers
    QString rowText(const SessionSummary &s) const;

    Options m_options;
    CliOutput &m_out;
    ApiClient *m_api;           // not owned
    Journal *m_journal;         // not owned
    TurnManager *m_turns;       // parent: this
    SessionDirectory *m_dir;    // parent: this
    bool m_finished = false;
    bool m_sawError = false;    // a per-session refresh failed: the exit code says so
};

} // namespace pokee::cli
