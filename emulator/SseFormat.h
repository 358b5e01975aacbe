#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pokee::emu {

// The wire form of one event, exactly as the API documents it: id, event, data, blank line.
inline QByteArray formatSseEvent(qint64 seq, const QByteArray &type, const QJsonObject &data)
{
    QByteArray out;
    out.reserve(64 + type.size());
    out += "id: " + QByteArray::number(seq) + "\nevent: " + type + "\ndata: ";
    out += QJsonDocument(data).toJson(QJsonDocument::Compact);
    out += "\n\n";
    return out;
}

} // namespace pokee::emu
