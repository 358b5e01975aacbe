#include "ToolScenarios.h"

#include "common/JsonEditor.h"
#include "shell/MainWindow.h"
#include "tools/PlaygroundWindow.h"
#include "tools/RulesDialog.h"
#include "tools/ToolInbox.h"
#include "tools/ToolLibraryDialog.h"

#include "api/ApiClient.h"
#include "tools/PendingToolCallModel.h"
#include "session/SessionController.h"
#include "tools/RuleSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTimer>

namespace pokee::screenshot {

namespace {

const QByteArray Library = R"({"tools": [
  {"type": "function", "name": "get_weather", "description": "Look up the current weather for a city.",
   "parameters": {"type": "object", "properties": {"location": {"type": "string", "description": "City name"},
                  "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}}, "required": ["location"]}},
  {"type": "function", "name": "run_query", "description": "Run a read-only SQL query on the sales warehouse.",
   "parameters": {"type": "object", "properties": {"sql": {"type": "string"}}, "required": ["sql"]}},
  {"type": "function", "name": "create_ticket", "description": "Open a ticket in the support tracker.",
   "parameters": {"type": "object", "properties": {"title": {"type": "string"}, "priority": {"type": "integer"}}}}
]})";

const QByteArray Rules = R"({"rules": [
  {"tool": "get_weather", "match": {"pointer": "/location", "regex": "^Par"},
   "action": "reply", "template": "{\"temperature_c\": 14, \"condition\": \"cloudy\", \"city\": \"${args./location}\"}"},
  {"tool": "run_query", "action": "command", "program": "/usr/bin/python3", "args": ["query.py"],
   "cwd": "/home/me/tools", "timeout_s": 60, "approve": true},
  {"tool": "create_ticket", "action": "reply", "template": "{\"ticket\": \"SUP-1042\"}", "enabled": false},
  {"tool": "*", "action": "ask"}
]}
)";

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

} // namespace

bool isToolScenario(const QString &which)
{
    return QStringList{QStringLiteral("library"), QStringLiteral("inbox"), QStringLiteral("rules"), QStringLiteral("playground")}
        .contains(which);
}

void startToolScenario(const QString &which, ui::MainWindow &window, ApiClient &api, const QString &folder,
                       const std::function<void(QWidget *)> &shoot)
{
    const QString libraryPath = folder + QStringLiteral("/tools.json");
    write(libraryPath, Library);
    window.setToolLibraryPath(libraryPath);
    window.setRulesLocation(folder + QStringLiteral("/rules.json"), QStringLiteral("Local emulator"),
                            folder + QStringLiteral("/audit.jsonl"));
    if (which == u"library") {
        ui::ToolLibraryDialog *dialog = window.openToolLibrary();
        dialog->list()->setCurrentRow(0);
        // A comma left out while editing: the editor names the place.
        QPlainTextEdit *edit = dialog->editor()->editor();
        QString text = edit->toPlainText();
        const qsizetype at = text.indexOf(QStringLiteral("\"name\""));
        if (at > 0) {
            const qsizetype comma = text.lastIndexOf(u',', at);
            if (comma > 0)
                text.remove(comma, 1);
        }
        edit->setPlainText(text);
        QTimer::singleShot(400, dialog, [dialog, shoot] { shoot(dialog); });
        return;
    }
    if (which == u"rules") {
        write(folder + QStringLiteral("/rules.json"), Rules);
        ui::RulesDialog *dialog = window.openRulesDialog();
        dialog->list()->setCurrentRow(1);
        QTimer::singleShot(400, dialog, [dialog, shoot] { shoot(dialog); });
        return;
    }
    const QJsonArray tools = QJsonDocument::fromJson(Library).object().value(u"tools").toArray();
    if (which == u"inbox") {
        QObject::connect(api.createSession({{QStringLiteral("tools"), tools}}), &ApiCall::finished, &window,
                         [&window](const ApiResult &r) {
                             window.controller()->openSession(r.json.object().value(u"id").toString());
                             window.controller()->send(QStringLiteral("What is the weather in Lyon this afternoon? Is it picnic weather?"));
                         });
        auto *once = new QObject(&window); // deleted at the first call: one photograph
        QObject::connect(window.pendingToolCalls(), &QAbstractItemModel::rowsInserted, once, [&window, shoot, once] {
            once->deleteLater();
            ui::ToolInbox *inbox = window.inbox();
            inbox->open();
            inbox->answer()->setPlainText(QStringLiteral("{\"temperature_c\": 22, \"condition\": \"sunny\"}"));
            QTimer::singleShot(2500, &window, [&window, shoot] { shoot(&window); }); // the countdown has moved
        });
        return;
    }
    // playground: a rule answers the call, and the loop goes on to the answer.
    RuleSet rules;
    QStringList errors;
    RuleSet::parse(Rules, rules, errors);
    window.setRules(rules, QStringLiteral("Local emulator"), folder + QStringLiteral("/audit.jsonl"));
    ui::PlaygroundWindow *playground = window.openPlayground();
    playground->input()->setPlainText(QStringLiteral("What is the weather in Paris? Answer in one sentence."));
    playground->instructions()->setPlainText(QStringLiteral("You are a concise assistant."));
    playground->tools()->item(0)->setCheckState(Qt::Checked);
    playground->tools()->item(1)->setCheckState(Qt::Checked);
    QObject::connect(playground, &ui::PlaygroundWindow::finished, playground,
                     [playground, shoot] { QTimer::singleShot(300, playground, [playground, shoot] { shoot(playground); }); });
    QTimer::singleShot(300, playground, [playground] { playground->send(); });
}

} // namespace pokee::screenshot
