#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace pokee {
class ApiClient;
}

namespace pokee::ui {

// Answers one external tool call by hand: its output, or an error. (The tool-call inbox,
// with rules that answer on their own, builds on this.)
class ToolCallDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolCallDialog)
public:
    ToolCallDialog(pokee::ApiClient *api, const QString &sessionId, const QString &toolCallId,
                   const QString &toolName, const QString &arguments, QWidget *parent = nullptr);

    QPlainTextEdit *output() const { return m_output; }
    void send(bool isError);

Q_SIGNALS:
    void answered();

private:
    pokee::ApiClient *m_api; // not owned
    QString m_sessionId;
    QString m_toolCallId;
    QPlainTextEdit *m_output;
    QLabel *m_status;
};

} // namespace pokee::ui
