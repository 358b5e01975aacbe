#include "cli/CliCommands.h"

#include "stream/TurnStream.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

#include <cstdio>

namespace pokee::cli {

CliCommands::CliCommands(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_api(new ApiClient(options.endpoint, this)),
      m_out(stdout), m_err(stderr)
{
}

QString CliCommands::usage()
{
    return QStringLiteral(
        "Commands:\n"
        "  sessions create            create a persistent session, print its id\n"
        "  sessions show SID          print a session's state\n"
        "  send SID MESSAGE           send a message, print the answer as it streams\n");
}

bool CliCommands::start()
{
    const QStringList &a = m_options.args;
    if (a.size() == 2 && a[0] == u"sessions" && a[1] == u"create")
        sessionsCreate();
    else if (a.size() == 3 && a[0] == u"sessions" && a[1] == u"show")
        sessionsShow(a[2]);
    else if (a.size() == 3 && a[0] == u"send")
        send(a[1], a[2]);
    else
        return false;
    return true;
}

void CliCommands::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void CliCommands::done(int code)
{
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

void CliCommands::sessionsCreate()
{
    connect(m_api->createSession({{QStringLiteral("persistent"), true}}), &ApiCall::finished, this,
            [this](const ApiResult &r) {
                if (!r.ok()) {
                    m_err << r.error.userMessage() << '\n';
                    return done(Failure);
                }
                if (m_options.json)
                    printJson(r.json.object());
                else
                    m_out << r.json.object().value(u"id").toString() << '\n';
                done(Completed);
            });
}

void CliCommands::sessionsShow(const QString &id)
{
    connect(m_api->getSession(id), &ApiCall::finished, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            m_err << r.error.userMessage() << '\n';
            return done(Failure);
        }
        m_out << QString::fromUtf8(r.json.toJson(m_options.json ? QJsonDocument::Compact
                                                                 : QJsonDocument::Indented));
        if (m_options.json)
            m_out << '\n';
        done(Completed);
    });
}

void CliCommands::send(const QString &sessionId, const QString &message)
{
    auto *turn = new TurnStream(m_api, sessionId, this);
    connect(turn, &TurnStream::responseIdReceived, this, [this](const QString &rid) {
        if (!m_options.json)
            m_err << "response " << rid << '\n';
        m_err.flush();
    });
    connect(turn, &TurnStream::eventReceived, this, [this](const TurnEvent &e) {
        if (m_options.json) {
            printJson({{QStringLiteral("seq"), e.seq},
                       {QStringLiteral("event"), e.type},
                       {QStringLiteral("data"), e.dataIsJson ? QJsonValue(e.data)
                                                             : QJsonValue(QString::fromUtf8(e.rawData))}});
        } else if (e.type == u"text.delta") {
            m_out << e.data.value(u"content").toString();
            m_out.flush();
        }
    });
    connect(turn, &TurnStream::reconnectScheduled, this, [this](int attempt, int ms, const ApiError &why) {
        m_err << QCoreApplication::translate("pokee", "connection lost (%1), reconnecting in %2 ms, attempt %3")
                     .arg(why.detail).arg(ms).arg(attempt)
              << '\n';
        m_err.flush();
    });
    connect(turn, &TurnStream::stateChanged, this, [this, turn](TurnStream::State s) {
        if (!turn->isFinished())
            return;
        if (!m_options.json)
            m_out << '\n';
        switch (s) {
        case TurnStream::State::Completed: return done(Completed);
        case TurnStream::State::Cancelled: return done(Cancelled);
        default:
            m_err << turn->lastError().userMessage() << '\n';
            return done(turn->lastError().kind == ApiError::Kind::TurnError ? TurnError : Failure);
        }
    });
    turn->send(message, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace pokee::cli
