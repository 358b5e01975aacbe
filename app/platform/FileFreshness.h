#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pokee {

// Whether a small file that another program (or window) rewrites has changed since it was last
// read. Its modification time and size decide when they can: a file system stamps times by a
// clock tick (4 ms on Linux at HZ=250, 2 s on FAT), so two saves within one tick leave the same
// time, and often the same size. While the last read was that close to the stamp, the bytes
// decide (a hash of them), as git does for its "racily clean" index entries; after that, stat
// alone. MCP servers' and tool library files are a few kilobytes: the read costs microseconds.
class FileFreshness
{
public:
    // True the first time the file exists, and whenever its bytes differ from the last time this
    // returned true; false while it is missing or unreadable (what was read stands).
    bool changed(const QString &path);

private:
    QDateTime m_modified; // of the last read
    qint64 m_size = -1;
    QDateTime m_readAt;
    QByteArray m_hash; // empty until the first read
};

} // namespace pokee
