// MCP over HTTP: the pinned @modelcontextprotocol/server-everything (POKEE_MCP_BIN, installed
// by ./dev) run as a Streamable HTTP server and as an old HTTP+SSE one, reached by the same
// client; and servers of our own (CannedHttpServer) that refuse us, redirect elsewhere, or name
// another host for their messages — the user's token must never leave for another origin.
#include "CannedHttpServer.h"
#include "EverythingOverHttp.h"

#include "mcp/HttpTransport.h"
#include "mcp/McpClient.h"
#include "mcp/McpServerStore.h"
#include "mcp/ToolAnswer.h"
#include "tools/McpRouter.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;
using namespace pokee::mcp;
using test::CannedHttpServer;
using test::CannedReply;
using test::CannedRequest;
using test::EverythingOverHttp;

namespace {

McpRequest *waitFor(McpRequest *request, int ms = 30000)
{
    if (!request->isFinished()) {
        QSignalSpy finished(request, &McpRequest::finished);
        finished.wait(ms);
    }
    return request;
}

} // namespace

class McpHttpTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void streamableHttpServerHandshakesListsAnswersAndReportsProgress();
    void anOldHttpSseServerIsReachedByFallingBack();
    void theRouterReachesAnHttpServerWithItsSecretHeader();
    void aRefusalIsOneSentence();
    void aRedirectToAnotherOriginDoesNotCarryTheHeaders();
    void anEndpointOnAnotherHostIsRefused();

private:
    std::unique_ptr<McpClient> openClient(const HttpTransport::Endpoint &endpoint, QString *failure = nullptr);
    QString m_everything;
};

void McpHttpTest::initTestCase()
{
    const QString dir = qEnvironmentVariable("POKEE_MCP_BIN");
    m_everything = dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("mcp-server-everything"));
    if (m_everything.isEmpty() || !QFile::exists(m_everything))
        QFAIL("POKEE_MCP_BIN does not name the pinned MCP servers: run the tests with ./dev test, which installs them");
}

std::unique_ptr<McpClient> McpHttpTest::openClient(const HttpTransport::Endpoint &endpoint, QString *failure)
{
    auto client = std::make_unique<McpClient>(new HttpTransport(endpoint), McpClient::Options{});
    // Whichever comes first ends the wait: ready, or failed with its sentence.
    QEventLoop loop;
    connect(client.get(), &McpClient::ready, &loop, &QEventLoop::quit);
    connect(client.get(), &McpClient::failed, &loop, [&loop, failure](const QString &why) {
        if (failure)
            *failure = why;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    client->open();
    if (client->state() == McpClient::State::Initializing)
        loop.exec();
    return client;
}

void McpHttpTest::streamableHttpServerHandshakesListsAnswersAndReportsProgress()
{
    EverythingOverHttp server(m_everything, QStringLiteral("streamableHttp"));
    QVERIFY(server.waitUntilListening());
    QString failure;
    auto client = openClient({server.url(QStringLiteral("/mcp")), {}}, &failure);
    QVERIFY2(client->state() == McpClient::State::Ready, qPrintable(failure));
    auto *http = static_cast<const HttpTransport *>(client->transport());
    QCOMPARE(http->mode(), HttpTransport::Mode::StreamableHttp);
    QVERIFY(!http->sessionId().isEmpty()); // every later request names it
    QCOMPARE(client->serverName(), QStringLiteral("mcp-servers/everything"));

    McpRequest *list = waitFor(client->listTools(30000));
    QVERIFY2(list->ok(), qPrintable(list->error()));
    QVERIFY(list->result().toObject().value(u"tools").toArray().size() > 5);
    McpRequest *echo = waitFor(client->callTool(QStringLiteral("echo"), {{QStringLiteral("message"), QStringLiteral("over http")}}, 30000));
    QVERIFY2(echo->ok(), qPrintable(echo->error()));
    QCOMPARE(ToolAnswer::from(echo->result().toObject()).output, QStringLiteral("Echo: over http"));

    // The answer comes as an event stream, with the progress before it.
    McpRequest *longOne = client->callTool(QStringLiteral("trigger-long-running-operation"),
                                           {{QStringLiteral("duration"), 1}, {QStringLiteral("steps"), 3}}, 30000);
    QSignalSpy progress(longOne, &McpRequest::progress);
    waitFor(longOne);
    QVERIFY2(longOne->ok(), qPrintable(longOne->error()));
    QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
    QCOMPARE(progress.last().at(1).toDouble(), 3.0);

    QSignalSpy closed(client.get(), &McpClient::closed);
    client->close();
    QVERIFY(!closed.isEmpty() || closed.wait(5000));
}

void McpHttpTest::anOldHttpSseServerIsReachedByFallingBack()
{
    EverythingOverHttp server(m_everything, QStringLiteral("sse"));
    QVERIFY(server.waitUntilListening());
    QString failure;
    auto client = openClient({server.url(QStringLiteral("/sse")), {}}, &failure);
    QVERIFY2(client->state() == McpClient::State::Ready, qPrintable(failure));
    auto *http = static_cast<const HttpTransport *>(client->transport());
    QCOMPARE(http->mode(), HttpTransport::Mode::HttpWithSse);
    QVERIFY2(http->log().lines().join(u'\n').contains(u"trying the older HTTP+SSE transport"), qPrintable(http->log().lines().join(u'\n')));
    McpRequest *sum = waitFor(client->callTool(QStringLiteral("get-sum"), {{QStringLiteral("a"), 20}, {QStringLiteral("b"), 22}}, 30000));
    QVERIFY2(sum->ok(), qPrintable(sum->error()));
    QVERIFY2(ToolAnswer::from(sum->result().toObject()).output.contains(u"42"), qPrintable(ToolAnswer::from(sum->result().toObject()).output));
}

void McpHttpTest::theRouterReachesAnHttpServerWithItsSecretHeader()
{
    // A server of ours stands in front so that the headers can be read: it answers the
    // handshake and a call the way a Streamable HTTP server does, in JSON.
    CannedHttpServer front([](const CannedRequest &r, int) -> CannedReply {
        const QJsonObject message = QJsonDocument::fromJson(r.body).object();
        const QString method = message.value(u"method").toString();
        if (!message.contains(u"id"))
            return CannedHttpServer::response(202, "application/json", "");
        QJsonObject result;
        if (method == u"initialize")
            result = {{QStringLiteral("protocolVersion"), QStringLiteral("2025-06-18")},
                      {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("tools"), QJsonObject{}}}},
                      {QStringLiteral("serverInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("front")},
                                                                 {QStringLiteral("version"), QStringLiteral("1")}}}};
        else
            result = {{QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                                          {QStringLiteral("text"), QStringLiteral("done")}}}}};
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                                          {QStringLiteral("id"), message.value(u"id")},
                                                          {QStringLiteral("result"), result}})
                                    .toJson(QJsonDocument::Compact);
        return CannedHttpServer::response(200, "application/json", body, "Mcp-Session-Id: s-1\r\n");
    });
    QTemporaryDir dir;
    McpServerStore store(dir.filePath(QStringLiteral("mcp-servers.json")));
    McpServerConfig remote;
    remote.name = QStringLiteral("remote");
    remote.url = front.url().toString() + QStringLiteral("/mcp");
    remote.headers.insert(QStringLiteral("X-Team"), QStringLiteral("blue"));
    remote.secretHeaders = {QStringLiteral("Authorization")};
    store.put(remote);
    QCOMPARE(store.save(), QString());
    McpRouter router(store, [](const QString &entry, std::function<void(std::optional<QString>)> done) {
        done(entry.endsWith(u"Authorization") ? std::optional<QString>(QStringLiteral("Bearer from-the-keychain")) : std::nullopt);
    });
    std::optional<RuleAnswer> answer;
    router.call(QStringLiteral("remote"), QStringLiteral("act"), QStringLiteral("{}"), 30000, [&answer](const RuleAnswer &a) { answer = a; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QVERIFY2(!answer->isError, qPrintable(answer->output));
    QCOMPARE(answer->output, QStringLiteral("done"));
    QVERIFY(front.requests().size() >= 3); // initialize, initialized, the call
    for (const CannedRequest &r : front.requests()) {
        QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer from-the-keychain"));
        QCOMPARE(r.headers.value("x-team"), QByteArray("blue"));
    }
    const CannedRequest &call = front.requests().at(2);
    QCOMPARE(call.headers.value("mcp-session-id"), QByteArray("s-1"));
    QCOMPARE(call.headers.value("mcp-protocol-version"), QByteArray("2025-06-18"));
    QVERIFY(call.headers.value("accept").contains("text/event-stream"));
}

void McpHttpTest::aRefusalIsOneSentence()
{
    CannedHttpServer refusing([](const CannedRequest &, int) {
        return CannedReply(CannedHttpServer::response(401, "application/json", R"({"error":"bad token"})"));
    });
    QString failure;
    auto client = openClient({QUrl(refusing.url().toString() + QStringLiteral("/mcp")), {{"Authorization", "Bearer wrong"}}}, &failure);
    QCOMPARE(client->state(), McpClient::State::Closed);
    QVERIFY2(failure.contains(u"refused the connection (HTTP 401)") && failure.contains(u"pokee mcp secret"), qPrintable(failure));
    QVERIFY(!failure.contains(u"Bearer")); // the token is never said
}

void McpHttpTest::aRedirectToAnotherOriginDoesNotCarryTheHeaders()
{
    CannedHttpServer elsewhere([](const CannedRequest &, int) { return CannedReply(CannedHttpServer::response(200, "application/json", "{}")); });
    const QByteArray to = elsewhere.url().toString().toUtf8() + "/mcp";
    CannedHttpServer redirecting([to](const CannedRequest &, int) {
        return CannedReply(CannedHttpServer::response(307, "text/plain", "", "Location: " + to + "\r\n"));
    });
    QString failure;
    auto client = openClient({QUrl(redirecting.url().toString() + QStringLiteral("/mcp")), {{"Authorization", "Bearer secret"}}}, &failure);
    QCOMPARE(client->state(), McpClient::State::Closed);
    QVERIFY(!failure.isEmpty());
    for (const CannedRequest &r : elsewhere.requests())
        QVERIFY2(!r.headers.contains("authorization"), "the token followed a redirect to another origin");
}

void McpHttpTest::anEndpointOnAnotherHostIsRefused()
{
    CannedHttpServer elsewhere([](const CannedRequest &, int) { return CannedReply(CannedHttpServer::response(202, "text/plain", "")); });
    const QByteArray to = elsewhere.url().toString().toUtf8() + "/message";
    // An old-style server: POST is not allowed, the GET stream names where to send — elsewhere.
    CannedHttpServer old([to](const CannedRequest &r, int) {
        if (r.method == "POST")
            return CannedReply(CannedHttpServer::response(405, "text/plain", "no"));
        return CannedReply(CannedHttpServer::stream("event: endpoint\ndata: " + to + "\n\n"), true);
    });
    QString failure;
    auto client = openClient({QUrl(old.url().toString() + QStringLiteral("/sse")), {{"Authorization", "Bearer secret"}}}, &failure);
    QCOMPARE(client->state(), McpClient::State::Closed);
    QVERIFY2(failure.contains(u"another address") && failure.contains(u"refused"), qPrintable(failure));
    QVERIFY(elsewhere.requests().isEmpty());
}

QTEST_MAIN(McpHttpTest)
#include "McpHttpTest.moc"
