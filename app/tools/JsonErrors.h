#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace pokee {

// A JSON text parsed with its error placed for a person: "line 3, column 14: missing comma".
struct JsonCheck
{
    QJsonDocument document;
    bool ok = false;
    int line = 0;   // 1-based, 0 when ok
    int column = 0; // 1-based, in characters
    QString message;

    static JsonCheck parse(const QByteArray &text);
    // "line 3, column 14: …", or empty when ok.
    QString sentence() const;
};

} // namespace pokee
