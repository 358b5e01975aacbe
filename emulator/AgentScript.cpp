#include "AgentScript.h"

#include "ArgumentSynth.h"
#include "Directives.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace pokee::emu::AgentScript {

namespace {

const QStringList Words = {QStringLiteral("agents"), QStringLiteral("stream"), QStringLiteral("tokens"),
                           QStringLiteral("resume"), QStringLiteral("session"), QStringLiteral("files"),
                           QStringLiteral("careful"), QStringLiteral("reliable"), QStringLiteral("native"),
                           QStringLiteral("desktop")};

QString defaultAnswer(const QString &echo)
{
    return QStringLiteral(
               "## Here is what I found\n\n"
               "You asked: *%1*\n\n"
               "I worked through it in three steps:\n\n"
               "- read the request and the files in the workspace\n"
               "- ran a short command in the sandbox to check the environment\n"
               "- wrote up the result below\n\n"
               "```python\n"
               "def summarize(items: list[str]) -> str:\n"
               "    \"\"\"Join the items into one readable line.\"\"\"\n"
               "    return \", \".join(sorted(items))\n"
               "```\n\n"
               "Let me know if you want me to go deeper on any of these points.")
        .arg(echo);
}

struct Builder
{
    std::deque<AgentStep> steps;
    int pace;
    qint64 outputChars = 0;

    void add(const QByteArray &type, QJsonObject data = {}, int delay = 0)
    {
        AgentStep s;
        s.type = type;
        s.data = std::move(data);
        s.delayMs = delay;
        steps.push_back(std::move(s));
    }
    void block(const QByteArray &kind, const QStringList &deltas, int deltaPace)
    {
        add(kind + ".start", {}, pace);
        for (const QString &d : deltas) {
            outputChars += d.size();
            add(kind + ".delta", {{QStringLiteral("content"), d}}, deltaPace);
        }
        add(kind + ".stop");
    }
    void metadata(const QString &key, const QJsonValue &value, int delay)
    {
        AgentStep s;
        s.kind = AgentStep::Kind::SetMetadata;
        s.key = key;
        s.value = value;
        s.delayMs = delay;
        steps.push_back(std::move(s));
    }
    void file(const QString &path, qint64 size)
    {
        AgentStep s;
        s.kind = AgentStep::Kind::WriteFile;
        s.path = path;
        s.size = size;
        s.delayMs = pace;
        steps.push_back(std::move(s));
    }
    void toolUse(const QString &toolId, const QString &name, const QJsonObject &input)
    {
        add("tool_use.start", {{QStringLiteral("name"), name}, {QStringLiteral("id"), toolId}}, pace);
        const QString json = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
        for (const QString &part : splitIntoDeltas(json))
            add("tool_use.input_delta", {{QStringLiteral("content"), part}}, pace);
        add("tool_use.executing", {{QStringLiteral("name"), name}, {QStringLiteral("id"), toolId},
                                    {QStringLiteral("input"), input}}, pace);
    }
};

QString slug(const QString &text)
{
    QString s = text.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    s = s.left(40);
    while (s.endsWith(u'-'))
        s.chop(1);
    while (s.startsWith(u'-'))
        s.remove(0, 1);
    return s.isEmpty() ? QStringLiteral("deck") : s;
}

} // namespace

QString derivedId(const QString &seed, int hexDigits)
{
    QString out;
    quint64 h = qHash(seed, 0x5eed);
    while (out.size() < hexDigits) {
        h = h * 6364136223846793005ULL + 1442695040888963407ULL;
        out += QString::number((h >> 33) & 0xffff, 16).rightJustified(4, u'0');
    }
    return out.left(hexDigits);
}

QStringList splitIntoDeltas(const QString &text)
{
    QStringList out;
    quint64 h = qHash(text, 7);
    qsizetype pos = 0;
    while (pos < text.size()) {
        h = h * 6364136223846793005ULL + 1442695040888963407ULL;
        qsizetype len = 3 + qsizetype((h >> 33) % 10);
        // Never split a surrogate pair: a delta is valid text on its own.
        if (pos + len < text.size() && text.at(pos + len).isLowSurrogate())
            ++len;
        out.append(text.mid(pos, len));
        pos += len;
    }
    return out;
}

std::deque<AgentStep> build(const AgentScriptInput &in)
{
    const Directives d = Directives::parse(in.prompt);
    Builder b;
    b.pace = d.paceMs >= 0 ? d.paceMs : in.paceMs;
    const QString visible = Directives::visibleText(in.prompt);
    QString echo = visible.isEmpty() ? QStringLiteral("(nothing)") : visible;
    if (echo.size() > 120)
        echo = echo.left(119) + u'…';

    b.add("message.created", {{QStringLiteral("id"), in.responseId},
                                {QStringLiteral("session_id"), in.sessionId},
                                {QStringLiteral("status"), QStringLiteral("in_progress")}});
    if (d.thinking)
        b.block("thinking", splitIntoDeltas(QStringLiteral(
                                "The user wants help with this. I will check the sandbox first, "
                                "then answer with a short example.")),
                b.pace);

    // Long work that reports progress in the session's metadata.
    const int steps = d.progressSteps;
    if (steps > 0) {
        static const QStringList deckStages = {QStringLiteral("researching"), QStringLiteral("outlining"),
                                               QStringLiteral("designing slides"), QStringLiteral("rendering"),
                                               QStringLiteral("finalizing")};
        for (int i = 1; i <= steps; ++i) {
            const QString value = d.presentation && steps == deckStages.size()
                                      ? deckStages.at(i - 1)
                                      : QStringLiteral("step %1 of %2").arg(i).arg(steps);
            b.metadata(d.progressKey, value, d.stepMs);
            b.metadata(QStringLiteral("progress_percent"), int(i * 100 / steps), 0);
        }
    }

    // One of the session's own tools, when asked for: the turn suspends until it is answered.
    qsizetype toolIndex = -1;
    if (!d.toolName.isEmpty()) {
        for (qsizetype i = 0; i < in.tools.size(); ++i)
            if (in.tools.at(i).toObject().value(u"name").toString() == d.toolName)
                toolIndex = i;
    } else {
        toolIndex = ArgumentSynth::pickTool(in.tools, visible);
    }
    if (toolIndex >= 0) {
        const QJsonObject tool = in.tools.at(toolIndex).toObject();
        const QString name = tool.value(u"name").toString();
        const QJsonObject args = d.toolArgumentsGiven
                                     ? d.toolArguments
                                     : ArgumentSynth::fromSchema(tool.value(u"parameters").toObject(), visible);
        const QString toolUseId = QStringLiteral("toolu_") + derivedId(in.responseId + name, 24);
        const QString callId = QStringLiteral("call_") + derivedId(in.responseId + QStringLiteral("call") + name, 24);
        b.toolUse(toolUseId, name, args);
        b.add("tool_call.requested", {{QStringLiteral("tool_call_id"), callId},
                                       {QStringLiteral("name"), name},
                                       {QStringLiteral("arguments"),
                                        QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))}},
               b.pace);
        AgentStep wait;
        wait.kind = AgentStep::Kind::AwaitTool;
        wait.toolCallId = callId;
        wait.toolUseId = toolUseId;
        wait.toolName = name;
        b.steps.push_back(std::move(wait));
        return b.steps; // the rest depends on the tool's answer: afterToolResult()
    }

    // Files the prompt asked for.
    QStringList written;
    for (const Directives::FileRequest &f : d.files) {
        b.file(f.path, f.size);
        written.append(f.path);
    }
    if (d.presentation) {
        const QString deck = QStringLiteral("output/%1.pptx").arg(slug(visible));
        b.file(deck, -1);
        written.append(deck);
    }

    if (d.deltas >= 0 || d.durationSeconds >= 0) {
        int count = d.deltas;
        int deltaPace = b.pace;
        if (d.durationSeconds >= 0) {
            if (count < 0)
                count = qMax(1, int(d.durationSeconds * 10));
            deltaPace = count > 0 ? int(d.durationSeconds * 1000 / count) : 0;
        }
        QStringList deltas;
        deltas.reserve(count);
        for (int i = 0; i < count; ++i)
            deltas.append(Words.at(i % Words.size()) + u' ');
        b.block("text", deltas, deltaPace);
    } else {
        if (d.builtinTool) {
            const QString toolId = QStringLiteral("toolu_") + derivedId(in.responseId + QStringLiteral("bash"), 24);
            const QString command = QStringLiteral("uname -sr && ls /opt/sandbox/workspace");
            b.toolUse(toolId, QStringLiteral("Bash"), {{QStringLiteral("command"), command}});
            b.add("tool_result", {{QStringLiteral("id"), toolId},
                                   {QStringLiteral("content"), QStringLiteral("Linux 6.1.0-sandbox\noutput\n")},
                                   {QStringLiteral("is_error"), false}},
                   b.pace * 4);
            b.add("tool_use.stop");
        }
        QString answer = defaultAnswer(echo);
        if (!written.isEmpty())
            answer += QStringLiteral("\n\nI wrote these files to the workspace:\n\n- `") +
                      written.join(QStringLiteral("`\n- `")) + u'`';
        b.block("text", splitIntoDeltas(answer), b.pace);
    }

    if (!d.error.isEmpty()) {
        b.add("message.error", {{QStringLiteral("id"), in.responseId}, {QStringLiteral("error"), d.error}}, b.pace);
    } else {
        const qint64 inputTokens = 40 + in.prompt.size() / 4;
        const qint64 outputTokens = qMax<qint64>(1, b.outputChars / 4);
        b.add("message.completed",
               {{QStringLiteral("id"), in.responseId},
                {QStringLiteral("status"), QStringLiteral("completed")},
                {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), inputTokens},
                                                      {QStringLiteral("output_tokens"), outputTokens},
                                                      {QStringLiteral("total_tokens"), inputTokens + outputTokens}}}},
               b.pace);
    }
    return b.steps;
}

std::deque<AgentStep> afterToolResult(const QString &responseId, const QString &toolUseId,
                                      const QString &toolName, const QString &output, bool isError,
                                      int paceMs)
{
    Builder b;
    b.pace = paceMs;
    b.add("tool_result", {{QStringLiteral("id"), toolUseId},
                           {QStringLiteral("content"), output},
                           {QStringLiteral("is_error"), isError}},
           paceMs);
    b.add("tool_use.stop");
    const QString answer = isError
                               ? QStringLiteral("The tool `%1` reported an error: %2\n\nI could not complete "
                                                "the request with it.")
                                     .arg(toolName, output)
                               : QStringLiteral("The tool `%1` answered:\n\n```json\n%2\n```\n\nBased on that, "
                                                "here is your answer: %2")
                                     .arg(toolName, output);
    b.block("text", splitIntoDeltas(answer), paceMs);
    const qint64 outputTokens = qMax<qint64>(1, b.outputChars / 4);
    b.add("message.completed",
           {{QStringLiteral("id"), responseId},
            {QStringLiteral("status"), QStringLiteral("completed")},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), 120},
                                                  {QStringLiteral("output_tokens"), outputTokens},
                                                  {QStringLiteral("total_tokens"), 120 + outputTokens}}}},
           paceMs);
    return b.steps;
}

} // namespace pokee::emu::AgentScript
