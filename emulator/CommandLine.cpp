#include "CommandLine.h"

#include "HostileServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace pokee::emu {

namespace {
QCommandLineOption opt(const char *name, const char *help, const char *valueName = nullptr,
                       const QString &defaultValue = {})
{
    return valueName ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                          QString::fromLatin1(valueName), defaultValue)
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
}

bool toInt(const QString &text, qint64 &out)
{
    bool ok = false;
    out = text.toLongLong(&ok);
    return ok;
}
} // namespace

bool parseCommandLine(const QCoreApplication &app, CommandLine &out, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A local implementation of the Pokee Enterprise API with a deterministic scripted agent.\n"
        "Prints the base URL it serves as the first line on stdout. See docs/emulator.md."));
    p.addHelpOption();
    p.addVersionOption();
    const EmulatorOptions d;
    const auto host = opt("host", "Address to bind (default 127.0.0.1).", "address", QStringLiteral("127.0.0.1"));
    const auto port = opt("port", "Port; 0 picks a free one (default 0).", "n", QStringLiteral("0"));
    const auto listenFd = opt("listen-fd", "Serve on this already-listening socket, inherited as descriptor N, instead "
                                           "of --host and --port (POSIX; how the desktop app starts its local demo "
                                           "without waiting for it).", "n");
    const auto key = opt("key", "The API key to accept (default: $POKEE_EMULATOR_KEY, then $POKEE_KEY, "
                                "else a random key printed on stderr).", "key");
    const auto pace = opt("pace-ms", "Pause between streamed deltas (default 15).", "ms", QString::number(d.paceMs));
    const auto toolTimeout = opt("tool-timeout-s", "Seconds a tool call waits for its result (default 300).", "s",
                                 QString::number(d.toolTimeoutSeconds));
    const auto idle = opt("idle-destroy-s", "Seconds after its last response that a non-persistent session is "
                                            "destroyed (default 300).", "s", QString::number(d.idleDestroySeconds));
    const auto grace = opt("eviction-grace-s", "Seconds a finished turn's buffer is kept (default 120).", "s",
                           QString::number(d.evictionGraceSeconds));
    const auto keepAlive = opt("keepalive-s", "Seconds of quiet before a ': ping' comment; 0 for none (default 15).",
                               "s", QString::number(d.keepAliveSeconds));
    const auto statelessDelay = opt("stateless-delay-ms", "Time a stateless /v1/responses call takes (default 150).",
                                    "ms", QString::number(d.statelessDelayMs));
    const auto maxBody = opt("max-body-bytes", "Larger request bodies get 413 (default 10485760).", "n",
                             QString::number(d.maxBodyBytes));
    const QCommandLineOption busyBeforeKey(QStringLiteral("busy-before-key"),
                                           QStringLiteral("Answer 409 for a busy session before checking the "
                                                          "Idempotency-Key (a retried POST then meets 409)."));
    const auto faults = opt("faults", "The whole fault plan as JSON (docs/emulator.md).", "json");
    const auto cutAfter = opt("fault-cut-after", "Cut each response after N bytes.", "n");
    const auto randomCuts = opt("fault-random-cuts", "Cut each response at a random point, seeded.", "seed");
    const auto cutRange = opt("fault-cut-range", "Where random cuts fall, in bytes (default 200:20000).", "min:max");
    const auto cutCount = opt("fault-cut-count", "How many cuts in all (default unlimited).", "n");
    const auto delay = opt("fault-delay-ms", "Delay every response chunk.", "ms");
    const auto stallAfter = opt("fault-stall-after", "Stall each response after N bytes.", "n");
    const auto stallMs = opt("fault-stall-ms", "How long a stall lasts (default: for ever).", "ms");
    const auto reset = opt("fault-reset-before-headers", "Reset the next N connections after the request reached "
                                                         "the server, before any response byte.", "n");
    const auto path = opt("fault-path", "Apply the TCP faults only to paths containing this.", "text");
    const auto http = opt("fault-http", "Answer requests with this HTTP error; repeatable. "
                                        "STATUS[:COUNT[:PATH]], e.g. 429:2:/messages.", "spec");
    const auto retryAfter = opt("fault-retry-after", "Retry-After seconds sent with injected 429s (default 1).", "s",
                                QStringLiteral("1"));
    const QCommandLineOption hostile(QStringLiteral("hostile"),
                                     QStringLiteral("Serve a hostile server instead of the API, misbehaving as MODE says: %1 "
                                                    "(docs/emulator.md).").arg(HostileServer::modes().join(QStringLiteral(", "))),
                                     QStringLiteral("mode"));
    p.addOptions({host, port, listenFd, key, pace, toolTimeout, idle, grace, keepAlive, statelessDelay, maxBody, busyBeforeKey, faults,
                  cutAfter, randomCuts, cutRange, cutCount, delay, stallAfter, stallMs, reset, path, http, retryAfter, hostile});
    p.process(app);
    if (p.isSet(hostile)) {
        out.hostileMode = p.value(hostile);
        if (!HostileServer::modes().contains(out.hostileMode)) {
            *error = QStringLiteral("--hostile must be one of: ") + HostileServer::modes().join(QStringLiteral(", "));
            return false;
        }
    }

    if (!p.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first());
        return false;
    }
    out.address = QHostAddress(p.value(host));
    if (out.address.isNull()) {
        *error = QStringLiteral("--host %1 is not an IP address").arg(p.value(host));
        return false;
    }
    qint64 n = 0;
    if (!toInt(p.value(port), n) || n < 0 || n > 65535) {
        *error = QStringLiteral("--port must be 0..65535");
        return false;
    }
    out.port = quint16(n);
    if (p.isSet(listenFd)) {
        if (!toInt(p.value(listenFd), n) || n < 0 || n > 65535) {
            *error = QStringLiteral("--listen-fd takes a descriptor number");
            return false;
        }
        if (!out.hostileMode.isEmpty() || p.isSet(host) || p.isSet(port)) {
            *error = QStringLiteral("--listen-fd serves the API only, instead of --host and --port");
            return false;
        }
        out.listenDescriptor = qintptr(n);
    }

    EmulatorOptions &o = out.options;
    o.key = p.isSet(key) ? p.value(key) : qEnvironmentVariable("POKEE_EMULATOR_KEY");
    if (o.key.isEmpty())
        o.key = qEnvironmentVariable("POKEE_KEY");
    if (o.key.isEmpty()) {
        o.key = QStringLiteral("emu-") + QString::number(QRandomGenerator::system()->generate64(), 16);
        out.keyWasGenerated = true;
    }
    struct IntFlag { const QCommandLineOption &option; int *target; };
    for (const IntFlag &f : {IntFlag{pace, &o.paceMs}, IntFlag{toolTimeout, &o.toolTimeoutSeconds},
                             IntFlag{idle, &o.idleDestroySeconds}, IntFlag{grace, &o.evictionGraceSeconds},
                             IntFlag{keepAlive, &o.keepAliveSeconds}, IntFlag{statelessDelay, &o.statelessDelayMs}}) {
        if (!toInt(p.value(f.option), n) || n < 0 || n > 86'400'000) {
            *error = QStringLiteral("--%1 must be a non-negative whole number").arg(f.option.names().first());
            return false;
        }
        *f.target = int(n);
    }
    o.busyBeforeKey = p.isSet(busyBeforeKey);
    if (!toInt(p.value(maxBody), o.maxBodyBytes) || o.maxBodyBytes < 1) {
        *error = QStringLiteral("--max-body-bytes must be positive");
        return false;
    }

    // Faults: the JSON plan first, then the single flags on top of it.
    QJsonObject plan;
    if (p.isSet(faults)) {
        const QJsonDocument doc = QJsonDocument::fromJson(p.value(faults).toUtf8());
        if (!doc.isObject()) {
            *error = QStringLiteral("--faults must be a JSON object");
            return false;
        }
        plan = doc.object();
    }
    auto setInt = [&](const QCommandLineOption &flag, const char *field) {
        if (!p.isSet(flag))
            return true;
        if (!toInt(p.value(flag), n))
            return false;
        plan.insert(QString::fromLatin1(field), n);
        return true;
    };
    if (!setInt(cutAfter, "cut_after_bytes") || !setInt(cutCount, "cut_count") || !setInt(delay, "delay_ms") ||
        !setInt(stallAfter, "stall_after_bytes") || !setInt(stallMs, "stall_ms") ||
        !setInt(reset, "reset_before_headers")) {
        *error = QStringLiteral("the --fault-* numbers must be whole numbers");
        return false;
    }
    if (p.isSet(randomCuts)) {
        if (!toInt(p.value(randomCuts), n)) {
            *error = QStringLiteral("--fault-random-cuts takes a seed (a whole number)");
            return false;
        }
        plan.insert(QStringLiteral("random_cuts"), true);
        plan.insert(QStringLiteral("seed"), n);
    }
    if (p.isSet(cutRange)) {
        const QStringList parts = p.value(cutRange).split(u':');
        qint64 lo = 0, hi = 0;
        if (parts.size() != 2 || !toInt(parts[0], lo) || !toInt(parts[1], hi)) {
            *error = QStringLiteral("--fault-cut-range takes MIN:MAX");
            return false;
        }
        plan.insert(QStringLiteral("random_min_bytes"), lo);
        plan.insert(QStringLiteral("random_max_bytes"), hi);
    }
    if (p.isSet(path))
        plan.insert(QStringLiteral("path_contains"), p.value(path));
    QJsonArray errors = plan.value(u"http_errors").toArray();
    for (const QString &spec : p.values(http)) {
        const QStringList parts = spec.split(u':');
        qint64 status = 0, count = -1;
        if (!toInt(parts.value(0), status) || (parts.size() > 1 && !toInt(parts[1], count))) {
            *error = QStringLiteral("--fault-http takes STATUS[:COUNT[:PATH]], e.g. 429:2:/messages");
            return false;
        }
        errors.append(QJsonObject{{QStringLiteral("status"), status},
                                  {QStringLiteral("count"), count},
                                  {QStringLiteral("path_contains"), parts.mid(2).join(u':')},
                                  {QStringLiteral("retry_after"), status == 429 || status == 503
                                                                      ? p.value(retryAfter).toLongLong()
                                                                      : qint64(-1)}});
    }
    if (!errors.isEmpty())
        plan.insert(QStringLiteral("http_errors"), errors);
    return FaultPlan::fromJson(plan, out.faults, error);
}

} // namespace pokee::emu
