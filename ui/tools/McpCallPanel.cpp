#include "tools/McpCallPanel.h"

#include "tools/PendingToolCallModel.h"
#include "tools/RuleDispatcher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace pokee::ui {

using Calls = pokee::PendingToolCallModel;

namespace {
const QString ReviewKey = QStringLiteral("inbox/readMcpAnswersFirst");
// The combo's items, in order, by the names the tool library keeps.
const QStringList ApprovalNames{QStringLiteral("ask"), QStringLiteral("session"), QStringLiteral("always")};
} // namespace

McpCallPanel::McpCallPanel(QWidget *parent)
    : QWidget(parent), m_route(new QLabel), m_approval(new QComboBox),
      //: A button in the inbox: let the user's MCP server run this tool call
      m_approve(new QPushButton(tr("Approve and Run"))),
      m_review(new QCheckBox(tr("Let me read the answer before it is sent"))), m_progress(new QProgressBar),
      m_progressText(new QLabel)
{
    setObjectName(QStringLiteral("mcpCallPanel"));
    m_route->setObjectName(QStringLiteral("mcpCallRoute"));
    m_route->setWordWrap(true);
    m_route->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approval->setObjectName(QStringLiteral("mcpCallApproval"));
    m_approval->addItems({tr("Ask every time"), tr("Ask once per session"), tr("Always allow")});
    m_approval->setToolTip(tr("What happens to the next calls of this tool (kept in the tool library)"));
    m_approval->setAccessibleName(tr("Approval of this tool"));
    m_approve->setObjectName(QStringLiteral("mcpCallApprove"));
    m_approve->setToolTip(tr("The MCP server runs the call now; its answer goes to the agent"));
    m_review->setObjectName(QStringLiteral("mcpCallReview"));
    m_review->setToolTip(tr("The server's answer waits in the answer box, to read or edit, until you send it"));
    m_review->setChecked(QSettings().value(ReviewKey, false).toBool());
    m_progress->setObjectName(QStringLiteral("mcpCallProgress"));
    m_progress->setAccessibleName(tr("Progress of the MCP server"));
    m_progressText->setObjectName(QStringLiteral("mcpCallProgressText"));
    m_progressText->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_route);
    auto *row = new QHBoxLayout;
    row->addWidget(m_approval);
    row->addStretch(1);
    row->addWidget(m_approve);
    layout->addLayout(row);
    layout->addWidget(m_review);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);

    connect(m_approve, &QPushButton::clicked, this, &McpCallPanel::approve);
    connect(m_review, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(ReviewKey, on); });
    connect(m_approval, &QComboBox::activated, this, &McpCallPanel::chooseApproval);
    hide();
}

void McpCallPanel::showCall(const QModelIndex &index, pokee::RuleDispatcher *rules)
{
    m_index = index;
    m_rules = rules;
    refresh();
}

void McpCallPanel::refresh()
{
    const QString server = m_index.data(Calls::McpServerRole).toString();
    if (!m_index.isValid() || server.isEmpty() || !m_rules) {
        hide();
        return;
    }
    const auto state = pokee::PendingToolCall::State(m_index.data(Calls::StateRole).toInt());
    const bool open = pokee::PendingToolCall::isOpenState(state) && !m_index.data(Calls::ExpiredRole).toBool();
    const bool running = state == pokee::PendingToolCall::State::Sending;
    const QStringList hints = m_index.data(Calls::McpHintsRole).toStringList();
    m_route->setText(tr("Runs <b>%1</b> on your MCP server <b>%2</b>. The tool says: %3.")
                         .arg(m_index.data(Calls::McpToolRole).toString().toHtmlEscaped(), server.toHtmlEscaped(),
                              hints.join(QStringLiteral("; ")).toHtmlEscaped()));
    m_route->setToolTip(tr("What a tool says of itself is shown, never trusted: a tool that does not say it is harmless "
                           "is taken to change things."));
    // The standing choice exists for a tool imported from the server; a rule decides for itself.
    const int chosen = ApprovalNames.indexOf(m_index.data(Calls::McpApprovalRole).toString());
    m_approval->setVisible(chosen >= 0);
    if (chosen >= 0)
        m_approval->setCurrentIndex(chosen);
    m_approve->setEnabled(open && !running);
    m_review->setEnabled(open && !running);
    const double done = m_index.data(Calls::ProgressRole).toDouble();
    const double total = m_index.data(Calls::ProgressTotalRole).toDouble();
    m_progress->setVisible(running);
    if (total > 0 && done >= 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(0.0, done / total, 1.0) * 1000));
        m_progress->setFormat(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    } else {
        m_progress->setRange(0, 0); // running, amount unknown: a busy bar
    }
    const QString words = m_index.data(Calls::ProgressMessageRole).toString();
    m_progressText->setVisible(done >= 0 && (running || !words.isEmpty()));
    m_progressText->setText(done < 0          ? QString()
                            : !words.isEmpty() ? words
                            : total > 0        ? tr("%1 of %2 done").arg(QLocale().toString(done), QLocale().toString(total))
                                               : tr("%1 done").arg(QLocale().toString(done)));
    show();
}

void McpCallPanel::approve()
{
    if (!m_rules || !m_index.isValid())
        return;
    m_rules->approveMcp(m_index.data(Calls::ToolCallIdRole).toString(), m_review->isChecked());
    refresh();
}

void McpCallPanel::chooseApproval(int index)
{
    if (!m_rules || !m_index.isValid() || index < 0 || index >= ApprovalNames.size())
        return;
    const QString error = m_rules->setToolApproval(m_index.data(Calls::NameRole).toString(), ApprovalNames.at(index));
    if (!error.isEmpty())
        Q_EMIT said(error);
    refresh();
}

} // namespace pokee::ui
