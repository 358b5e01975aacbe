#include "SingleInstance.h"

#include "AppIdentity.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

namespace pokee {

namespace {

constexpr int HandOverTimeoutMs = 2000;
// Arguments of a launch are a few hundred bytes; more is not a launch of ours.
constexpr qint64 MaxMessageBytes = 64 * 1024;

// Unix sockets live in /tmp and Windows pipes are machine-wide: the name carries a hash of
// the user's config folder, so two users (or two test HOMEs) never meet.
QString nameFor(const QString &key)
{
    const QString scope = key.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) : key;
    const QByteArray hash = QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return identity::applicationId() + u'-' + QString::fromLatin1(hash);
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent), m_name(nameFor(key))
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim(const QStringList &arguments)
{
    // Two launches at once (a double click) must not both become the first.
    QLockFile lock(QDir::temp().filePath(m_name + QStringLiteral(".lock")));
    lock.setStaleLockTime(HandOverTimeoutMs * 2);
    lock.tryLock(HandOverTimeoutMs * 2);

    if (handOver(arguments))
        return false;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Nobody answered above, so the name is a leftover of a process that died.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            qWarning("single instance: cannot listen on %s: %s", qPrintable(m_name), qPrintable(m_server->errorString()));
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readActivation);
    return true;
}

bool SingleInstance::handOver(const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(HandOverTimeoutMs))
        return false;
    QByteArray message;
    {
        QDataStream out(&message, QIODevice::WriteOnly);
        out << arguments;
    }
    QDataStream stream(&socket);
    stream << message;
    if (!socket.waitForBytesWritten(HandOverTimeoutMs))
        return false;
    // The first instance closes the connection once it has read the message: only then is
    // it certain that the arguments arrived.
    return socket.waitForDisconnected(HandOverTimeoutMs) || socket.state() == QLocalSocket::UnconnectedState;
}

void SingleInstance::readActivation()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > MaxMessageBytes) {
                socket->abort();
                return;
            }
            QDataStream in(socket);
            in.startTransaction();
            QByteArray message;
            in >> message;
            if (!in.commitTransaction())
                return; // the rest is still on its way
            QStringList arguments;
            QDataStream decode(message);
            decode >> arguments;
            socket->disconnectFromServer();
            Q_EMIT activationRequested(arguments);
        });
    }
}

} // namespace pokee
