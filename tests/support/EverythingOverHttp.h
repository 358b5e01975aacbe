#pragma once

// The pinned @modelcontextprotocol/server-everything (POKEE_MCP_BIN) run in one of its HTTP
// modes ("streamableHttp" at /mcp, or the old "sse" at /sse), on a free loopback port of its
// own, until destroyed.
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QUrl>

namespace pokee::test {

class EverythingOverHttp
{
public:
    EverythingOverHttp(const QString &program, const QString &mode) : m_port(freePort())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PORT"), QString::number(m_port));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels); // it says where it listens on stderr
        m_process.start(program, {mode});
    }
    ~EverythingOverHttp()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    // Waits for its "listening on port" / "running on port" line.
    bool waitUntilListening()
    {
        QByteArray said;
        while (!said.contains("port " + QByteArray::number(m_port))) {
            if (!m_process.waitForReadyRead(30000) && m_process.state() != QProcess::Running)
                return false;
            said += m_process.readAll();
            if (m_process.state() != QProcess::Running)
                return false;
        }
        return true;
    }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
    quint16 m_port;
    QProcess m_process;
};

} // namespace pokee::test
