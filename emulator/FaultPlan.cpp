#include "FaultPlan.h"

#include <QJsonArray>

namespace pokee::emu {

bool FaultPlan::hasTcpFaults() const
{
    return cutAfterBytes >= 0 || randomCuts || delayMs > 0 || stallAfterBytes >= 0 || resetBeforeHeaders > 0 ||
           stallProbability > 0 || resetProbability > 0;
}

QJsonObject FaultPlan::toJson() const
{
    QJsonArray errors;
    for (const HttpError &e : httpErrors)
        errors.append(QJsonObject{{QStringLiteral("status"), e.status},
                                  {QStringLiteral("count"), e.count},
                                  {QStringLiteral("path_contains"), e.pathContains},
                                  {QStringLiteral("method"), e.method},
                                  {QStringLiteral("retry_after"), e.retryAfterSeconds},
                                  {QStringLiteral("probability"), e.probability}});
    return {{QStringLiteral("path_contains"), pathContains},
            {QStringLiteral("cut_after_bytes"), cutAfterBytes},
            {QStringLiteral("random_cuts"), randomCuts},
            {QStringLiteral("seed"), qint64(seed)},
            {QStringLiteral("random_min_bytes"), randomMinBytes},
            {QStringLiteral("random_max_bytes"), randomMaxBytes},
            {QStringLiteral("cut_count"), cutCount},
            {QStringLiteral("delay_ms"), delayMs},
            {QStringLiteral("stall_after_bytes"), stallAfterBytes},
            {QStringLiteral("stall_ms"), stallMs},
            {QStringLiteral("reset_before_headers"), resetBeforeHeaders},
            {QStringLiteral("cut_probability"), cutProbability},
            {QStringLiteral("stall_probability"), stallProbability},
            {QStringLiteral("reset_probability"), resetProbability},
            {QStringLiteral("http_errors"), errors}};
}

bool FaultPlan::fromJson(const QJsonObject &json, FaultPlan &out, QString *error)
{
    static const QStringList known = {
        QStringLiteral("path_contains"), QStringLiteral("cut_after_bytes"), QStringLiteral("random_cuts"),
        QStringLiteral("seed"), QStringLiteral("random_min_bytes"), QStringLiteral("random_max_bytes"),
        QStringLiteral("cut_count"), QStringLiteral("delay_ms"), QStringLiteral("stall_after_bytes"),
        QStringLiteral("stall_ms"), QStringLiteral("reset_before_headers"), QStringLiteral("http_errors"),
        QStringLiteral("cut_probability"), QStringLiteral("stall_probability"), QStringLiteral("reset_probability")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown fault '%1'").arg(it.key());
            return false;
        }
    }
    FaultPlan p;
    p.pathContains = json.value(u"path_contains").toString();
    p.cutAfterBytes = json.value(u"cut_after_bytes").toInteger(-1);
    p.randomCuts = json.value(u"random_cuts").toBool();
    p.seed = quint32(json.value(u"seed").toInteger(1));
    p.randomMinBytes = json.value(u"random_min_bytes").toInteger(200);
    p.randomMaxBytes = json.value(u"random_max_bytes").toInteger(20000);
    p.cutCount = int(json.value(u"cut_count").toInteger(-1));
    p.delayMs = int(json.value(u"delay_ms").toInteger(0));
    p.stallAfterBytes = json.value(u"stall_after_bytes").toInteger(-1);
    p.stallMs = int(json.value(u"stall_ms").toInteger(-1));
    p.resetBeforeHeaders = int(json.value(u"reset_before_headers").toInteger(0));
    p.cutProbability = json.value(u"cut_probability").toDouble(1.0);
    p.stallProbability = json.value(u"stall_probability").toDouble(0.0);
    p.resetProbability = json.value(u"reset_probability").toDouble(0.0);
    for (const double chance : {p.cutProbability, p.stallProbability, p.resetProbability}) {
        if (!(chance >= 0 && chance <= 1)) {
            *error = QStringLiteral("cut_probability, stall_probability and reset_probability must be 0..1");
            return false;
        }
    }
    if (p.randomMinBytes < 1 || p.randomMaxBytes < p.randomMinBytes) {
        *error = QStringLiteral("random_min_bytes must be >= 1 and <= random_max_bytes");
        return false;
    }
    if (p.delayMs < 0 || p.resetBeforeHeaders < 0) {
        *error = QStringLiteral("delay_ms and reset_before_headers cannot be negative");
        return false;
    }
    for (const QJsonValue &v : json.value(u"http_errors").toArray()) {
        const QJsonObject o = v.toObject();
        HttpError e;
        e.status = int(o.value(u"status").toInteger());
        e.count = int(o.value(u"count").toInteger(-1));
        e.pathContains = o.value(u"path_contains").toString();
        e.method = o.value(u"method").toString().toUpper();
        e.retryAfterSeconds = int(o.value(u"retry_after").toInteger(-1));
        e.probability = o.value(u"probability").toDouble(1.0);
        if (!(e.probability >= 0 && e.probability <= 1)) {
            *error = QStringLiteral("http_errors[].probability must be 0..1");
            return false;
        }
        if (e.status < 400 || e.status > 599) {
            *error = QStringLiteral("http_errors[].status must be 400..599");
            return false;
        }
        p.httpErrors.append(e);
    }
    out = p;
    return true;
}

} // namespace pokee::emu
