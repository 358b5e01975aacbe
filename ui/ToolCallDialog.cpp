#include "ToolCallDialog.h"

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
    ApiCall *call = m_api->post(QStringLiteral("/v1/sessions/%1/tool_results").arg(ApiClient::pathSegment(m_sessionId)),
                                {{QStringLiteral("tool_call_id"), m_toolCallId},
                                 {QStringLiteral("output"), m_output->toPlainText()},
                                 {QStringLiteral("is_error"), isError}});
    connect(call, &ApiCall::finished, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            m_status->setText(r.error.kind == ApiError::Kind::NotFound
                                  ? tr("This call can no longer be answered: it was answered already or timed out.")
                                  : r.error.userMessage());
            return;
        }
        Q_EMIT answered();
        accept();
    });
}

} // namespace pokee::ui
