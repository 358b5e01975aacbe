#pragma once

#include <QByteArray>
#include <QString>

namespace pokee {

class Journal;

// A session as a file: Markdown for people, JSON (every raw event) for tools. Both are built
// from the journal, so they hold everything received, not just what is on screen.
namespace TranscriptExport {

QString markdown(const Journal &journal, const QString &sessionId);
QByteArray json(const Journal &journal, const QString &sessionId);
// Writes one of them atomically (QSaveFile); returns an error sentence, or empty on success.
QString write(const QString &path, const QByteArray &content);

} // namespace TranscriptExport

} // namespace pokee
