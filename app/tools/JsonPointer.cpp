#include "tools/JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace pokee {

namespace {

// One reference token unescaped; false on a '~' not followed by 0 or 1.
bool unescape(QStringView token, QString &out)
{
    out.clear();
    out.reserve(token.size());
    for (qsizetype i = 0; i < token.size(); ++i) {
        const QChar c = token[i];
        if (c != u'~') {
            out += c;
            continue;
        }
        if (i + 1 >= token.size())
            return false;
        const QChar next = token[++i];
        if (next == u'0')
            out += u'~';
        else if (next == u'1')
            out += u'/';
        else
            return false;
    }
    return true;
}

} // namespace

bool isValidPointer(const QString &pointer)
{
    if (pointer.isEmpty())
        return true;
    if (!pointer.startsWith(u'/'))
        return false;
    QString token;
    for (const QStringView part : QStringView(pointer).mid(1).split(u'/'))
        if (!unescape(part, token))
            return false;
    return true;
}

QJsonValue resolvePointer(const QJsonValue &document, const QString &pointer)
{
    if (pointer.isEmpty())
        return document;
    if (!pointer.startsWith(u'/'))
        return QJsonValue(QJsonValue::Undefined);
    static const QRegularExpression index(QStringLiteral("^(0|[1-9][0-9]{0,8})$"));
    QJsonValue at = document;
    QString token;
    for (const QStringView part : QStringView(pointer).mid(1).split(u'/')) {
        if (!unescape(part, token))
            return QJsonValue(QJsonValue::Undefined);
        if (at.isObject()) {
            const QJsonObject o = at.toObject();
            const auto it = o.constFind(token);
            if (it == o.constEnd())
                return QJsonValue(QJsonValue::Undefined);
            at = it.value();
        } else if (at.isArray()) {
            const QJsonArray a = at.toArray();
            if (!index.match(token).hasMatch() || token.toLongLong() >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            at = a.at(token.toLongLong());
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return at;
}

} // namespace pokee
