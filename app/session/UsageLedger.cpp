#include "session/UsageLedger.h"

#include "store/Journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace pokee {

void UsageTotals::add(const QJsonObject &usage)
{
    if (usage.isEmpty())
        return;
    const qint64 in = usage.value(u"input_tokens").toInteger();
    const qint64 out = usage.value(u"output_tokens").toInteger();
    inputTokens += in;
    outputTokens += out;
    totalTokens += usage.contains(u"total_tokens") ? usage.value(u"total_tokens").toInteger() : in + out;
    ++turns;
}

QString UsageTotals::summary() const
{
    const QLocale l;
    return QCoreApplication::translate("UsageLedger", "%n turn(s) · %1 in · %2 out · %3 tokens", nullptr, turns)
        .arg(l.toString(inputTokens), l.toString(outputTokens), l.toString(totalTokens));
}

namespace {
// RFC 4180: quoted when it holds a comma, quote or line break; a leading = + - @ is defused
// so a spreadsheet never runs a title as a formula.
QByteArray csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u'"', QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v.toUtf8();
}
} // namespace

namespace UsageLedger {

UsageTotals forSession(const Journal &journal, const QString &sessionId)
{
    UsageTotals t;
    for (const QJsonObject &usage : journal.usages(sessionId))
        t.add(usage);
    return t;
}

UsageTotals forProfile(const Journal &journal, const QString &profile)
{
    UsageTotals t;
    for (const QJsonObject &usage : journal.profileUsages(profile))
        t.add(usage);
    return t;
}

QByteArray csv(const Journal &journal, const QString &profile)
{
    QByteArray out = "session_id,session_title,response_id,finished_at,state,input_tokens,output_tokens,total_tokens\r\n";
    for (const SessionRecord &s : journal.sessions(profile)) {
        for (const TurnRecord &turn : journal.turns(s.id)) {
            if (turn.usage.isEmpty())
                continue;
            UsageTotals one;
            one.add(turn.usage);
            const QString finished = turn.finishedAt
                                         ? QDateTime::fromMSecsSinceEpoch(turn.finishedAt, QTimeZone::UTC).toString(Qt::ISODate)
                                         : QString();
            out += csvField(s.id) + ',' + csvField(s.title) + ',' + csvField(turn.responseId) + ',' +
                   csvField(finished) + ',' + csvField(turn.state) + ',' + QByteArray::number(one.inputTokens) + ',' +
                   QByteArray::number(one.outputTokens) + ',' + QByteArray::number(one.totalTokens) + "\r\n";
        }
    }
    return out;
}

} // namespace UsageLedger

} // namespace pokee
