#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace pokee::cli {

// Exit codes of `pokee`, stable for scripts.
enum ExitCode { Completed = 0, Failure = 1, Usage = 2, Cancelled = 3, TurnError = 4 };

// stdout for results (text, or NDJSON with --json), stderr for everything a person should
// read. Writes go through stdio with a large buffer: `events --raw` prints a line per event.
class CliOutput
{
public:
    explicit CliOutput(bool json);

    bool json() const { return m_json; }
    void line(const QString &text);       // stdout, with a newline
    void text(const QString &text);       // stdout, as is
    void raw(const QByteArray &bytes);    // stdout, as is
    void object(const QJsonObject &o);    // stdout, one compact JSON line
    void note(const QString &text);       // stderr, with a newline
    int fail(const ApiError &error);      // prints the sentence, returns Failure
    void flush();

private:
    bool m_json;
};

} // namespace pokee::cli
