#pragma once

#include <QByteArray>
#include <QStringList>

namespace pokee::mcp {

// A server's stderr, kept to its last MaxBytes: a server that floods its log costs a bounded
// amount of memory, and the lines a failure needs (the last ones) are always there.
class ServerLog
{
public:
    static constexpr qsizetype MaxBytes = 256 * 1024;
    static constexpr qsizetype MaxLineBytes = 4096; // longer lines are cut, with an ellipsis

    // Appends raw bytes; returns the complete lines they finished (for the live view).
    QStringList append(QByteArrayView bytes);
    QStringList lines() const;
    QString lastLine() const;
    // Bytes received and dropped to stay under MaxBytes.
    qint64 droppedBytes() const { return m_dropped; }
    qint64 totalBytes() const { return m_total; }

private:
    QList<QByteArray> m_lines;
    qsizetype m_bytes = 0;
    QByteArray m_partial;
    qint64 m_dropped = 0;
    qint64 m_total = 0;
};

} // namespace pokee::mcp
