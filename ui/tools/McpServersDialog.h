#pragma once

#include "tools/McpConsentDialog.h"
#include "tools/McpServerForm.h"

#include "mcp/McpServerStore.h"
#include "mcp/McpServerCheck.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pokee {
class KeyStore;
namespace mcp {
class McpServerCheck;
}
} // namespace pokee

namespace pokee::ui {



// Tools → MCP servers…: the user's servers (the same file as `pokee mcp`), each with its
// command line and whether it was approved; Add (typed in: McpServerForm), Import (Claude
// Desktop, Cursor, VS Code, or a file; secrets to the keychain), Test (asks first, then starts it, lists its tools and shows
// its log as it comes), Enable, Remove, and Import Tools into the tool library.
class McpServersDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpServersDialog)
public:
    // `storePath`, `libraryPath`: the user's files when empty. `keys` is not owned.
    McpServersDialog(pokee::KeyStore *keys, const QString &storePath = {}, const QString &libraryPath = {}, QWidget *parent = nullptr);
    ~McpServersDialog() override;

    QListWidget *list() const { return m_list; }
    QPlainTextEdit *log() const { return m_log; }
    QLabel *status() const { return m_status; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *importToolsButton() const { return m_importTools; }
    // The consent dialog while one is open (tests answer it).
    McpConsentDialog *consent() const { return m_consent; }
    // Add…: the form for a server typed in, while it is open (tests fill it).
    McpServerForm *addForm() const { return m_form; }
    void openAddForm();

    void selectServer(const QString &name);
    // Imports the servers of a file in any of the formats users have; returns the sentence shown.
    QString importFile(const QString &path);
    void testSelected();
    void importToolsOfSelected();

Q_SIGNALS:
    // A check ended: `ok`, and its sentence.
    void checked(bool ok, const QString &summary);
    void toolsImported(int count);

private:
    void reload();
    // Keeps what an import or the form read: secrets to the keychain, servers to the file.
    // The sentence to show when it could not be saved, else empty.
    QString keep(const pokee::mcp::McpImport &imported);
    void showSelected();
    QString selectedName() const;
    // Runs `then` once the selected server may run (asking first when it must).
    void whenApproved(std::function<void(const pokee::mcp::McpServerConfig &)> then);
    void check(const pokee::mcp::McpServerConfig &server, bool importTools);

    pokee::KeyStore *m_keys;
    pokee::mcp::McpServerStore m_store;
    QString m_libraryPath;
    QListWidget *m_list;
    QLabel *m_commandLine;
    QCheckBox *m_enabled;
    QPushButton *m_test;
    QPushButton *m_importTools;
    QPushButton *m_remove;
    QPlainTextEdit *m_log;
    QLabel *m_status;
    QPointer<McpConsentDialog> m_consent;
    QPointer<McpServerForm> m_form;
    QPointer<pokee::mcp::McpServerCheck> m_check;
};

} // namespace pokee::ui
