#include "SoakRun.h"

#include "ProcStatus.h"

#include "api/ApiCall.h"
#include "models/TranscriptModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <utility>

namespace pokee::soak {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The median RSS of the samples taken in [fromMs, toMs).
qint64 medianRss(const QList<QPair<qint64, qint64>> &samples, qint64 fromMs, qint64 toMs)
{
    QList<qint64> values;
    for (const auto &[at, kb] : samples)
        if (at >= fromMs && at < toMs)
            values.append(kb);
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString mb(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 1) + QStringLiteral(" MB");
}

TurnStream::Options soakStreamOptions()
{
    // The app's policy, with shorter waits: a stall of 2.5 s is a dead link after 1.5 s of
    // silence, and backoff stays short so a 5-minute soak sees many faults per turn.
    TurnStream::Options o;
    o.backoffBaseMs = 50;
    o.backoffCapMs = 1000;
    o.idleTimeoutMs = 1500;
    o.pauseRetryBaseMs = 100;
    o.pauseRetryCapMs = 1000;
    return o;
}

} // namespace

SoakRun::SoakRun(const SoakOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_pick(options.seed)
{
    // Prompts of several lengths, with and without thinking and built-in tools: the same
    // catalogue for every seed; the seed picks which prompt each turn sends.
    const int deltas[] = {30, 80, 150, 300, 600, 1200};
    for (int i = 0; i < 12; ++i)
        m_prompts << QStringLiteral("[[deltas=%1]] [[pace=2]] %2%3soak prompt %4")
                         .arg(deltas[i % 6])
                         .arg(i % 3 == 0 ? QStringLiteral("[[thinking=off]] ") : QString(),
                              i % 4 == 1 ? QStringLiteral("[[bash=off]] ") : QString())
                         .arg(i);
    m_references.resize(m_prompts.size());
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_stopping = true;
        out() << "soak: time is up; waiting for the " << m_slotOfTurn.size() << " turns in flight\n";
        out().flush();
        // A turn that cannot end within two minutes of the deadline is a failure in itself.
        QTimer::singleShot(120000, this, [this] { fail(QStringLiteral("turns still running 2 minutes after the deadline")); });
        if (m_second)
            m_second->stop();
        maybeFinish();
    });
    m_memoryTimer.setInterval(1000);
    connect(&m_memoryTimer, &QTimer::timeout, this, &SoakRun::sampleMemory);
}

SoakRun::~SoakRun() = default;

void SoakRun::start()
{
    connect(&m_emulator, &LocalEmulator::failed, this, [this](const QString &m) { fail(QStringLiteral("the emulator: ") + m); });
    connect(&m_emulator, &LocalEmulator::ready, this, [this](const Endpoint &endpoint) {
        m_api = std::make_unique<ApiClient>(endpoint);
        // The checks read the emulator's record over connections of their own: never a
        // connection the turns' faults are cutting.
        m_oracle = std::make_unique<ApiClient>(endpoint);
        if (!m_journal.open(m_options.journalPath))
            return fail(QStringLiteral("cannot open the journal %1: %2").arg(m_options.journalPath, m_journal.lastError()));
        m_turns = std::make_unique<TurnManager>(m_api.get(), &m_journal, soakStreamOptions());
        connect(m_turns.get(), &TurnManager::turnFinished, this, &SoakRun::onTurnFinished);
        connect(m_turns.get(), &TurnManager::journalFailed, this, [this](const QString &m) { fail(QStringLiteral("journal: ") + m); });
        createSessions();
    });
    // Deltas every 2 ms; turn buffers kept 10 minutes so every finished turn can be checked.
    // The emulator's Qt warnings are off: Qt HttpServer 6.8 cannot tell a responder that its
    // client left, so a turn writes on to every cut connection until it ends, and each write
    // says "QIODevice::write (QTcpSocket): device not open" (thousands a minute here).
    const QByteArray rules = qgetenv("QT_LOGGING_RULES");
    qputenv("QT_LOGGING_RULES", "default.warning=false");
    m_emulator.start(m_options.emulatorProgram, {QStringLiteral("--pace-ms"), QStringLiteral("2"),
                                                 QStringLiteral("--eviction-grace-s"), QStringLiteral("600")});
    if (rules.isNull())
        qunsetenv("QT_LOGGING_RULES");
    else
        qputenv("QT_LOGGING_RULES", rules);
}

void SoakRun::fail(const QString &message)
{
    out() << "soak: FAILED: " << message << '\n';
    out().flush();
    Q_EMIT done(2);
}

void SoakRun::createSessions()
{
    auto left = std::make_shared<int>(m_options.concurrency);
    m_slots.resize(m_options.concurrency);
    for (int i = 0; i < m_options.concurrency; ++i) {
        ApiCall *call = m_api->post(QStringLiteral("/v1/sessions"), {{QStringLiteral("persistent"), true}});
        connect(call, &ApiCall::finished, this, [this, i, left](const ApiResult &r) {
            m_slots[i].sessionId = r.json.object().value(u"id").toString();
            if (m_slots[i].sessionId.isEmpty())
                return fail(QStringLiteral("could not create a session: ") + r.error.userMessage());
            if (--*left == 0)
                runReferences();
        });
    }
}

void SoakRun::runReferences()
{
    out() << "soak: " << m_prompts.size() << " prompts without faults, for reference\n";
    out().flush();
    m_referencesLeft = int(m_prompts.size());
    for (int p = 0; p < m_prompts.size(); ++p) {
        m_slots[p % m_slots.size()].prompt = p;
        const qint64 turn = m_turns->startTurn(m_slots[p % m_slots.size()].sessionId, promptText(p));
        ++m_turnsAsked;
        m_slotOfTurn.insert(turn, int(p % m_slots.size()));
    }
}

void SoakRun::startFaults()
{
    m_referencePhase = false;
    // Only the API's turn traffic is faulted: session creation and the emulator's own record
    // (/_emulator/...) stay clean so the checks read the truth.
    const QJsonObject plan{
        {QStringLiteral("path_contains"), QStringLiteral("/v1/sessions/")},
        {QStringLiteral("seed"), qint64(m_options.seed)},
        {QStringLiteral("random_cuts"), true},
        {QStringLiteral("cut_probability"), 0.3},
        {QStringLiteral("random_min_bytes"), 100},
        {QStringLiteral("random_max_bytes"), 60000},
        {QStringLiteral("stall_probability"), 0.05},
        {QStringLiteral("stall_ms"), 2500},
        {QStringLiteral("reset_probability"), 0.03},
        {QStringLiteral("http_errors"),
         QJsonArray{QJsonObject{{QStringLiteral("status"), 502}, {QStringLiteral("path_contains"), QStringLiteral("/v1/sessions/")},
                                {QStringLiteral("probability"), 0.03}},
                    QJsonObject{{QStringLiteral("status"), 503}, {QStringLiteral("path_contains"), QStringLiteral("/events")},
                                {QStringLiteral("probability"), 0.03}, {QStringLiteral("retry_after"), 1}}}}};
    // POKEE_SOAK_FAULTS replaces the plan (JSON), to look at one kind of fault at a time.
    const QJsonObject chosen = qEnvironmentVariableIsSet("POKEE_SOAK_FAULTS")
                                   ? QJsonDocument::fromJson(qgetenv("POKEE_SOAK_FAULTS")).object()
                                   : plan;
    ApiCall *call = m_api->post(QStringLiteral("/_emulator/faults"), chosen);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &r) {
        if (!r.ok())
            return fail(QStringLiteral("the emulator refused the fault plan: ") + r.error.userMessage());
        out() << "soak: " << m_options.concurrency << " concurrent turns for " << m_options.seconds
              << " s under seeded faults (seed " << m_options.seed << ")\n";
        out().flush();
        m_clock.start();
        m_memoryTimer.start();
        m_deadline.start(m_options.seconds * 1000);
        for (int i = 0; i < m_slots.size(); ++i)
            startTurn(i);
        m_second = std::make_unique<SecondClient>(m_api->endpoint(), m_options.journalPath, soakStreamOptions());
        if (const QString error = m_second->open(); !error.isEmpty())
            return fail(QStringLiteral("the second client cannot open the journal: ") + error);
        connect(m_second.get(), &SecondClient::finished, this, &SoakRun::maybeFinish);
        QStringList shared;
        for (int i = 0; i < qMin<qsizetype>(m_options.sharedSessions, m_slots.size()); ++i)
            shared << m_slots.at(i).sessionId;
        m_second->start(shared);
    });
}

QString SoakRun::promptText(int prompt) const
{
    return m_prompts.at(prompt);
}

void SoakRun::startTurn(int slot)
{
    Slot &s = m_slots[slot];
    s.prompt = int(m_pick.bounded(quint32(m_prompts.size())));
    const qint64 turnId = m_turns->startTurn(s.sessionId, promptText(s.prompt));
    if (turnId <= 0)
        return fail(QStringLiteral("the journal could not record a turn"));
    ++m_turnsAsked;
    m_slotOfTurn.insert(turnId, slot);
}

void SoakRun::onTurnFinished(const QString &sessionId, qint64 turnId, TurnStream::State state, const ApiError &error)
{
    const int slot = m_slotOfTurn.value(turnId, -1);
    if (slot < 0)
        return;
    const int prompt = m_slots.at(slot).prompt;
    if (state == TurnStream::State::Failed && error.kind == ApiError::Kind::Conflict &&
        m_journal.turn(turnId).responseId.isEmpty()) {
        // The second client's turn held the session: refused, nothing started. Again soon.
        ++m_busyRefusals;
        m_slotOfTurn.remove(turnId);
        if (!m_stopping && !m_referencePhase)
            QTimer::singleShot(200, this, [this, slot] {
                if (!m_stopping)
                    startTurn(slot);
            });
        return maybeFinish();
    }
    if (state != TurnStream::State::Completed) {
        ++m_turnsFailed;
        if (m_problems.size() < 10)
            m_problems << QStringLiteral("turn %1 in %2 ended %3: %4\n    %5")
                              .arg(turnId)
                              .arg(sessionId, stateName(state), error.userMessage(),
                                   m_turns->connectionLog(turnId).entries.join(QStringLiteral("\n    ")));
        m_slotOfTurn.remove(turnId);
        if (!m_stopping && !m_referencePhase)
            startTurn(slot);
        return maybeFinish();
    }
    verify(slot, turnId, prompt);
}

void SoakRun::verify(int slot, qint64 turnId, int prompt)
{
    ++m_verifying;
    const TurnRecord record = m_journal.turn(turnId);
    ApiCall *call = m_oracle->get(QStringLiteral("/_emulator/turns/%1/sent").arg(record.responseId));
    connect(call, &ApiCall::finished, this, [this, slot, turnId, prompt, record](const ApiResult &r) {
        --m_verifying;
        m_slotOfTurn.remove(turnId);
        const QList<TurnEvent> kept = m_journal.events(turnId);
        const QJsonArray sent = r.json.object().value(u"events").toArray();
        bool same = r.ok() && sent.size() == kept.size();
        for (qsizetype i = 0; same && i < kept.size(); ++i) {
            const QJsonObject e = sent.at(i).toObject();
            same = kept.at(i).id == e.value(u"id").toString().toUtf8() && kept.at(i).type == e.value(u"event").toString() &&
                   kept.at(i).rawData == e.value(u"data").toString().toUtf8();
        }
        for (qsizetype i = 0; i < kept.size(); ++i)
            if (kept.at(i).seq != i) {
                ++m_duplicates; // a repeated or skipped sequence number
                break;
            }
        m_eventsChecked += kept.size();
        if (!same) {
            ++m_wireMismatches;
            if (m_problems.size() < 10)
                m_problems << QStringLiteral("turn %1 (%2): the journal kept %3 events, the server sent %4%5")
                                  .arg(turnId).arg(record.responseId).arg(kept.size()).arg(sent.size())
                                  .arg(r.ok() ? QString() : QStringLiteral(" (") + r.error.userMessage() + u')');
        }
        const QString transcript = transcriptOf(turnId, promptText(prompt));
        if (m_referencePhase) {
            m_references[prompt] = transcript;
            if (--m_referencesLeft == 0)
                startFaults();
            return;
        }
        ++m_turnsCompleted;
        m_responseIds.insert(record.responseId);
        if (transcript != m_references.at(prompt)) {
            ++m_transcriptMismatches;
            if (m_problems.size() < 10)
                m_problems << QStringLiteral("turn %1 (%2): the transcript differs from the fault-free one of prompt %3")
                                  .arg(turnId).arg(record.responseId).arg(prompt);
        }
        if (!m_stopping)
            startTurn(slot);
        maybeFinish();
    });
}

QString SoakRun::transcriptOf(qint64 turnId, const QString &prompt) const
{
    // What a reader sees, without the ids the server makes up per turn.
    TranscriptModel model;
    model.appendPrompt(prompt);
    for (const TurnEvent &e : m_journal.events(turnId))
        model.applyEvent(QStringLiteral("response"), e);
    QString text;
    for (const TranscriptBlock &b : model.blocks())
        text += QStringLiteral("%1|%2|%3|%4|%5|%6|%7\n").arg(int(b.kind)).arg(b.text, b.toolName, b.toolInput, b.toolResult,
                                                                             b.toolError ? QStringLiteral("error") : QString(), b.status);
    return text;
}

void SoakRun::sampleMemory()
{
    m_rssKb.append({m_clock.elapsed(), qint64(test::rssKiB())});
    if (m_rssKb.size() % 30 == 0) {
        out() << "soak: " << m_clock.elapsed() / 1000 << " s: " << m_turnsCompleted << " turns checked, " << m_slotOfTurn.size()
              << " running, RSS " << mb(m_rssKb.last().second) << '\n';
        out().flush();
    }
}

void SoakRun::maybeFinish()
{
    if (!m_stopping || !m_slotOfTurn.isEmpty() || m_verifying > 0)
        return;
    if (m_second && !m_second->isIdle())
        return; // finished() calls again
    if (std::exchange(m_finishing, true))
        return;
    m_memoryTimer.stop();
    ApiCall *clear = m_api->deleteResource(QStringLiteral("/_emulator/faults"));
    connect(clear, &ApiCall::finished, this, [this] {
        ApiCall *stats = m_api->get(QStringLiteral("/_emulator/stats"));
        connect(stats, &ApiCall::finished, this, [this](const ApiResult &r) {
            const QJsonObject s = r.json.object();
            const qint64 started = s.value(u"turns_started").toInteger();
            const qint64 elapsedMs = m_clock.elapsed();
            const qint64 warmupEnd = qint64(m_options.warmupSeconds) * 1000;
            const qint64 afterWarmup = medianRss(m_rssKb, warmupEnd, warmupEnd + 30000);
            const qint64 atEnd = medianRss(m_rssKb, elapsedMs - 30000, elapsedMs + 1);
            qint64 peak = 0;
            for (const auto &sample : std::as_const(m_rssKb))
                peak = qMax(peak, sample.second);
            const double growth = afterWarmup > 0 ? 100.0 * double(atEnd - afterWarmup) / double(afterWarmup) : 0;
            // Flat: within 10 % (the journal's page cache and Qt's pools settle in the warm-up).
            // A run shorter than a minute (the ctest smoke) reports the figures and judges
            // nothing: that little time says nothing about a trend.
            const bool judgeMemory = m_options.seconds >= 60;
            const bool flat = !judgeMemory || (afterWarmup > 0 && growth <= 10.0);
            const SecondClient &second = *m_second;
            const qint64 shared = (m_responseIds & second.responseIds()).size();
            const qint64 expectedStarts = m_turnsAsked - m_busyRefusals + second.asked() - second.busyRefusals();
            const bool ok = m_turnsFailed == 0 && m_wireMismatches == 0 && m_transcriptMismatches == 0 && m_duplicates == 0 &&
                            started == expectedStarts && flat && m_turnsCompleted > 0 && second.failed() == 0 &&
                            second.mismatches() == 0 && shared == 0 && second.completed() > 0;
            QTextStream &o = out();
            o << "\nsoak: " << (ok ? "PASSED" : "FAILED") << " — seed " << m_options.seed << ", " << m_options.concurrency
              << " concurrent turns, " << elapsedMs / 1000 << " s under faults\n"
              << "  turns completed and checked   " << m_turnsCompleted << " (" << m_turnsFailed << " failed)\n"
              << "  events checked                " << m_eventsChecked << '\n'
              << "  faults injected               " << s.value(u"cuts").toInteger() << " cuts, " << s.value(u"stalls").toInteger()
              << " stalls, " << s.value(u"resets").toInteger() << " resets, " << s.value(u"injected_http_errors").toInteger()
              << " HTTP 502/503\n"
              << "  journal = server's record     " << (m_turnsCompleted + m_prompts.size() - m_wireMismatches) << " of "
              << (m_turnsCompleted + m_prompts.size()) << " turns\n"
              << "  transcript = fault-free run   " << (m_turnsCompleted - m_transcriptMismatches) << " of " << m_turnsCompleted << '\n'
              << "  repeated or skipped events    " << m_duplicates << " turns\n"
              << "  second client, shared sessions " << second.completed() << " turns checked, " << second.busyRefusals()
              << " refused as busy, " << second.failed() << " failed, " << second.mismatches() << " not its own\n"
              << "  turns answered to both        " << shared << '\n'
              << "  turns started on the server   " << started << " for " << expectedStarts << " sent ("
              << (m_turnsAsked + second.asked()) << " asked, " << (m_busyRefusals + second.busyRefusals()) << " refused as busy)\n"
              << "  RSS after warm-up (" << m_options.warmupSeconds << " s)     " << mb(afterWarmup) << ", at the end " << mb(atEnd)
              << " (" << QString::number(growth, 'f', 1) << " %), peak " << mb(peak) << (flat ? "" : "  ← not flat") << '\n';
            for (const QString &p : std::as_const(m_problems))
                o << "  problem: " << p << '\n';
            for (const QString &p : second.problems())
                o << "  problem: " << p << '\n';
            o.flush();
            Q_EMIT done(ok ? 0 : 1);
        });
    });
}

} // namespace pokee::soak
