#include "platform/ChildProcess.h"

#include <QProcess>
#include <QVariant>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <csignal>
#include <sys/types.h>
#endif

namespace pokee::child_process {

QProcessEnvironment minimalEnvironment(const QProcessEnvironment &from)
{
#ifdef Q_OS_WIN
    static const QStringList names = {
        QStringLiteral("APPDATA"),     QStringLiteral("HOMEDRIVE"),    QStringLiteral("HOMEPATH"),
        QStringLiteral("LOCALAPPDATA"), QStringLiteral("PATH"),        QStringLiteral("PROCESSOR_ARCHITECTURE"),
        QStringLiteral("SYSTEMDRIVE"), QStringLiteral("SYSTEMROOT"),   QStringLiteral("TEMP"),
        QStringLiteral("TMP"),         QStringLiteral("USERNAME"),     QStringLiteral("USERPROFILE"),
        QStringLiteral("PATHEXT"),     QStringLiteral("COMSPEC"),      QStringLiteral("TZ"),
    };
#else
    static const QStringList names = {
        QStringLiteral("HOME"), QStringLiteral("LOGNAME"), QStringLiteral("PATH"),   QStringLiteral("SHELL"),
        QStringLiteral("TERM"), QStringLiteral("USER"),    QStringLiteral("LANG"),   QStringLiteral("LANGUAGE"),
        QStringLiteral("TZ"),   QStringLiteral("TMPDIR"),
    };
#endif
    QProcessEnvironment out;
    for (const QString &name : names)
        if (from.contains(name))
            out.insert(name, from.value(name));
#ifndef Q_OS_WIN
    for (const QString &name : from.keys())
        if (name.startsWith(u"LC_"))
            out.insert(name, from.value(name));
#endif
    return out;
}

#ifdef Q_OS_WIN
namespace {
// The job object of a started process, kept as a property of the QProcess: closing it ends
// every process in it (JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE). Not built here yet: no Windows
// toolchain in this workplace (README, Packages).
const char *const JobProperty = "pokee_job";

HANDLE jobOf(const QProcess &process)
{
    return reinterpret_cast<HANDLE>(process.property(JobProperty).value<quintptr>());
}
} // namespace
#else
namespace {
const char *const GroupProperty = "pokee_process_group";
} // namespace
#endif

void prepare(QProcess &process)
{
    process.setProcessEnvironment(minimalEnvironment());
#ifdef Q_OS_WIN
    QObject::connect(&process, &QProcess::started, &process, [&process] {
        HANDLE job = CreateJobObjectW(nullptr, nullptr);
        if (!job)
            return;
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits);
        HANDLE child = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(process.processId()));
        if (child && AssignProcessToJobObject(job, child))
            process.setProperty(JobProperty, QVariant::fromValue(quintptr(job)));
        else
            CloseHandle(job);
        if (child)
            CloseHandle(child);
    });
#else
    // A new session: the child leads its own process group, so one signal reaches the group.
    process.setUnixProcessParameters(QProcess::UnixProcessFlag::CreateNewSession);
    // Kept: processId() reads 0 once the leader has ended, and its group may live on.
    QObject::connect(&process, &QProcess::started, &process,
                     [&process] { process.setProperty(GroupProperty, QVariant(process.processId())); });
#endif
}

void killTree(QProcess &process)
{
#ifdef Q_OS_WIN
    if (HANDLE job = jobOf(process)) {
        TerminateJobObject(job, 1);
        CloseHandle(job);
        process.setProperty(JobProperty, QVariant());
    }
    if (process.state() != QProcess::NotRunning)
        process.kill();
#else
    // The group outlives its leader: kill it whether or not the process itself has ended.
    const qint64 pid = process.property(GroupProperty).toLongLong();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    if (process.state() != QProcess::NotRunning)
        process.kill();
#endif
}

} // namespace pokee::child_process
