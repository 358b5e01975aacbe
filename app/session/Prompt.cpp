#include "session/Prompt.h"

#include <QCoreApplication>

namespace pokee {

QString promptProblem(const QString &prompt)
{
    if (prompt.trimmed().isEmpty())
        return QCoreApplication::translate("Prompt", "the message is empty (or only white space); nothing was sent.");
    return {};
}

} // namespace pokee
