// `pokee help`, `pokee help COMMAND` and `pokee COMMAND --help`, and the refusal of an option
// the command does not take. None of it needs a server: every run here is a user with no
// profile and no POKEE_API, so a command that went on would say "no server to talk to".
#include "CliSupport.h"

#include <QTest>

using namespace pokee;
using test::CliRun;
using test::FreshHome;

class CliHelpTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("POKEE_CLI_BIN").isEmpty()); }
    void overviewListsEveryCommand();
    void aCommandsHelpHasOnlyItsOptions();
    void aSubVerbsHelpHasOnlyItsOptions();
    void helpForNoCommandIsAUsageError();
    void anOptionTheCommandDoesNotTakeIsRefused();
    void optionsMayStillComeBeforeTheCommand();
    void theHelpSpeaksTheUsersLanguage();
};

void CliHelpTest::overviewListsEveryCommand()
{
    FreshHome home;
    const CliRun help = home.run({QStringLiteral("help")});
    EXPECT_EXIT(help, 0);
    for (const char *verb : {"profiles add", "profiles list", "sessions create", "sessions clean", "wait", "watch", "inbox", "send",
                             "events", "cancel", "tool-result", "files", "get", "rules check", "rules audit", "tools list",
                             "tools export", "respond", "resume", "transcript", "help"})
        QVERIFY2(help.out.contains("\n  " + QByteArray(verb) + ' '), verb);
    QVERIFY2(help.out.contains("Global options") && help.out.contains("--journal <file>"), help.out.constData());
    QVERIFY2(help.out.contains("pokee help COMMAND"), help.out.constData());
    // The global options only: a command's own are in its help.
    QVERIFY2(!help.out.contains("--ephemeral  "), help.out.constData());
    // Every verb has its help (and every option a command names is in the table).
    for (const char *verb : {"profiles", "sessions", "wait", "watch", "inbox", "send", "events", "cancel", "tool-result", "files", "get",
                             "rules", "tools", "respond", "resume", "transcript", "help"}) {
        const CliRun one = home.run({QStringLiteral("help"), QString::fromLatin1(verb)});
        EXPECT_EXIT(one, 0);
        QVERIFY2(one.out.startsWith("Usage: pokee " + QByteArray(verb)), one.out.constData());
    }
    // --help and -h are the same overview.
    QCOMPARE(home.run({QStringLiteral("--help")}).out, help.out);
    QCOMPARE(home.run({QStringLiteral("-h")}).out, help.out);
}

void CliHelpTest::aCommandsHelpHasOnlyItsOptions()
{
    FreshHome home;
    const CliRun help = home.run({QStringLiteral("help"), QStringLiteral("get")});
    EXPECT_EXIT(help, 0);
    QVERIFY2(help.out.contains("Usage: pokee get SID PATH"), help.out.constData());
    QVERIFY2(help.out.contains("Usage: pokee get SID --all"), help.out.constData());
    for (const char *option : {"-o, --output <file>", "--no-resume", "--all", "--path <folder>"})
        QVERIFY2(help.out.contains(option), option);
    for (const char *foreign : {"--ephemeral", "--ttl", "--raw", "--url"})
        QVERIFY2(!help.out.contains(foreign), foreign);
    QVERIFY2(help.out.contains("global options"), help.out.constData());
    // The same help, however asked for, and whatever arguments the command line already has.
    const CliRun asked = home.run({QStringLiteral("get"), QStringLiteral("--help")});
    EXPECT_EXIT(asked, 0);
    QCOMPARE(asked.out, help.out);
    QCOMPARE(home.run({QStringLiteral("get"), QStringLiteral("sess_x"), QStringLiteral("a.txt"), QStringLiteral("-h")}).out,
             help.out);
}

void CliHelpTest::aSubVerbsHelpHasOnlyItsOptions()
{
    FreshHome home;
    const CliRun create = home.run({QStringLiteral("help"), QStringLiteral("sessions"), QStringLiteral("create")});
    EXPECT_EXIT(create, 0);
    QVERIFY2(create.out.contains("--ephemeral") && create.out.contains("--ttl <s>"), create.out.constData());
    QVERIFY2(!create.out.contains("--older-than"), create.out.constData());
    QCOMPARE(home.run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--help")}).out, create.out);
    // The verb alone: every sub-verb, each with its own options.
    const CliRun sessions = home.run({QStringLiteral("help"), QStringLiteral("sessions")});
    EXPECT_EXIT(sessions, 0);
    for (const char *text : {"Usage: pokee sessions list", "Usage: pokee sessions clean", "--older-than <age>", "--ephemeral"})
        QVERIFY2(sessions.out.contains(text), text);
    QVERIFY2(!sessions.out.contains("--no-resume"), sessions.out.constData());
}

void CliHelpTest::helpForNoCommandIsAUsageError()
{
    FreshHome home;
    for (const QStringList &words : {QStringList{QStringLiteral("nosuch")},
                                     QStringList{QStringLiteral("sessions"), QStringLiteral("nosuch")},
                                     QStringList{QStringLiteral("get"), QStringLiteral("extra")}}) {
        const CliRun r = home.run(QStringList{QStringLiteral("help")} + words);
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains("there is no command “" + words.join(u' ').toUtf8() + "”"), r.err.constData());
        QVERIFY2(r.err.contains("pokee help lists them"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
    const CliRun unknown = home.run({QStringLiteral("frobnicate"), QStringLiteral("--help")});
    EXPECT_EXIT(unknown, 2);
    QVERIFY2(unknown.err.contains("no command “frobnicate”"), unknown.err.constData());
}

void CliHelpTest::anOptionTheCommandDoesNotTakeIsRefused()
{
    FreshHome home;
    const CliRun get = home.run({QStringLiteral("get"), QStringLiteral("sess_x"), QStringLiteral("a.txt"), QStringLiteral("--ephemeral")});
    EXPECT_EXIT(get, 2);
    QVERIFY2(get.err.contains("pokee: get does not take --ephemeral; see pokee help get"), get.err.constData());
    QVERIFY(get.out.isEmpty());
    // A sub-verb's options are its own: sessions list takes no --ttl, sessions create no -o.
    const CliRun list = home.run({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--ttl"), QStringLiteral("1h")});
    EXPECT_EXIT(list, 2);
    QVERIFY2(list.err.contains("sessions list does not take --ttl; see pokee help sessions list"), list.err.constData());
    const CliRun create = home.run({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("-o"), QStringLiteral("x")});
    EXPECT_EXIT(create, 2);
    QVERIFY2(create.err.contains("sessions create does not take -o"), create.err.constData());
    // inbox and watch each have their own: --all-profiles is the inbox's, --follow watch's.
    const CliRun inbox = home.run({QStringLiteral("inbox"), QStringLiteral("--follow")});
    EXPECT_EXIT(inbox, 2);
    QVERIFY2(inbox.err.contains("inbox does not take --follow; see pokee help inbox"), inbox.err.constData());
    const CliRun watch = home.run({QStringLiteral("help"), QStringLiteral("watch")});
    EXPECT_EXIT(watch, 0);
    QVERIFY2(watch.out.contains("--follow") && watch.out.contains("--interval <s>") && !watch.out.contains("--all-profiles"),
             watch.out.constData());
    // An option no command has: the parser's sentence, and where the options are listed.
    const CliRun bogus = home.run({QStringLiteral("files"), QStringLiteral("sess_x"), QStringLiteral("--bogus")});
    EXPECT_EXIT(bogus, 2);
    QVERIFY2(bogus.err.contains("bogus") && bogus.err.contains("pokee help"), bogus.err.constData());
    // --key is refused for its own reason first, whatever the command.
    const CliRun key = home.run({QStringLiteral("get"), QStringLiteral("--key"), QStringLiteral("pk_x"), QStringLiteral("--ephemeral")});
    EXPECT_EXIT(key, 2);
    QVERIFY2(key.err.contains("--key is not accepted"), key.err.constData());
}

void CliHelpTest::optionsMayStillComeBeforeTheCommand()
{
    FreshHome home;
    // Past the option check: what stops these is that this user has no server.
    for (const QStringList &args :
         {QStringList{QStringLiteral("--ttl"), QStringLiteral("1h"), QStringLiteral("sessions"), QStringLiteral("create")},
          QStringList{QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("sess_x"), QStringLiteral("--path"), QStringLiteral("out")},
          QStringList{QStringLiteral("events"), QStringLiteral("sess_x"), QStringLiteral("resp_x"), QStringLiteral("--raw"),
                      QStringLiteral("--after"), QStringLiteral("41"), QStringLiteral("--journal"), QStringLiteral("j.sqlite")}}) {
        const CliRun r = home.run(args);
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains("no server to talk to") && !r.err.contains("does not take"), r.err.constData());
    }
    const CliRun version = home.run({QStringLiteral("--version")});
    EXPECT_EXIT(version, 0);
    QVERIFY2(version.out.startsWith("pokee "), version.out.constData());
}

void CliHelpTest::theHelpSpeaksTheUsersLanguage()
{
    for (const auto &[language, heading] : {std::pair{"de_DE", "Optionen:"}, std::pair{"zh_CN", "选项："}}) {
        FreshHome home;
        home.setEnv(QStringLiteral("LC_ALL"), QString::fromLatin1(language) + QStringLiteral(".UTF-8"));
        home.setEnv(QStringLiteral("LANGUAGE"), QString::fromLatin1(language));
        const CliRun help = home.run({QStringLiteral("help"), QStringLiteral("get")});
        EXPECT_EXIT(help, 0);
        QVERIFY2(help.out.contains(heading) && help.out.contains("--no-resume"), help.out.constData());
        QVERIFY2(!help.out.contains("Start over"), help.out.constData());
    }
}

QTEST_GUILESS_MAIN(CliHelpTest)
#include "CliHelpTest.moc"
