#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace pokee::test {

// A file under one of `roots` whose bytes contain `secret` (files up to 64 MiB, hidden ones
// too, symlinks not followed); empty when none does. The oracle of "the key is in no file".
inline QString fileHolding(const QByteArray &secret, const QStringList &roots)
{
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() <= 64 * 1024 * 1024 && f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
                return f.fileName();
        }
    }
    return {};
}

} // namespace pokee::test
