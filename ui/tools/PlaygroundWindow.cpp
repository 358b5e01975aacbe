#include "tools/PlaygroundWindow.h"

#include "common/CodeHighlighter.h"
#include "common/JsonEditor.h"

#include "tools/PendingToolCallModel.h"
#include "tools/JsonErrors.h"
#include "tools/ResponseOutput.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pokee::ui {

namespace {

QString fenced(const QString &language, const QString &text)
{
    return QStringLiteral("```%1\n%2\n```\n").arg(language, text);
}

QString prettyArguments(const QString &arguments)
{
    const pokee::JsonCheck c = pokee::JsonCheck::parse(arguments.toUtf8());
    return c.ok ? QString::fromUtf8(c.document.toJson(QJsonDocument::Indented)).trimmed() : arguments;
}

} // namespace

PlaygroundWindow::PlaygroundWindow(const Context &context, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context), m_input(new QPlainTextEdit(this)),
      m_instructions(new QPlainTextEdit(this)), m_model(new QLineEdit(this)), m_tools(new QListWidget(this)),
      m_shape(new QComboBox(this)), m_choice(new QComboBox(this)), m_maxTokens(new QSpinBox(this)),
      m_temperature(new QDoubleSpinBox(this)), m_topP(new QDoubleSpinBox(this)), m_stop(new QLineEdit(this)),
      m_metadata(new JsonEditor(this)), m_output(new QTextBrowser(this)), m_history(new QPlainTextEdit(this)),
      m_status(new QLabel(this)), m_send(new QPushButton(tr("Send", "verb"), this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Stateless playground — POST /v1/responses"));
    setObjectName(QStringLiteral("playground"));
    m_input->setPlaceholderText(tr("A prompt, or a JSON array of Responses items. Ctrl+Enter sends."));
    //: Accessible name of the field with the request's input
    m_input->setAccessibleName(tr("Input", "request input"));
    m_input->installEventFilter(this);
    m_instructions->setPlaceholderText(tr("Optional system prompt"));
    m_instructions->setMaximumHeight(70);
    m_model->setPlaceholderText(tr("the tenant's default"));
    for (const pokee::ToolDefinition &t : context.library.tools()) {
        auto *item = new QListWidgetItem(t.name, m_tools);
        item->setToolTip(t.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_tools->setMaximumHeight(90);
    m_tools->setAccessibleName(tr("Tools from the library"));
    m_shape->addItem(tr("flat (Responses)"), int(pokee::ToolSet::Shape::Flat));
    m_shape->addItem(tr("nested (Chat Completions)"), int(pokee::ToolSet::Shape::Nested));
    m_choice->setEditable(true);
    m_choice->addItems({QStringLiteral("auto"), QStringLiteral("none"), QStringLiteral("required")});
    for (const pokee::ToolDefinition &t : context.library.tools())
        m_choice->addItem(QStringLiteral("function:%1").arg(t.name));
    m_choice->setToolTip(tr("auto, none, required, or function:NAME to force one tool"));
    m_maxTokens->setRange(0, 32000);
    m_maxTokens->setSpecialValueText(tr("default (4096)"));
    for (QDoubleSpinBox *box : {m_temperature, m_topP}) {
        box->setRange(-0.01, box == m_temperature ? 2.0 : 1.0);
        box->setSingleStep(0.1);
        box->setDecimals(2);
        box->setSpecialValueText(tr("default"));
        box->setValue(-0.01);
    }
    m_stop->setPlaceholderText(tr("stop sequences, separated by |"));
    m_metadata->setText(QStringLiteral("{}"));
    m_metadata->setCheck([](const QJsonDocument &doc) {
        return doc.isObject() ? QStringList() : QStringList{tr("metadata is a JSON object")};
    });
    m_metadata->setMaximumHeight(110);
    m_output->setOpenLinks(false);
    //: The model's answer (accessible name and tab title)
    m_output->setAccessibleName(tr("Output", "model answer"));
    m_history->setReadOnly(true);
    m_history->setAccessibleName(tr("Request and response history as JSON"));
    m_history->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("playgroundStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setEnabled(false);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Instructions:"), m_instructions);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Tools:"), m_tools);
    form->addRow(tr("Tool shape:"), m_shape);
    form->addRow(tr("tool_choice:"), m_choice);
    form->addRow(tr("max_output_tokens:"), m_maxTokens);
    form->addRow(tr("temperature:"), m_temperature);
    form->addRow(tr("top_p:"), m_topP);
    form->addRow(tr("stop:"), m_stop);
    form->addRow(tr("metadata:"), m_metadata);
    auto *left = new QWidget(this);
    auto *l = new QVBoxLayout(left);
    l->addWidget(new QLabel(tr("Input:"), this));
    l->addWidget(m_input, 1);
    l->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    l->addLayout(buttons);

    auto *copy = new QPushButton(tr("Copy history as JSON"), this);
    auto *historyPage = new QWidget(this);
    auto *h = new QVBoxLayout(historyPage);
    h->addWidget(m_history, 1);
    h->addWidget(copy, 0, Qt::AlignRight);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_output, tr("Output", "model answer"));
    tabs->addTab(historyPage, tr("History (JSON)"));
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(tabs);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    resize(1100, 700);

    connect(m_send, &QPushButton::clicked, this, &PlaygroundWindow::send);
    connect(m_cancel, &QPushButton::clicked, this, &PlaygroundWindow::cancel);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_history->toPlainText()); });
    connect(m_context.inbox, &pokee::PendingToolCallModel::statelessAnswered, this, &PlaygroundWindow::onStatelessAnswer);
}

PlaygroundWindow::~PlaygroundWindow()
{
    if (m_loop)
        m_context.inbox->expireStateless(tr("The playground was closed."));
}

QJsonObject PlaygroundWindow::request(QString *error) const
{
    QJsonObject body;
    const QString input = m_input->toPlainText();
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Type an input first.");
        return {};
    }
    // Items are a JSON array of objects; "[[directive]] words" and the like stay text.
    static const QRegularExpression looksLikeItems(QStringLiteral("^\\[\\s*[{\\]]"));
    if (looksLikeItems.match(trimmed).hasMatch()) {
        const pokee::JsonCheck c = pokee::JsonCheck::parse(trimmed.toUtf8());
        if (!c.ok || !c.document.isArray()) {
            *error = tr("The input starts like an array of items but does not read: %1").arg(c.ok ? tr("not an array") : c.sentence());
            return {};
        }
        body.insert(QStringLiteral("input"), c.document.array());
    } else {
        body.insert(QStringLiteral("input"), input);
    }
    if (!m_instructions->toPlainText().trimmed().isEmpty())
        body.insert(QStringLiteral("instructions"), m_instructions->toPlainText());
    if (!m_model->text().trimmed().isEmpty())
        body.insert(QStringLiteral("model"), m_model->text().trimmed());
    QList<pokee::ToolDefinition> picked;
    for (int row = 0; row < m_tools->count(); ++row)
        if (m_tools->item(row)->checkState() == Qt::Checked)
            picked.append(m_context.library.tools().at(row));
    if (!picked.isEmpty()) {
        pokee::ToolSet set;
        set.setTools(picked);
        body.insert(QStringLiteral("tools"), set.toArray(pokee::ToolSet::Shape(m_shape->currentData().toInt())));
    }
    const QString choice = m_choice->currentText().trimmed();
    if (choice.startsWith(u"function:"))
        body.insert(QStringLiteral("tool_choice"), QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                                              {QStringLiteral("name"), choice.mid(9)}});
    else if (!choice.isEmpty() && choice != u"auto")
        body.insert(QStringLiteral("tool_choice"), choice);
    if (m_maxTokens->value() > 0)
        body.insert(QStringLiteral("max_output_tokens"), m_maxTokens->value());
    if (m_temperature->value() >= 0)
        body.insert(QStringLiteral("temperature"), m_temperature->value());
    if (m_topP->value() >= 0)
        body.insert(QStringLiteral("top_p"), m_topP->value());
    const QStringList stops = m_stop->text().split(u'|', Qt::SkipEmptyParts);
    if (!stops.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(stops));
    if (!m_metadata->isValid()) {
        *error = tr("The metadata does not read: %1").arg(m_metadata->status()->text());
        return {};
    }
    if (!m_metadata->document().object().isEmpty())
        body.insert(QStringLiteral("metadata"), m_metadata->document().object());
    return body;
}

void PlaygroundWindow::send()
{
    if (m_loop)
        return;
    QString error;
    const QJsonObject body = request(&error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    auto *loop = m_context.answering.newLoop(m_context.rules, m_context.profile, m_context.auditPath, this);
    m_loop = loop;
    m_waiting.clear();
    m_waitingOrder.clear();
    //: Markdown (keep the **…**): the user's input in the playground's transcript
    m_transcript = tr("**You:** %1\n\n").arg(body.value(u"input").isString() ? body.value(u"input").toString()
                                                                             : tr("(%n item(s))", nullptr, int(body.value(u"input").toArray().size())));
    showTranscript();
    connect(loop, &pokee::ResponsesLoop::responded, this, [this](const QJsonObject &response) { showResponse(response); });
    connect(loop, &pokee::ResponsesLoop::callAnswered, this,
            [this](const pokee::ResponsesLoop::Call &call, const QString &output, bool isError) {
                //: Markdown: a rule answered the function call %1 (the "> " quotes it)
                m_transcript += (isError ? tr("> %1 answered by a rule (as an error):\n\n").arg(call.name)
                                         : tr("> %1 answered by a rule:\n\n").arg(call.name)) +
                                fenced(QString(), output);
                showTranscript();
            });
    connect(loop, &pokee::ResponsesLoop::waitingForAnswers, this, &PlaygroundWindow::onWaiting);
    connect(loop, &pokee::ResponsesLoop::failed, this, [this](const pokee::ApiError &, const QString &message) {
        end(false, message);
    });
    connect(loop, &pokee::ResponsesLoop::finished, this, [this] { end(true, tr("Answered.")); });
    m_send->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Sending…"));
    loop->start(body);
}

void PlaygroundWindow::cancel()
{
    if (!m_loop)
        return;
    m_loop->cancel();
    m_context.inbox->expireStateless(tr("The playground's request was cancelled."));
    end(false, tr("Cancelled: the request in flight was abandoned and nothing more is sent."));
}

void PlaygroundWindow::showResponse(const QJsonObject &response)
{
    refreshHistory();
    const ResponseOutput output = ResponseOutput::fromJson(response);
    for (const ResponseOutput::Item &item : output.items) {
        if (item.kind == ResponseOutput::Item::Kind::Message) {
            //: Markdown (keep the **…**): the model's answer in the playground's transcript
            m_transcript += tr("**Agent:** %1\n\n").arg(item.outputText);
        } else if (item.kind == ResponseOutput::Item::Kind::FunctionCall) {
            m_transcript += tr("**Function call** `%1` (%2):\n\n").arg(item.name, item.callId) +
                            fenced(QStringLiteral("json"), prettyArguments(item.arguments));
        } else {
            m_transcript += tr("*An output item of type %1, shown in the history.*\n\n").arg(item.type);
        }
    }
    if (output.inputTokens >= 0 || output.outputTokens >= 0)
        //: Markdown (keep the *…*): the tokens the request used
        m_transcript += tr("*%1 input and %2 output tokens.*\n\n")
                            .arg(QLocale().toString(qMax<qint64>(0, output.inputTokens)),
                                 QLocale().toString(qMax<qint64>(0, output.outputTokens)));
    showTranscript();
    m_status->setText(tr("Answered; answering its function calls…"));
}

void PlaygroundWindow::showTranscript()
{
    m_output->setMarkdown(m_transcript);
    CodeHighlighter(palette()).highlightCodeBlocks(m_output->document());
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void PlaygroundWindow::onWaiting(const QList<pokee::ResponsesLoop::Call> &calls)
{
    for (const pokee::ResponsesLoop::Call &c : calls) {
        m_waiting.insert(c.callId, QString());
        m_waitingOrder << c.callId;
        m_context.inbox->addStatelessCall(c.callId, c.name, c.arguments);
        if (!c.draft.isEmpty())
            m_context.inbox->setDraft(c.callId, c.draft); // an approve rule's answer: one click sends it
    }
    m_status->setText(tr("%n function call(s) wait for your answer in the tool-call inbox.", nullptr, int(calls.size())));
    Q_EMIT callsWaiting();
}

void PlaygroundWindow::onStatelessAnswer(const QString &callId, const QString &output, bool isError)
{
    if (!m_loop || !m_waiting.contains(callId))
        return;
    // The endpoint has no error flag for an output: an error says so in its text.
    m_waiting.insert(callId, isError ? tr("Error: %1").arg(output) : output);
    m_transcript += tr("> %1 answered by you:\n\n").arg(callId) + fenced(QString(), output);
    showTranscript();
    m_waitingOrder.removeAll(callId);
    if (!m_waitingOrder.isEmpty()) {
        m_status->setText(tr("%n more function call(s) wait in the inbox.", nullptr, int(m_waitingOrder.size())));
        return;
    }
    m_status->setText(tr("Sending the answers…"));
    m_loop->answerCalls(m_waiting);
    m_waiting.clear();
}

void PlaygroundWindow::end(bool answered, const QString &status)
{
    refreshHistory();
    if (m_loop)
        m_loop->deleteLater();
    m_loop = nullptr;
    m_send->setEnabled(true);
    m_cancel->setEnabled(false);
    m_status->setText(status);
    Q_EMIT finished(answered);
}

void PlaygroundWindow::refreshHistory()
{
    if (m_loop)
        m_history->setPlainText(QString::fromUtf8(QJsonDocument(m_loop->history()).toJson(QJsonDocument::Indented)));
}

bool PlaygroundWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pokee::ui
