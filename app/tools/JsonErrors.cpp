#include "tools/JsonErrors.h"

#include <QCoreApplication>

namespace pokee {

JsonCheck JsonCheck::parse(const QByteArray &text)
{
    JsonCheck c;
    QJsonParseError error;
    c.document = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        c.ok = true;
        return c;
    }
    // QJsonParseError::offset is a byte offset into the UTF-8 text, just past the first
    // character that went wrong (measured): that character is the one to point at.
    QString before = QString::fromUtf8(text.left(qBound(qsizetype(0), qsizetype(error.offset), text.size())));
    if (!before.isEmpty() && !before.endsWith(u'\n'))
        before.chop(1);
    c.line = int(before.count(u'\n')) + 1;
    c.column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
    c.message = error.errorString();
    return c;
}

QString JsonCheck::sentence() const
{
    if (ok)
        return {};
    return QCoreApplication::translate("JsonCheck", "line %1, column %2: %3").arg(line).arg(column).arg(message);
}

} // namespace pokee
