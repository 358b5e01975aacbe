#include "platform/FileFreshness.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace pokee {

namespace {
// Longer than any file system's time stamp tick (FAT's 2 s): a read this long after the stamp
// saw the last write of that tick.
constexpr qint64 RacyWindowMs = 3000;
} // namespace

bool FileFreshness::changed(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    const QDateTime modified = info.lastModified();
    const qint64 size = info.size();
    const bool sameStat = !m_hash.isEmpty() && modified == m_modified && size == m_size;
    const bool readLongAfterStamp = m_readAt.isValid() && modified.msecsTo(m_readAt) > RacyWindowMs;
    if (sameStat && readLongAfterStamp)
        return false;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QDateTime readAt = QDateTime::currentDateTimeUtc();
    const QByteArray hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    const bool differs = hash != m_hash;
    m_modified = modified;
    m_size = size;
    m_readAt = readAt;
    m_hash = hash;
    return differs;
}

} // namespace pokee
