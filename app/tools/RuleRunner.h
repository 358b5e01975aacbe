#pragma once

#include "tools/RuleSet.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

namespace pokee {

// What a rule answers for one tool call.
struct RuleAnswer
{
    QString output;
    bool isError = false;
    int exitCode = 0;    // command: the program's exit code (-1: did not start, timed out, crashed)
    QString detail;      // a sentence for the audit log and the inbox: "exited with 2", "timed out after 60 s"
    bool truncated = false;
};

// Runs one rule for one call. A reply rule answers at once; a command rule starts its program
// with the fixed argument list (QProcess: no shell ever sees the arguments), the call's
// arguments JSON on standard input, and answers with its standard output (at most 1 MiB) —
// or, on a non-zero exit, a crash or the timeout, with is_error and the tail of its stderr.
class RuleRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleRunner)
public:
    static constexpr qint64 MaxOutputBytes = 1024 * 1024;
    static constexpr qint64 StderrTailBytes = 4096;

    explicit RuleRunner(QObject *parent = nullptr);
    ~RuleRunner() override;

    // finished() follows exactly once (for a reply rule, before start() returns is never:
    // it is queued, so callers may connect after starting).
    void start(const ToolRule &rule, const QString &argumentsJson);
    void cancel();

    // ${args./json/pointer} replaced by the value at that pointer in the arguments: a string
    // JSON-escaped without its quotes (it sits inside a JSON string in a template), anything
    // else as compact JSON; a pointer that does not resolve gives an empty string.
    static QString expandTemplate(const QString &templateText, const QString &argumentsJson);

Q_SIGNALS:
    void finished(const pokee::RuleAnswer &answer);

private:
    void finish(const RuleAnswer &answer);
    void onReadyStdout();
    void onReadyStderr();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);

    QProcess *m_process = nullptr; // parent: this
    QTimer m_timeout;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_truncated = false;
    bool m_timedOut = false;
    bool m_done = false;
    int m_timeoutSeconds = 0;
    QString m_program;
};

} // namespace pokee
