#include "tools/McpServerForm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pokee::ui {

McpServerForm::McpServerForm(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit), m_commandKind(new QRadioButton(tr("Runs a &command on this computer"))),
      m_urlKind(new QRadioButton(tr("Is reached at an &address (HTTP)"))), m_targetLabel(new QLabel), m_target(new QLineEdit),
      m_arguments(new QPlainTextEdit), m_workingDirectory(new QLineEdit), m_valuesLabel(new QLabel), m_values(new QPlainTextEdit),
      m_problem(new QLabel)
{
    setObjectName(QStringLiteral("mcpServerForm"));
    setWindowTitle(tr("Add an MCP Server"));
    m_name->setPlaceholderText(tr("letters, digits, _ and -"));
    m_commandKind->setChecked(true);
    m_arguments->setPlaceholderText(tr("One argument per line, as it is (no quoting)"));
    m_workingDirectory->setPlaceholderText(tr("Optional"));
    m_problem->setObjectName(QStringLiteral("mcpFormProblem"));
    m_problem->setWordWrap(true);
    for (QPlainTextEdit *e : {m_arguments, m_values}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    }
    auto *secrets = new QLabel(tr("A value whose name looks secret (…_KEY, …TOKEN, Authorization, …) is kept in the "
                                  "system keychain, never in the servers' file."));
    secrets->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *kinds = new QVBoxLayout;
    kinds->addWidget(m_commandKind);
    kinds->addWidget(m_urlKind);
    form->addRow(tr("The server:"), kinds);
    form->addRow(m_targetLabel, m_target);
    auto *argumentsLabel = new QLabel(tr("&Arguments:"));
    argumentsLabel->setBuddy(m_arguments);
    form->addRow(argumentsLabel, m_arguments);
    auto *folderLabel = new QLabel(tr("&Working folder:"));
    folderLabel->setBuddy(m_workingDirectory);
    form->addRow(folderLabel, m_workingDirectory);
    form->addRow(m_valuesLabel, m_values);
    m_commandOnly = {argumentsLabel, m_arguments, folderLabel, m_workingDirectory};
    m_targetLabel->setBuddy(m_target);
    m_valuesLabel->setBuddy(m_values);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    //: The button that adds the server typed in the form
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add", "mcp server"));
    connect(buttons, &QDialogButtonBox::accepted, this, &McpServerForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(secrets);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_commandKind, &QRadioButton::toggled, this, &McpServerForm::showKind);
    showKind();
}

void McpServerForm::showKind()
{
    const bool command = m_commandKind->isChecked();
    m_targetLabel->setText(command ? tr("C&ommand:") : tr("A&ddress:"));
    m_target->setPlaceholderText(command ? tr("npx, uvx, or the program's path") : tr("https://example.com/mcp"));
    m_valuesLabel->setText(command ? tr("&Variables:") : tr("&Headers:"));
    m_values->setPlaceholderText(command ? tr("NAME=value, one per line") : tr("Name: value, one per line"));
    for (QWidget *w : std::as_const(m_commandOnly))
        w->setVisible(command);
}

void McpServerForm::accept()
{
    const bool command = m_commandKind->isChecked();
    const QString target = m_target->text().trimmed();
    const bool looksHttp = target.startsWith(u"http://", Qt::CaseInsensitive) || target.startsWith(u"https://", Qt::CaseInsensitive);
    if (!command && !looksHttp && !target.isEmpty()) {
        m_problem->setText(tr("The address must start with http:// or https://."));
        return;
    }
    if (command && looksHttp) {
        m_problem->setText(tr("That is an address: choose “Is reached at an address”."));
        return;
    }
    m_result = pokee::mcp::McpImport::byHand(
        {m_name->text(), target, command ? m_arguments->toPlainText() : QString(), m_values->toPlainText(),
         command ? m_workingDirectory->text() : QString()});
    if (!m_result.error.isEmpty()) {
        m_problem->setText(m_result.error);
        return;
    }
    QDialog::accept();
}

} // namespace pokee::ui
