// Tools → MCP servers… driven as a user would: import a Claude Desktop file (the secret to the
// keychain, not into our file), Test asks first with the whole command line (Cancel runs
// nothing), then runs the pinned server-everything and shows its log and what it offers, and
// Import Tools puts its tools into the library with their origin.
#include "EverythingOverHttp.h"

#include "tools/McpConsentDialog.h"
#include "tools/McpServerForm.h"
#include "tools/McpServersDialog.h"

#include "mcp/McpServerStore.h"
#include "profiles/KeyStore.h"
#include "tools/McpToolImport.h"
#include "tools/ToolLibrary.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pokee;

class McpServersDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importAskTestAndImportTools();
    void addByHandACommandAndAnAddress();
};

void McpServersDialogTest::importAskTestAndImportTools()
{
    const QString server = QDir(qEnvironmentVariable("POKEE_MCP_BIN")).filePath(QStringLiteral("mcp-server-everything"));
    if (qEnvironmentVariableIsEmpty("POKEE_MCP_BIN") || !QFile::exists(server))
        QFAIL("POKEE_MCP_BIN does not name the pinned MCP servers: run the tests with ./dev test, which installs them");
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("mcp-servers.json"));
    const QString libraryPath = dir.filePath(QStringLiteral("tools.json"));
    const QByteArray token = "tok-dialog-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    QFile claude(dir.filePath(QStringLiteral("claude_desktop_config.json")));
    QVERIFY(claude.open(QIODevice::WriteOnly));
    claude.write(R"({"mcpServers": {"everything": {"command": ")" + server.toUtf8() + R"(", "args": ["stdio"], "env": {"EVERYTHING_TOKEN": ")" +
                 token + R"("}}}})");
    claude.close();

    KeyStore keys;
    ui::McpServersDialog dialog(&keys, storePath, libraryPath);
    dialog.show();
    QVERIFY(dialog.importFile(claude.fileName()).contains(u"Imported 1 server"));
    QCOMPARE(dialog.list()->count(), 1);
    QVERIFY2(dialog.list()->item(0)->text().contains(u"not approved yet"), qPrintable(dialog.list()->item(0)->text()));
    QTRY_COMPARE(keys.readNow(QStringLiteral("mcp/everything/EVERYTHING_TOKEN")).key.toUtf8(), token);
    QFile stored(storePath);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(!stored.readAll().contains(token));

    // Test asks first, with the whole command line; Cancel runs nothing.
    QSignalSpy checked(&dialog, &ui::McpServersDialog::checked);
    dialog.testSelected();
    QVERIFY(dialog.consent());
    const QString shown = dialog.consent()->commandLine()->toPlainText();
    QVERIFY2(shown.contains(server + QStringLiteral(" stdio")) && shown.contains(u"EVERYTHING_TOKEN=(from the keychain)"), qPrintable(shown));
    QVERIFY(!shown.contains(QString::fromUtf8(token)));
    dialog.consent()->reject();
    QCOMPARE(checked.size(), 0); // a check starts only from the consent's acceptance, never later
    QVERIFY(dialog.list()->item(0)->text().contains(u"not approved yet"));

    dialog.testSelected();
    QVERIFY(dialog.consent());
    dialog.consent()->accept();
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.first().at(0).toBool(), true);
    QVERIFY2(dialog.status()->text().contains(u"everything works: mcp-servers/everything"), qPrintable(dialog.status()->text()));
    QVERIFY(dialog.log()->toPlainText().startsWith(u"$ "));
    QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("everything")); // approved now

    // Import Tools: no question this time (approved), the tools in the library with their origin.
    QSignalSpy imported(&dialog, &ui::McpServersDialog::toolsImported);
    dialog.importToolsOfSelected();
    QVERIFY(!dialog.consent());
    QVERIFY(imported.wait(30000));
    ToolLibrary library(libraryPath);
    QStringList errors;
    QVERIFY(library.load(errors));
    const ToolDefinition *sum = library.find(QStringLiteral("get-sum"));
    QVERIFY(sum);
    QCOMPARE(McpToolImport::serverOf(*sum), QStringLiteral("everything"));
    keys.removeNow(QStringLiteral("mcp/everything/EVERYTHING_TOKEN"));
}

// Add… as a user types a server in: a wrong line is said and the form stays; the secret
// variable goes to the keychain; an address (a running Streamable HTTP server-everything) with
// a secret header is added and tested without a consent question (nothing runs here).
void McpServersDialogTest::addByHandACommandAndAnAddress()
{
    const QString program = QDir(qEnvironmentVariable("POKEE_MCP_BIN")).filePath(QStringLiteral("mcp-server-everything"));
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("mcp-servers.json"));
    KeyStore keys;
    ui::McpServersDialog dialog(&keys, storePath, dir.filePath(QStringLiteral("tools.json")));
    dialog.show();
    dialog.openAddForm();
    ui::McpServerForm *form = dialog.addForm();
    QVERIFY(form);
    QTest::keyClicks(form->name(), QStringLiteral("handmade"));
    QTest::keyClicks(form->target(), program);
    form->arguments()->setPlainText(QStringLiteral("stdio"));
    const QByteArray token = "tok-hand-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    form->values()->setPlainText(QStringLiteral("PLAIN=1\noops\n"));
    form->accept();
    QVERIFY(form->isVisible());
    QVERIFY2(form->problem()->text().contains(u"line 2"), qPrintable(form->problem()->text()));
    form->values()->setPlainText(QStringLiteral("PLAIN=1\nHANDMADE_TOKEN=") + QString::fromUtf8(token));
    form->accept();
    QTRY_VERIFY(!dialog.addForm());
    QCOMPARE(dialog.list()->count(), 1);
    QVERIFY2(dialog.status()->text().contains(u"Added handmade; its secrets went to the keychain"), qPrintable(dialog.status()->text()));
    QTRY_COMPARE(keys.readNow(QStringLiteral("mcp/handmade/HANDMADE_TOKEN")).key.toUtf8(), token);
    QFile stored(storePath);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray file = stored.readAll();
    QVERIFY(file.contains("PLAIN") && !file.contains(token));

    // An address, with its token as a header.
    test::EverythingOverHttp server(program, QStringLiteral("streamableHttp"));
    QVERIFY(server.waitUntilListening());
    dialog.openAddForm();
    form = dialog.addForm();
    QTest::keyClicks(form->name(), QStringLiteral("remote"));
    form->urlKind()->setChecked(true);
    QTest::keyClicks(form->target(), server.url(QStringLiteral("/mcp")).toString());
    form->values()->setPlainText(QStringLiteral("Authorization: Bearer ") + QString::fromUtf8(token));
    form->accept();
    QTRY_VERIFY(!dialog.addForm());
    QCOMPARE(dialog.list()->count(), 2);
    QTRY_COMPARE(keys.readNow(QStringLiteral("mcp/remote/Authorization")).key.toUtf8(), "Bearer " + token);
    dialog.selectServer(QStringLiteral("remote"));
    QSignalSpy checked(&dialog, &ui::McpServersDialog::checked);
    dialog.testSelected();
    QVERIFY(!dialog.consent()); // nothing to run here: no question
    QVERIFY(!checked.isEmpty() || checked.wait(30000));
    QVERIFY2(checked.first().at(0).toBool(), qPrintable(checked.first().at(1).toString()));
    QVERIFY2(checked.first().at(1).toString().contains(u"mcp-servers/everything"), qPrintable(checked.first().at(1).toString()));
}

QTEST_MAIN(McpServersDialogTest)
#include "McpServersDialogTest.moc"
