#pragma once

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace pokee {

// One rule of a profile's rules file. First enabled match wins; no match means "ask".
struct ToolRule
{
    enum class Action { Ask, Reply, Command, Mcp };

    QString tool = QStringLiteral("*"); // a tool name, or "*" for any
    QString pointer;                    // match.pointer: an RFC 6901 pointer into the arguments
    QRegularExpression regex;           // match.regex, applied to the value found there
    Action action = Action::Ask;
    QString templateText;               // reply: "${args./json/pointer}" substituted
    QString program;                    // command: run without a shell
    QStringList arguments;              // command: the fixed argument list
    QString workingDirectory;           // command: empty for the app's
    int timeoutSeconds = 60;            // command
    QString server;                     // mcp: the MCP server that answers
    QString mcpTool;                    // mcp: its tool (empty: the tool the agent called)
    bool approve = false;               // draft the answer into the inbox instead of sending it
                                        // (an "mcp" rule: ask the user before the server runs)
    bool enabled = true;

    bool hasMatch() const { return !pointer.isEmpty() || !regex.pattern().isEmpty(); }
    bool matches(const QString &toolName, const QString &argumentsJson) const;
    QJsonObject toJson() const;
    // "get_weather /location ~ ^Par → reply" for lists and the audit log.
    QString summary() const;
};

// A rules file: {"rules": [...]} as the user writes it, read with every problem named (line
// and column for JSON syntax, "rule 2: …" for the rest), and written back unchanged in
// meaning.
class RuleSet
{
public:
    static bool parse(const QByteArray &json, RuleSet &out, QStringList &errors);
    // Reads and parses a rules file: Unreadable (`errors` holds why the file did not open) or
    // Invalid (`errors` from parse()). The app, `pokee --rules` and `pokee rules check` read so.
    enum class FileRead { Ok, Unreadable, Invalid };
    static FileRead readFile(const QString &path, RuleSet &out, QStringList &errors);
    QByteArray toJson() const;

    // The first enabled rule that matches, or -1 ("ask").
    int match(const QString &toolName, const QString &argumentsJson) const;

    const QList<ToolRule> &rules() const { return m_rules; }
    QList<ToolRule> &rules() { return m_rules; }

private:
    QList<ToolRule> m_rules;
};

} // namespace pokee
