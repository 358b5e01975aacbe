#include "tools/McpServersDialog.h"

#include "tools/McpConsentDialog.h"

#include "mcp/McpImport.h"
#include "mcp/McpServerCheck.h"
#include "profiles/KeyStore.h"
#include "tools/McpToolImport.h"
#include "tools/ToolLibrary.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace pokee::ui {

McpServersDialog::McpServersDialog(pokee::KeyStore *keys, const QString &storePath, const QString &libraryPath, QWidget *parent)
    : QDialog(parent), m_keys(keys), m_store(storePath), m_libraryPath(libraryPath), m_list(new QListWidget),
      m_commandLine(new QLabel), m_enabled(new QCheckBox(tr("&Enabled"))), m_test(new QPushButton(tr("&Test"))),
      m_importTools(new QPushButton(tr("Import Tools into the &Library"))), m_remove(new QPushButton(tr("&Remove"))),
      m_log(new QPlainTextEdit), m_status(new QLabel)
{
    setObjectName(QStringLiteral("mcpServersDialog"));
    setWindowTitle(tr("MCP Servers"));
    m_list->setAccessibleName(tr("MCP servers"));
    m_commandLine->setWordWrap(true);
    m_commandLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("The server's log"));
    m_log->setMaximumBlockCount(2000); // the last lines; the server's own log is bounded too
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("mcpStatus"));
    auto *add = new QPushButton(tr("&Add…"));
    add->setObjectName(QStringLiteral("mcpAdd"));
    add->setToolTip(tr("A server typed in: a command, or an address"));
    connect(add, &QPushButton::clicked, this, &McpServersDialog::openAddForm);
    auto *import = new QPushButton(tr("&Import…"));
    auto *menu = new QMenu(import);
    for (const QString &app : pokee::mcp::McpImport::knownApps()) {
        const QString path = pokee::mcp::McpImport::knownFile(app);
        const QString label = app == u"claude" ? tr("From Claude Desktop") : app == u"cursor" ? tr("From Cursor") : tr("From VS Code");
        QAction *a = menu->addAction(label, this, [this, path] { m_status->setText(importFile(path)); });
        a->setEnabled(QFile::exists(path));
        a->setToolTip(path);
    }
    menu->addAction(tr("From a File…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import MCP servers"), {}, tr("JSON (*.json)"));
        if (!path.isEmpty())
            m_status->setText(importFile(path));
    });
    import->setMenu(menu);

    auto *details = new QWidget;
    auto *d = new QVBoxLayout(details);
    d->addWidget(m_commandLine);
    d->addWidget(m_enabled);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_importTools);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    d->addLayout(buttons);
    d->addWidget(new QLabel(tr("Log (the server's standard error and what it said):")));
    d->addWidget(m_log, 1);
    auto *left = new QWidget;
    auto *l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_list, 1);
    auto *addOrImport = new QHBoxLayout;
    addOrImport->addWidget(add);
    addOrImport->addWidget(import);
    l->addLayout(addOrImport);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(details);
    split->setStretchFactor(1, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &McpServersDialog::showSelected);
    connect(m_test, &QPushButton::clicked, this, &McpServersDialog::testSelected);
    connect(m_importTools, &QPushButton::clicked, this, &McpServersDialog::importToolsOfSelected);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        const pokee::mcp::McpServerConfig *s = m_store.find(selectedName());
        if (!s || s->enabled == on)
            return;
        pokee::mcp::McpServerConfig changed = *s;
        changed.enabled = on;
        m_store.put(changed);
        m_status->setText(m_store.save());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const pokee::mcp::McpServerConfig *s = m_store.find(selectedName());
        if (!s)
            return;
        for (const QString &secret : s->secretEnv + s->secretHeaders)
            m_keys->remove(pokee::mcp::McpServerStore::secretEntry(s->name, secret), [](const pokee::KeyStore::Outcome &) {});
        const QString name = s->name;
        m_store.remove(name);
        const QString why = m_store.save();
        m_status->setText(why.isEmpty() ? tr("Removed %1 and its secrets.").arg(name) : why);
        reload();
    });
    reload();
    resize(900, 560);
}

McpServersDialog::~McpServersDialog() = default;

void McpServersDialog::reload()
{
    const QString keep = selectedName();
    if (const QString why = m_store.load(); !why.isEmpty())
        m_status->setText(why);
    m_list->clear();
    for (const pokee::mcp::McpServerConfig &s : m_store.servers()) {
        QString state = !s.enabled ? tr("disabled") : s.isHttp() || m_store.isApproved(s) ? QString() : tr("not approved yet");
        auto *item = new QListWidgetItem(state.isEmpty() ? s.name : tr("%1 (%2)").arg(s.name, state), m_list);
        item->setData(Qt::UserRole, s.name);
    }
    if (m_list->count() == 0)
        m_status->setText(tr("No MCP servers yet: Import… reads them from Claude Desktop, Cursor, VS Code or a file."));
    selectServer(keep);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
}

void McpServersDialog::selectServer(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(row);
}

QString McpServersDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void McpServersDialog::showSelected()
{
    const pokee::mcp::McpServerConfig *s = m_store.find(selectedName());
    for (QWidget *w : {static_cast<QWidget *>(m_enabled), static_cast<QWidget *>(m_test), static_cast<QWidget *>(m_importTools),
                       static_cast<QWidget *>(m_remove)})
        w->setEnabled(s);
    m_commandLine->setText(s ? s->commandLine() : QString());
    const QSignalBlocker quiet(m_enabled);
    m_enabled->setChecked(s && s->enabled);
}

QString McpServersDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 could not be read: %2").arg(path, file.errorString());
    const pokee::mcp::McpImport imported = pokee::mcp::McpImport::fromJson(file.readAll());
    if (!imported.error.isEmpty())
        return tr("%1: %2").arg(path, imported.error);
    if (const QString why = keep(imported); !why.isEmpty())
        return why;
    return tr("Imported %n server(s); their secrets went to the keychain.", nullptr, int(imported.servers.size()));
}

void McpServersDialog::openAddForm()
{
    if (m_form) {
        m_form->raise();
        return;
    }
    m_form = new McpServerForm(this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_form, &QDialog::accepted, this, [this, form = m_form] {
        if (const QString why = keep(form->result()); !why.isEmpty())
            return m_status->setText(why);
        const QString name = form->result().servers.value(0).name;
        selectServer(name);
        m_status->setText(form->result().secrets.isEmpty()
                              ? tr("Added %1. Test starts it, after showing you its command line.").arg(name)
                              : tr("Added %1; its secrets went to the keychain. Test starts it, after showing you its command line.")
                                    .arg(name));
    });
    m_form->open();
}

QString McpServersDialog::keep(const pokee::mcp::McpImport &imported)
{
    for (auto it = imported.secrets.cbegin(); it != imported.secrets.cend(); ++it) {
        const QStringList parts = it.key().split(u'\n');
        m_keys->write(pokee::mcp::McpServerStore::secretEntry(parts.value(0), parts.value(1)), it.value(),
                      [this, parts](const pokee::KeyStore::Outcome &o) {
                          if (!o.ok())
                              m_status->setText(tr("The keychain did not take %1's %2: %3").arg(parts.value(0), parts.value(1), o.message));
                      });
    }
    for (const pokee::mcp::McpServerConfig &s : imported.servers)
        m_store.put(s);
    if (const QString why = m_store.save(); !why.isEmpty())
        return why;
    reload();
    for (const QString &note : imported.notes)
        m_log->appendPlainText(note);
    return {};
}

void McpServersDialog::whenApproved(std::function<void(const pokee::mcp::McpServerConfig &)> then)
{
    const pokee::mcp::McpServerConfig *s = m_store.find(selectedName());
    if (!s)
        return;
    const pokee::mcp::McpServerConfig server = *s;
    if (server.isHttp() || m_store.isApproved(server))
        return then(server);
    m_consent = new McpConsentDialog(server.name, server.commandLine(), this);
    m_consent->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_consent, &QDialog::accepted, this, [this, server, then] {
        m_store.approve(server);
        m_status->setText(m_store.save());
        reload();
        then(server);
    });
    m_consent->open();
}

void McpServersDialog::testSelected()
{
    whenApproved([this](const pokee::mcp::McpServerConfig &server) { check(server, false); });
}

void McpServersDialog::importToolsOfSelected()
{
    whenApproved([this](const pokee::mcp::McpServerConfig &server) { check(server, true); });
}

void McpServersDialog::check(const pokee::mcp::McpServerConfig &server, bool importTools)
{
    if (m_check)
        return; // one at a time
    m_log->clear();
    m_status->setText(tr("Starting %1…").arg(server.name));
    pokee::KeyStore *keys = m_keys;
    m_check = new pokee::mcp::McpServerCheck(server, [keys](const QString &entry, std::function<void(std::optional<QString>)> done) {
        keys->read(entry, [done](const pokee::KeyStore::Outcome &o) { done(o.ok() ? std::optional<QString>(o.key) : std::nullopt); });
    }, this);
    connect(m_check, &pokee::mcp::McpServerCheck::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_check, &pokee::mcp::McpServerCheck::finished, this, [this, server, importTools](bool ok, const QString &summary) {
        pokee::mcp::McpServerCheck *done = m_check;
        m_check = nullptr; // the next check may start at once
        done->deleteLater();
        m_status->setText(ok ? tr("%1 works: %2").arg(server.name, summary) : tr("%1 does not work: %2").arg(server.name, summary));
        Q_EMIT checked(ok, summary);
        if (!ok || !importTools)
            return;
        pokee::ToolLibrary library = m_libraryPath.isEmpty() ? pokee::ToolLibrary() : pokee::ToolLibrary(m_libraryPath);
        QStringList errors;
        library.load(errors);
        const pokee::McpToolImport imported = pokee::McpToolImport::from(server.name, done->tools(), library);
        for (const QString &note : imported.notes)
            m_log->appendPlainText(note);
        // A changed description is part of the agent's prompt: named before it is taken.
        QStringList changed;
        for (const pokee::McpToolImport::Entry &e : imported.entries)
            if (e.change == pokee::McpToolImport::Change::Changed)
                changed << e.tool.name;
        if (!changed.isEmpty())
            m_log->appendPlainText(tr("Changed since the last import (new sessions get the new definitions): %1").arg(changed.join(QStringLiteral(", "))));
        library.merge(imported.toolSet());
        const QString why = library.save();
        m_status->setText(why.isEmpty() ? tr("Imported %n tool(s) of %1 into the tool library.", nullptr, int(imported.entries.size())).arg(server.name)
                                        : why);
        Q_EMIT toolsImported(int(imported.entries.size()));
    });
    m_check->start();
}

} // namespace pokee::ui
