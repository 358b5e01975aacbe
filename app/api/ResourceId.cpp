#include "api/ResourceId.h"

#include <QCoreApplication>

namespace pokee::resource_id {

bool isUsable(const QString &id)
{
    return !id.isEmpty() && id != u"." && id != u"..";
}

QString problem(const QString &what, const QString &id)
{
    if (isUsable(id))
        return {};
    if (id.isEmpty())
        //: %1 is the kind of id: session, response, tool call
        return QCoreApplication::translate("ResourceId", "the %1 id is empty.").arg(what);
    //: %1 is the kind of id (session, response, tool call), %2 the id (. or ..)
    return QCoreApplication::translate("ResourceId", "the %1 id “%2” is not an id: a URL would resolve it to "
                                                     "another address of the API.")
        .arg(what, id);
}

QString pathProblem(const QString &path)
{
    const QStringList segments = path.split(u'/');
    // The leading "/" makes the first segment empty; every other must be a usable id.
    for (qsizetype i = 1; i < segments.size(); ++i)
        if (!isUsable(segments.at(i)))
            return QCoreApplication::translate("ResourceId", "the request's address %1 has an empty, “.” or “..” "
                                                             "part and would reach another address of the API.")
                .arg(path);
    return {};
}

} // namespace pokee::resource_id
