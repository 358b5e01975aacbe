#pragma once

#include "SecondClient.h"

#include "api/LocalEmulator.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

namespace pokee::soak {

struct SoakOptions
{
    QString emulatorProgram;
    QString journalPath;
    int seconds = 300;
    int concurrency = 100;  // at least the 12 prompts: each reference turn has its own session
    quint32 seed = 20261202;
    int warmupSeconds = 60; // RSS is compared from the end of the warm-up on
    int sharedSessions = 6; // sessions a second client (SecondClient) sends into as well
};

// ./dev soak: many concurrent turns through the core (TurnManager, TurnStream, a real SQLite
// journal) against the emulator, whose fault layer cuts, stalls and resets connections and
// answers 5xx at seeded random moments. Every finished turn is checked three ways:
//  - what the journal kept is exactly what the emulator says it sent (its own record, read as
//    JSON: no client parsing code in the oracle), so nothing is lost or repeated;
//  - its transcript, folded by TranscriptModel, is the one the same prompt gave without faults;
//  - the emulator started exactly as many turns as we asked for (no duplicate turns), less
//    the sends a busy session refused.
// A second client (SecondClient) shares a few sessions and the journal file: no turn of either
// is ever answered by the other's, and a busy session is a refusal, never a lost message.
// Memory: this process's RSS is sampled every second; after the warm-up it must stay flat.
class SoakRun : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoakRun)
public:
    explicit SoakRun(const SoakOptions &options, QObject *parent = nullptr);
    ~SoakRun() override;

    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    struct Slot
    {
        QString sessionId;
        int prompt = -1;
    };

    void fail(const QString &message);
    void createSessions();
    void runReferences();
    void startFaults();
    void startTurn(int slot);
    void onTurnFinished(const QString &sessionId, qint64 turnId, TurnStream::State state, const ApiError &error);
    void verify(int slot, qint64 turnId, int prompt);
    void maybeFinish();
    void report();
    void sampleMemory();

    QString promptText(int prompt) const;
    QString transcriptOf(qint64 turnId, const QString &prompt) const;

    SoakOptions m_options;
    LocalEmulator m_emulator;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ApiClient> m_oracle;
    Journal m_journal;
    std::unique_ptr<TurnManager> m_turns;
    std::unique_ptr<SecondClient> m_second;
    QSet<QString> m_responseIds; // of the first client's completed turns
    qint64 m_busyRefusals = 0;
    QRandomGenerator m_pick; // which prompt each turn sends
    QStringList m_prompts;
    QStringList m_references;       // the fault-free transcript of each prompt
    QList<Slot> m_slots;
    QHash<qint64, int> m_slotOfTurn;
    bool m_referencePhase = true;
    bool m_stopping = false;
    bool m_finishing = false;
    int m_referencesLeft = 0;
    int m_verifying = 0;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QTimer m_memoryTimer;
    QList<QPair<qint64, qint64>> m_rssKb; // (ms since the faults began, RSS in KiB)

    qint64 m_turnsAsked = 0;
    qint64 m_turnsCompleted = 0;
    qint64 m_turnsFailed = 0;
    qint64 m_eventsChecked = 0;
    qint64 m_wireMismatches = 0;
    qint64 m_transcriptMismatches = 0;
    qint64 m_duplicates = 0;
    QStringList m_problems; // the first few, for the report
};

} // namespace pokee::soak
