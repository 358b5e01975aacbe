#include "models/SessionProgress.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pokee {

namespace {

// "step 2 of 5", "2/5", "40%": a percent, or -1.
int percentInText(const QString &text)
{
    static const QRegularExpression ratio(QStringLiteral(R"((\d+)\s*(?:of|/)\s*(\d+))"));
    static const QRegularExpression percent(QStringLiteral(R"((\d+(?:\.\d+)?)\s*%)"));
    // Bounded before rounding: a huge number from a server is 100 %, never an overflow.
    if (const auto m = percent.match(text); m.hasMatch())
        return qRound(qBound(0.0, m.captured(1).toDouble(), 100.0));
    if (const auto m = ratio.match(text); m.hasMatch()) {
        const double of = m.captured(2).toDouble();
        if (of > 0)
            return qRound(qBound(0.0, 100.0 * m.captured(1).toDouble() / of, 100.0));
    }
    return -1;
}

int percentOfNumber(const QString &key, double value)
{
    // 0..1 is a fraction unless the key says percent; above 1 it is a percent already.
    if (value <= 1.0 && !key.contains(u"percent") && !key.contains(u"pct"))
        return qRound(qBound(0.0, value * 100.0, 100.0));
    return qRound(qBound(0.0, value, 100.0));
}

} // namespace

SessionProgress SessionProgress::of(const QJsonObject &metadata)
{
    SessionProgress p;
    QStringList parts;
    int fromText = -1;
    for (auto it = metadata.begin(); it != metadata.end(); ++it) { // keys in sorted order
        const QString key = it.key().toLower();
        const bool status = key.endsWith(u"_status") || key == u"status";
        const bool progress = key.startsWith(u"progress");
        if (!status && !progress)
            continue;
        const QJsonValue v = it.value();
        if (v.isDouble()) {
            if (progress)
                p.percent = percentOfNumber(key, v.toDouble());
        } else if (v.isString() && !v.toString().isEmpty()) {
            parts << v.toString();
            if (fromText < 0)
                fromText = percentInText(v.toString());
        }
    }
    if (p.percent < 0)
        p.percent = fromText;
    p.text = parts.join(QStringLiteral(" · "));
    return p;
}

qint64 sessionExpiresAt(int persistent, qint64 ttlSeconds, qint64 createdAtMs, qint64 lastResponseMs, bool busy)
{
    if (persistent == 1)
        return ttlSeconds > 0 && createdAtMs > 0 ? createdAtMs + ttlSeconds * 1000 : 0;
    if (persistent == 0 && !busy && lastResponseMs > 0)
        return lastResponseMs + 5 * 60 * 1000;
    return 0;
}

QString relativeTime(qint64 thenMs, qint64 nowMs)
{
    const qint64 s = qMax<qint64>(0, (nowMs - thenMs) / 1000);
    // Counts in variables: lupdate (6.8) hangs on an expression with '/' inside a translate().
    const int minutes = int(s / 60), hours = int(s / 3600), days = int(s / 86400);
    //: When a session was last active, shown in a narrow list: keep it short
    if (s < 60)
        return QCoreApplication::translate("SessionProgress", "just now");
    //: Minutes since a session was last active (abbreviated: the list is narrow)
    if (s < 3600)
        return QCoreApplication::translate("SessionProgress", "%n min ago", nullptr, minutes);
    //: Hours since a session was last active (abbreviated: the list is narrow)
    if (s < 86400)
        return QCoreApplication::translate("SessionProgress", "%n h ago", nullptr, hours);
    //: Days since a session was last active (abbreviated: the list is narrow)
    return QCoreApplication::translate("SessionProgress", "%n d ago", nullptr, days);
}

QString durationText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const int secs = int(seconds), minutes = int((seconds + 30) / 60), days = int(seconds / 86400);
    //: A duration in seconds (abbreviated unit)
    if (seconds < 60)
        return QCoreApplication::translate("SessionProgress", "%n s", nullptr, secs);
    //: A duration in minutes (abbreviated unit)
    if (seconds < 3600)
        return QCoreApplication::translate("SessionProgress", "%n min", nullptr, minutes);
    if (seconds < 86400) {
        const qint64 h = seconds / 3600, m = (seconds % 3600) / 60;
        const int hours = int(h);
        //: A duration in hours and minutes (abbreviated units)
        return m ? QCoreApplication::translate("SessionProgress", "%1 h %2 min").arg(h).arg(m)
                 //: A duration in hours (abbreviated unit)
                 : QCoreApplication::translate("SessionProgress", "%n h", nullptr, hours);
    }
    //: A duration in days (abbreviated unit)
    return QCoreApplication::translate("SessionProgress", "%n d", nullptr, days);
}

} // namespace pokee
