#pragma once

#include <QDockWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace pokee {
class AllPendingCalls;
} // namespace pokee

namespace pokee::ui {

class EmptyState;
class McpCallPanel;

// Every tool call waiting for an answer, from every session of every open profile (each named
// by its profile when more than one is open): what it asks (arguments pretty
// and highlighted, or raw when they are not JSON), when it came and how long is left, and an
// answer editor with Send (Ctrl+Enter), Send as error, and Deny with a reason. Sending goes
// through the call's own profile (ToolResultSender), which says plainly what became of it.
// A call one of the user's MCP servers answers shows McpCallPanel: Approve runs it there.
class ToolInbox : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolInbox)
public:
    explicit ToolInbox(pokee::AllPendingCalls *calls, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QPlainTextEdit *arguments() const { return m_arguments; }
    QPlainTextEdit *answer() const { return m_answer; }
    QLabel *header() const { return m_header; }
    QLabel *status() const { return m_status; }
    QLabel *answerKind() const { return m_answerKind; }
    QPushButton *sendButton() const { return m_send; }

    QPushButton *clearButton() const { return m_clear; }
    // For a call an MCP server answers: its route, Approve, its progress.
    McpCallPanel *mcpPanel() const { return m_mcp; }
    // Shown instead of the list and the editors while no call is listed.
    EmptyState *emptyState() const { return m_empty; }

    // Shows the inbox with the keyboard in its list (Ctrl+Shift+I).
    void open();
    // Shows this call of `profile` (of any profile when empty): the chat pane's link, the
    // status bar's button.
    void showCall(const QString &toolCallId, const QString &profile = {});
    QString currentCall() const;
    void send(bool isError);
    // Sends is_error with "Denied by the user: <reason>".
    void deny(const QString &reason);

Q_SIGNALS:
    void answered(const QString &toolCallId);

private:
    void showCurrent();
    void showEmptyStateOrCalls();
    void enableAnswer(bool on);
    void tick();
    bool eventFilter(QObject *watched, QEvent *event) override;

    pokee::AllPendingCalls *m_calls; // not owned
    QListView *m_list;
    QLabel *m_header;
    QPlainTextEdit *m_arguments;
    McpCallPanel *m_mcp;
    QPlainTextEdit *m_answer;
    QLabel *m_answerKind;
    QLabel *m_status;
    QPushButton *m_send;
    QPushButton *m_sendError;
    QPushButton *m_deny;
    QPushButton *m_clear;
    QTimer *m_clock;
    QObject *m_rows; // parent: this; the list's proxy
    EmptyState *m_empty;
    QStackedWidget *m_pages; // the empty state, or the list and the call on screen
};

} // namespace pokee::ui
