// The secrets audit (issue 14): a full scenario with a known key — a profile whose key goes
// to the real keychain, turns, a tool call answered by a rule and one by hand, files listed
// and downloaded, the tool library, the stateless endpoint, transcript exports, the app opened
// on that profile and shut down — then every file this user's folders hold (settings,
// journals, audit logs, downloads, exports, caches) and everything the command and the app
// printed is searched for the key, as it is and encoded. It must be found nowhere.
#include "CliSupport.h"
#include "shell/DesktopShell.h"
#include "EmulatorProcess.h"
#include "shell/MainWindow.h"
#include "tools/ToolInbox.h"
#include "chat/Composer.h"
#include "chat/ChatView.h"

#include "models/TranscriptModel.h"
#include "profiles/KeyStore.h"
#include "session/SessionController.h"

#include <QApplication>
#include <QDirIterator>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace pokee;

namespace {

// Everything Qt printed in this process (warnings, debug lines, test output of Qt itself).
QStringList *g_messages = nullptr;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_messages)
        g_messages->append(message);
    if (g_previous)
        g_previous(type, context, message);
}

// The forms a key could leak in: as it is, in Base64, percent-encoded, in JSON's UTF-16
// escapes, and the tail a careless "sk-…abcd" display would show.
QList<QByteArray> leakForms(const QByteArray &key)
{
    QByteArray escaped;
    for (const char c : key)
        escaped += QByteArray("\\u00") + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
    return {key, key.toBase64(), key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            key.toPercentEncoding(), escaped, key.right(12)};
}

} // namespace

class SecretsAuditTest : public QObject
{
    Q_OBJECT
public:
    explicit SecretsAuditTest(const QString &home) : m_home(home) {}

private Q_SLOTS:
    void initTestCase();
    void theKeyIsFoundNowhere();
    void cleanupTestCase();

private:
    test::CliRun cli(const QStringList &args, const QByteArray &input = {});
    QString write(const QString &name, const QByteArray &text);
    void runTheCommandScenario();
    void runTheAppScenario();

    QString m_home;
    LocalEmulator m_emulator;
    QByteArray m_key;
    QString m_sid;
    QList<QByteArray> m_printed; // every stdout and stderr of the command
    QStringList m_messages;
};

void SecretsAuditTest::initTestCase()
{
    g_messages = &m_messages;
    g_previous = qInstallMessageHandler(capture);
    QVERIFY(test::startEmulator(m_emulator));
    m_key = m_emulator.endpoint().key.toUtf8();
    QVERIFY(m_key.size() >= 16);
}

void SecretsAuditTest::cleanupTestCase()
{
    cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("secrets-audit")});
    qInstallMessageHandler(g_previous);
    g_messages = nullptr;
}

test::CliRun SecretsAuditTest::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // this user's HOME and XDG folders
    env.remove(QStringLiteral("POKEE_API"));
    env.remove(QStringLiteral("POKEE_KEY"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("POKEE_CLI_BIN"), args);
    p.waitForStarted(30000);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    const test::CliRun r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                         p.readAllStandardError()};
    m_printed << r.out << r.err;
    return r;
}

QString SecretsAuditTest::write(const QString &name, const QByteArray &text)
{
    QFile f(QDir(m_home).filePath(name));
    [&] { QVERIFY(f.open(QIODevice::WriteOnly)); }();
    f.write(text);
    return f.fileName();
}

void SecretsAuditTest::runTheCommandScenario()
{
    const QString url = m_emulator.endpoint().baseUrl.toString();
    const auto expect = [](const test::CliRun &r, const char *what) {
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("%1: exit %2: %3").arg(QLatin1StringView(what)).arg(r.exitCode)
                                                 .arg(QString::fromUtf8(r.err))));
    };
    // The key from standard input, into the keychain.
    expect(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("secrets-audit"), QStringLiteral("--url"), url},
               m_key + '\n'), "profiles add");
    KeyStore keys;
    QCOMPARE(keys.readNow(QStringLiteral("secrets-audit")).key.toUtf8(), m_key); // it is in the keychain
    expect(cli({QStringLiteral("profiles"), QStringLiteral("default"), QStringLiteral("secrets-audit")}), "profiles default");
    expect(cli({QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("secrets-audit")}), "profiles test");
    expect(cli({QStringLiteral("profiles"), QStringLiteral("list")}), "profiles list");

    const QString tools = write(QStringLiteral("tools.json"), R"([{"type": "function", "name": "get_weather",
        "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}}])");
    const QString rules = write(QStringLiteral("rules.json"), R"({"rules": [{"tool": "get_weather", "action": "reply",
        "template": "{\"temperature_c\": 14, \"city\": \"${args./location}\"}"}]})");
    expect(cli({QStringLiteral("tools"), QStringLiteral("import"), tools}), "tools import");
    expect(cli({QStringLiteral("tools"), QStringLiteral("export"), QStringLiteral("-o"), QDir(m_home).filePath(QStringLiteral("library.json"))}),
           "tools export");
    const test::CliRun created = cli({QStringLiteral("sessions"), QStringLiteral("create"), QStringLiteral("--tools"), tools});
    expect(created, "sessions create");
    m_sid = QString::fromUtf8(created.out.trimmed());
    expect(cli({QStringLiteral("send"), m_sid, QStringLiteral("What is the weather in Paris?"), QStringLiteral("--rules"), rules}),
           "send with rules");
    expect(cli({QStringLiteral("send"), m_sid, QStringLiteral("[[file=out/report.txt:3000]] Write the report.")}), "send");
    expect(cli({QStringLiteral("sessions"), QStringLiteral("list")}), "sessions list");
    expect(cli({QStringLiteral("sessions"), QStringLiteral("show"), m_sid}), "sessions show");
    expect(cli({QStringLiteral("files"), m_sid, QStringLiteral("--json")}), "files");
    QDir(m_home).mkpath(QStringLiteral("Downloads"));
    expect(cli({QStringLiteral("get"), m_sid, QStringLiteral("out/report.txt"), QStringLiteral("-o"),
                QDir(m_home).filePath(QStringLiteral("Downloads"))}), "get");
    expect(cli({QStringLiteral("get"), m_sid, QStringLiteral("--all"), QStringLiteral("-o"), QDir(m_home).filePath(QStringLiteral("Downloads/all"))}),
           "get --all");
    expect(cli({QStringLiteral("rules"), QStringLiteral("audit"), QStringLiteral("--json")}), "rules audit");
    expect(cli({QStringLiteral("respond"), QStringLiteral("Weather in Oslo?"), QStringLiteral("--library"), QStringLiteral("get_weather"),
                QStringLiteral("--rules"), rules}), "respond");
    // A failure prints too: a wrong session id, and a key refused (the server's 401).
    cli({QStringLiteral("sessions"), QStringLiteral("show"), QStringLiteral("sess_missing")});
    cli({QStringLiteral("--api"), url, QStringLiteral("sessions"), QStringLiteral("list")}); // no POKEE_KEY: says so
}

void SecretsAuditTest::runTheAppScenario()
{
    ui::DesktopShell::Options options;
    ui::DesktopShell shell(options);
    QSignalSpy opened(&shell, &ui::DesktopShell::profileOpened);
    shell.start();
    QVERIFY(opened.wait(20000));
    QCOMPARE(opened.first().first().toString(), QStringLiteral("secrets-audit"));
    ui::MainWindow *window = shell.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->controller()->openSession(m_sid);
    window->composer()->setText(QStringLiteral("And the weather in Oslo?"));
    window->composer()->submit();
    TranscriptModel *t = window->controller()->transcript();
    int callRow = -1;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (int row = 0; row < t->rowCount(); ++row)
            if (t->block(row).kind == TranscriptBlock::Kind::ToolCall && t->block(row).status == u"waiting")
                callRow = row;
        return callRow >= 0;
    }(), 20000);
    // Answered by hand, in the inbox.
    Q_EMIT window->chatView()->toolCallActivated(t->block(callRow).toolId);
    window->inbox()->answer()->setPlainText(QStringLiteral("{\"temperature_c\": -3}"));
    window->inbox()->send(false);
    QTRY_VERIFY_WITH_TIMEOUT(!window->controller()->isTurnRunning(), 20000);
    QDir(m_home).mkpath(QStringLiteral("Exports"));
    QCOMPARE(window->exportSession(QDir(m_home).filePath(QStringLiteral("Exports/session.md")), ui::MainWindow::ExportFormat::Markdown), QString());
    QCOMPARE(window->exportSession(QDir(m_home).filePath(QStringLiteral("Exports/session.json")), ui::MainWindow::ExportFormat::Json), QString());
    window->close();
    // The shell goes out of scope here: journal closed, settings written, as on quit.
}

void SecretsAuditTest::theKeyIsFoundNowhere()
{
    runTheCommandScenario();
    if (QTest::currentTestFailed())
        return;
    runTheAppScenario();
    if (QTest::currentTestFailed())
        return;
    QCoreApplication::processEvents(); // deferred deletes: the last writes happen
    const QList<QByteArray> forms = leakForms(m_key);

    int filesSearched = 0;
    bool sawJournal = false, sawSettings = false, sawDownload = false, sawExport = false, sawAudit = false;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        ++filesSearched;
        sawJournal |= path.endsWith(u".sqlite");
        sawSettings |= path.endsWith(u".ini") || path.endsWith(u".conf");
        sawDownload |= path.contains(u"/Downloads/");
        sawExport |= path.contains(u"/Exports/");
        sawAudit |= path.contains(u"audit");
        for (const QByteArray &form : forms)
            QVERIFY2(!bytes.contains(form), qPrintable(QStringLiteral("the key (as %1) is in %2").arg(QString::fromLatin1(form), path)));
    }
    // The search saw what the scenario wrote: a search of nothing proves nothing.
    QVERIFY2(filesSearched >= 8, qPrintable(QString::number(filesSearched)));
    QVERIFY(sawJournal);
    QVERIFY(sawSettings);
    QVERIFY(sawDownload);
    QVERIFY(sawExport);
    QVERIFY(sawAudit);

    for (const QByteArray &printed : std::as_const(m_printed))
        for (const QByteArray &form : forms)
            QVERIFY2(!printed.contains(form), printed.constData());
    for (const QString &message : std::as_const(m_messages))
        for (const QByteArray &form : forms)
            QVERIFY2(!message.toUtf8().contains(form), qPrintable(message));
    QVERIFY(m_printed.size() > 20);
}

int main(int argc, char **argv)
{
    // A user of its own, set before Qt reads any folder (QSettings caches its paths).
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    for (const auto &[name, sub] : {std::pair{"XDG_CONFIG_HOME", ".config"}, std::pair{"XDG_DATA_HOME", ".local/share"},
                                    std::pair{"XDG_CACHE_HOME", ".cache"}, std::pair{"XDG_STATE_HOME", ".local/state"}})
        qputenv(name, QDir(home.path()).filePath(QString::fromLatin1(sub)).toUtf8());
    qunsetenv("POKEE_API");
    qunsetenv("POKEE_KEY");
    QApplication app(argc, argv);
    SecretsAuditTest test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "SecretsAuditTest.moc"
