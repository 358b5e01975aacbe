#pragma once

#include "mcp/McpTransport.h"
#include "mcp/ServerLog.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

class QTimer;

namespace pokee::mcp {

// An MCP server as a process: one JSON-RPC message per line on its stdin and stdout, its
// stderr kept in a bounded ServerLog. It starts with the minimal environment the MCP SDKs
// give a server (child_process::minimalEnvironment) plus its own configured variables, in a
// process tree of its own; stopping closes its stdin, then terminates it after a grace, then
// kills what is left of the tree. A line longer than MaxLineBytes is skipped (said, not kept).
class StdioTransport : public McpTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StdioTransport)
public:
    struct Launch
    {
        QString program;
        QStringList arguments;
        QProcessEnvironment environment; // the server's own, added to the minimal one
        QString workingDirectory;
    };
    static constexpr qsizetype MaxLineBytes = 32 * 1024 * 1024;
    static constexpr int GraceMs = 2000; // after stdin closes, and again after terminate

    explicit StdioTransport(const Launch &launch, QObject *parent = nullptr);
    ~StdioTransport() override;

    void start() override;
    void send(const QByteArray &message) override;
    void stop() override;
    bool isOpen() const override { return m_process.state() == QProcess::Running; }
    QString lastLogLine() const override { return m_log.lastLine(); }
    const ServerLog &log() const override { return m_log; }
    qint64 processId() const { return m_process.processId(); }
    // What was started, as a user would type it (for the consent dialog and the log).
    QString commandLine() const;

private:
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    Launch m_launch;
    QProcess m_process;
    ServerLog m_log;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer known to hold no newline
    bool m_skipping = false; // inside a line too long to keep, until its newline
    QTimer *m_stopTimer;
    int m_stopStep = 0;
    bool m_closedSaid = false;
};

} // namespace pokee::mcp
