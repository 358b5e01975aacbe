#include "session/TranscriptExport.h"

#include "files/AtomicWrite.h"

#include "models/TranscriptModel.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pokee::TranscriptExport {

namespace {
using Kind = TranscriptBlock::Kind;

QString fence(const QString &text, const QString &language = {})
{
    // A fence longer than any run of backticks inside, so the content cannot close it.
    qsizetype longest = 0, run = 0;
    for (QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString marks(qMax<qsizetype>(3, longest + 1), u'`');
    return marks + language + u'\n' + text + u'\n' + marks + u'\n';
}

QString quote(const QString &text)
{
    QString out;
    for (const QString &line : text.split(u'\n'))
        out += QStringLiteral("> ") + line + u'\n';
    return out;
}

// The state of a call to one of the user's tools, as TranscriptModel names it.
QString toolCallState(const QString &status)
{
    //: The state of a call to one of the user's tools in an exported transcript
    if (status == u"answered")
        return QCoreApplication::translate("TranscriptExport", "answered", "tool call state");
    if (status == u"failed")
        return QCoreApplication::translate("TranscriptExport", "failed", "tool call state");
    if (status == u"expired")
        return QCoreApplication::translate("TranscriptExport", "expired", "tool call state");
    if (status == u"waiting")
        return QCoreApplication::translate("TranscriptExport", "waiting", "tool call state");
    return status;
}
} // namespace

QString markdown(const Journal &journal, const QString &sessionId)
{
    // Markdown: the marks (#, **, >, fences) stay out of the text to translate.
    QString out = QStringLiteral("# %1\n\n").arg(QCoreApplication::translate("TranscriptExport", "Session %1").arg(sessionId));
    for (const TurnRecord &turn : journal.turns(sessionId)) {
        TranscriptModel model;
        model.appendPrompt(turn.prompt);
        for (const TurnEvent &e : journal.events(turn.id))
            model.applyEvent(turn.responseId, e);
        for (const TranscriptBlock &b : model.blocks()) {
            switch (b.kind) {
            case Kind::UserPrompt:
                //: Headings of an exported transcript: the user's message, then the agent's answer
                out += QStringLiteral("## %1\n\n%2\n\n## %3\n\n")
                           .arg(QCoreApplication::translate("TranscriptExport", "You"), b.text,
                                QCoreApplication::translate("TranscriptExport", "Assistant"));
                break;
            case Kind::Text: out += b.text + QStringLiteral("\n\n"); break;
            case Kind::Thinking:
                out += QStringLiteral("*%1*\n\n").arg(QCoreApplication::translate("TranscriptExport", "Thinking:")) +
                       quote(b.text) + u'\n';
                break;
            case Kind::ToolUse:
                //: %1 is the name of a tool the agent ran
                out += QStringLiteral("**%1**\n\n").arg(QCoreApplication::translate("TranscriptExport", "Tool %1").arg(b.toolName)) +
                       fence(b.toolInput, QStringLiteral("json"));
                if (b.toolHasResult)
                    //: What a tool returned, in an exported transcript: an error or its result
                    out += QStringLiteral("\n%1\n\n").arg(b.toolError ? QCoreApplication::translate("TranscriptExport", "Error:")
                                                                    : QCoreApplication::translate("TranscriptExport", "Result:")) +
                           fence(b.toolResult);
                out += u'\n';
                break;
            case Kind::ToolCall:
                //: %1 is the name of one of the user's own tools, which the agent called
                out += QStringLiteral("**%1** (%2)\n\n")
                           .arg(QCoreApplication::translate("TranscriptExport", "Your tool %1").arg(b.toolName),
                                toolCallState(b.status)) +
                       fence(b.toolInput, QStringLiteral("json")) + u'\n';
                break;
            case Kind::Status: {
                const int tokens = b.usage.value(u"total_tokens").toInt();
                out += QStringLiteral("*%1*\n\n")
                           .arg(b.status == u"completed"
                                    ? QCoreApplication::translate("TranscriptExport", "Completed, %Ln token(s).", nullptr, tokens)
                                : b.status == u"cancelled"
                                    ? QCoreApplication::translate("TranscriptExport", "Cancelled.")
                                    : QCoreApplication::translate("TranscriptExport", "Failed: %1").arg(b.text));
                break;
            }
            case Kind::Notice: out += QStringLiteral("*%1*\n\n").arg(b.text); break;
            case Kind::Raw:
                //: %1 is the event's type, such as `tool_use.start`
                out += QCoreApplication::translate("TranscriptExport", "Unknown event %1:").arg(QStringLiteral("`%1`").arg(b.toolName)) +
                       QStringLiteral("\n\n") + fence(b.text) + u'\n';
                break;
            }
        }
    }
    return out;
}

QByteArray json(const Journal &journal, const QString &sessionId)
{
    QJsonArray turns;
    for (const TurnRecord &turn : journal.turns(sessionId)) {
        QJsonArray events;
        for (const TurnEvent &e : journal.events(turn.id)) {
            QJsonObject o{{QStringLiteral("seq"), e.seq}, {QStringLiteral("event"), e.type}};
            // JSON data is kept as JSON; anything else as the string the server sent.
            o.insert(QStringLiteral("data"), e.dataIsJson ? QJsonValue(e.data) : QJsonValue(QString::fromUtf8(e.rawData)));
            events.append(o);
        }
        turns.append(QJsonObject{{QStringLiteral("prompt"), turn.prompt},
                                 {QStringLiteral("response_id"), turn.responseId},
                                 {QStringLiteral("state"), turn.state},
                                 {QStringLiteral("usage"), turn.usage},
                                 {QStringLiteral("events"), events}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("session_id"), sessionId}, {QStringLiteral("turns"), turns}})
        .toJson(QJsonDocument::Indented);
}

QString write(const QString &path, const QByteArray &content)
{
    if (const QString why = writeAtomically(path, content); !why.isEmpty())
        return QCoreApplication::translate("TranscriptExport", "Could not write %1: %2. Choose another folder.").arg(path, why);
    return {};
}

} // namespace pokee::TranscriptExport
