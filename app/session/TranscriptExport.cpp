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
} // namespace

QString markdown(const Journal &journal, const QString &sessionId)
{
    QString out = QStringLiteral("# Session %1\n\n").arg(sessionId);
    for (const TurnRecord &turn : journal.turns(sessionId)) {
        TranscriptModel model;
        model.appendPrompt(turn.prompt);
        for (const TurnEvent &e : journal.events(turn.id))
            model.applyEvent(turn.responseId, e);
        for (const TranscriptBlock &b : model.blocks()) {
            switch (b.kind) {
            case Kind::UserPrompt: out += QStringLiteral("## You\n\n%1\n\n## Assistant\n\n").arg(b.text); break;
            case Kind::Text: out += b.text + QStringLiteral("\n\n"); break;
            case Kind::Thinking: out += QStringLiteral("*Thinking:*\n\n") + quote(b.text) + u'\n'; break;
            case Kind::ToolUse:
                out += QStringLiteral("**Tool %1**\n\n").arg(b.toolName) + fence(b.toolInput, QStringLiteral("json"));
                if (b.toolHasResult)
                    out += (b.toolError ? QStringLiteral("\nError:\n\n") : QStringLiteral("\nResult:\n\n")) + fence(b.toolResult);
                out += u'\n';
                break;
            case Kind::ToolCall:
                out += QStringLiteral("**Your tool %1** (%2)\n\n").arg(b.toolName, b.status) +
                       fence(b.toolInput, QStringLiteral("json")) + u'\n';
                break;
            case Kind::Status:
                out += b.status == u"completed"
                           ? QStringLiteral("*Completed, %1 tokens.*\n\n").arg(b.usage.value(u"total_tokens").toInt())
                       : b.status == u"cancelled" ? QStringLiteral("*Cancelled.*\n\n")
                                                  : QStringLiteral("*Failed: %1*\n\n").arg(b.text);
                break;
            case Kind::Notice: out += QStringLiteral("*%1*\n\n").arg(b.text); break;
            case Kind::Raw: out += QStringLiteral("Unknown event `%1`:\n\n").arg(b.toolName) + fence(b.text) + u'\n'; break;
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
