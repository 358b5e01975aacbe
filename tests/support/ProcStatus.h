#pragma once

// A process's memory as Linux reports it, for the tests, the soak and the benchmarks.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace pokee::test {

// A field of /proc/<pid>/status in KiB ("VmRSS", "VmHWM"); `pid` 0 is this process; -1 when
// it cannot be read.
inline long procStatusKiB(qint64 pid, const QByteArray &field)
{
    QFile status(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLong();
    return -1;
}

inline long rssKiB()
{
    return procStatusKiB(0, "VmRSS");
}

// Starts this process's peak RSS (VmHWM) over from its current RSS (Linux: clear_refs "5").
inline void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

} // namespace pokee::test
