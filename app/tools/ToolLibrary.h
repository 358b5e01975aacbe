#pragma once

#include "tools/ToolSet.h"

#include <QString>
#include <QStringList>

namespace pokee {

// The tools a user defined once, to hand to new sessions and to the stateless playground:
// one JSON file for the whole app (a tool describes the user's own function, whatever the
// server), {"tools": [...]} in the flat shape. The app and `pokee tools` share it.
class ToolLibrary
{
public:
    explicit ToolLibrary(const QString &path = defaultPath());

    // In the user's data folder: pokee-desktop/tools.json.
    static QString defaultPath();
    QString path() const { return m_path; }

    // Reads the file; a missing file is an empty library. On failure the library is left
    // empty and `errors` says why, with line and column for JSON syntax.
    bool load(QStringList &errors);
    // Writes the whole file at once (QSaveFile); an empty string on success, else why not.
    QString save() const;

    const ToolSet &tools() const { return m_tools; }
    void setTools(const ToolSet &tools) { m_tools = tools; }
    QStringList names() const;
    const ToolDefinition *find(const QString &name) const;
    // Adds each tool, replacing one of the same name in place; returns the names replaced.
    QStringList merge(const ToolSet &incoming);
    bool remove(const QString &name);
    // The named tools, in the library's order; `missing` gets names it does not have.
    ToolSet subset(const QStringList &names, QStringList *missing = nullptr) const;

private:
    QString m_path;
    ToolSet m_tools;
};

} // namespace pokee
