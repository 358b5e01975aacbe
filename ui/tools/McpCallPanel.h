#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace pokee {
class RuleDispatcher;
}

namespace pokee::ui {

// The part of the inbox for a call one of the user's MCP servers answers once approved: which
// server runs which tool, what the tool says of itself (hints, never trusted), the user's
// standing choice for the tool (ask every time, once per session, always), Approve — the
// server runs it, its progress shown here — and whether to read the answer before it goes.
// Hidden for a call answered by hand.
class McpCallPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpCallPanel)
public:
    explicit McpCallPanel(QWidget *parent = nullptr);

    // Shows the call at `index` (a row of AllPendingCalls, or of a view on it), approved
    // through `rules` (its profile's); hidden when an MCP server does not answer it.
    void showCall(const QModelIndex &index, pokee::RuleDispatcher *rules);
    // Reads the shown call again (its state, progress or approval changed).
    void refresh();

    QLabel *route() const { return m_route; }
    QPushButton *approveButton() const { return m_approve; }
    QCheckBox *reviewFirst() const { return m_review; }
    QComboBox *approval() const { return m_approval; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *progressText() const { return m_progressText; }

    // Approve: runs the shown call on its server.
    void approve();

Q_SIGNALS:
    // A sentence for the inbox's status line (a choice that could not be kept).
    void said(const QString &sentence);

private:
    void chooseApproval(int index);

    QPersistentModelIndex m_index;
    QPointer<pokee::RuleDispatcher> m_rules;
    QLabel *m_route;
    QComboBox *m_approval;
    QPushButton *m_approve;
    QCheckBox *m_review;
    QProgressBar *m_progress;
    QLabel *m_progressText;
};

} // namespace pokee::ui
