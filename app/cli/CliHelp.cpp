#include "cli/CliHelp.h"

#include "cli/CliOutput.h"
#include "cli/CliVerbs.h"

#include <QCoreApplication>

namespace pokee::cli {

namespace {

constexpr int kWidth = 79;          // what the text is wrapped to: a terminal's 80 columns, less one
constexpr int kCommandColumn = 35;  // where the command table's summaries start
constexpr int kMaxOptionColumn = 30; // an option's help starts at most here, so that it has room

// The columns a terminal gives `c`: two for East Asian wide characters (all of Chinese text),
// one for the rest; the help is wrapped by what the user sees, not by characters.
int columns(char32_t c)
{
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6);
    return wide ? 2 : 1;
}

int columns(const QString &text)
{
    int n = 0;
    for (const char32_t c : text.toUcs4())
        n += columns(c);
    return n;
}

// `text` in lines of at most `width` columns, broken at spaces, and between wide characters
// too: Chinese has no spaces to break at. A word longer than a line gets a line of its own.
QStringList wrap(const QString &text, int width)
{
    QStringList lines{QString()};
    int used = 0;
    bool spaced = false; // a space came before the next piece
    auto put = [&](const QString &piece, int pieceColumns) {
        const int gap = spaced && used > 0 ? 1 : 0;
        if (used > 0 && used + gap + pieceColumns > width) {
            // Chinese punctuation that closes (，。）) never starts a line: the character
            // before it goes along.
            QString carried;
            const bool closing = QStringLiteral("，。、；：！？）」").contains(piece);
            if (!gap && closing && columns(lines.last().back().unicode()) == 2) {
                carried = lines.last().back();
                lines.last().chop(1);
            }
            lines << carried;
            used = columns(carried);
        } else if (gap) {
            lines.last() += u' ';
            ++used;
        }
        lines.last() += piece;
        used += pieceColumns;
        spaced = false;
    };
    QString word;
    auto endWord = [&] {
        if (!word.isEmpty())
            put(word, columns(word));
        word.clear();
    };
    for (const char32_t c : text.toUcs4()) {
        if (c == U' ' || c == U'\n') {
            endWord();
            spaced = true;
        } else if (columns(c) == 2) {
            endWord();
            put(QString::fromUcs4(&c, 1), 2);
        } else {
            word += QString::fromUcs4(&c, 1);
        }
    }
    endWord();
    return lines;
}

// One row of a two-column table: `left` indented by two, `right` wrapped from `column` on,
// starting on a line of its own when `left` reaches into its column.
QString row(const QString &left, const QString &right, int column)
{
    QString out = QStringLiteral("  ") + left;
    int used = 2 + columns(left);
    for (const QString &line : wrap(right, kWidth - column)) {
        if (used > column - 2) {
            out += u'\n';
            used = 0;
        }
        out += QString(column - used, u' ') + line;
        used = kWidth; // a further line starts on a line of its own
    }
    return out + u'\n';
}

QString optionRows(const QList<const OptionSpec *> &options)
{
    int column = 0;
    for (const OptionSpec *o : options)
        column = qMax(column, 2 + columns(optionLabel(*o)) + 2);
    column = qMin(column, kMaxOptionColumn);
    QString out;
    for (const OptionSpec *o : options)
        out += row(optionLabel(*o), QCoreApplication::translate("CliVerbs", o->help), column);
    return out;
}

QString commandTable()
{
    //: Heading of the command table of pokee help
    QString out = QCoreApplication::translate("CliHelp", "Commands:") + u'\n';
    for (const CommandSpec &c : commands())
        out += row(synopsis(c), QCoreApplication::translate("CliVerbs", c.summary), kCommandColumn);
    return out;
}

QString globalOptionRows()
{
    QList<const OptionSpec *> shown;
    for (const OptionSpec &o : globalOptions())
        if (o.help) // --help-all is only Qt's old spelling of --help
            shown << &o;
    return optionRows(shown);
}

// Where the help of one command is, which server and key a command uses, and the exit codes.
QString footer()
{
    //: Keep pokee help COMMAND and pokee COMMAND --help as they are: they are commands.
    const QString more = QCoreApplication::translate(
        "CliHelp", "pokee help COMMAND, or pokee COMMAND --help: that command's arguments and options.");
    //: Keep --api, --profile, POKEE_API and POKEE_KEY as they are.
    const QString serverAndKey = QCoreApplication::translate("CliHelp",
        "Server and key: --api URL (key from POKEE_KEY), else --profile NAME, else POKEE_API +\n"
        "POKEE_KEY when both are set, else the default profile (its key in the system keychain).\n"
        "A key is never taken from the command line.\n");
    //: Keep message.error as it is: it is the name of an event.
    const QString exitCodes = QCoreApplication::translate("CliHelp",
        "Exit codes: 0 completed, 3 cancelled, 4 the turn ended in message.error,\n"
        "2 usage error, 1 any other failure.\n");
    return wrap(more, kWidth).join(u'\n') + QStringLiteral("\n\n") + serverAndKey + u'\n' + exitCodes;
}

// "Usage: pokee SYNTAX", and a newline.
QString usageLine(const QString &syntax)
{
    //: The first line of a help: %1 is how a command line is written (pokee get SID PATH), kept in English
    return QCoreApplication::translate("CliHelp", "Usage: %1").arg(QStringLiteral("pokee ") + syntax) + u'\n';
}

QString overview()
{
    const QString about = QCoreApplication::translate("CliHelp", "Command-line client for the Pokee Enterprise API.");
    const QString global = QCoreApplication::translate("CliHelp", "Global options (every command takes them):");
    return usageLine(QStringLiteral("COMMAND [ARGUMENTS] [OPTIONS]")) + about + QStringLiteral("\n\n") + commandTable() +
           u'\n' + global + u'\n' + globalOptionRows() + u'\n' + footer();
}

// One command's block of `pokee help VERB`: its synopsis, summary and options.
QString commandHelp(const CommandSpec &c)
{
    QString out = usageLine(synopsis(c)) +
                  wrap(QCoreApplication::translate("CliVerbs", c.summary), kWidth).join(u'\n') + u'\n';
    QList<const OptionSpec *> options;
    for (const QString &name : QString::fromLatin1(c.options).split(u',', Qt::SkipEmptyParts)) {
        options << findOption(name);
        Q_ASSERT_X(options.last(), "commandHelp", "an option the table does not have"); // CliHelpTest shows every command
    }
    //: Heading of a command's options in pokee help COMMAND
    const QString heading = QCoreApplication::translate("CliHelp", "Options:");
    if (!options.isEmpty())
        out += u'\n' + heading + u'\n' + optionRows(options);
    return out;
}

} // namespace

QString wrongCommandLine()
{
    return QCoreApplication::translate("CliHelp", "pokee: unknown command or wrong arguments.") + u'\n' + commandTable() +
           u'\n' + footer();
}

int showHelp(const QStringList &words, bool exact)
{
    CliOutput out(false);
    if (words.isEmpty()) {
        out.text(overview());
        out.flush();
        return Completed;
    }
    qsizetype used = 0;
    const QList<const CommandSpec *> named = commandsFor(words, &used);
    if (named.isEmpty() || (exact && used != words.size())) {
        //: %1 is what the user typed as a command name
        out.note(QCoreApplication::translate("CliHelp", "pokee: there is no command “%1”; pokee help lists them.")
                     .arg(words.join(u' ')));
        return Usage;
    }
    QStringList blocks;
    for (const CommandSpec *c : named)
        blocks << commandHelp(*c);
    //: Keep the option names and pokee help as they are.
    const QString global = QCoreApplication::translate(
        "CliHelp", "Every command also takes the global options (--api, --profile, --json, --journal); "
                   "pokee help describes them.");
    out.text(blocks.join(u'\n') + u'\n' + wrap(global, kWidth).join(u'\n') + u'\n');
    out.flush();
    return Completed;
}

} // namespace pokee::cli
