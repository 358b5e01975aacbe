#pragma once

#include <QSet>
#include <QString>

namespace pokee {

// How a file name or path that a server sent becomes a local one that cannot leave the
// folder the user chose, on Linux, macOS and Windows alike. The server's words are never
// trusted: a name is neutralised segment by segment, and the file to write is checked
// against the folder on disk (symlinks included) before anything is written.
class SafeLocalName
{
public:
    static constexpr int MaxSegmentBytes = 200; // under every file system's 255, room for " (12).part"

    // One name: control characters (NUL included) removed; / \ : * ? " < > | replaced by
    // '_'; leading and trailing spaces and trailing dots trimmed; a Windows device name
    // (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension) prefixed with '_'; "", "."
    // and ".." become "_"; cut to MaxSegmentBytes of UTF-8, keeping the extension.
    static QString segment(const QString &name);

    // A server path ("output/deck.pptx", or "../../etc/passwd", "C:\\x", "/abs") as a
    // relative path of safe segments: '/' and '\\' both separate, a drive letter and
    // leading separators are dropped, "." and ".." segments are dropped (never resolved).
    // Never empty: "download" when nothing is left.
    static QString relativePath(const QString &serverPath);

    // The file to write for `relative` (from relativePath) under `folder`, made unique: when
    // a file of that name exists — compared without case, as Windows and macOS do — or is in
    // `taken` (names given out in the same batch), "name (1).ext", "name (2).ext"... The
    // folders on the way are created. Empty, with `error` set, when the folder cannot be
    // made, or when any part of the way is a symbolic link or leads outside `folder`.
    // With `resumePartial`, a name whose "name.part" is there (a download cut earlier) is
    // given back as it is, so that the download can go on where it stopped.
    static QString target(const QString &folder, const QString &relative, QString *error,
                          QSet<QString> *taken = nullptr, bool resumePartial = false);

    // True when `path` lies inside `folder` once both are resolved on disk (links followed).
    static bool isInside(const QString &folder, const QString &path);
};

} // namespace pokee
