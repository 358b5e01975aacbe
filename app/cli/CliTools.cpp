#include "cli/CliTools.h"

#include "cli/CliMcp.h"
#include "tools/McpRouter.h"
#include "tools/McpToolImport.h"

#include "files/AtomicWrite.h"
#include "tools/ToolLibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace pokee::cli {

namespace {

bool readToolFile(const QString &path, CliOutput &out, ToolSet &tools)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.note(QCoreApplication::translate("CliTools", "pokee: cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    QStringList errors;
    if (!ToolSet::parse(f.readAll(), tools, errors)) {
        for (const QString &e : std::as_const(errors))
            out.note(QStringLiteral("%1: %2").arg(path, e));
        return false;
    }
    return true;
}

bool loadLibrary(ToolLibrary &library, CliOutput &out)
{
    QStringList errors;
    if (library.load(errors))
        return true;
    for (const QString &e : std::as_const(errors))
        out.note(QStringLiteral("%1: %2").arg(library.path(), e));
    out.note(QCoreApplication::translate("CliTools", "pokee: the tool library does not read; mend or remove %1.")
                 .arg(library.path()));
    return false;
}

QString parameterNames(const ToolDefinition &t)
{
    return t.parameters.value(u"properties").toObject().keys().join(QStringLiteral(", "));
}

} // namespace

int toolsCommand(const Options &options, CliOutput &out)
{
    const QStringList &a = options.args;
    const QString sub = a.value(1);
    ToolLibrary library;
    if (!loadLibrary(library, out))
        return Failure;
    if (sub == u"list" && a.size() == 2) {
        for (const ToolDefinition &t : library.tools().tools()) {
            if (out.json())
                out.object(t.toFlat());
            else
                out.line((t.description.isEmpty() ? QStringLiteral("%1(%2)").arg(t.name, parameterNames(t))
                                                  : QStringLiteral("%1(%2)  %3").arg(t.name, parameterNames(t), t.description)) +
                         (McpToolImport::serverOf(t).isEmpty()
                              ? QString()
                              //: %3: ask, session or always (the words of `pokee tools approval`)
                              : QCoreApplication::translate("CliTools", "  [MCP: %1/%2, %3]")
                                        .arg(McpToolImport::serverOf(t), McpToolImport::mcpNameOf(t),
                                             McpRouter::approvalName(McpRouter::approvalOf(t))) +
                                    (McpToolImport::changedOnServer(t)
                                         //: After a tool of pokee tools list; %1 is its MCP server
                                         ? QCoreApplication::translate("CliTools", "  CHANGED on the server: pokee tools import --mcp %1 shows it")
                                               .arg(McpToolImport::serverOf(t))
                                         : QString())));
        }
        if (!out.json() && library.tools().isEmpty())
            out.note(QCoreApplication::translate("CliTools", "The tool library is empty: pokee tools import FILE adds tools."));
        return Completed;
    }
    if (sub == u"import" && a.size() == 2 && !options.mcpServer.isEmpty())
        return importMcpTools(options, library, out);
    if (sub == u"import" && a.size() == 3) {
        ToolSet incoming;
        if (!readToolFile(a[2], out, incoming))
            return Usage;
        const QStringList replaced = library.merge(incoming);
        if (const QString error = library.save(); !error.isEmpty()) {
            out.note(QStringLiteral("pokee: ") + error);
            return Failure;
        }
        const int imported = int(incoming.tools().size());
        if (replaced.isEmpty())
            out.note(QCoreApplication::translate("CliTools", "Imported %n tool(s) into %1.", nullptr, imported)
                         .arg(library.path()));
        else
            //: %2 lists the names of the tools the import replaced
            out.note(QCoreApplication::translate("CliTools", "Imported %n tool(s) into %1 (replaced: %2).", nullptr, imported)
                         .arg(library.path(), replaced.join(u", ")));
        return Completed;
    }
    if (sub == u"export" && a.size() == 2) {
        const QByteArray json = library.tools().toJson(options.nested ? ToolSet::Shape::Nested : ToolSet::Shape::Flat);
        if (options.output.isEmpty()) {
            out.raw(json);
            return Completed;
        }
        if (const QString why = writeAtomically(options.output, json); !why.isEmpty()) {
            out.note(QCoreApplication::translate("CliTools", "pokee: cannot write %1: %2").arg(options.output, why));
            return Failure;
        }
        out.note(QCoreApplication::translate("CliTools", "Exported %n tool(s) to %1.", nullptr,
                                             int(library.tools().tools().size()))
                     .arg(options.output));
        return Completed;
    }
    if (sub == u"approval" && a.size() == 4) {
        const std::optional<McpRouter::Approval> approval = McpRouter::approvalFromName(a[3]);
        if (!approval) {
            out.note(QCoreApplication::translate("CliTools", "pokee: the approval is ask, session or always, not %1.").arg(a[3]));
            return Usage;
        }
        if (const QString error = McpRouter::setApproval(library.path(), a[2], *approval); !error.isEmpty()) {
            out.note(QStringLiteral("pokee: ") + error);
            return Failure;
        }
        switch (*approval) {
        case McpRouter::Approval::Ask:
            out.note(QCoreApplication::translate("CliTools", "%1 asks before every call runs on its MCP server.").arg(a[2]));
            break;
        case McpRouter::Approval::OncePerSession:
            out.note(QCoreApplication::translate("CliTools", "%1 asks once in each session, then runs on its MCP server.").arg(a[2]));
            break;
        case McpRouter::Approval::Always:
            out.note(QCoreApplication::translate("CliTools", "%1 runs on its MCP server without asking.").arg(a[2]));
            break;
        }
        return Completed;
    }
    if (sub == u"remove" && a.size() == 3) {
        if (!library.remove(a[2])) {
            out.note(QCoreApplication::translate("CliTools", "pokee: the tool library has no tool named %1.").arg(a[2]));
            return Failure;
        }
        if (const QString error = library.save(); !error.isEmpty()) {
            out.note(QStringLiteral("pokee: ") + error);
            return Failure;
        }
        out.note(QCoreApplication::translate("CliTools", "Removed %1 from the tool library.").arg(a[2]));
        return Completed;
    }
    out.note(QStringLiteral("pokee: tools list | tools import FILE | tools import --mcp SERVER | tools export [--nested] [-o FILE] | "
                            "tools approval NAME ask|session|always | tools remove NAME"));
    return Usage;
}

bool toolsForRequest(const Options &options, CliOutput &out, QJsonArray &tools)
{
    if (!options.toolsFile.isEmpty() && !options.library.isEmpty()) {
        out.note(QCoreApplication::translate("CliTools", "pokee: give --tools FILE or --library NAMES, not both."));
        return false;
    }
    ToolSet set;
    if (!options.toolsFile.isEmpty()) {
        if (!readToolFile(options.toolsFile, out, set))
            return false;
    } else if (!options.library.isEmpty()) {
        ToolLibrary library;
        if (!loadLibrary(library, out))
            return false;
        QStringList missing;
        set = options.library == u"all" ? library.tools()
                                        : library.subset(options.library.split(u',', Qt::SkipEmptyParts), &missing);
        if (!missing.isEmpty()) {
            //: %1 lists the tool names asked for that the library does not have
            out.note(QCoreApplication::translate("CliTools",
                                                 "pokee: the tool library has no %1 (pokee tools list shows what it has).")
                         .arg(missing.join(QStringLiteral(", "))));
            return false;
        }
    }
    tools = set.toArray(ToolSet::Shape::Flat);
    return true;
}

} // namespace pokee::cli
