// The session list kept true against the real emulator over loopback: the journal's sessions
// merged with the server's list, sessions the server destroyed, a server without the list,
// busy sessions polled (or attached to) until idle, clean-up and delete on the server.
// (What the client says about reachability and the key: ReachabilityTest.)
#include "CannedHttpServer.h"
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "LoopbackEndpoints.h"

#include "api/ApiClient.h"
#include "models/SessionListModel.h"
#include "session/SessionDirectory.h"
#include "session/TurnManager.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <memory>

using namespace pokee;
using test::HttpProbe;
using test::endpoint;

namespace {
constexpr int Long = 15000; // generous: a loaded machine under ctest -j2

TurnStream::Options fastStreams()
{
    TurnStream::Options o;
    o.backoffBaseMs = 20;
    o.backoffCapMs = 200;
    o.idleTimeoutMs = 10000;
    return o;
}

SessionDirectory::Options fastPolls(bool attach)
{
    SessionDirectory::Options o;
    o.pollIntervalMs = 200;
    o.selectedPollIntervalMs = 200;
    o.maxPollIntervalMs = 1000;
    o.listIntervalMs = 0; // only on refresh()
    o.attachWhenKnown = attach;
    return o;
}

// The ids the server lists, read with a client that is not the one under test.
QStringList serverIds(HttpProbe &http)
{
    QStringList out;
    for (const QJsonValue &v : http.get(QStringLiteral("/v1/sessions")).json().value(u"data").toArray())
        out << v.toObject().value(u"id").toString();
    return out;
}

int count(const QSignalSpy &spy, const QString &sessionId)
{
    int n = 0;
    for (const QList<QVariant> &args : spy)
        n += args.value(0).toString() == sessionId;
    return n;
}

// One profile's client side: API client, journal file, turn manager, directory.
struct Rig
{
    Rig(const Endpoint &e, const SessionDirectory::Options &options)
        : api(e)
    {
        journalOk = journal.open(dir.filePath(QStringLiteral("journal.sqlite")));
        turns = std::make_unique<TurnManager>(&api, &journal, fastStreams());
        directory = std::make_unique<SessionDirectory>(&api, turns.get(), turns->profile(), options);
    }
    ~Rig()
    {
        directory.reset();
        turns.reset();
    }
    Q_DISABLE_COPY_MOVE(Rig)

    SessionListModel *model() const { return directory->model(); }
    QVariant data(const QString &sid, int role) const
    {
        const int row = model()->rowOf(sid);
        return row < 0 ? QVariant() : model()->index(row).data(role);
    }
    bool refresh()
    {
        QSignalSpy refreshed(directory.get(), &SessionDirectory::refreshed);
        directory->refresh();
        return refreshed.wait(Long);
    }
    // A finished turn of our own in `sid`, journaled.
    bool runTurn(const QString &sid, const QString &prompt)
    {
        QSignalSpy finished(turns.get(), &TurnManager::turnFinished);
        if (turns->startTurn(sid, prompt) == 0)
            return false;
        return finished.wait(Long) && finished.first().at(2).value<TurnStream::State>() == TurnStream::State::Completed;
    }

    QTemporaryDir dir;
    ApiClient api;
    Journal journal;
    bool journalOk = false;
    std::unique_ptr<TurnManager> turns;
    std::unique_ptr<SessionDirectory> directory;
};

} // namespace

class SessionDirectoryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mergedListMarksServerOnlyRows();
    void sessionDestroyedOnServerKeepsItsTranscript();
    void serverWithoutTheListAsksEachSession_data();
    void serverWithoutTheListAsksEachSession();
    void withoutTheListEverySessionIsAskedInTurn();
    void pollsAreFasterOnScreenAndBackOffOnErrors();
    void busySessionIsPolledUntilIdle();
    void aBrokenAnswerNeverTouchesAnotherRow();
    void runningTurnIsAttachedAndJournaled();
    void cleanUpDeletesIdleSessionsOnly();
    void deleteRemovesEverywhere();

private:
    LocalEmulator m_emu;
};

void SessionDirectoryTest::initTestCase()
{
    QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")}));
}

void SessionDirectoryTest::mergedListMarksServerOnlyRows()
{
    HttpProbe http(m_emu.endpoint());
    Rig rig(m_emu.endpoint(), fastPolls(false));
    QVERIFY(rig.journalOk);
    QVERIFY(!rig.directory->serverLists());

    const QString mine = http.createSession({{QStringLiteral("persistent"), true}, {QStringLiteral("ttl"), 3600}});
    const QString theirs = http.createSession({{QStringLiteral("persistent"), false}});
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
    rig.directory->addSession(mine, 1, 3600);
    QCOMPARE(rig.model()->rowCount(), 1);

    QVERIFY(rig.refresh());
    QVERIFY(rig.directory->serverLists());
    QVERIFY(rig.model()->find(mine));
    QVERIFY(rig.model()->find(theirs));
    QCOMPARE(rig.model()->find(mine)->local, true);
    QCOMPARE(rig.model()->find(theirs)->local, false);
    // A session started elsewhere is named by its id, and is not journaled by listing it.
    QCOMPARE(rig.data(theirs, Qt::DisplayRole).toString(), theirs);
    QVERIFY(rig.journal.session(theirs).id.isEmpty());
    QCOMPARE(rig.journal.session(mine).id, mine);
    // What the server says about each is on its row.
    QCOMPARE(rig.data(mine, SessionListModel::PersistentRole).toInt(), 1);
    QCOMPARE(rig.data(theirs, SessionListModel::PersistentRole).toInt(), 0);
    const QJsonObject server = http.get(QStringLiteral("/v1/sessions/%1").arg(mine)).json();
    QCOMPARE(rig.model()->find(mine)->createdAtMs, server.value(u"created_at").toInteger() * 1000);
    QCOMPARE(rig.data(mine, SessionListModel::ExpiresAtRole).toLongLong(),
             (server.value(u"created_at").toInteger() + 3600) * 1000);
    QCOMPARE(rig.data(mine, SessionListModel::EndedRole).toBool(), false);
    // Every session the server lists is a row.
    for (const QString &id : serverIds(http))
        QVERIFY2(rig.model()->find(id), qPrintable(id));

    // Reloaded from the journal alone (the next start), only ours is there.
    rig.directory->load();
    QVERIFY(rig.model()->find(mine));
    QVERIFY(!rig.model()->find(theirs));
}

void SessionDirectoryTest::sessionDestroyedOnServerKeepsItsTranscript()
{
    HttpProbe http(m_emu.endpoint());
    Rig rig(m_emu.endpoint(), fastPolls(false));
    QVERIFY(rig.journalOk);
    const QString mine = http.createSession();
    const QString theirs = http.createSession();
    rig.directory->addSession(mine);
    QVERIFY(rig.runTurn(mine, QStringLiteral("[[deltas=3]] remember this")));
    QVERIFY(rig.refresh());
    QVERIFY(rig.model()->find(theirs));

    QSignalSpy ended(rig.directory.get(), &SessionDirectory::sessionEndedOnServer);
    QCOMPARE(http.del(QStringLiteral("/v1/sessions/%1").arg(mine)).status, 200);
    QCOMPARE(http.del(QStringLiteral("/v1/sessions/%1").arg(theirs)).status, 200);
    QVERIFY(rig.refresh());

    // Ours stays, read-only, with its transcript; theirs had nothing here and is gone.
    QVERIFY(rig.model()->find(mine));
    QCOMPARE(rig.data(mine, SessionListModel::EndedRole).toBool(), true);
    QCOMPARE(rig.data(mine, SessionListModel::BusyRole).toBool(), false);
    QVERIFY(!rig.model()->find(theirs));
    QCOMPARE(count(ended, mine), 1);
    QCOMPARE(count(ended, theirs), 1);
    QCOMPARE(rig.journal.session(mine).ended, true);
    const QList<TurnRecord> turns = rig.journal.turns(mine);
    QCOMPARE(turns.size(), 1);
    QCOMPARE(turns.first().state, QStringLiteral("completed"));
    QVERIFY(!rig.journal.events(turns.first().id).isEmpty());

    // Ended is remembered across a restart, and a second refresh says it only once.
    QVERIFY(rig.refresh());
    QCOMPARE(count(ended, mine), 1);
    rig.directory->load();
    QCOMPARE(rig.data(mine, SessionListModel::EndedRole).toBool(), true);
    // An ended session is not offered for clean-up (the server has nothing to delete).
    for (const SessionSummary &s : rig.directory->cleanUpPreview(0))
        QVERIFY(s.id != mine);
}

void SessionDirectoryTest::serverWithoutTheListAsksEachSession_data()
{
    QTest::addColumn<int>("listStatus");
    QTest::newRow("404") << 404;
    QTest::newRow("405") << 405;
}

void SessionDirectoryTest::serverWithoutTheListAsksEachSession()
{
    QFETCH(int, listStatus);
    // A server with only the documented routes: no GET /v1/sessions.
    test::CannedHttpServer server([listStatus](const test::CannedRequest &r, int) {
        using test::CannedHttpServer;
        if (r.method == "GET" && r.path == "/v1/sessions")
            return test::CannedReply(CannedHttpServer::response(
                listStatus, "application/json", R"({"error":{"type":"not_found_error","message":"no such route"}})"));
        if (r.method == "GET" && r.path == "/v1/sessions/sess_known")
            return test::CannedReply(CannedHttpServer::response(
                200, "application/json",
                R"({"id":"sess_known","busy":false,"persistent":true,"ttl":3600,"created_at":1700000000,)"
                R"("last_active_at":1700000100,"metadata":{"temasek_status":"finalizing","progress_percent":100}})"));
        return test::CannedReply(CannedHttpServer::response(
            404, "application/json", R"({"error":{"type":"not_found_error","message":"Session not found."}})"));
    });
    Rig rig(endpoint(server.url(), QStringLiteral("k")), fastPolls(false));
    QVERIFY(rig.journalOk);
    rig.directory->addSession(QStringLiteral("sess_known"));
    rig.directory->addSession(QStringLiteral("sess_gone"));
    QSignalSpy errors(rig.directory.get(), &SessionDirectory::errorOccurred);

    QVERIFY(rig.refresh());
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
    QVERIFY(!rig.directory->serverLists());
    // Each journaled session was asked for by itself.
    QStringList asked;
    for (const test::CannedRequest &r : server.requests())
        asked << QString::fromLatin1(r.method + ' ' + r.path);
    QVERIFY2(asked.contains(u"GET /v1/sessions/sess_known"), qPrintable(asked.join(u", ")));
    QVERIFY2(asked.contains(u"GET /v1/sessions/sess_gone"), qPrintable(asked.join(u", ")));
    // The row shows what the per-session answer said.
    const QString sid = QStringLiteral("sess_known");
    QCOMPARE(rig.data(sid, SessionListModel::ProgressTextRole).toString(), QStringLiteral("finalizing"));
    QCOMPARE(rig.data(sid, SessionListModel::ProgressPercentRole).toInt(), 100);
    QCOMPARE(rig.data(sid, SessionListModel::PersistentRole).toInt(), 1);
    QCOMPARE(rig.data(sid, SessionListModel::ExpiresAtRole).toLongLong(), (1700000000LL + 3600) * 1000);
    QCOMPARE(rig.data(sid, SessionListModel::CreatedAtRole).toDateTime().toSecsSinceEpoch(), 1700000000);
    QCOMPARE(rig.data(sid, SessionListModel::EndedRole).toBool(), false);
    // The one the server does not know is ended, not dropped.
    QCOMPARE(rig.data(QStringLiteral("sess_gone"), SessionListModel::EndedRole).toBool(), true);
    // And the journal keeps what the server said, for the next start.
    const SessionRecord kept = rig.journal.session(sid);
    QCOMPARE(kept.persistent, 1);
    QCOMPARE(kept.ttlSeconds, 3600);
    QCOMPARE(kept.metadata.value(u"temasek_status").toString(), QStringLiteral("finalizing"));
    QCOMPARE(kept.createdAt, 1700000000LL * 1000);
}

// A long local list and a server without GET /v1/sessions: each refresh asks about at most
// 50 sessions (the most recent ones, and a turn through the rest), and within a few
// refreshes every session has been asked about.
void SessionDirectoryTest::withoutTheListEverySessionIsAskedInTurn()
{
    test::CannedHttpServer server([](const test::CannedRequest &r, int) {
        using test::CannedHttpServer;
        if (r.path == "/v1/sessions")
            return test::CannedReply(CannedHttpServer::response(404, "application/json", R"({"error":{"message":"no such route"}})"));
        const QByteArray id = r.path.mid(r.path.lastIndexOf('/') + 1);
        return test::CannedReply(CannedHttpServer::response(
            200, "application/json", R"({"id":")" + id + R"(","busy":false,"metadata":{}})"));
    });
    Rig rig(endpoint(server.url(), QStringLiteral("k")), fastPolls(false));
    QVERIFY(rig.journalOk);
    constexpr int Sessions = 120;
    for (int i = 0; i < Sessions; ++i)
        rig.directory->addSession(QStringLiteral("sess_%1").arg(i, 3, 10, QLatin1Char('0')));
    QSet<QByteArray> asked;
    qsizetype seen = 0;
    for (int refresh = 0; refresh < 4; ++refresh) {
        QVERIFY(rig.refresh());
        const QList<test::CannedRequest> requests = server.requests();
        qsizetype thisRound = 0;
        for (qsizetype i = seen; i < requests.size(); ++i)
            if (requests.at(i).path != "/v1/sessions") {
                asked.insert(requests.at(i).path);
                ++thisRound;
            }
        seen = requests.size();
        QVERIFY2(thisRound <= 50, qPrintable(QString::number(thisRound)));
    }
    QCOMPARE(asked.size(), Sessions);
}

// A busy session's polls: the background interval, the faster one while it is on screen,
// doubling after each failed poll up to the cap, and back to normal after an answer.
void SessionDirectoryTest::pollsAreFasterOnScreenAndBackOffOnErrors()
{
    std::atomic<bool> failing{false};
    test::CannedHttpServer server([&failing](const test::CannedRequest &r, int) {
        using test::CannedHttpServer;
        if (r.path == "/v1/sessions")
            return test::CannedReply(CannedHttpServer::response(404, "application/json", R"({"error":{"message":"no"}})"));
        if (failing)
            return test::CannedReply(CannedHttpServer::response(503, "application/json", R"({"error":{"message":"busy"}})"));
        return test::CannedReply(CannedHttpServer::response(200, "application/json",
                                                            R"({"id":"sess_busy","busy":true,"metadata":{"stage":"one"}})"));
    });
    SessionDirectory::Options o;
    o.pollIntervalMs = 400;
    o.selectedPollIntervalMs = 100;
    o.maxPollIntervalMs = 1600;
    o.listIntervalMs = 0;
    o.attachWhenKnown = false;
    Rig rig(endpoint(server.url(), QStringLiteral("k")), o);
    QVERIFY(rig.journalOk);
    const QString sid = QStringLiteral("sess_busy");
    rig.directory->addSession(sid);
    QVERIFY(rig.refresh());
    QTRY_VERIFY_WITH_TIMEOUT(rig.directory->polledSessions().contains(sid), Long);
    QCOMPARE(rig.directory->pollIntervalOf(sid), 400);
    rig.directory->setCurrentSession(sid);
    QCOMPARE(rig.directory->pollIntervalOf(sid), 100);
    rig.directory->setCurrentSession({});
    // Errors: 800, then 1600, and never past the cap.
    failing = true;
    QTRY_COMPARE_WITH_TIMEOUT(rig.directory->pollIntervalOf(sid), 800, Long);
    QTRY_COMPARE_WITH_TIMEOUT(rig.directory->pollIntervalOf(sid), 1600, Long);
    const qsizetype before = server.requests().size();
    QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() > before, Long); // one more failure...
    QCOMPARE(rig.directory->pollIntervalOf(sid), 1600);                 // ...and the cap holds
    QVERIFY(rig.data(sid, SessionListModel::BusyRole).toBool()); // a failed poll changes nothing
    failing = false;
    QTRY_COMPARE_WITH_TIMEOUT(rig.directory->pollIntervalOf(sid), 400, Long);
}

void SessionDirectoryTest::busySessionIsPolledUntilIdle()
{
    HttpProbe http(m_emu.endpoint());
    Rig rig(m_emu.endpoint(), fastPolls(false));
    QVERIFY(rig.journalOk);
    const QString sid = http.createSession();
    rig.directory->addSession(sid);
    QSignalSpy metadata(rig.directory.get(), &SessionDirectory::metadataChanged);
    QSignalSpy idle(rig.directory.get(), &SessionDirectory::sessionIdle);
    QSignalSpy ended(rig.directory.get(), &SessionDirectory::turnEnded);

    QNetworkReply *reply = nullptr;
    const QString rid = http.startTurn(sid, QStringLiteral("[[progress=4]] [[step_ms=300]] [[duration=3]] long work"), &reply);
    QVERIFY(!rid.isEmpty());
    QVERIFY(rig.refresh());
    QCOMPARE(rig.data(sid, SessionListModel::BusyRole).toBool(), true);
    QVERIFY(rig.directory->polledSessions().contains(sid));
    QCOMPARE(rig.directory->pollIntervalOf(sid), 200);

    QTRY_VERIFY_WITH_TIMEOUT(count(idle, sid) == 1, Long);
    QCOMPARE(rig.data(sid, SessionListModel::BusyRole).toBool(), false);
    QVERIFY(rig.directory->polledSessions().isEmpty());
    // Not followed: only polled.
    QCOMPARE(rig.turns->runningTurn(sid), 0);
    QVERIFY(rig.journal.turns(sid).isEmpty());

    // The progress the server wrote was seen, as the server wrote it.
    static const QRegularExpression step(QStringLiteral("^step [1-4] of 4$"));
    bool sawProgress = false;
    for (const QList<QVariant> &args : metadata) {
        const QJsonObject m = args.at(1).toJsonObject();
        if (args.at(0).toString() == sid && step.match(m.value(u"progress").toString()).hasMatch() &&
            m.value(u"progress_percent").isDouble())
            sawProgress = true;
    }
    QVERIFY(sawProgress);
    const QJsonObject server = http.get(QStringLiteral("/v1/sessions/%1").arg(sid)).json();
    QCOMPARE(server.value(u"busy").toBool(), false);
    QCOMPARE(server.value(u"metadata").toObject().value(u"progress_percent").toInt(), 100);
    QCOMPARE(rig.data(sid, SessionListModel::MetadataRole).toJsonObject(), server.value(u"metadata").toObject());
    QCOMPARE(rig.data(sid, SessionListModel::ProgressPercentRole).toInt(), 100);
    QCOMPARE(rig.journal.session(sid).metadata, server.value(u"metadata").toObject());

    // A polled turn that ended is announced once, as idle (the server does not say how it
    // ended), and marks the session unread (not shown).
    QCOMPARE(count(ended, sid), 1);
    QCOMPARE(ended.last().at(2).value<SessionDirectory::Ending>(), SessionDirectory::Ending::Idle);
    QCOMPARE(rig.data(sid, SessionListModel::UnreadRole).toBool(), true);
    QCOMPARE(rig.journal.session(sid).unread, true);
    rig.directory->setCurrentSession(sid);
    QCOMPARE(rig.data(sid, SessionListModel::UnreadRole).toBool(), false);
    QCOMPARE(rig.journal.session(sid).unread, false);

    HttpProbe::finish(reply);
}

void SessionDirectoryTest::aBrokenAnswerNeverTouchesAnotherRow()
{
    // A broken server: asked for A it answers with B's id; asked for B it answers nothing
    // useful, with numbers out of any range.
    test::CannedHttpServer server([](const test::CannedRequest &r, int) {
        using test::CannedHttpServer;
        if (r.method == "GET" && r.path == "/v1/sessions")
            return test::CannedReply(CannedHttpServer::response(404, "application/json", "{}"));
        if (r.method == "GET" && r.path == "/v1/sessions/sess_a")
            return test::CannedReply(CannedHttpServer::response(
                200, "application/json", R"({"id":"sess_b","busy":false,"metadata":{"job_status":"a's own"}})"));
        return test::CannedReply(CannedHttpServer::response(
            200, "application/json",
            R"({"busy":false,"ttl":1e300,"created_at":-5,"last_active_at":1e300,"metadata":{"progress_percent":1e300}})"));
    });
    Rig rig(endpoint(server.url(), QStringLiteral("k")), fastPolls(false));
    QVERIFY(rig.journalOk);
    rig.directory->addSession(QStringLiteral("sess_a"));
    rig.directory->addSession(QStringLiteral("sess_b"));
    QVERIFY(rig.refresh());
    // Two rows, each with its own answer; no row without an id appeared.
    QCOMPARE(rig.model()->rowCount(), 2);
    QCOMPARE(rig.model()->rowOf(QString()), -1);
    QCOMPARE(rig.data(QStringLiteral("sess_a"), SessionListModel::ProgressTextRole).toString(), QStringLiteral("a's own"));
    QCOMPARE(rig.data(QStringLiteral("sess_b"), SessionListModel::ProgressTextRole).toString(), QString());
    // Absurd numbers are bounded, not overflowed.
    QCOMPARE(rig.data(QStringLiteral("sess_b"), SessionListModel::ProgressPercentRole).toInt(), 100);
    QVERIFY(rig.model()->find(QStringLiteral("sess_b"))->ttlSeconds <= qint64(10) * 365 * 86400);
    QVERIFY(rig.model()->find(QStringLiteral("sess_b"))->createdAtMs > 0); // the local one kept
}

void SessionDirectoryTest::runningTurnIsAttachedAndJournaled()
{
    HttpProbe http(m_emu.endpoint());
    Rig rig(m_emu.endpoint(), fastPolls(true));
    QVERIFY(rig.journalOk);
    const QString sid = http.createSession();
    QSignalSpy finished(rig.turns.get(), &TurnManager::turnFinished);
    QSignalSpy ended(rig.directory.get(), &SessionDirectory::turnEnded);

    QNetworkReply *reply = nullptr;
    const QString rid = http.startTurn(sid, QStringLiteral("[[progress=3]] [[step_ms=300]] [[duration=3]] attach to me"), &reply);
    QVERIFY(!rid.isEmpty());
    // A server-only session that is busy is polled for its progress, never followed: it is
    // not this profile's.
    const QString stranger = http.createSession();
    QNetworkReply *strangerReply = nullptr;
    QVERIFY(!http.startTurn(stranger, QStringLiteral("[[duration=2]] not ours"), &strangerReply).isEmpty());
    // Ours (in the journal, as a session the CLI created on the same journal is), its turn
    // started elsewhere: the server's list names it, busy, with its response id.
    rig.directory->addSession(sid);
    QVERIFY(rig.refresh());
    QTRY_VERIFY_WITH_TIMEOUT(rig.turns->runningTurn(sid) != 0, Long);
    QCOMPARE(rig.data(sid, SessionListModel::FollowingRole).toBool(), true);
    QCOMPARE(rig.data(sid, SessionListModel::BusyRole).toBool(), true);
    QCOMPARE(rig.turns->runningTurn(stranger), 0);
    QVERIFY(rig.directory->polledSessions().contains(stranger));
    QCOMPARE(rig.model()->find(stranger)->local, false);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Long);
    QCOMPARE(finished.first().at(0).toString(), sid);
    QCOMPARE(finished.first().at(2).value<TurnStream::State>(), TurnStream::State::Completed);
    QTRY_VERIFY_WITH_TIMEOUT(rig.directory->polledSessions().isEmpty(), Long);
    QCOMPARE(rig.data(sid, SessionListModel::BusyRole).toBool(), false);
    QCOMPARE(rig.data(sid, SessionListModel::FollowingRole).toBool(), false);

    // The journal has the turn with every event the server sent.
    const QList<TurnRecord> turns = rig.journal.turns(sid);
    QCOMPARE(turns.size(), 1);
    QCOMPARE(turns.first().responseId, rid);
    QCOMPARE(turns.first().state, QStringLiteral("completed"));
    const QJsonArray sent = http.get(QStringLiteral("/_emulator/turns/%1/sent").arg(rid)).json().value(u"events").toArray();
    const QList<TurnEvent> stored = rig.journal.events(turns.first().id);
    QVERIFY(!sent.isEmpty());
    QCOMPARE(stored.size(), sent.size());
    QCOMPARE(stored.first().type, sent.first().toObject().value(u"event").toString());
    QCOMPARE(stored.last().type, QStringLiteral("message.completed"));

    // One turn, one announcement, even after the server is asked again.
    bool answered = false;
    rig.directory->refreshSession(sid, [&answered] { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, Long);
    QCOMPARE(count(ended, sid), 1);
    QCOMPARE(ended.first().at(2).value<SessionDirectory::Ending>(), SessionDirectory::Ending::Completed);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(rig.journal.turns(sid).size(), 1);
    QCOMPARE(count(ended, stranger), 0); // not ours: no announcement either
    QVERIFY(rig.journal.turns(stranger).isEmpty());

    HttpProbe::finish(reply);
    HttpProbe::finish(strangerReply);
}

void SessionDirectoryTest::cleanUpDeletesIdleSessionsOnly()
{
    HttpProbe http(m_emu.endpoint());
    Rig rig(m_emu.endpoint(), fastPolls(false));
    QVERIFY(rig.journalOk);
    const QString idleSid = http.createSession();
    const QString busySid = http.createSession();
    rig.directory->addSession(idleSid);
    rig.directory->addSession(busySid);
    QNetworkReply *reply = nullptr;
    const QString busyRid = http.startTurn(busySid, QStringLiteral("[[duration=20]] keep me busy"), &reply);
    QVERIFY(!busyRid.isEmpty());
    QVERIFY(rig.refresh());
    QCOMPARE(rig.data(busySid, SessionListModel::BusyRole).toBool(), true);

    QStringList preview;
    for (const SessionSummary &s : rig.directory->cleanUpPreview(0))
        preview << s.id;
    QVERIFY2(preview.contains(idleSid), qPrintable(preview.join(u' ')));
    QVERIFY(!preview.contains(busySid));
    // An hour's age spares both: they were just active.
    for (const SessionSummary &s : rig.directory->cleanUpPreview(3600))
        QVERIFY(s.id != idleSid && s.id != busySid);
    // The preview deletes nothing.
    QVERIFY(serverIds(http).contains(idleSid));

    QSignalSpy done(rig.directory.get(), &SessionDirectory::cleanUpFinished);
    rig.directory->cleanUp(0);
    QVERIFY(done.wait(Long));
    QCOMPARE(done.first().at(0).toBool(), true);
    const QStringList deleted = done.first().at(1).toStringList();
    QVERIFY(deleted.contains(idleSid));
    QVERIFY(!deleted.contains(busySid));
    QVERIFY(!done.first().at(2).toString().isEmpty());

    const QStringList left = serverIds(http);
    QVERIFY(!left.contains(idleSid));
    QVERIFY(left.contains(busySid));
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1").arg(idleSid)).status, 404);
    QVERIFY(!rig.model()->find(idleSid));
    QVERIFY(rig.journal.session(idleSid).id.isEmpty());
    QVERIFY(rig.model()->find(busySid));

    // Done with it: the long turn is cancelled, not left running.
    QCOMPARE(http.post(QStringLiteral("/v1/sessions/%1/responses/%2/cancel").arg(busySid, busyRid), {}).status, 202);
    HttpProbe::finish(reply);
}

void SessionDirectoryTest::deleteRemovesEverywhere()
{
    HttpProbe http(m_emu.endpoint());
    Rig rig(m_emu.endpoint(), fastPolls(false));
    QVERIFY(rig.journalOk);
    const QString sid = http.createSession();
    rig.directory->addSession(sid);
    QVERIFY(rig.runTurn(sid, QStringLiteral("[[deltas=3]] soon deleted")));
    QCOMPARE(rig.journal.turns(sid).size(), 1);

    QSignalSpy deleted(rig.directory.get(), &SessionDirectory::sessionDeleted);
    rig.directory->deleteSession(sid);
    QVERIFY(deleted.wait(Long));
    QCOMPARE(deleted.first().first().toString(), sid);
    QVERIFY(!rig.model()->find(sid));
    QVERIFY(rig.journal.session(sid).id.isEmpty());
    QVERIFY(rig.journal.turns(sid).isEmpty());
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/%1").arg(sid)).status, 404);

    // Deleting what the server already destroyed forgets it here too.
    const QString gone = http.createSession();
    rig.directory->addSession(gone);
    QCOMPARE(http.del(QStringLiteral("/v1/sessions/%1").arg(gone)).status, 200);
    QSignalSpy errors(rig.directory.get(), &SessionDirectory::errorOccurred);
    rig.directory->deleteSession(gone);
    QVERIFY(deleted.wait(Long));
    QCOMPARE(deleted.last().first().toString(), gone);
    QVERIFY(errors.isEmpty());
    QVERIFY(!rig.model()->find(gone));
    QVERIFY(rig.journal.session(gone).id.isEmpty());
}

QTEST_GUILESS_MAIN(SessionDirectoryTest)
#include "SessionDirectoryTest.moc"
