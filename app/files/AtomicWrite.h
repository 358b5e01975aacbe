#pragma once

#include <QByteArray>
#include <QString>

namespace pokee {

// Writes `content` to `path` at once through QSaveFile: the old file stays until the new one
// is whole, and a failed commit is a failure. Empty on success, else the system's reason
// (callers put it in their own sentence).
QString writeAtomically(const QString &path, const QByteArray &content);

} // namespace pokee
