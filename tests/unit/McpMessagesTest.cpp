// The MCP client's pure parts: JSON-RPC messages read and written (every malformed shape named),
// the server log bounded whatever a server writes, and a tool's answer turned into what the
// agent gets. The oracle is literal JSON and text written here, not the code under test.
#include "mcp/JsonRpc.h"
#include "mcp/ServerLog.h"
#include "mcp/ToolAnswer.h"
#include "tools/McpRouter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pokee::mcp;

class McpMessagesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheFourKinds();
    void namesEveryMalformedMessage_data();
    void namesEveryMalformedMessage();
    void writesWhatTheSpecShows();
    void aFloodedLogStaysBounded();
    void aLogKeepsItsLastWordsAndCutsLongLines();
    void toolAnswers_data();
    void toolAnswers();
    void hintsReadAbsentAsRisky_data();
    void hintsReadAbsentAsRisky();
};

void McpMessagesTest::readsTheFourKinds()
{
    JsonRpcMessage m = JsonRpcMessage::parse(R"({"jsonrpc":"2.0","id":7,"method":"ping"})");
    QCOMPARE(m.kind, JsonRpcMessage::Kind::Request);
    QCOMPARE(m.id.toInt(), 7);
    QCOMPARE(m.method, QStringLiteral("ping"));
    m = JsonRpcMessage::parse(R"({"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":"a","progress":1}})");
    QCOMPARE(m.kind, JsonRpcMessage::Kind::Notification);
    QCOMPARE(m.params.value(u"progress").toInt(), 1);
    m = JsonRpcMessage::parse(R"({"jsonrpc":"2.0","id":"x","result":{"tools":[]}})");
    QCOMPARE(m.kind, JsonRpcMessage::Kind::Result);
    QCOMPARE(m.id.toString(), QStringLiteral("x"));
    QVERIFY(m.result.toObject().value(u"tools").isArray());
    m = JsonRpcMessage::parse(R"({"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"Unknown tool"}})");
    QCOMPARE(m.kind, JsonRpcMessage::Kind::Error);
    QCOMPARE(m.errorCode, -32602);
    QCOMPARE(m.errorMessage, QStringLiteral("Unknown tool"));
}

void McpMessagesTest::namesEveryMalformedMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("banner") << QByteArray("Server starting...") << QStringLiteral("not JSON");
    QTest::newRow("batch") << QByteArray(R"([{"jsonrpc":"2.0","id":1,"result":{}}])") << QStringLiteral("a batch");
    QTest::newRow("number") << QByteArray("42") << QStringLiteral("not");
    QTest::newRow("version 1") << QByteArray(R"({"jsonrpc":"1.0","id":1,"result":{}})") << QStringLiteral("not JSON-RPC 2.0");
    QTest::newRow("object id") << QByteArray(R"({"jsonrpc":"2.0","id":{},"result":{}})") << QStringLiteral("neither a string nor a number");
    QTest::newRow("numeric method") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":5})") << QStringLiteral("method that is not a string");
    QTest::newRow("array params") << QByteArray(R"({"jsonrpc":"2.0","method":"x","params":[1]})") << QStringLiteral("params that are not an object");
    QTest::newRow("empty") << QByteArray(R"({"jsonrpc":"2.0"})") << QStringLiteral("neither a method nor an id");
    QTest::newRow("no result") << QByteArray(R"({"jsonrpc":"2.0","id":1})") << QStringLiteral("neither a result nor an error");
    QTest::newRow("error without code") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"message":"x"}})") << QStringLiteral("numeric code");
}

void McpMessagesTest::namesEveryMalformedMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const JsonRpcMessage m = JsonRpcMessage::parse(bytes);
    QCOMPARE(m.kind, JsonRpcMessage::Kind::Invalid);
    QVERIFY2(m.problem.contains(problem), qPrintable(m.problem));
}

void McpMessagesTest::writesWhatTheSpecShows()
{
    auto object = [](const QByteArray &b) { return QJsonDocument::fromJson(b).object(); };
    QCOMPARE(object(JsonRpcMessage::request(1, QStringLiteral("tools/list"))),
             object(R"({"jsonrpc":"2.0","id":1,"method":"tools/list"})"));
    QCOMPARE(object(JsonRpcMessage::notification(QStringLiteral("notifications/cancelled"),
                                                 {{QStringLiteral("requestId"), 4}, {QStringLiteral("reason"), QStringLiteral("late")}})),
             object(R"({"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":4,"reason":"late"}})"));
    QCOMPARE(object(JsonRpcMessage::resultFor(QStringLiteral("p1"), QJsonObject())), object(R"({"jsonrpc":"2.0","id":"p1","result":{}})"));
    QCOMPARE(object(JsonRpcMessage::errorFor(9, -32601, QStringLiteral("no"))),
             object(R"({"jsonrpc":"2.0","id":9,"error":{"code":-32601,"message":"no"}})"));
    // One line each: stdio frames by newline.
    QVERIFY(!JsonRpcMessage::request(1, QStringLiteral("a\nb")).contains('\n'));
}

void McpMessagesTest::aFloodedLogStaysBounded()
{
    ServerLog log;
    const QByteArray line = QByteArray(1000, 'e') + '\n';
    for (int i = 0; i < 100000; ++i) // 100 MB
        log.append(line);
    QCOMPARE(log.totalBytes(), qint64(100000) * 1001);
    qsizetype kept = 0;
    for (const QString &l : log.lines())
        kept += l.size();
    QVERIFY2(kept <= ServerLog::MaxBytes, qPrintable(QString::number(kept)));
    QVERIFY(kept > ServerLog::MaxBytes / 2); // and not needlessly less
    QVERIFY(log.droppedBytes() > 99'000'000);
}

void McpMessagesTest::aLogKeepsItsLastWordsAndCutsLongLines()
{
    ServerLog log;
    QCOMPARE(log.append("starting\nlistening on stdio\r\n"), (QStringList{QStringLiteral("starting"), QStringLiteral("listening on stdio")}));
    log.append("fatal: the database conn");
    QCOMPARE(log.lastLine(), QStringLiteral("listening on stdio")); // an unfinished line is not yet a word
    log.append("ection was lost\n\n");
    QCOMPARE(log.lastLine(), QStringLiteral("fatal: the database connection was lost"));
    const QStringList cut = log.append(QByteArray(100000, 'x') + '\n');
    QCOMPARE(cut.size(), 1);
    QCOMPARE(cut.first().size(), ServerLog::MaxLineBytes + 1); // and the ellipsis
    QVERIFY(cut.first().endsWith(u'…'));
}

void McpMessagesTest::toolAnswers_data()
{
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("isError");
    QTest::newRow("text blocks joined") << QByteArray(R"({"content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]})")
                                        << QStringLiteral("a\nb") << false;
    QTest::newRow("structured wins") << QByteArray(R"({"content":[{"type":"text","text":"{\"t\": 1}"}],"structuredContent":{"t":1}})")
                                     << QStringLiteral(R"({"t":1})") << false;
    QTest::newRow("image described") << QByteArray(R"({"content":[{"type":"image","mimeType":"image/png","data":"iVBORw0KGgo="}]})")
                                     << QStringLiteral("[image: image/png, 8 bytes]") << false; // the PNG signature
    QTest::newRow("resource link") << QByteArray(R"({"content":[{"type":"resource_link","uri":"file:///r.txt","name":"r.txt"}]})")
                                   << QStringLiteral("[resource link: r.txt (file:///r.txt)]") << false;
    QTest::newRow("embedded text resource") << QByteArray(R"({"content":[{"type":"resource","resource":{"uri":"x://a","text":"inside"}}]})")
                                            << QStringLiteral("inside") << false;
    QTest::newRow("tool error") << QByteArray(R"({"content":[{"type":"text","text":"Access denied"}],"isError":true})")
                                << QStringLiteral("Access denied") << true;
    QTest::newRow("nothing") << QByteArray(R"({"content":[]})") << QString() << false;
}

void McpMessagesTest::toolAnswers()
{
    QFETCH(QByteArray, result);
    QFETCH(QString, output);
    QFETCH(bool, isError);
    const ToolAnswer a = ToolAnswer::from(QJsonDocument::fromJson(result).object());
    QCOMPARE(a.output, output);
    QCOMPARE(a.isError, isError);
}

QTEST_GUILESS_MAIN(McpMessagesTest)
// A tool's annotations in the words the inbox shows: MCP's defaults are the risky reading (a
// tool that says nothing may change things and reach the world), and a destructive hint means
// nothing for a tool that says it only reads.
void McpMessagesTest::hintsReadAbsentAsRisky_data()
{
    QTest::addColumn<QByteArray>("annotations");
    QTest::addColumn<QStringList>("hints");
    const QString changes = QStringLiteral("may change or delete things");
    const QString world = QStringLiteral("may reach beyond your computer");
    QTest::newRow("none") << QByteArray("{}") << QStringList{changes, world};
    QTest::newRow("read-only, closed world")
        << QByteArray(R"({"readOnlyHint": true, "destructiveHint": true, "openWorldHint": false})")
        << QStringList{QStringLiteral("says it only reads"), QStringLiteral("says it stays within its own data")};
    QTest::newRow("writes, not destructive, idempotent")
        << QByteArray(R"({"readOnlyHint": false, "destructiveHint": false, "idempotentHint": true})")
        << QStringList{QStringLiteral("changes things, but says it deletes nothing"), QStringLiteral("says repeating it changes nothing more"),
                       world};
    QTest::newRow("hints of the wrong type count as absent")
        << QByteArray(R"({"readOnlyHint": "yes", "destructiveHint": "no"})") << QStringList{changes, world};
}

void McpMessagesTest::hintsReadAbsentAsRisky()
{
    QFETCH(QByteArray, annotations);
    QFETCH(QStringList, hints);
    QCOMPARE(pokee::McpRouter::hintsOf(QJsonDocument::fromJson(annotations).object()), hints);
}

#include "McpMessagesTest.moc"
