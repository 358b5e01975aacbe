// pokee-emulator's sessions over real HTTP: create (flat and nested tools), get, list, delete,
// batch clean, auth, idle destruction and ttl.
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include <QJsonArray>
#include <QTest>

using namespace pokee;
using test::HttpProbe;

class EmulatorSessionsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1")})); }
    void createGetListDelete();
    void bothToolShapesAreAccepted();
    void badCreateBodiesGet400_data();
    void badCreateBodiesGet400();
    void bearerKeyIsRequired();
    void batchCleanDeletesIdleSessionsOnly();
    void batchCleanRejectsBadQueries_data();
    void batchCleanRejectsBadQueries();
    void ephemeralSessionsDieWhenIdleAndPersistentOnesAtTtl();

private:
    LocalEmulator m_emu;
};

void EmulatorSessionsTest::createGetListDelete()
{
    HttpProbe http(m_emu.endpoint());
    const auto created = http.post(QStringLiteral("/v1/sessions"), {{QStringLiteral("persistent"), true}, {QStringLiteral("ttl"), 14400}});
    QCOMPARE(created.status, 200);
    const QString sid = created.json().value(u"id").toString();
    QVERIFY(sid.startsWith(u"sess_"));

    const auto got = http.get(QStringLiteral("/v1/sessions/") + sid);
    QCOMPARE(got.status, 200);
    const QJsonObject s = got.json();
    QCOMPARE(s.value(u"busy").toBool(true), false);
    QVERIFY(s.value(u"metadata").isObject());
    QVERIFY(s.value(u"external_tools").isArray());
    QCOMPARE(s.value(u"persistent").toBool(), true);
    QCOMPARE(s.value(u"ttl").toInt(), 14400);
    QVERIFY(s.value(u"created_at").toInteger() > 1'700'000'000);

    const auto list = http.get(QStringLiteral("/v1/sessions"));
    bool listed = false;
    for (const QJsonValue &v : list.json().value(u"data").toArray())
        listed = listed || v.toObject().value(u"id").toString() == sid;
    QVERIFY(listed);

    QCOMPARE(http.del(QStringLiteral("/v1/sessions/") + sid).status, 200);
    const auto gone = http.get(QStringLiteral("/v1/sessions/") + sid);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorType(), QStringLiteral("not_found"));
    QCOMPARE(http.del(QStringLiteral("/v1/sessions/") + sid).status, 404);
}

void EmulatorSessionsTest::bothToolShapesAreAccepted()
{
    HttpProbe http(m_emu.endpoint());
    const QJsonObject params{{QStringLiteral("type"), QStringLiteral("object")}};
    const QJsonArray tools{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("name"), QStringLiteral("flat_tool")},
                    {QStringLiteral("description"), QStringLiteral("flat")}, {QStringLiteral("parameters"), params}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                    {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), QStringLiteral("nested_tool")},
                                                             {QStringLiteral("description"), QStringLiteral("nested")},
                                                             {QStringLiteral("parameters"), params}}}}};
    const QString sid = http.createSession({{QStringLiteral("tools"), tools}});
    const QJsonArray external = http.get(QStringLiteral("/v1/sessions/") + sid).json().value(u"external_tools").toArray();
    QCOMPARE(external.size(), 2);
    QCOMPARE(external.at(0).toObject().value(u"name").toString(), QStringLiteral("flat_tool"));
    QCOMPARE(external.at(1).toObject().value(u"name").toString(), QStringLiteral("nested_tool"));
    QCOMPARE(external.at(1).toObject().value(u"description").toString(), QStringLiteral("nested"));
}

void EmulatorSessionsTest::badCreateBodiesGet400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{persistent: true");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("persistent not bool") << QByteArray(R"({"persistent": "yes"})");
    QTest::newRow("ttl not number") << QByteArray(R"({"ttl": "1h"})");
    QTest::newRow("ttl negative") << QByteArray(R"({"ttl": -5})");
    QTest::newRow("tools not array") << QByteArray(R"({"tools": {}})");
    QTest::newRow("tool without name") << QByteArray(R"({"tools": [{"type": "function"}]})");
    QTest::newRow("tool of unknown type") << QByteArray(R"({"tools": [{"type": "web_search", "name": "x"}]})");
}

void EmulatorSessionsTest::badCreateBodiesGet400()
{
    QFETCH(QByteArray, body);
    HttpProbe http(m_emu.endpoint());
    const auto r = http.request("POST", QStringLiteral("/v1/sessions"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorType(), QStringLiteral("invalid_request_error"));
    QVERIFY(!r.errorMessage().isEmpty());
}

void EmulatorSessionsTest::bearerKeyIsRequired()
{
    HttpProbe http(m_emu.endpoint());
    const auto none = http.request("GET", QStringLiteral("/v1/sessions"), {}, {}, false);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorType(), QStringLiteral("authentication_error"));
    const auto wrong = http.request("POST", QStringLiteral("/v1/sessions"), "{}", {{"Authorization", "Bearer nope"}}, false);
    QCOMPARE(wrong.status, 401);
    const auto basic = http.request("GET", QStringLiteral("/v1/sessions"), {},
                                    {{"Authorization", "Basic " + m_emu.endpoint().key.toUtf8()}}, false);
    QCOMPARE(basic.status, 401);
}

void EmulatorSessionsTest::batchCleanDeletesIdleSessionsOnly()
{
    HttpProbe http(m_emu.endpoint());
    const QString idle = http.createSession();
    const QString busy = http.createSession();
    QNetworkReply *running = http.start("POST", QStringLiteral("/v1/sessions/%1/messages").arg(busy),
                                        R"({"message": "[[duration=5]] take your time"})");
    QTRY_VERIFY(http.get(QStringLiteral("/v1/sessions/") + busy).json().value(u"busy").toBool());

    // Nothing is older than an hour yet.
    auto r = http.del(QStringLiteral("/v1/sessions?status=idle&older_than=1h"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value(u"deleted").toArray().contains(idle));
    r = http.del(QStringLiteral("/v1/sessions?status=idle&older_than=0s"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(u"deleted").toArray().contains(idle));
    QVERIFY(!r.json().value(u"deleted").toArray().contains(busy));
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/") + idle).status, 404);
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/") + busy).status, 200);
    running->abort();
    running->deleteLater();
}

void EmulatorSessionsTest::batchCleanRejectsBadQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("no status") << QStringLiteral("older_than=1h");
    QTest::newRow("unknown status") << QStringLiteral("status=busy");
    QTest::newRow("unknown unit") << QStringLiteral("status=idle&older_than=1w");
    QTest::newRow("not a number") << QStringLiteral("status=idle&older_than=soon");
}

void EmulatorSessionsTest::batchCleanRejectsBadQueries()
{
    QFETCH(QString, query);
    HttpProbe http(m_emu.endpoint());
    QCOMPARE(http.del(QStringLiteral("/v1/sessions?") + query).status, 400);
}

void EmulatorSessionsTest::ephemeralSessionsDieWhenIdleAndPersistentOnesAtTtl()
{
    LocalEmulator fast;
    QVERIFY(test::startEmulator(fast, {QStringLiteral("--idle-destroy-s"), QStringLiteral("1"),
                                       QStringLiteral("--pace-ms"), QStringLiteral("1")}));
    HttpProbe http(fast.endpoint());
    const QString ephemeral = http.createSession({});
    const QString persistent = http.createSession({{QStringLiteral("persistent"), true}});
    const QString withTtl = http.createSession({{QStringLiteral("persistent"), true}, {QStringLiteral("ttl"), 2}});
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/") + ephemeral).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/v1/sessions/") + ephemeral).status, 404, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/v1/sessions/") + withTtl).status, 404, 10000);
    QCOMPARE(http.get(QStringLiteral("/v1/sessions/") + persistent).status, 200);
}

QTEST_GUILESS_MAIN(EmulatorSessionsTest)
#include "EmulatorSessionsTest.moc"
