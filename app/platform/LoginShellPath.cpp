#include "platform/LoginShellPath.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>

namespace pokee::login_shell {

QStringList path(int timeoutMs)
{
#ifdef Q_OS_WIN
    Q_UNUSED(timeoutMs)
    return {};
#else
    const QString shell = qEnvironmentVariable("SHELL", QStringLiteral("/bin/sh"));
    const QString key = shell + u'\n' + QDir::homePath();
    static QHash<QString, QStringList> known; // per user and shell: the login shell runs once
    if (const auto it = known.constFind(key); it != known.cend())
        return *it;
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    const QString marker = QStringLiteral("__POKEE_PATH__");
    p.start(shell, {QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-c"),
                    QStringLiteral("printf '%1%s%1' \"$PATH\"").arg(marker)});
    QStringList entries;
    if (p.waitForStarted(timeoutMs) && p.waitForFinished(timeoutMs)) {
        const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
        const qsizetype from = out.indexOf(marker);
        const qsizetype to = from < 0 ? -1 : out.indexOf(marker, from + marker.size());
        if (to > from)
            for (const QString &e : out.mid(from + marker.size(), to - from - marker.size()).split(u':', Qt::SkipEmptyParts))
                entries << e;
    } else {
        p.kill();
        p.waitForFinished(1000);
    }
    known.insert(key, entries);
    return entries;
#endif
}

QString merged(const QString &inherited, const QStringList &loginPath)
{
    const QChar sep = QDir::listSeparator();
    QStringList entries = inherited.split(sep, Qt::SkipEmptyParts);
    for (const QString &e : loginPath)
        if (!entries.contains(e))
            entries << e;
    return entries.join(sep);
}

QString resolve(const QString &program, const QString &searchPath)
{
    if (program.contains(u'/') || program.contains(u'\\'))
        return program;
    return QStandardPaths::findExecutable(program, searchPath.split(QDir::listSeparator(), Qt::SkipEmptyParts));
}

} // namespace pokee::login_shell
