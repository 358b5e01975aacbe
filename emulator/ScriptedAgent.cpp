#include "ScriptedAgent.h"

#include "Turn.h"

#include <QRegularExpression>

namespace pokee::emu {

namespace {

const QString DefaultAnswer = QStringLiteral(
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
    "Let me know if you want me to go deeper on any of these points.");

const QStringList Words = {QStringLiteral("agents"), QStringLiteral("stream"), QStringLiteral("tokens"),
                           QStringLiteral("resume"), QStringLiteral("session"), QStringLiteral("files"),
                           QStringLiteral("careful"), QStringLiteral("reliable"), QStringLiteral("native"),
                           QStringLiteral("desktop")};

QString hexId(const QString &seed, int length)
{
    QString out;
    size_t h = qHash(seed, 0x5eed);
    while (out.size() < length) {
        h = h * 6364136223846793005ULL + 1442695040888963407ULL;
        out += QString::number((h >> 33) & 0xffff, 16).rightJustified(4, u'0');
    }
    return out.left(length);
}

// Splits text into deltas of 3 to 12 characters, the same way for the same text.
QStringList splitIntoDeltas(const QString &text)
{
    QStringList out;
    size_t h = qHash(text, 7);
    qsizetype pos = 0;
    while (pos < text.size()) {
        h = h * 6364136223846793005ULL + 1442695040888963407ULL;
        const qsizetype len = 3 + qsizetype((h >> 33) % 10);
        out.append(text.mid(pos, len));
        pos += len;
    }
    return out;
}

} // namespace

Directives Directives::parse(const QString &prompt)
{
    Directives d;
    static const QRegularExpression re(QStringLiteral(R"(\[\[(\w+)(?:=([^\]]*))?\]\])"));
    for (auto it = re.globalMatch(prompt); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toLower();
        const QString value = m.captured(2).trimmed();
        if (name == u"deltas")
            d.deltas = qBound(0, value.toInt(), 10'000'000);
        else if (name == u"pace")
            d.paceMs = qBound(0, value.toInt(), 600'000);
        else if (name == u"thinking")
            d.thinking = value != u"off" && value != u"0" && value != u"false";
        else if (name == u"error")
            d.error = value.isEmpty() ? QStringLiteral("the agent failed (scripted)") : value;
    }
    return d;
}

std::vector<ScriptStep> ScriptedAgent::buildScript(const QString &responseId, const QString &sessionId,
                                                   const QString &prompt, int defaultPaceMs)
{
    const Directives d = Directives::parse(prompt);
    const int pace = d.paceMs >= 0 ? d.paceMs : defaultPaceMs;
    std::vector<ScriptStep> s;
    auto add = [&s](const QByteArray &type, QJsonObject data = {}, int delay = 0) {
        s.push_back({type, std::move(data), delay});
    };
    auto addText = [&](const QStringList &deltas, const QByteArray &kind) {
        add(kind + ".start", {}, pace);
        for (const QString &delta : deltas)
            add(kind + ".delta", {{QStringLiteral("content"), delta}}, pace);
        add(kind + ".stop");
    };

    add("message.created", {{QStringLiteral("id"), responseId},
                            {QStringLiteral("session_id"), sessionId},
                            {QStringLiteral("status"), QStringLiteral("in_progress")}});
    qint64 outputChars = 0;
    if (d.thinking) {
        const QString thought = QStringLiteral("The user wants help with this. I will check the "
                                               "sandbox first, then answer with a short example.");
        outputChars += thought.size();
        addText(splitIntoDeltas(thought), "thinking");
    }

    QString visiblePrompt = prompt;
    visiblePrompt.remove(QRegularExpression(QStringLiteral(R"(\[\[[^\]]*\]\])")));
    visiblePrompt = visiblePrompt.simplified();
    if (visiblePrompt.size() > 120)
        visiblePrompt = visiblePrompt.left(119) + u'…';

    if (d.deltas >= 0) {
        QStringList deltas;
        deltas.reserve(d.deltas);
        for (int i = 0; i < d.deltas; ++i)
            deltas.append(Words.at(i % Words.size()) + u' ');
        for (const QString &delta : deltas)
            outputChars += delta.size();
        addText(deltas, "text");
    } else {
        const QString toolId = QStringLiteral("toolu_") + hexId(responseId + QStringLiteral("bash"), 24);
        add("tool_use.start", {{QStringLiteral("name"), QStringLiteral("Bash")}, {QStringLiteral("id"), toolId}}, pace);
        const QString input = QStringLiteral(R"({"command": "uname -sr && ls /opt/sandbox/workspace"})");
        for (const QString &part : splitIntoDeltas(input))
            add("tool_use.input_delta", {{QStringLiteral("content"), part}}, pace);
        add("tool_use.executing", {{QStringLiteral("name"), QStringLiteral("Bash")},
                                   {QStringLiteral("id"), toolId},
                                   {QStringLiteral("input"), QJsonObject{{QStringLiteral("command"),
                                                                          QStringLiteral("uname -sr && ls /opt/sandbox/workspace")}}}},
            pace);
        add("tool_result", {{QStringLiteral("id"), toolId},
                            {QStringLiteral("content"), QStringLiteral("Linux 6.1.0-sandbox\noutput\n")},
                            {QStringLiteral("is_error"), false}},
            pace * 4);
        add("tool_use.stop");
        const QString answer = DefaultAnswer.arg(visiblePrompt.isEmpty() ? QStringLiteral("(nothing)") : visiblePrompt);
        outputChars += answer.size();
        addText(splitIntoDeltas(answer), "text");
    }

    if (!d.error.isEmpty()) {
        add("message.error", {{QStringLiteral("id"), responseId}, {QStringLiteral("error"), d.error}}, pace);
    } else {
        const qint64 inputTokens = 40 + prompt.size() / 4;
        const qint64 outputTokens = qMax<qint64>(1, outputChars / 4);
        add("message.completed",
            {{QStringLiteral("id"), responseId},
             {QStringLiteral("status"), QStringLiteral("completed")},
             {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), inputTokens},
                                                   {QStringLiteral("output_tokens"), outputTokens},
                                                   {QStringLiteral("total_tokens"), inputTokens + outputTokens}}}},
            pace);
    }
    return s;
}

ScriptedAgent::ScriptedAgent(Turn *turn, std::vector<ScriptStep> script, QObject *parent)
    : QObject(parent), m_turn(turn), m_script(std::move(script))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ScriptedAgent::step);
}

void ScriptedAgent::start()
{
    m_timer.start(0);
}

void ScriptedAgent::step()
{
    if (!m_turn || m_turn->isFinished())
        return;
    if (m_turn->isCancelRequested()) {
        m_turn->append("message.cancelled", {{QStringLiteral("id"), m_turn->id()},
                                              {QStringLiteral("status"), QStringLiteral("cancelled")}});
        return;
    }
    // With no pause between steps, emit a batch at once instead of one event per timer tick.
    do {
        const ScriptStep &st = m_script[m_next++];
        m_turn->append(st.type, st.data);
    } while (m_next < m_script.size() && m_script[m_next].delayMs == 0 && !m_turn->isFinished() &&
             !m_turn->isCancelRequested() && m_next % 1024 != 0);
    if (m_next < m_script.size() && !m_turn->isFinished())
        m_timer.start(m_script[m_next].delayMs);
}

} // namespace pokee::emu
