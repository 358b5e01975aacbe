#include "SingleInstance.h"

#include "AppIdentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace pokee {

namespace {

constexpr int HandOverTimeoutMs = 2000;
// How long a second launch waits for the first instance to take its arguments: the first may
// still be building its window (its event loop not yet running) on a loaded machine.
constexpr int AnswerTimeoutMs = 5000;
// The first instance's answer once it has read a launch's arguments.
const QByteArray Acknowledgement = QByteArrayLiteral("raised");
// The arguments of a launch are a few hundred bytes; more is not a launch of ours.
constexpr qint64 MaxMessageBytes = 64 * 1024;
// A connection that sends no complete message in this time is dropped.
constexpr int ReadTimeoutMs = 5000;

// Where the channel lives. On Unix a socket in the user's runtime folder (XDG_RUNTIME_DIR,
// mode 0700), so no other user can create or reach it; on Windows a named pipe (machine-wide
// by nature: its name carries a hash of the user's config folder, and it accepts only this
// user, QLocalServer::UserAccessOption). `key` separates instances (tests, two users).
QString nameFor(const QString &key)
{
    const QString scope = key.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) : key;
    const QByteArray hash = QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    const QString name = identity::applicationId() + u'-' + QString::fromLatin1(hash);
#ifdef Q_OS_WIN
    return name;
#else
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(runtime.isEmpty() ? QDir::tempPath() : runtime).filePath(name + QStringLiteral(".socket"));
#endif
}

// The message: the arguments as a JSON array of strings (nothing in it can make the reader
// allocate more than the message's own size).
QByteArray encode(const QStringList &arguments)
{
    return QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent), m_name(nameFor(key))
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim(const QStringList &arguments)
{
    // Two launches at once (a double click) must not both become the first.
    QLockFile lock(QDir::isAbsolutePath(m_name) ? m_name + QStringLiteral(".lock")
                                                : QDir::temp().filePath(m_name + QStringLiteral(".lock")));
    // Held through a whole hand-over: connecting, then waiting for the answer.
    lock.setStaleLockTime(HandOverTimeoutMs + AnswerTimeoutMs);
    lock.tryLock(HandOverTimeoutMs + AnswerTimeoutMs);

    switch (handOver(arguments)) {
    case HandOver::Delivered:
        return false;
    case HandOver::Unanswered:
        // Someone listens but does not read: a first instance that is busy or hung. Never take
        // its name (that would make two apps on one journal); this launch just ends.
        m_unresponsive = true;
        return false;
    case HandOver::NobodyThere:
        break;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Nobody accepted a connection above: the name is a leftover of a process that died.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            qWarning("single instance: cannot listen on %s: %s", qPrintable(m_name), qPrintable(m_server->errorString()));
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readActivation);
    return true;
}

SingleInstance::HandOver SingleInstance::handOver(const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(HandOverTimeoutMs))
        return HandOver::NobodyThere; // refused or not found: nobody listens
    socket.write(encode(arguments));
    // Only the first instance's answer proves it took the arguments. A connection that is
    // accepted and then dropped unanswered is a listener dying under us: an instance killed
    // while it started a child, whose copy of the listening socket lives on until that child
    // execs (QA saw the next launch exit "already running" with nobody running).
    QElapsedTimer clock;
    clock.start();
    while (!socket.canReadLine()) {
        if (socket.state() != QLocalSocket::ConnectedState)
            return HandOver::NobodyThere;
        const qint64 left = AnswerTimeoutMs - clock.elapsed();
        if (left <= 0)
            return HandOver::Unanswered; // connected, but busy or hung: never take its name
        socket.waitForReadyRead(int(left));
    }
    return socket.readLine(64).trimmed() == Acknowledgement ? HandOver::Delivered : HandOver::Unanswered;
}

void SingleInstance::readActivation()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(ReadTimeoutMs, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxMessageBytes)
                    socket->abort();
                return; // the rest is still on its way
            }
            const QByteArray line = socket->readLine(MaxMessageBytes);
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isArray())
                socket->write(Acknowledgement + '\n'); // sent before the close below
            socket->disconnectFromServer();
            if (!doc.isArray())
                return; // not a launch of ours
            QStringList arguments;
            for (const QJsonValue &v : doc.array())
                arguments << v.toString();
            Q_EMIT activationRequested(arguments);
        });
    }
}

} // namespace pokee
