#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace pokee::ui {

// Before a server first runs (or after its definition changed): its exact command line,
// untruncated and selectable, and that it runs with the user's rights. Run it, or not.
class McpConsentDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpConsentDialog)
public:
    McpConsentDialog(const QString &server, const QString &commandLine, QWidget *parent = nullptr);
    QPlainTextEdit *commandLine() const { return m_commandLine; }

private:
    QPlainTextEdit *m_commandLine;
};

} // namespace pokee::ui
