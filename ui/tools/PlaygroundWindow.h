#pragma once

#include "tools/ResponsesLoop.h"
#include "tools/RuleSet.h"
#include "tools/ToolAnswering.h"
#include "tools/ToolSet.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace pokee {
class PendingToolCallModel;
} // namespace pokee

namespace pokee::ui {

class JsonEditor;

// Tools → Stateless playground: POST /v1/responses with every field the endpoint takes,
// tools from the library in either shape, the output items shown as they come (text and
// function calls), function calls answered by the profile's rules or, for the rest, by the
// user in the tool-call inbox, and the loop continued (function_call and
// function_call_output re-sent) until an answer has no calls. The whole request/response
// history is one click from the clipboard; Cancel stops the call in flight.
class PlaygroundWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundWindow)
public:
    struct Context
    {
        pokee::ToolAnswering answering;
        pokee::PendingToolCallModel *inbox = nullptr; // not owned
        pokee::RuleSet rules;
        QString profile;
        QString auditPath;
        pokee::ToolSet library;
    };
    explicit PlaygroundWindow(const Context &context, QWidget *parent = nullptr);
    ~PlaygroundWindow() override;

    // The request the form describes; `error` says what is wrong when it cannot be built.
    QJsonObject request(QString *error) const;
    void send();
    void cancel();
    bool isRunning() const { return m_loop != nullptr; }

    QPlainTextEdit *input() const { return m_input; }
    QPlainTextEdit *instructions() const { return m_instructions; }
    QLineEdit *model() const { return m_model; }
    QListWidget *tools() const { return m_tools; }
    QComboBox *toolShape() const { return m_shape; }
    QComboBox *toolChoice() const { return m_choice; }
    QSpinBox *maxOutputTokens() const { return m_maxTokens; }
    QDoubleSpinBox *temperature() const { return m_temperature; }
    QDoubleSpinBox *topP() const { return m_topP; }
    QLineEdit *stop() const { return m_stop; }
    JsonEditor *metadata() const { return m_metadata; }
    QTextBrowser *output() const { return m_output; }
    QPlainTextEdit *history() const { return m_history; }
    QLabel *status() const { return m_status; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    // The loop ended: with an answer that has no calls, or not (failed, cancelled).
    void finished(bool answered);
    // Calls wait for the user: the window's owner shows the inbox.
    void callsWaiting();

private:
    void showResponse(const QJsonObject &response);
    void onWaiting(const QList<pokee::ResponsesLoop::Call> &calls);
    void onStatelessAnswer(const QString &callId, const QString &output, bool isError);
    void end(bool answered, const QString &status);
    void refreshHistory();
    void showTranscript();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Context m_context;
    QPointer<pokee::ResponsesLoop> m_loop;
    QHash<QString, QString> m_waiting; // call id -> its answer, once given ("" until then)
    QStringList m_waitingOrder;
    QPlainTextEdit *m_input;
    QPlainTextEdit *m_instructions;
    QLineEdit *m_model;
    QListWidget *m_tools;
    QComboBox *m_shape;
    QComboBox *m_choice;
    QSpinBox *m_maxTokens;
    QDoubleSpinBox *m_temperature;
    QDoubleSpinBox *m_topP;
    QLineEdit *m_stop;
    JsonEditor *m_metadata;
    QTextBrowser *m_output;
    QPlainTextEdit *m_history;
    QLabel *m_status;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QString m_transcript; // the output pane's Markdown, one section per answer
};

} // namespace pokee::ui
