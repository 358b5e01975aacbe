#include "mcp/StdioTransport.h"

#include "platform/ChildProcess.h"
#include "platform/LoginShellPath.h"

#include <QTimer>

namespace pokee::mcp {

StdioTransport::StdioTransport(const Launch &launch, QObject *parent)
    : McpTransport(parent), m_launch(launch), m_stopTimer(new QTimer(this))
{
    m_stopTimer->setSingleShot(true);
    connect(m_stopTimer, &QTimer::timeout, this, [this] {
        if (m_process.state() == QProcess::NotRunning)
            return;
        if (m_stopStep == 1) { // stdin closed and still running: terminate
            m_stopStep = 2;
            m_process.terminate();
            m_stopTimer->start(GraceMs);
        } else { // still there: the whole tree goes
            child_process::killTree(m_process);
        }
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &StdioTransport::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        for (const QString &line : m_log.append(m_process.readAllStandardError()))
            Q_EMIT logLine(line);
    });
    connect(&m_process, &QProcess::started, this, &McpTransport::started);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_closedSaid)
            return;
        m_closedSaid = true;
        Q_EMIT closed(tr("%1 could not be started: %2").arg(m_launch.program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, &StdioTransport::onFinished);
}

StdioTransport::~StdioTransport()
{
    disconnect(&m_process, nullptr, this, nullptr);
    if (m_process.state() != QProcess::NotRunning) {
        child_process::killTree(m_process);
        m_process.waitForFinished(1000);
    }
}

QString StdioTransport::commandLine() const
{
    QStringList parts{m_launch.program};
    for (const QString &a : m_launch.arguments)
        parts << (a.isEmpty() || a.contains(u' ') || a.contains(u'"') || a.contains(u'\'')
                      ? u'"' + QString(a).replace(u'"', QStringLiteral("\\\"")) + u'"'
                      : a);
    return parts.join(u' ');
}

void StdioTransport::start()
{
    child_process::prepare(m_process);
    QProcessEnvironment env = m_process.processEnvironment();
    env.insert(m_launch.environment);
#ifndef Q_OS_WIN
    // Started from the desktop, the app lacks what the login shell adds to PATH (nvm, Homebrew,
    // ~/.local/bin): `npx` and `uvx` are found there too.
    env.insert(QStringLiteral("PATH"), login_shell::merged(env.value(QStringLiteral("PATH")), login_shell::path()));
#endif
    m_process.setProcessEnvironment(env);
    QString program = login_shell::resolve(m_launch.program, env.value(QStringLiteral("PATH")));
    QStringList arguments = m_launch.arguments;
    if (program.isEmpty()) {
        const QString why = tr("%1 was not found: it is on neither the PATH the app has nor your login shell's (%2); "
                               "give its full path")
                                .arg(m_launch.program, env.value(QStringLiteral("PATH")));
        QTimer::singleShot(0, this, [this, why] {
            if (!std::exchange(m_closedSaid, true))
                Q_EMIT closed(why);
        });
        return;
    }
#ifdef Q_OS_WIN
    // npx, uvx and friends are .cmd shims on Windows, which only cmd.exe runs.
    if (program.endsWith(QStringLiteral(".cmd"), Qt::CaseInsensitive) || program.endsWith(QStringLiteral(".bat"), Qt::CaseInsensitive)) {
        arguments.prepend(program);
        arguments.prepend(QStringLiteral("/c"));
        program = qEnvironmentVariable("COMSPEC", QStringLiteral("cmd.exe"));
    }
#endif
    if (!m_launch.workingDirectory.isEmpty())
        m_process.setWorkingDirectory(m_launch.workingDirectory);
    m_closedSaid = false;
    m_stopStep = 0;
    m_buffer.clear();
    m_scanned = 0;
    m_skipping = false;
    m_process.start(program, arguments);
}

void StdioTransport::send(const QByteArray &message)
{
    if (m_process.state() != QProcess::Running)
        return;
    m_process.write(message);
    m_process.write("\n", 1);
}

void StdioTransport::stop()
{
    if (m_process.state() == QProcess::NotRunning || m_stopStep > 0)
        return;
    m_stopStep = 1;
    m_process.closeWriteChannel(); // a well-behaved server ends when its input does
    m_stopTimer->start(GraceMs);
}

void StdioTransport::readOutput()
{
    m_buffer.append(m_process.readAllStandardOutput());
    qsizetype from = 0;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', qMax(from, m_scanned));
        if (newline < 0)
            break;
        if (m_skipping) {
            m_skipping = false; // the end of the line too long to keep
        } else {
            QByteArrayView line(m_buffer.constData() + from, newline - from);
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.trimmed().isEmpty())
                Q_EMIT messageReceived(line.toByteArray());
        }
        from = newline + 1;
        m_scanned = from;
    }
    m_buffer.remove(0, from);
    m_scanned = m_buffer.size();
    if (m_buffer.size() > MaxLineBytes) { // a line without end in sight: dropped as it comes
        if (!m_skipping)
            Q_EMIT messageRefused(tr("a line longer than %1 MB, skipped").arg(MaxLineBytes / (1024 * 1024)));
        m_skipping = true;
        m_buffer.clear();
        m_scanned = 0;
    }
}

void StdioTransport::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_stopTimer->stop();
    if (m_closedSaid)
        return;
    m_closedSaid = true;
    const QString last = m_log.lastLine();
    QString why = status == QProcess::CrashExit ? tr("the server crashed") : tr("the server exited with code %1").arg(exitCode);
    if (m_stopStep > 0)
        why = tr("the server was stopped");
    if (!last.isEmpty())
        why += tr(" (its last words: %1)").arg(last);
    Q_EMIT closed(why);
}

} // namespace pokee::mcp
