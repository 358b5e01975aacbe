// The tool library, the rules editor and the stateless playground, driven offscreen in a real
// window against the emulator: tools are edited with errors named as you type, imported and
// exported in both shapes, handed to a new session; rules are edited, saved and then answer
// a call, which the audit tab lists; the playground loops through two function calls
// answered in the inbox, and explains the endpoint's failures; the inbox answers a call by
// keyboard, and the profile's rules answer one call and draft another for approval.
#include "EmulatorProcess.h"
#include "HttpProbe.h"
#include "chat/Composer.h"
#include "common/JsonEditor.h"
#include "shell/MainWindow.h"
#include "sessions/NewSessionDialog.h"
#include "tools/PlaygroundWindow.h"
#include "tools/RulesDialog.h"
#include "tools/ToolInbox.h"
#include "tools/ToolLibraryDialog.h"

#include "api/ApiClient.h"
#include "api/LocalEmulator.h"
#include "tools/PendingToolCallModel.h"
#include "models/TranscriptModel.h"
#include "session/SessionController.h"
#include "session/TurnManager.h"
#include "store/Journal.h"
#include "tools/AuditLog.h"
#include "tools/RuleEngine.h"
#include "tools/RuleSet.h"
#include "stream/TurnStream.h"
#include "tools/ToolLibrary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

#include <memory>

using namespace pokee;

namespace {

const QByteArray WeatherTool = R"({"type": "function", "name": "get_weather", "description": "Current weather for a city.",
  "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}})";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class ToolsGuiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startEmulator(m_emu, {QStringLiteral("--pace-ms"), QStringLiteral("1"),
                                            QStringLiteral("--stateless-delay-ms"), QStringLiteral("20")}));
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_api = std::make_unique<ApiClient>(m_emu.endpoint());
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(QStringLiteral(":memory:")));
        m_turns = std::make_unique<TurnManager>(m_api.get(), m_journal.get());
        m_window = std::make_unique<ui::MainWindow>(m_api.get(), m_turns.get(), QStringLiteral("test"));
        m_window->setToolLibraryPath(m_dir->filePath(QStringLiteral("tools.json")));
        m_window->setRulesLocation(m_dir->filePath(QStringLiteral("rules.json")), QStringLiteral("test"),
                                   m_dir->filePath(QStringLiteral("audit.jsonl")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        test::HttpProbe(m_emu.endpoint()).del(QStringLiteral("/_emulator/faults"));
        m_window.reset();
        m_turns.reset();
        m_journal.reset();
        m_api.reset();
        m_dir.reset();
    }
    void toolLibraryIsEditedCheckedImportedAndExported();
    void newSessionCarriesTheChosenTools();
    void rulesAreEditedSavedAndAudited();
    void playgroundLoopsThroughTwoCallsAnsweredInTheInbox();
    void playgroundExplainsTheEndpointsFailures();
    void inboxAnswersACallWithCtrlEnter();
    void rulesAnswerOrDraftInTheApp();

private:
    static QJsonArray weatherTools() { return {QJsonDocument::fromJson(WeatherTool).object()}; }
    QString sendAndWait(const QString &message)
    {
        QSignalSpy finished(m_window->controller(), &SessionController::turnFinished);
        m_window->composer()->setText(message);
        m_window->composer()->submit();
        [&] { QVERIFY(finished.wait(30000)); }();
        return m_window->controller()->sessionId();
    }
    void writeLibrary() { QVERIFY(writeFile(m_window->toolLibraryPath(), "{\"tools\": [" + WeatherTool + "]}")); }

    LocalEmulator m_emu;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TurnManager> m_turns;
    std::unique_ptr<ui::MainWindow> m_window;
};

void ToolsGuiTest::toolLibraryIsEditedCheckedImportedAndExported()
{
    ui::ToolLibraryDialog *dialog = m_window->openToolLibrary();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->list()->count(), 0);
    dialog->addTool();
    QCOMPARE(dialog->list()->count(), 1);
    QCOMPARE(dialog->list()->item(0)->text(), QStringLiteral("new_tool(query)"));
    QVERIFY(dialog->editor()->isValid());
    QPlainTextEdit *edit = dialog->editor()->editor();

    // A syntax error is named where it is, and the stored tool is kept.
    edit->setPlainText(QStringLiteral("{\"type\": \"function\", \"name\": \"get_weather\",\n  \"parameters\": {\"type\": \"object\" \"x\": 1}}"));
    QVERIFY(!dialog->editor()->isValid());
    const QString syntax = dialog->editor()->status()->text();
    QVERIFY2(syntax.startsWith(u"Not valid: line 2, column"), qPrintable(syntax));
    QCOMPARE(dialog->library().names(), QStringList{QStringLiteral("new_tool")});
    // So is a tool that reads but breaks the API's rules.
    edit->setPlainText(QStringLiteral(R"({"type": "function", "name": "get weather!"})"));
    QVERIFY2(dialog->editor()->status()->text().contains(u"a name is 1 to 64 letters"), qPrintable(dialog->editor()->status()->text()));
    // A valid edit replaces the tool.
    edit->setPlainText(QString::fromUtf8(WeatherTool));
    QVERIFY(dialog->editor()->isValid());
    QCOMPARE(dialog->editor()->status()->text(), QStringLiteral("Valid: get_weather(location)"));
    QCOMPARE(dialog->list()->item(0)->text(), QStringLiteral("get_weather(location)"));

    // Import in the nested shape: a new tool is added, one of the same name replaced.
    const QString nested = m_dir->filePath(QStringLiteral("nested.json"));
    QVERIFY(writeFile(nested, R"([{"type": "function", "function": {"name": "lookup", "description": "Search",
        "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}}},
      {"type": "function", "function": {"name": "get_weather", "description": "Replaced",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}])"));
    QCOMPARE(dialog->importFrom(nested), QString());
    QCOMPARE(dialog->library().names(), (QStringList{QStringLiteral("get_weather"), QStringLiteral("lookup")}));
    QCOMPARE(dialog->library().find(QStringLiteral("get_weather"))->description, QStringLiteral("Replaced"));
    // A broken file imports nothing and says why.
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(broken, "[{\"name\": \"x\",}]"));
    QVERIFY(dialog->importFrom(broken).contains(u"line 1, column"));
    QCOMPARE(dialog->library().names().size(), 2);

    // Export in both shapes, read back by an independent parse of the JSON.
    const QString outNested = m_dir->filePath(QStringLiteral("out-nested.json"));
    QCOMPARE(dialog->exportTo(outNested, ToolSet::Shape::Nested), QString());
    const QJsonArray exported = QJsonDocument::fromJson(readFile(outNested)).array();
    QCOMPARE(exported.size(), 2);
    QCOMPARE(exported.at(1).toObject().value(u"function").toObject().value(u"name").toString(), QStringLiteral("lookup"));
    const QString outFlat = m_dir->filePath(QStringLiteral("out-flat.json"));
    QCOMPARE(dialog->exportTo(outFlat, ToolSet::Shape::Flat), QString());
    QCOMPARE(QJsonDocument::fromJson(readFile(outFlat)).array().at(0).toObject().value(u"name").toString(), QStringLiteral("get_weather"));

    // Nothing is written until Save; then the library file has both.
    QVERIFY(!QFile::exists(m_window->toolLibraryPath()));
    QCOMPARE(dialog->save(), QString());
    const QJsonArray saved = QJsonDocument::fromJson(readFile(m_window->toolLibraryPath())).object().value(u"tools").toArray();
    QCOMPARE(saved.size(), 2);
    dialog->removeCurrent();
    QCOMPARE(dialog->list()->count(), 1);
    dialog->reject(); // a removal not saved is forgotten
    ToolLibrary reread(m_window->toolLibraryPath());
    QStringList errors;
    QVERIFY(reread.load(errors));
    QCOMPARE(reread.names().size(), 2);
}

void ToolsGuiTest::newSessionCarriesTheChosenTools()
{
    writeLibrary();
    m_window->newSessionWithDialog();
    auto *dialog = m_window->findChild<ui::NewSessionDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->toolList()->count(), 1);
    QVERIFY(dialog->toolList()->item(0)->text().startsWith(u"get_weather"));
    dialog->toolList()->item(0)->setCheckState(Qt::Checked);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->sessionId().isEmpty(), 10000);
    test::HttpProbe http(m_emu.endpoint());
    const QJsonObject session = http.get(QStringLiteral("/v1/sessions/") + m_window->controller()->sessionId()).json();
    const QJsonArray tools = session.value(u"external_tools").toArray();
    QCOMPARE(tools.size(), 1);
    QCOMPARE(tools.at(0).toObject().value(u"name").toString(), QStringLiteral("get_weather"));
}

void ToolsGuiTest::rulesAreEditedSavedAndAudited()
{
    ui::RulesDialog *dialog = m_window->openRulesDialog();
    QVERIFY(dialog);
    // No file yet: an example to start from.
    QCOMPARE(dialog->list()->count(), 2);
    QPlainTextEdit *edit = dialog->editor()->editor();
    edit->setPlainText(QStringLiteral("{\"rules\": [\n  {\"tool\": \"get_weather\" \"action\": \"reply\"}]}"));
    QVERIFY2(dialog->editor()->status()->text().startsWith(u"Not valid: line 2, column"), qPrintable(dialog->editor()->status()->text()));
    QCOMPARE(dialog->list()->count(), 2); // the list keeps the last rules that read
    edit->setPlainText(QStringLiteral(R"({"rules": [
        {"tool": "get_weather", "action": "reply", "template": "never used"},
        {"tool": "get_weather", "match": {"pointer": "/location", "regex": "^Par"}, "action": "reply",
         "template": "{\"temperature_c\": 14, \"city\": \"${args./location}\", \"by\": \"the-saved-rule\"}"},
        {"tool": "*", "action": "ask"}]})"));
    QVERIFY(dialog->editor()->isValid());
    QCOMPARE(dialog->list()->count(), 3);
    // The first rule is switched off in the list; the JSON follows.
    dialog->list()->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(dialog->editor()->text().contains(u"\"enabled\": false"));
    QCOMPARE(dialog->rules().rules().at(0).enabled, false);
    // Moving the catch-all up and back down.
    dialog->list()->setCurrentRow(2);
    dialog->moveCurrent(-1);
    QCOMPARE(dialog->rules().rules().at(1).tool, QStringLiteral("*"));
    dialog->moveCurrent(1);
    QCOMPARE(dialog->rules().rules().at(2).tool, QStringLiteral("*"));
    // Export and import round-trip.
    const QString exported = m_dir->filePath(QStringLiteral("exported-rules.json"));
    QCOMPARE(dialog->exportTo(exported), QString());
    QCOMPARE(dialog->importFrom(exported), QString());
    QCOMPARE(dialog->list()->count(), 3);
    QCOMPARE(dialog->save(), QString());
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("rules.json"))));
    QVERIFY(m_window->rules());
    QCOMPARE(m_window->rules()->rules().rules().size(), 3);
    dialog->accept();

    // The saved rules answer the next call, and the audit tab lists the answer.
    test::HttpProbe http(m_emu.endpoint());
    const QString sid = http.createSession({{QStringLiteral("tools"), QJsonArray{QJsonDocument::fromJson(WeatherTool).object()}}});
    m_window->controller()->openSession(sid);
    QSignalSpy finished(m_window->controller(), &SessionController::turnFinished);
    m_window->controller()->send(QStringLiteral(R"([[tool=get_weather {"location": "Paris"}]] weather?)"));
    QVERIFY(finished.wait(30000));
    QVERIFY(m_window->controller()->transcript()->lastAnswerText().contains(u"the-saved-rule"));
    ui::RulesDialog *again = m_window->openRulesDialog();
    QVERIFY(again);
    QCOMPARE(again->list()->count(), 3); // read back from the file
    QCOMPARE(again->audit()->rowCount(), 1);
    QCOMPARE(again->audit()->item(0, 1)->text(), sid);
    QCOMPARE(again->audit()->item(0, 2)->text(), QStringLiteral("get_weather"));
    QVERIFY(again->audit()->item(0, 4)->text().startsWith(u"2. get_weather /location ~ ^Par"));
    QVERIFY(again->audit()->item(0, 5)->text().contains(u"\"city\": \"Paris\""));
    again->reject();
}

void ToolsGuiTest::playgroundLoopsThroughTwoCallsAnsweredInTheInbox()
{
    writeLibrary();
    ui::PlaygroundWindow *playground = m_window->openPlayground();
    QVERIFY(playground && playground->isVisible());
    QCOMPARE(playground->tools()->count(), 1);
    playground->tools()->item(0)->setCheckState(Qt::Checked);
    playground->input()->setPlainText(QStringLiteral("[[calls=2]] What is the weather in Paris?"));
    playground->temperature()->setValue(0.2);
    playground->metadata()->editor()->setPlainText(QStringLiteral(R"({"run": "gui-test"})"));
    QString error;
    const QJsonObject body = playground->request(&error);
    QCOMPARE(error, QString());
    QCOMPARE(body.value(u"tools").toArray().at(0).toObject().value(u"name").toString(), QStringLiteral("get_weather"));
    QCOMPARE(body.value(u"temperature").toDouble(), 0.2);
    QCOMPARE(body.value(u"metadata").toObject().value(u"run").toString(), QStringLiteral("gui-test"));
    QVERIFY(!body.contains(u"top_p") && !body.contains(u"max_output_tokens"));

    QSignalSpy finished(playground, &ui::PlaygroundWindow::finished);
    PendingToolCallModel *calls = m_window->pendingToolCalls();
    ui::ToolInbox *inbox = m_window->inbox();
    QTest::keyClick(playground->input(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(playground->isRunning());
    for (const QString &answer : {QStringLiteral("first-answer-11C"), QStringLiteral("second-answer-13C")}) {
        QTRY_COMPARE_WITH_TIMEOUT(calls->openCount(), 1, 10000);
        QVERIFY(inbox->isVisible());
        int row = -1;
        for (int r = 0; r < calls->rowCount(); ++r)
            if (calls->at(r).isOpen())
                row = r;
        QVERIFY(calls->at(row).stateless);
        QVERIFY(inbox->list()->model()->index(row, 0).data().toString().contains(u"playground"));
        inbox->showCall(calls->at(row).toolCallId);
        QVERIFY(inbox->header()->text().contains(u"no deadline"));
        QVERIFY(inbox->arguments()->toPlainText().contains(u"Paris"));
        inbox->answer()->setPlainText(answer);
        QTest::keyClick(inbox->answer(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(calls->openCount(), 0);
    }
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(playground->status()->text(), QStringLiteral("Answered."));
    const QString shown = playground->output()->toPlainText();
    QVERIFY2(shown.contains(u"first-answer-11C") && shown.contains(u"second-answer-13C"), qPrintable(shown));
    // Three requests: each re-sent the calls and their outputs so far.
    const QJsonArray history = QJsonDocument::fromJson(playground->history()->toPlainText().toUtf8()).array();
    QCOMPARE(history.size(), 3);
    const QJsonArray lastInput = history.at(2).toObject().value(u"request").toObject().value(u"input").toArray();
    QCOMPARE(lastInput.size(), 5); // the user, then call, output, call, output
    QCOMPARE(lastInput.at(4).toObject().value(u"type").toString(), QStringLiteral("function_call_output"));
    QCOMPARE(lastInput.at(4).toObject().value(u"output").toString(), QStringLiteral("second-answer-13C"));
    QCOMPARE(history.at(2).toObject().value(u"response").toObject().value(u"metadata").toObject().value(u"run").toString(),
             QStringLiteral("gui-test"));
}

void ToolsGuiTest::playgroundExplainsTheEndpointsFailures()
{
    ui::PlaygroundWindow *playground = m_window->openPlayground();
    playground->input()->setPlainText(QStringLiteral("hello"));
    test::HttpProbe http(m_emu.endpoint());
    const QList<QPair<int, QString>> cases{{402, QStringLiteral("run out of credits")},
                                           {429, QStringLiteral("Too many requests")},
                                           {502, QStringLiteral("model behind the endpoint failed")},
                                           {504, QStringLiteral("took too long")}};
    for (const auto &[status, sentence] : cases) {
        http.setFaults({{QStringLiteral("http_errors"),
                         QJsonArray{QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("count"), 1},
                                                {QStringLiteral("path_contains"), QStringLiteral("/v1/responses")}}}}});
        QSignalSpy finished(playground, &ui::PlaygroundWindow::finished);
        playground->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(playground->status()->text().contains(sentence), qPrintable(playground->status()->text()));
    }
    // A 400 from the endpoint itself (a tool_choice it does not take).
    http.del(QStringLiteral("/_emulator/faults"));
    playground->toolChoice()->setEditText(QStringLiteral("sometimes"));
    QSignalSpy finished(playground, &ui::PlaygroundWindow::finished);
    playground->send();
    QVERIFY(finished.wait(10000));
    QVERIFY2(playground->status()->text().contains(u"refused the request as malformed (HTTP 400"), qPrintable(playground->status()->text()));
    // An input that looks like items but does not read never leaves the window.
    playground->input()->setPlainText(QStringLiteral("[{\"role\": \"user\""));
    playground->send();
    QVERIFY(!playground->isRunning());
    QVERIFY(playground->status()->text().contains(u"does not read"));
}

void ToolsGuiTest::inboxAnswersACallWithCtrlEnter()
{
    test::HttpProbe http(m_emu.endpoint());
    m_window->controller()->openSession(http.createSession({{QStringLiteral("tools"), weatherTools()}}));
    QSignalSpy finished(m_window->controller(), &SessionController::turnFinished);
    m_window->composer()->setText(QStringLiteral("What is the weather in Paris right now?"));
    m_window->composer()->submit();
    ui::ToolInbox *inbox = m_window->inbox();
    QTRY_COMPARE_WITH_TIMEOUT(inbox->list()->model()->rowCount(), 1, 15000);
    inbox->showCall(m_window->pendingToolCalls()->at(0).toolCallId);
    QVERIFY(inbox->isVisible());
    const QString row = inbox->list()->model()->index(0, 0).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^get_weather · 4:[0-5][0-9] left · waiting · What is the weather.*$")).match(row).hasMatch(), qPrintable(row));
    QVERIFY2(inbox->arguments()->toPlainText().contains(u"Paris"), qPrintable(inbox->arguments()->toPlainText()));
    QVERIFY(inbox->header()->text().contains(u"left"));
    QVERIFY2(inbox->header()->text().contains(u"in “What is the weather in Paris right now?”"), qPrintable(inbox->header()->text()));
    inbox->answer()->setFocus();
    QTest::keyClicks(inbox->answer(), QStringLiteral(R"({"temperature_c": 11, "from": "the-inbox"})"));
    QTest::keyClick(inbox->answer(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<TurnStream::State>(), TurnStream::State::Completed);
    QVERIFY(m_window->controller()->transcript()->lastAnswerText().contains(u"the-inbox"));
    QCOMPARE(inbox->status()->text(), QStringLiteral("Sent."));
    // The call stays listed as sent, greyed, its answer closed; the badge counts nothing.
    QCOMPARE(m_window->pendingToolCalls()->openCount(), 0);
    QCOMPARE(inbox->list()->model()->index(0, 0).data().toString(), QStringLiteral("get_weather · sent"));
    QVERIFY(!inbox->sendButton()->isEnabled());
    QCOMPARE(inbox->windowTitle(), QStringLiteral("Tool calls"));
    inbox->clearButton()->click();
    QCOMPARE(inbox->list()->model()->rowCount(), 0);
}

void ToolsGuiTest::rulesAnswerOrDraftInTheApp()
{
    RuleSet rules;
    QStringList errors;
    QVERIFY(RuleSet::parse(R"({"rules": [
        {"tool": "get_weather", "match": {"pointer": "/location", "regex": "^Par"}, "action": "reply",
         "template": "answered-by-the-paris-rule for ${args./location}"},
        {"tool": "get_weather", "action": "reply", "template": "drafted-for-approval", "approve": true}]})",
                           rules, errors));
    const QString audit = m_dir->filePath(QStringLiteral("audit-%1.jsonl").arg(QUuid::createUuid().toString(QUuid::Id128)));
    m_window->setRules(rules, QStringLiteral("test"), audit);
    test::HttpProbe http(m_emu.endpoint());
    m_window->controller()->openSession(http.createSession({{QStringLiteral("tools"), weatherTools()}}));
    // Paris: the rule answers, nobody clicks anything.
    const QString sid = sendAndWait(QStringLiteral("What is the weather in Paris right now?"));
    QVERIFY(m_window->controller()->transcript()->lastAnswerText().contains(u"answered-by-the-paris-rule"));
    QCOMPARE(m_window->pendingToolCalls()->openCount(), 0);
    QCOMPARE(m_window->pendingToolCalls()->rowCount(), 1); // listed as sent, by the rule
    QCOMPARE(m_window->pendingToolCalls()->at(0).state, PendingToolCall::State::Sent);
    QVERIFY2(m_window->pendingToolCalls()->at(0).message.contains(u"rule"), qPrintable(m_window->pendingToolCalls()->at(0).message));
    // Lyon: the second rule drafts; the inbox has it, and one click sends it.
    QSignalSpy finished(m_window->controller(), &SessionController::turnFinished);
    m_window->composer()->setText(QStringLiteral("What is the weather in Lyon right now?"));
    m_window->composer()->submit();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pendingToolCalls()->openCount(), 1, 15000);
    const QModelIndex call = m_window->pendingToolCalls()->index(1);
    QTRY_COMPARE_WITH_TIMEOUT(call.data(PendingToolCallModel::DraftRole).toString(), QStringLiteral("drafted-for-approval"), 10000);
    QCOMPARE(call.data(PendingToolCallModel::StateRole).toInt(), int(PendingToolCall::State::Drafted));
    m_window->inbox()->showCall(call.data(PendingToolCallModel::ToolCallIdRole).toString());
    QCOMPARE(m_window->inbox()->answer()->toPlainText(), QStringLiteral("drafted-for-approval"));
    m_window->inbox()->sendButton()->click();
    QVERIFY(finished.wait(30000));
    QVERIFY(m_window->controller()->transcript()->lastAnswerText().contains(u"drafted-for-approval"));
    // Both automatic answers are in the audit log, the draft marked as such.
    const QList<AuditEntry> entries = AuditLog(audit).entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).sessionId, sid);
    QVERIFY(entries.at(0).output.contains(u"for Paris"));
    QCOMPARE(entries.at(0).ruleIndex, 0);
    QCOMPARE(entries.at(1).ruleIndex, 1);
    QVERIFY(entries.at(1).detail.startsWith(u"drafted for approval"));
}

QTEST_MAIN(ToolsGuiTest)
#include "ToolsGuiTest.moc"
