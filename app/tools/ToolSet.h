#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pokee {

// One function tool, as a session or the stateless endpoint takes it.
struct ToolDefinition
{
    QString name;
    QString description;
    QJsonObject parameters; // JSON Schema; {"type": "object"} when none is given
    // Where the tool came from, kept in the tool library only (never sent to the API):
    // {"mcp": {"server", "tool", "hash", "annotations"}} for a tool imported from an MCP server.
    QJsonObject origin;

    // The flat shape {"type":"function","name",...} or the nested one
    // {"type":"function","function":{"name",...}} (Chat Completions).
    QJsonObject toFlat() const;
    QJsonObject toNested() const;
    // The library's entry: the flat shape and, when it has one, its origin ("x-pokee-origin").
    QJsonObject toLibraryEntry() const;
};

// A set of tools read from JSON in either shape (an array, or {"tools": [...]}) and written
// in either, with every problem named: "tool 2: a name is letters, digits, '_' or '-'…".
class ToolSet
{
public:
    enum class Shape { Flat, Nested };

    // Parses and validates; on failure `errors` says what, with line and column for JSON
    // syntax. Returns false when anything is wrong (nothing is half-read).
    static bool parse(const QByteArray &json, ToolSet &out, QStringList &errors);
    static bool fromArray(const QJsonArray &tools, ToolSet &out, QStringList &errors);

    QJsonArray toArray(Shape shape) const;
    // The tool library's array: the flat shape with each tool's origin.
    QJsonArray toLibraryArray() const;
    QByteArray toJson(Shape shape) const;

    const QList<ToolDefinition> &tools() const { return m_tools; }
    void setTools(const QList<ToolDefinition> &tools) { m_tools = tools; }
    bool isEmpty() const { return m_tools.isEmpty(); }

    static bool isValidName(const QString &name);

private:
    QList<ToolDefinition> m_tools;
};

} // namespace pokee
