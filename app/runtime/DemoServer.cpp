#include "runtime/DemoServer.h"

#include "api/LocalEmulator.h"

#include <memory>

namespace pokee {

DemoServer::DemoServer(QObject *parent) : QObject(parent) {}

DemoServer::~DemoServer() = default;

Endpoint DemoServer::endpoint() const
{
    return m_emulator ? m_emulator->endpoint() : Endpoint{};
}

QString DemoServer::journalPath() const
{
    return m_folder ? m_folder->filePath(QStringLiteral("journal.sqlite")) : QString();
}

bool DemoServer::ensureRunning(const QString &program, QString *error)
{
    if (m_emulator && m_emulator->endpoint().isValid())
        return true;
    if (m_starting) { // asked again from the nested wait below
        *error = tr("The local emulator is still starting.");
        return false;
    }
    m_starting = true;
    delete m_emulator;
    m_emulator = new LocalEmulator(this);
    auto failure = std::make_shared<QString>();
    const QMetaObject::Connection c =
        connect(m_emulator, &LocalEmulator::failed, this, [failure](const QString &m) { *failure = m; });
    connect(m_emulator, &LocalEmulator::stopped, this, &DemoServer::stopped);
    m_emulator->startOnOwnSocket(program.isEmpty() ? LocalEmulator::defaultProgram() : program);
    const bool ready = m_emulator->waitUntilReady();
    disconnect(c);
    m_starting = false;
    if (!ready) {
        *error = failure->isEmpty() ? tr("The local emulator did not start in time.") : *failure;
        return false;
    }
    m_folder = std::make_unique<QTemporaryDir>();
    return true;
}

} // namespace pokee
