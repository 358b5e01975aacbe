#include "tools/ToolLibraryDialog.h"

#include "tools/McpToolImport.h"

#include "common/JsonEditor.h"

#include "files/AtomicWrite.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace pokee::ui {

namespace {

// What the editor holds: one tool in the flat shape, checked by the same rules as a file.
QStringList checkTool(const QJsonDocument &doc, pokee::ToolDefinition *out = nullptr)
{
    if (!doc.isObject())
        return {ToolLibraryDialog::tr("a tool is one JSON object: {\"type\": \"function\", \"name\": …}")};
    pokee::ToolSet one;
    QStringList errors;
    if (!pokee::ToolSet::fromArray(QJsonArray{doc.object()}, one, errors)) {
        // The editor holds one tool: "tool 1: " (as ToolSet names it, in any language) says nothing.
        const QString where = QCoreApplication::translate("ToolSet", "tool %1").arg(1);
        for (QString &e : errors) {
            if (!e.startsWith(where))
                continue;
            qsizetype cut = where.size();
            while (cut < e.size() && (e.at(cut) == u':' || e.at(cut) == u'\uFF1A' || e.at(cut).isSpace()))
                ++cut;
            e.remove(0, cut);
        }
        return errors;
    }
    if (out)
        *out = one.tools().constFirst();
    return {};
}

QString signature(const pokee::ToolDefinition &t)
{
    const QString signature = QStringLiteral("%1(%2)").arg(t.name, t.parameters.value(u"properties").toObject().keys().join(u", "));
    const QString server = pokee::McpToolImport::serverOf(t);
    if (server.isEmpty())
        return signature;
    return pokee::McpToolImport::changedOnServer(t)
               //: A tool of the library whose MCP server now describes it differently
               ? ToolLibraryDialog::tr("%1 — from %2, CHANGED on the server: MCP Servers → Import Tools shows the change").arg(signature, server)
               : ToolLibraryDialog::tr("%1 — from %2").arg(signature, server);
}

} // namespace

ToolLibraryDialog::ToolLibraryDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent), m_library(libraryPath), m_list(new QListWidget(this)), m_editor(new JsonEditor(this)),
      //: A button: delete the selected tool from the library
      m_remove(new QPushButton(tr("Delete"), this))
{
    setWindowTitle(tr("Tool library"));
    setObjectName(QStringLiteral("toolLibraryDialog"));
    m_list->setObjectName(QStringLiteral("toolList"));
    m_list->setAccessibleName(tr("Tools"));
    m_editor->editor()->setAccessibleName(tr("The selected tool as JSON"));
    m_editor->setCheck([](const QJsonDocument &doc) { return checkTool(doc); });
    m_editor->setValidSummary([](const QJsonDocument &doc) {
        pokee::ToolDefinition t;
        checkTool(doc, &t);
        return tr("Valid: %1").arg(signature(t));
    });
    QStringList errors;
    if (!m_library.load(errors))
        QMessageBox::warning(this, tr("Tool library"),
                             tr("The tool library in %1 does not read, so it starts empty here: %2\n"
                                "Saving replaces that file.").arg(m_library.path(), errors.value(0)));

    //: A button: add a new tool to the library
    auto *add = new QPushButton(tr("New", "new tool"), this);
    auto *importButton = new QPushButton(tr("Import…"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Flat shape (Responses API)…"), this, [this] { askExport(pokee::ToolSet::Shape::Flat); });
    exportMenu->addAction(tr("Nested shape (Chat Completions)…"), this, [this] { askExport(pokee::ToolSet::Shape::Nested); });
    exportButton->setMenu(exportMenu);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    auto *left = new QWidget(this);
    auto *l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_list, 1);
    l->addLayout(listButtons);
    auto *right = new QWidget(this);
    auto *r = new QVBoxLayout(right);
    r->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Name, description and parameters (a JSON Schema object). A session's tools are "
                               "fixed when it is created: pick them in File → New session."),
                            this);
    hint->setWordWrap(true);
    r->addWidget(hint);
    r->addWidget(m_editor, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(820, 520);

    connect(add, &QPushButton::clicked, this, &ToolLibraryDialog::addTool);
    connect(m_remove, &QPushButton::clicked, this, &ToolLibraryDialog::removeCurrent);
    connect(importButton, &QPushButton::clicked, this, &ToolLibraryDialog::askImport);
    connect(m_list, &QListWidget::currentRowChanged, this, &ToolLibraryDialog::showCurrent);
    connect(m_editor, &JsonEditor::edited, this, &ToolLibraryDialog::applyEdit);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString error = save();
        if (error.isEmpty())
            accept();
        else
            QMessageBox::warning(this, tr("Tool library"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshNames(0);
}

void ToolLibraryDialog::refreshNames(int select)
{
    m_showing = true;
    m_list->clear();
    for (const pokee::ToolDefinition &t : m_library.tools().tools())
        m_list->addItem(signature(t));
    m_showing = false;
    m_list->setCurrentRow(qMin(select, m_list->count() - 1));
    showCurrent();
}

void ToolLibraryDialog::showCurrent()
{
    if (m_showing)
        return;
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_library.tools().tools().size();
    m_editor->setEnabled(any);
    m_remove->setEnabled(any);
    m_editor->setText(any ? QString::fromUtf8(QJsonDocument(m_library.tools().tools().at(row).toFlat()).toJson(QJsonDocument::Indented))
                          : QString());
}

void ToolLibraryDialog::applyEdit()
{
    // Only a valid tool replaces the stored one: a half-typed edit never loses the last good one.
    const int row = m_list->currentRow();
    pokee::ToolDefinition edited;
    if (row < 0 || !m_editor->isValid() || !checkTool(m_editor->document(), &edited).isEmpty())
        return;
    QList<pokee::ToolDefinition> tools = m_library.tools().tools();
    for (qsizetype i = 0; i < tools.size(); ++i)
        if (i != row && tools.at(i).name == edited.name) {
            m_editor->status()->setText(tr("Not valid: another tool is called %1.").arg(edited.name));
            return;
        }
    tools[row] = edited;
    pokee::ToolSet set;
    set.setTools(tools);
    m_library.setTools(set);
    m_list->item(row)->setText(signature(edited));
}

void ToolLibraryDialog::addTool()
{
    QString name = QStringLiteral("new_tool");
    for (int n = 2; m_library.find(name); ++n)
        name = QStringLiteral("new_tool_%1").arg(n);
    pokee::ToolDefinition t;
    t.name = name;
    t.description = tr("What the tool does, for the agent.");
    t.parameters = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("properties"), QJsonObject{{QStringLiteral("query"),
                                                                           QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                               {QStringLiteral("required"), QJsonArray{QStringLiteral("query")}}};
    pokee::ToolSet one;
    one.setTools({t});
    m_library.merge(one);
    refreshNames(int(m_library.tools().tools().size()) - 1);
    m_editor->setFocus();
}

void ToolLibraryDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_library.tools().tools().size())
        return;
    m_library.remove(m_library.tools().tools().at(row).name);
    refreshNames(row);
}

QString ToolLibraryDialog::importFrom(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, f.errorString());
    pokee::ToolSet incoming;
    QStringList errors;
    if (!pokee::ToolSet::parse(f.readAll(), incoming, errors))
        return tr("Nothing was imported from %1: %2").arg(path, errors.join(u"; "));
    m_library.merge(incoming);
    refreshNames(int(m_library.tools().tools().size()) - 1);
    return {};
}

QString ToolLibraryDialog::exportTo(const QString &path, pokee::ToolSet::Shape shape)
{
    if (const QString why = pokee::writeAtomically(path, m_library.tools().toJson(shape)); !why.isEmpty())
        return tr("Cannot write %1: %2").arg(path, why);
    return {};
}

QString ToolLibraryDialog::save()
{
    const QString error = m_library.save();
    if (error.isEmpty())
        Q_EMIT saved();
    return error;
}

void ToolLibraryDialog::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import tools"), {}, tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = importFrom(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Import tools"), error);
}

void ToolLibraryDialog::askExport(pokee::ToolSet::Shape shape)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export tools"), QStringLiteral("tools.json"),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path, shape); !error.isEmpty())
        QMessageBox::warning(this, tr("Export tools"), error);
}

} // namespace pokee::ui
