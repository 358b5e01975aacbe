#pragma once

#include <QLocale>
#include <QString>

namespace pokee {

// A byte count for people, the same everywhere (file list, downloads, previews, `pokee
// files`): powers of 1000 with the SI names (kB, MB, GB), as GNOME and macOS count. Qt's
// "traditional" format labelled powers of 1024 with these names (a 1,024,000-byte file read
// "1000 kB" in one place and "1.0 MB" in another).
inline QString sizeText(qint64 bytes, const QLocale &locale = QLocale())
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace pokee
