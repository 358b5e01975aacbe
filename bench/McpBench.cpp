// The MCP bridge's own cost: the same tools/call of server-everything's echo, one at a time,
// through a bare QProcess writing and reading JSON lines (the floor: the server and the pipe)
// and through McpClient and McpRouter (our JSON-RPC, deadlines, progress tokens, the answer
// turned into the agent's text); then calls per second with 200 calls in flight. The server:
// POKEE_MCP_BIN (./dev gives it; the build root's by default).
#include "mcp/McpClient.h"
#include "mcp/McpRequest.h"
#include "mcp/HttpTransport.h"
#include "mcp/McpServerStore.h"
#include "mcp/StdioTransport.h"
#include "tools/McpRouter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pokee;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// `n` echo calls on `client`, one at a time: each one's round trip in microseconds.
QList<double> oneAtATime(mcp::McpClient &client, const QJsonObject &args, int n)
{
    QList<double> took;
    for (int i = 0; i < n && client.state() == mcp::McpClient::State::Ready; ++i) {
        QElapsedTimer t;
        t.start();
        mcp::McpRequest *r = client.callTool(QStringLiteral("echo"), args, 30000);
        QEventLoop done;
        QObject::connect(r, &mcp::McpRequest::finished, &done, &QEventLoop::quit);
        if (!r->isFinished())
            done.exec();
        took << t.nsecsElapsed() / 1e3;
        delete r;
    }
    return took;
}

// `total` echo calls on `client` with `width` in flight at a time: calls per second.
double inFlight(mcp::McpClient &client, const QJsonObject &args, int total, int width)
{
    QElapsedTimer wall;
    wall.start();
    int finished = 0;
    int sent = 0;
    QEventLoop all;
    std::function<void()> sendOne = [&] {
        mcp::McpRequest *r = client.callTool(QStringLiteral("echo"), args, 30000);
        ++sent;
        QObject::connect(r, &mcp::McpRequest::finished, &all, [&, r] {
            r->deleteLater();
            if (++finished == total)
                all.quit();
            else if (sent < total)
                sendOne();
        });
    };
    for (int i = 0; i < width; ++i)
        sendOne();
    all.exec();
    return total / (wall.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString bin = qEnvironmentVariable("POKEE_MCP_BIN", QStringLiteral("/opt/pokee-mcp/node_modules/.bin"));
    const QString server = QDir(bin).filePath(QStringLiteral("mcp-server-everything"));
    const int n = 500;
    const QJsonObject echoArgs{{QStringLiteral("message"), QStringLiteral("hello from the bench")}};

    // 1. The floor: a bare process, a line out, a line back.
    QList<double> direct;
    {
        QProcess p;
        p.start(server, {QStringLiteral("stdio")});
        if (!p.waitForStarted(10000))
            return 1;
        auto roundTrip = [&p](const QByteArray &out) {
            p.write(out);
            QByteArray got;
            while (!got.contains('\n') && p.waitForReadyRead(10000))
                got += p.readAllStandardOutput();
        };
        roundTrip(line({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 0}, {QStringLiteral("method"), QStringLiteral("initialize")},
                        {QStringLiteral("params"), QJsonObject{{QStringLiteral("protocolVersion"), QStringLiteral("2025-06-18")},
                                                               {QStringLiteral("capabilities"), QJsonObject()},
                                                               {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("bench")}, {QStringLiteral("version"), QStringLiteral("1")}}}}}}));
        p.write(line({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), QStringLiteral("notifications/initialized")}}));
        p.readAllStandardOutput(); // the server's own list_changed notice, if any
        for (int i = 1; i <= n; ++i) {
            QElapsedTimer t;
            t.start();
            roundTrip(line({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), i}, {QStringLiteral("method"), QStringLiteral("tools/call")},
                            {QStringLiteral("params"), QJsonObject{{QStringLiteral("name"), QStringLiteral("echo")}, {QStringLiteral("arguments"), echoArgs}}}}));
            direct << t.nsecsElapsed() / 1e3;
        }
        p.closeWriteChannel();
        p.waitForFinished(5000);
    }

    // 2. Through McpClient, one at a time; 3. calls per second, 200 in flight at a time.
    mcp::McpClient c(new mcp::StdioTransport({server, {QStringLiteral("stdio")}, {}, {}}), {});
    QEventLoop started;
    QObject::connect(&c, &mcp::McpClient::ready, &started, &QEventLoop::quit);
    c.open();
    started.exec();
    const QList<double> client = oneAtATime(c, echoArgs, n);
    const double perSecond = inFlight(c, echoArgs, 4000, 200);
    c.close();

    // 4. Through McpRouter, as a rule's call is made (the server started and approved once).
    QTemporaryDir dir;
    mcp::McpServerStore store(dir.filePath(QStringLiteral("mcp.json")));
    mcp::McpServerConfig config;
    config.name = QStringLiteral("everything");
    config.command = server;
    config.args = {QStringLiteral("stdio")};
    store.put(config);
    store.approve(config);
    McpRouter router(store, [](const QString &, std::function<void(std::optional<QString>)> done) { done(std::nullopt); });
    QList<double> routed;
    const QString argsJson = QString::fromUtf8(QJsonDocument(echoArgs).toJson(QJsonDocument::Compact));
    for (int i = 0; i <= n; ++i) {
        QElapsedTimer t;
        t.start();
        QEventLoop done;
        router.call(QStringLiteral("everything"), QStringLiteral("echo"), argsJson, 30000, [&done](const RuleAnswer &) { done.quit(); });
        done.exec();
        if (i > 0) // the first call starts the server
            routed << t.nsecsElapsed() / 1e3;
    }
    router.closeAll();

    // 5. The same server over Streamable HTTP (its own "streamableHttp" mode on a loopback
    // port): one at a time, then 50 in flight.
    QList<double> http;
    double httpPerSecond = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess web;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PORT"), QString::number(port));
        web.setProcessEnvironment(env);
        web.setProcessChannelMode(QProcess::MergedChannels);
        web.start(server, {QStringLiteral("streamableHttp")});
        QByteArray said;
        while (!said.contains("port " + QByteArray::number(port)) && web.waitForReadyRead(30000))
            said += web.readAll();
        mcp::McpClient h(new mcp::HttpTransport({QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port)), {}}), {});
        QEventLoop ready;
        QObject::connect(&h, &mcp::McpClient::ready, &ready, &QEventLoop::quit);
        QObject::connect(&h, &mcp::McpClient::failed, &ready, &QEventLoop::quit);
        h.open();
        ready.exec();
        http = oneAtATime(h, echoArgs, n);
        httpPerSecond = inFlight(h, echoArgs, 2000, 50);
        h.close();
        web.kill();
        web.waitForFinished(5000);
    }

    std::printf("MCP echo of server-everything, %d calls each, median round trip:\n", n);
    std::printf("  bare process (JSON lines)   %8.1f us\n", median(direct));
    std::printf("  McpClient                   %8.1f us  (+%.1f us)\n", median(client), median(client) - median(direct));
    std::printf("  McpRouter (a rule's call)   %8.1f us  (+%.1f us)\n", median(routed), median(routed) - median(direct));
    std::printf("  McpClient, 200 in flight: %.0f calls/s\n", perSecond);
    std::printf("  McpClient over Streamable HTTP %8.1f us; 50 in flight: %.0f calls/s\n", median(http), httpPerSecond);
    return 0;
}
