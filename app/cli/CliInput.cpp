#include "cli/CliInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace pokee::cli {

namespace {
// What a message or an output may weigh here: far above what an agent reads, far below what
// would strain memory.
constexpr qint64 MaxInputBytes = qint64(64) * 1024 * 1024;

// The byte offset of the first invalid UTF-8 sequence, or -1. Qt's decoder finds them; each
// becomes U+FFFD, whose place in the bytes is the UTF-8 length of the text before it (a
// U+FFFD that was really in the bytes, EF BF BD, is skipped).
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return -1;
    qsizetype byte = 0, done = 0;
    for (qsizetype i = text.indexOf(QChar::ReplacementCharacter); i >= 0;
         i = text.indexOf(QChar::ReplacementCharacter, i + 1)) {
        byte += QStringView(text).sliced(done, i - done).toUtf8().size();
        done = i;
        if (bytes.sliced(byte).startsWith("\xEF\xBF\xBD")) {
            byte += 3;
            done = i + 1;
            continue;
        }
        return byte;
    }
    return bytes.size();
}
} // namespace

QString invalidUtf8Problem(const char *argument, const QString &what)
{
    const QByteArrayView bytes(argument);
    const qsizetype at = firstInvalidUtf8(bytes);
    if (at < 0)
        return {};
    //: %1 names the argument (the message, an output), %2 is a byte offset
    return QCoreApplication::translate("CliInput", "pokee: %1 is not valid UTF-8 (near byte %2); nothing was sent. "
                                                   "Convert it to UTF-8 first.")
        .arg(what).arg(at);
}

TextInput readTextInput(const QString &argument, const QString &file)
{
    TextInput in;
    if (file.isEmpty() && argument != u"-") {
        in.text = argument;
        return in;
    }
    QFile source(file.isEmpty() ? QString() : file);
    const bool opened = file.isEmpty() ? source.open(stdin, QIODevice::ReadOnly) : source.open(QIODevice::ReadOnly);
    const QString name = file.isEmpty() ? QCoreApplication::translate("CliInput", "standard input") : file;
    if (!opened) {
        in.error = QCoreApplication::translate("CliInput", "pokee: cannot read %1: %2").arg(name, source.errorString());
        return in;
    }
    // To the end: a read from a pipe returns what is there now (64 KiB at a time), not all.
    QByteArray bytes;
    while (bytes.size() <= MaxInputBytes) {
        const QByteArray chunk = source.read(qMin<qint64>(1 << 20, MaxInputBytes + 1 - bytes.size()));
        if (chunk.isEmpty())
            break; // the end (or an error, which QFile reports as no data)
        bytes += chunk;
    }
    if (bytes.size() > MaxInputBytes) {
        in.error = QCoreApplication::translate("CliInput", "pokee: %1 holds more than %2 MiB; nothing was sent.")
                       .arg(name).arg(MaxInputBytes >> 20);
        return in;
    }
    if (const qsizetype at = firstInvalidUtf8(bytes); at >= 0) {
        in.error = QCoreApplication::translate("CliInput", "pokee: %1 is not valid UTF-8 (near byte %2); nothing was "
                                                           "sent. Convert it to UTF-8 first.")
                       .arg(name).arg(at);
        return in;
    }
    in.text = QString::fromUtf8(bytes);
    return in;
}

} // namespace pokee::cli
