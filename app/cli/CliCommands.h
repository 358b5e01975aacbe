#pragma once

#include "api/ApiClient.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace pokee::cli {

// Exit codes of `pokee`, stable for scripts.
enum ExitCode { Completed = 0, Failure = 1, Usage = 2, Cancelled = 3, TurnError = 4 };

struct Options
{
    Endpoint endpoint;
    bool json = false; // NDJSON on stdout
    QStringList args;  // the command and its arguments
};

// Runs one `pokee` command on the event loop and quits it with the exit code.
class CliCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommands)
public:
    CliCommands(const Options &options, QObject *parent = nullptr);

    // Starts the command; returns false (and prints why) when the arguments are wrong.
    bool start();

    static QString usage();

private:
    void sessionsCreate();
    void sessionsShow(const QString &id);
    void send(const QString &sessionId, const QString &message);
    void printJson(const QJsonObject &object);
    void done(int code);

    Options m_options;
    ApiClient *m_api; // parent: this
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace pokee::cli
