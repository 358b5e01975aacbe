#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

namespace pokee {

// Any JSON value as compact JSON text: "Par\"is" (quoted), 3, true, null, {"a":1}.
inline QString compactJson(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    // A scalar has no document of its own: wrapped in an array, unwrapped as text.
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// What a person or a regex reads: a string as it is, anything else as compact JSON.
inline QString jsonText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : compactJson(v);
}

} // namespace pokee
