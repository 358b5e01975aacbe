#include "api/LocalEmulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace pokee {

LocalEmulator::LocalEmulator(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalEmulator::onOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (m_ready || m_failed)
            return;
        m_failed = true;
        Q_EMIT failed(tr("Could not start the local emulator (%1): %2")
                          .arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_ready) { // stop() disconnects first: this is an end nobody asked for
            m_endpoint = Endpoint{};
            Q_EMIT stopped(status == QProcess::CrashExit
                               ? tr("The local emulator stopped (it crashed or was killed).")
                               : tr("The local emulator stopped with exit code %1.").arg(code));
            return;
        }
        if (m_failed)
            return;
        m_failed = true;
        Q_EMIT failed(tr("The local emulator exited with code %1 before it was ready.").arg(code));
    });
}

LocalEmulator::~LocalEmulator()
{
    stop();
}

QString LocalEmulator::defaultProgram()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("pokee-emulator.exe");
#else
    const QString name = QStringLiteral("pokee-emulator");
#endif
    const QString candidate = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    return QFileInfo(candidate).isExecutable() ? candidate : QString();
}

void LocalEmulator::start(const QString &program, const QStringList &extraArguments)
{
    launch(program, QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extraArguments, -1);
}

void LocalEmulator::startOnOwnSocket(const QString &program)
{
#ifdef Q_OS_UNIX
    QTcpServer socket; // closed here when this returns: the emulator's copy is the one that serves
    if (!socket.listen(QHostAddress::LocalHost, 0)) {
        m_failed = true;
        Q_EMIT failed(tr("Could not open a local port for the emulator: %1").arg(socket.errorString()));
        return;
    }
    const int descriptor = int(socket.socketDescriptor());
    launch(program, QStringList{QStringLiteral("--listen-fd"), QString::number(descriptor)}, descriptor);
    // Whether the program could be run at all (not whether it serves): known as the child
    // execs, which vfork has the parent wait for anyway; a missing program is failed() now.
    if (!m_process.waitForStarted(5000) || m_failed)
        return; // failed() said why
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(socket.serverPort());
    m_ready = true;
    m_endpoint = Endpoint{url, m_key};
    Q_EMIT ready(m_endpoint);
#else
    start(program);
#endif
}

void LocalEmulator::launch(const QString &program, const QStringList &arguments, int inheritedDescriptor)
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    m_key = QStringLiteral("local-") + QString::fromLatin1(bytes.toHex());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POKEE_EMULATOR_KEY"), m_key);
    m_process.setProcessEnvironment(env);
#ifdef Q_OS_UNIX
    // If the app dies without cleaning up (a crash, kill -9), the kernel ends the emulator too.
    // An app that died between the fork and the prctl never sends that signal: the child sees
    // it has been adopted and ends. UseVFork matters as much: with a modifier and without it,
    // Qt forks by its fallback, whose child first waits for the parent's go-ahead, and an app
    // killed in that moment left a copy of itself waiting for ever, holding the app's
    // single-instance socket, so that every later launch said "already running". The modifier
    // is vfork-safe: system calls only, nothing written. The listening socket handed down is
    // opened close-on-exec, as every descriptor of ours: the child alone clears that flag.
    const pid_t app = ::getpid();
    QProcess::UnixProcessParameters parameters;
    parameters.flags = QProcess::UnixProcessFlag::UseVFork;
    m_process.setUnixProcessParameters(parameters);
    m_process.setChildProcessModifier([app, inheritedDescriptor] {
        if (inheritedDescriptor >= 0)
            ::fcntl(inheritedDescriptor, F_SETFD, 0);
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != app)
            ::_exit(1);
#else
        Q_UNUSED(app); // no death signal to ask for elsewhere
#endif
    });
#endif
    m_process.start(program, arguments);
}

void LocalEmulator::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void LocalEmulator::onOutput()
{
    if (m_ready)
        return; // the emulator's further output is of no interest here
    m_stdout += m_process.readAllStandardOutput();
    const qsizetype eol = m_stdout.indexOf('\n');
    if (eol < 0)
        return;
    const QUrl url(QString::fromUtf8(m_stdout.left(eol).trimmed()));
    if (!url.isValid() || url.scheme() != u"http") {
        m_failed = true;
        Q_EMIT failed(tr("The local emulator printed no address; it said \"%1\".")
                          .arg(QString::fromUtf8(m_stdout.left(eol))));
        return;
    }
    m_ready = true;
    m_endpoint = Endpoint{url, m_key};
    Q_EMIT ready(m_endpoint);
}

bool LocalEmulator::waitUntilReady(int timeoutMs)
{
    if (m_ready || m_failed)
        return m_ready;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(this, &LocalEmulator::ready, &loop, &QEventLoop::quit);
    connect(this, &LocalEmulator::failed, &loop, &QEventLoop::quit);
    loop.exec();
    return m_ready;
}

} // namespace pokee
