#include "files/AtomicWrite.h"

#include <QSaveFile>

namespace pokee {

QString writeAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace pokee
