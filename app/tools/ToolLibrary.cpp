#include "tools/ToolLibrary.h"

#include "files/AtomicWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace pokee {

ToolLibrary::ToolLibrary(const QString &path) : m_path(path) {}

QString ToolLibrary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/pokee-desktop/tools.json");
}

bool ToolLibrary::load(QStringList &errors)
{
    m_tools = ToolSet();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        errors << QCoreApplication::translate("ToolLibrary", "cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return ToolSet::parse(file.readAll(), m_tools, errors);
}

QString ToolLibrary::save() const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return QCoreApplication::translate("ToolLibrary", "Cannot create the folder of %1.").arg(m_path);
    const QJsonObject doc{{QStringLiteral("tools"), m_tools.toLibraryArray()}};
    if (const QString why = writeAtomically(m_path, QJsonDocument(doc).toJson(QJsonDocument::Indented)); !why.isEmpty())
        return QCoreApplication::translate("ToolLibrary", "Cannot write %1: %2").arg(m_path, why);
    return {};
}

QStringList ToolLibrary::names() const
{
    QStringList out;
    for (const ToolDefinition &t : m_tools.tools())
        out << t.name;
    return out;
}

const ToolDefinition *ToolLibrary::find(const QString &name) const
{
    for (const ToolDefinition &t : m_tools.tools())
        if (t.name == name)
            return &t;
    return nullptr;
}

QStringList ToolLibrary::merge(const ToolSet &incoming)
{
    QList<ToolDefinition> tools = m_tools.tools();
    QStringList replaced;
    for (const ToolDefinition &t : incoming.tools()) {
        auto same = std::find_if(tools.begin(), tools.end(), [&t](const ToolDefinition &d) { return d.name == t.name; });
        if (same != tools.end()) {
            *same = t;
            replaced << t.name;
        } else {
            tools.append(t);
        }
    }
    m_tools.setTools(tools);
    return replaced;
}

bool ToolLibrary::remove(const QString &name)
{
    QList<ToolDefinition> tools = m_tools.tools();
    const auto removed = tools.removeIf([&name](const ToolDefinition &d) { return d.name == name; });
    m_tools.setTools(tools);
    return removed > 0;
}

ToolSet ToolLibrary::subset(const QStringList &names, QStringList *missing) const
{
    QList<ToolDefinition> picked;
    for (const ToolDefinition &t : m_tools.tools())
        if (names.contains(t.name))
            picked.append(t);
    if (missing)
        for (const QString &n : names)
            if (!find(n))
                *missing << n;
    ToolSet out;
    out.setTools(picked);
    return out;
}

} // namespace pokee
