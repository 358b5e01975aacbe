#pragma once

#include "mcp/McpImport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace pokee::ui {

// Tools → MCP servers → Add…: one server typed in — a command with its arguments (one per
// line), working folder and variables, or an http(s) address with its headers. Read by the
// core's McpImport::byHand, with the same rules as an import (a secret-looking name's value
// goes to the keychain); a wrong line is said under the form, which stays open.
class McpServerForm : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpServerForm)
public:
    explicit McpServerForm(QWidget *parent = nullptr);

    QLineEdit *name() const { return m_name; }
    QRadioButton *commandKind() const { return m_commandKind; }
    QRadioButton *urlKind() const { return m_urlKind; }
    QLineEdit *target() const { return m_target; }
    QPlainTextEdit *arguments() const { return m_arguments; }
    QLineEdit *workingDirectory() const { return m_workingDirectory; }
    QPlainTextEdit *values() const { return m_values; }
    QLabel *problem() const { return m_problem; }

    // What was read when the form was accepted.
    const pokee::mcp::McpImport &result() const { return m_result; }

    void accept() override;

private:
    void showKind();

    QLineEdit *m_name;
    QRadioButton *m_commandKind;
    QRadioButton *m_urlKind;
    QLabel *m_targetLabel;
    QLineEdit *m_target;
    QPlainTextEdit *m_arguments;
    QLineEdit *m_workingDirectory;
    QLabel *m_valuesLabel;
    QPlainTextEdit *m_values;
    QLabel *m_problem;
    pokee::mcp::McpImport m_result;
    QList<QWidget *> m_commandOnly;
};

} // namespace pokee::ui
