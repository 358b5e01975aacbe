#pragma once

#include <QString>

namespace pokee {

// What a download's part file is a part of: the session, the server path and the size the
// server announced, kept beside it as "<name>.part.origin" (JSON, no secret in it). The API
// has no ETag, so this is how a resume knows it appends to the same file: a part file with no
// origin, or another one, is started over, never continued (docs/reliability.md, "Downloads").
struct PartOrigin
{
    QString sessionId;
    QString remotePath;
    qint64 total = -1; // -1: the server did not say

    bool isValid() const { return !sessionId.isEmpty() && !remotePath.isEmpty(); }
    bool sameFile(const QString &session, const QString &path) const
    {
        return isValid() && sessionId == session && remotePath == path;
    }

    static QString pathFor(const QString &partPath) { return partPath + QStringLiteral(".origin"); }
    // The origin of `partPath`, or an invalid one when it has none (or it cannot be read).
    static PartOrigin read(const QString &partPath);
    // Empty on success, else the system's reason.
    QString write(const QString &partPath) const;
    static void remove(const QString &partPath);
};

} // namespace pokee
