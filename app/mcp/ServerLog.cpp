#include "mcp/ServerLog.h"

namespace pokee::mcp {

namespace {
QString lineText(const QByteArray &line)
{
    return QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
}
} // namespace

QStringList ServerLog::append(QByteArrayView bytes)
{
    m_total += bytes.size();
    QStringList finished;
    qsizetype from = 0;
    while (from < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', from);
        const QByteArrayView piece = bytes.mid(from, newline < 0 ? -1 : newline - from);
        // A line grows only up to its limit; the rest of it is counted as dropped.
        const qsizetype room = MaxLineBytes - m_partial.size();
        if (room > 0)
            m_partial.append(piece.first(qMin(room, piece.size())));
        if (piece.size() > room)
            m_dropped += piece.size() - qMax<qsizetype>(room, 0);
        if (newline < 0)
            break;
        if (m_partial.size() >= MaxLineBytes)
            m_partial.append("…");
        m_bytes += m_partial.size();
        finished << lineText(m_partial);
        m_lines.append(std::exchange(m_partial, QByteArray()));
        while (m_bytes > MaxBytes && !m_lines.isEmpty()) {
            m_bytes -= m_lines.constFirst().size();
            m_dropped += m_lines.constFirst().size();
            m_lines.removeFirst();
        }
        from = newline + 1;
    }
    return finished;
}

QStringList ServerLog::lines() const
{
    QStringList out;
    for (const QByteArray &line : m_lines)
        out << lineText(line);
    if (!m_partial.isEmpty())
        out << lineText(m_partial);
    return out;
}

QString ServerLog::lastLine() const
{
    for (qsizetype i = m_lines.size() - 1; i >= 0; --i)
        if (!m_lines.at(i).trimmed().isEmpty())
            return lineText(m_lines.at(i)).trimmed();
    return lineText(m_partial).trimmed();
}

} // namespace pokee::mcp
