#pragma once

// What the tests of the `pokee` command share: a finished run, a user of their own (HOME and
// the XDG folders in a temporary directory), and an exit-code check that names what it saw.
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace pokee::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n'))
            if (!line.isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        return objects;
    }
};


// Runs `pokee` with POKEE_API and POKEE_KEY set to `url` and `key` (and `--journal` when
// given) to its end.
inline CliRun runCli(const QString &url, const QString &key, const QStringList &args, const QString &journal = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POKEE_API"), url);
    env.insert(QStringLiteral("POKEE_KEY"), key);
    p.setProcessEnvironment(env);
    QStringList all = args;
    if (!journal.isEmpty())
        all << QStringLiteral("--journal") << journal;
    p.start(qEnvironmentVariable("POKEE_CLI_BIN"), all);
    // Not ended within a minute: -1, never the exit code 0 QProcess reports for a running one.
    const bool ended = p.waitForFinished(60000) || p.state() == QProcess::NotRunning;
    if (!ended)
        p.kill();
    return {ended && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// A user of their own: HOME and the XDG folders in a temporary directory, no POKEE_API or
// POKEE_KEY, the session bus (and with it the keychain) kept.
class FreshHome
{
public:
    FreshHome()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("POKEE_API"));
        m_env.remove(QStringLiteral("POKEE_KEY"));
        m_env.insert(QStringLiteral("HOME"), m_dir.path());
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral(".config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral(".local/share")));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral(".cache")));
        m_env.insert(QStringLiteral("XDG_STATE_HOME"), m_dir.filePath(QStringLiteral(".local/state")));
    }

    QString path() const { return m_dir.path(); }
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    QString profilesFile() const { return m_dir.filePath(QStringLiteral(".config/pokee-desktop/profiles.ini")); }
    QString journalsFolder() const { return m_dir.filePath(QStringLiteral(".local/share/pokee-desktop/journals")); }

    // Starts `pokee ARGS` as this user, `input` on its standard input (then closed).
    QProcess *start(const QStringList &args, const QByteArray &input = {})
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(m_env);
        p->start(qEnvironmentVariable("POKEE_CLI_BIN"), args);
        if (p->waitForStarted(30000)) {
            if (!input.isEmpty())
                p->write(input);
            p->closeWriteChannel();
        }
        return p;
    }
    CliRun finish(QProcess *p)
    {
        const bool ended = p->state() == QProcess::NotRunning || p->waitForFinished(60000); // false when it had already ended
        if (!ended)
            p->kill();
        CliRun r{ended && p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, p->readAllStandardOutput(),
                 p->readAllStandardError()};
        delete p;
        m_outputs << r.out << r.err;
        return r;
    }
    CliRun run(const QStringList &args, const QByteArray &input = {}) { return finish(start(args, input)); }
    // Every byte any of its processes printed.
    const QList<QByteArray> &outputs() const { return m_outputs; }
    void recordOutput(const QByteArray &bytes) { m_outputs << bytes; }

    // The files under this HOME whose bytes contain `needle`.
    QStringList filesContaining(const QByteArray &needle) const
    {
        QStringList hits;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
        return hits;
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QList<QByteArray> m_outputs;
};

inline QByteArray lineWith(const QByteArray &text, const QByteArray &needle)
{
    for (const QByteArray &line : text.split('\n'))
        if (line.contains(needle))
            return line;
    return {};
}

// `run` is evaluated once: a command passed straight in runs once, not once per mention.
#define EXPECT_EXIT(run, code)                                                                                      \
    do {                                                                                                            \
        const ::pokee::test::CliRun ran_ = (run);                                                                                  \
        QVERIFY2(ran_.exitCode == (code), qPrintable(QStringLiteral("exit %1, stdout: %2, stderr: %3")              \
                                                         .arg(ran_.exitCode)                                       \
                                                         .arg(QString::fromUtf8(ran_.out), QString::fromUtf8(ran_.err)))); \
    } while (false)

} // namespace pokee::test
