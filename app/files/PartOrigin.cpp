#include "files/PartOrigin.h"

#include "files/AtomicWrite.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pokee {

namespace {
constexpr qint64 MaxOriginBytes = 64 * 1024; // a few hundred bytes in practice
} // namespace

PartOrigin PartOrigin::read(const QString &partPath)
{
    QFile f(pathFor(partPath));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(f.read(MaxOriginBytes)).object();
    PartOrigin origin;
    origin.sessionId = o.value(u"session").toString();
    origin.remotePath = o.value(u"path").toString();
    origin.total = o.value(u"total").toInteger(-1);
    return origin;
}

QString PartOrigin::write(const QString &partPath) const
{
    const QJsonObject o{{QStringLiteral("session"), sessionId},
                        {QStringLiteral("path"), remotePath},
                        {QStringLiteral("total"), total}};
    return writeAtomically(pathFor(partPath), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void PartOrigin::remove(const QString &partPath)
{
    QFile::remove(pathFor(partPath));
}

} // namespace pokee
