#include "ToolCallDialog.h"

#include "tools/ToolResultSender.h"

#include "api/ApiClient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pokee::ui {

ToolCallDialog::ToolCallDialog(pokee::ApiClient *api, const QString &sessionId, const QString &toolCallId,
                               const QString &toolName, const QString &arguments, QWidget *parent)
    : QDialog(parent), m_api(api), m_sessionId(sessionId), m_toolCallId(toolCallId), m_output(new QPlainTextEdit),
      m_status(new QLabel)
{
    setWindowTitle(tr("Answer tool call %1").arg(toolName));
    auto *args = new QPlainTextEdit;
    args->setReadOnly(true);
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8());
    args->setPlainText(doc.isNull() ? arguments : QString::fromUtf8(doc.toJson()));
    m_output->setPlaceholderText(tr("What the tool returned (text or JSON)"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox;
    QPushButton *send = buttons->addButton(tr("Send result"), QDialogButtonBox::AcceptRole);
    QPushButton *error = buttons->addButton(tr("Send as error"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(send, &QPushButton::clicked, this, [this] { this->send(false); });
    connect(error, &QPushButton::clicked, this, [this] { this->send(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Call"), new QLabel(toolCallId));
    form->addRow(tr("Arguments"), args);
    form->addRow(tr("Output"), m_output);
    form->addRow(m_status);
    form->addRow(buttons);
}

void ToolCallDialog::send(bool isError)
{
    m_status->setText(tr("Sending…"));
    auto *sender = new pokee::ToolResultSender(m_api, m_sessionId, m_toolCallId, this);
    connect(sender, &pokee::ToolResultSender::finished, this,
            [this, sender](pokee::ToolResultSender::Outcome outcome, const QString &sentence) {
                sender->deleteLater();
                m_status->setText(sentence);
                if (outcome == pokee::ToolResultSender::Outcome::Sent ||
                    outcome == pokee::ToolResultSender::Outcome::ProbablyDelivered) {
                    Q_EMIT answered();
                    accept();
                }
            });
    sender->send(m_output->toPlainText(), isError);
}

} // namespace pokee::ui
