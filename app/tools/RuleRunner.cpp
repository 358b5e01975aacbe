#include "tools/RuleRunner.h"

#include "platform/ChildProcess.h"
#include "tools/JsonPointer.h"
#include "tools/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pokee {

namespace {
// A string as it goes between the quotes of a JSON string.
QString jsonEscaped(const QString &s)
{
    const QByteArray quoted = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact); // ["..."]
    return QString::fromUtf8(quoted.mid(2, quoted.size() - 4));
}

} // namespace

RuleRunner::RuleRunner(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_process)
            child_process::killTree(*m_process); // finished() follows
    });
}

RuleRunner::~RuleRunner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        child_process::killTree(*m_process);
        m_process->waitForFinished(1000);
    }
}

QString RuleRunner::expandTemplate(const QString &templateText, const QString &argumentsJson)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\$\{args(\.[^}]*)?\})"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(argumentsJson.toUtf8(), &error);
    const QJsonValue root = error.error != QJsonParseError::NoError ? QJsonValue(QJsonValue::Undefined)
                            : doc.isObject()                       ? QJsonValue(doc.object())
                                                                   : QJsonValue(doc.array());
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(templateText);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(templateText).mid(last, m.capturedStart() - last);
        const QString pointer = m.captured(1).mid(1); // after the '.'; "${args}" is the whole document
        const QJsonValue v = root.isUndefined() ? root : resolvePointer(root, pointer);
        if (v.isString())
            out += jsonEscaped(v.toString());
        else if (!v.isUndefined())
            out += compactJson(v);
        last = m.capturedEnd();
    }
    out += QStringView(templateText).mid(last);
    return out;
}

void RuleRunner::finish(const RuleAnswer &answer)
{
    if (std::exchange(m_done, true))
        return;
    m_timeout.stop();
    Q_EMIT finished(answer);
}

void RuleRunner::start(const ToolRule &rule, const QString &argumentsJson)
{
    if (rule.action == ToolRule::Action::Reply) {
        RuleAnswer a;
        a.output = expandTemplate(rule.templateText, argumentsJson);
        a.detail = tr("reply rule");
        QMetaObject::invokeMethod(this, [this, a] { finish(a); }, Qt::QueuedConnection);
        return;
    }
    if (rule.action != ToolRule::Action::Command) {
        RuleAnswer a;
        a.isError = true;
        a.exitCode = -1;
        a.detail = tr("an ask rule answers nothing by itself");
        QMetaObject::invokeMethod(this, [this, a] { finish(a); }, Qt::QueuedConnection);
        return;
    }
    m_program = rule.program;
    m_timeoutSeconds = rule.timeoutSeconds;
    m_process = new QProcess(this);
    // No key, no secret of ours: the rule gets the minimal environment, and a process group
    // of its own that the timeout ends whole.
    child_process::prepare(*m_process);
    m_process->setProgram(rule.program);
    m_process->setArguments(rule.arguments);
    if (!rule.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(rule.workingDirectory);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &RuleRunner::onReadyStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &RuleRunner::onReadyStderr);
    connect(m_process, &QProcess::finished, this, &RuleRunner::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, &RuleRunner::onProcessError);
    connect(m_process, &QProcess::started, this, [this, argumentsJson] {
        m_process->write(argumentsJson.toUtf8());
        m_process->closeWriteChannel();
    });
    m_timeout.start(rule.timeoutSeconds * 1000);
    m_process->start();
}

void RuleRunner::cancel()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        child_process::killTree(*m_process);
}

void RuleRunner::onReadyStdout()
{
    const QByteArray chunk = m_process->readAllStandardOutput();
    const qint64 room = MaxOutputBytes - m_stdout.size();
    if (chunk.size() > room) {
        m_truncated = true; // kept to the cap; the rest is read and dropped so the program never blocks
        m_stdout += chunk.left(qMax<qint64>(0, room));
    } else {
        m_stdout += chunk;
    }
}

void RuleRunner::onReadyStderr()
{
    m_stderr += m_process->readAllStandardError();
    if (m_stderr.size() > 2 * StderrTailBytes)
        m_stderr = m_stderr.right(StderrTailBytes);
}

void RuleRunner::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    onReadyStdout();
    onReadyStderr();
    RuleAnswer a;
    a.truncated = m_truncated;
    const QString tail = QString::fromUtf8(m_stderr.right(StderrTailBytes)).trimmed();
    if (m_timedOut) {
        a.isError = true;
        a.exitCode = -1;
        //: %1 is the rule's program; %n the seconds it was given (abbreviated unit)
        a.detail = tr("%1 timed out after %n s", nullptr, m_timeoutSeconds).arg(m_program);
        a.output = tail.isEmpty() ? a.detail : a.detail + u'\n' + tail;
    } else if (status == QProcess::CrashExit) {
        a.isError = true;
        a.exitCode = -1;
        a.detail = tr("%1 crashed").arg(m_program);
        a.output = tail.isEmpty() ? a.detail : a.detail + u'\n' + tail;
    } else if (exitCode != 0) {
        a.isError = true;
        a.exitCode = exitCode;
        a.detail = tr("%1 exited with %2").arg(m_program).arg(exitCode);
        a.output = tail.isEmpty() ? a.detail : tail;
    } else {
        a.output = QString::fromUtf8(m_stdout);
        a.detail = m_truncated ? tr("%1 exited with 0; its output was cut at 1 MiB").arg(m_program)
                               : tr("%1 exited with 0").arg(m_program);
    }
    finish(a);
}

void RuleRunner::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // the others end in finished()
    RuleAnswer a;
    a.isError = true;
    a.exitCode = -1;
    a.detail = tr("%1 could not be started: %2").arg(m_program, m_process->errorString());
    a.output = a.detail;
    finish(a);
}

} // namespace pokee
