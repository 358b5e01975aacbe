#include "cli/CliOutput.h"

#include <QJsonDocument>

namespace pokee::cli {

CliOutput::CliOutput(bool json) : m_json(json)
{
    static char buffer[1 << 16];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
}

void CliOutput::line(const QString &text)
{
    raw(text.toUtf8() + '\n');
}

void CliOutput::text(const QString &text)
{
    raw(text.toUtf8());
}

void CliOutput::raw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void CliOutput::object(const QJsonObject &o)
{
    QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    bytes += '\n';
    raw(bytes);
}

void CliOutput::note(const QString &text)
{
    std::fflush(stdout);
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int CliOutput::fail(const ApiError &error)
{
    note(QStringLiteral("pokee: ") + error.userMessage());
    return Failure;
}

void CliOutput::flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

} // namespace pokee::cli
