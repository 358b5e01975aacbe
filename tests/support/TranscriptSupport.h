#pragma once

// Small pieces the transcript and chat-view tests share: a text delta's data, and where the
// first block of a kind is.
#include "models/TranscriptModel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pokee::test {

inline QByteArray delta(const QString &text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("content"), text}}).toJson(QJsonDocument::Compact);
}

inline int rowOfKind(const TranscriptModel &m, TranscriptBlock::Kind kind)
{
    for (int row = 0; row < m.rowCount(); ++row)
        if (m.block(row).kind == kind)
            return row;
    return -1;
}

} // namespace pokee::test
