#include "tools/McpConsentDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pokee::ui {

McpConsentDialog::McpConsentDialog(const QString &server, const QString &commandLine, QWidget *parent)
    : QDialog(parent), m_commandLine(new QPlainTextEdit(commandLine))
{
    setObjectName(QStringLiteral("mcpConsentDialog"));
    setWindowTitle(tr("Run the MCP server %1?").arg(server));
    auto *intro = new QLabel(tr("<b>%1</b> has not run on this computer before, or its definition changed. "
                                "It would run this command, <b>with your rights</b>: it can read and change "
                                "what you can.").arg(server.toHtmlEscaped()));
    intro->setWordWrap(true);
    m_commandLine->setReadOnly(true);
    m_commandLine->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commandLine->setAccessibleName(tr("The command line, in full"));
    m_commandLine->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *run = buttons->addButton(tr("&Run It"), QDialogButtonBox::AcceptRole);
    run->setObjectName(QStringLiteral("mcpConsentRun"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // running is a choice, never the Enter key's
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_commandLine, 1);
    layout->addWidget(new QLabel(tr("You are asked again if its command, arguments or variables change.")));
    layout->addWidget(buttons);
    resize(620, 280);
}

} // namespace pokee::ui
