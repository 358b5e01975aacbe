#pragma once

#include <QJsonValue>
#include <QString>

namespace pokee {

// RFC 6901 JSON Pointer ("/location", "/items/0/name", "~1" for '/', "~0" for '~'), which
// Qt's JSON classes do not offer. Returns an undefined value when the pointer does not
// resolve, or is malformed (not empty and not starting with '/', a bad escape, an index
// that is not a plain number).
QJsonValue resolvePointer(const QJsonValue &document, const QString &pointer);
bool isValidPointer(const QString &pointer);

} // namespace pokee
