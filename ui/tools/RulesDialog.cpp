#include "tools/RulesDialog.h"

#include "common/JsonEditor.h"

#include "tools/AuditLog.h"
#include "files/AtomicWrite.h"

#include <QDateTime>
#include <QLocale>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pokee::ui {

namespace {

QStringList checkRules(const QJsonDocument &doc)
{
    pokee::RuleSet rules;
    QStringList errors;
    pokee::RuleSet::parse(doc.toJson(), rules, errors);
    return errors;
}

const QString Example = QStringLiteral(R"({"rules": [
  {"tool": "get_weather", "match": {"pointer": "/location", "regex": "^Par"},
   "action": "reply", "template": "{\"temperature_c\": 14, \"city\": \"${args./location}\"}"},
  {"tool": "*", "action": "ask"}
]}
)");

} // namespace

RulesDialog::RulesDialog(const QString &rulesPath, const QString &auditPath, QWidget *parent)
    : QDialog(parent), m_rulesPath(rulesPath), m_auditPath(auditPath), m_tabs(new QTabWidget(this)),
      m_list(new QListWidget(this)), m_editor(new JsonEditor(this)), m_audit(new QTableWidget(this))
{
    setWindowTitle(tr("Rules"));
    setObjectName(QStringLiteral("rulesDialog"));
    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setAccessibleName(tr("Rules, first match wins"));
    m_editor->editor()->setAccessibleName(tr("The rules file"));
    m_editor->setCheck(checkRules);
    m_editor->setValidSummary([](const QJsonDocument &doc) {
        pokee::RuleSet rules;
        QStringList errors;
        pokee::RuleSet::parse(doc.toJson(), rules, errors);
        return tr("Valid: %n rule(s). The first enabled match wins; a call no rule matches is asked about.", nullptr,
                  int(rules.rules().size()));
    });

    // The rules tab: the list and its buttons over the JSON.
    //: A button: delete the selected rule
    auto *remove = new QPushButton(tr("Delete"), this);
    auto *up = new QPushButton(tr("Move up"), this);
    auto *down = new QPushButton(tr("Move down"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(new QLabel(tr("Tick a rule to enable it."), this), 1);
    listButtons->addWidget(up);
    listButtons->addWidget(down);
    listButtons->addWidget(remove);
    auto *top = new QWidget(this);
    auto *t = new QVBoxLayout(top);
    t->setContentsMargins(0, 0, 0, 0);
    t->addWidget(m_list, 1);
    t->addLayout(listButtons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_editor);
    split->setStretchFactor(1, 2);
    m_tabs->addTab(split, tr("Rules"));

    m_audit->setObjectName(QStringLiteral("auditTable"));
    m_audit->setAccessibleName(tr("Audit log"));
    m_audit->setColumnCount(7);
    //: Column headers of the rules' audit log: when the rule answered, the session, the tool called, the call's
    //: arguments, the rule that answered, what it answered, and how the answer went
    m_audit->setHorizontalHeaderLabels({tr("When", "audit column"), tr("Session", "audit column"), tr("Tool", "audit column"),
                                        tr("Arguments", "audit column"), tr("Rule", "audit column"),
                                        tr("Output", "audit column"), tr("Result", "audit column")});
    m_audit->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_audit->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_audit->horizontalHeader()->setStretchLastSection(true);
    m_audit->verticalHeader()->hide();
    auto *auditPage = new QWidget(this);
    auto *a = new QVBoxLayout(auditPage);
    auto *auditNote = new QLabel(tr("Every answer a rule gave, newest last. Kept in %1.").arg(QDir::toNativeSeparators(m_auditPath)), this);
    auditNote->setWordWrap(true);
    auditNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    a->addWidget(auditNote);
    a->addWidget(m_audit, 1);
    m_tabs->addTab(auditPage, tr("Audit log"));

    auto *importButton = new QPushButton(tr("Import…"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(860, 600);

    connect(remove, &QPushButton::clicked, this, &RulesDialog::removeCurrent);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const int row = m_list->row(item);
        m_rules.rules()[row].enabled = item->checkState() == Qt::Checked;
        setRules(m_rules, row);
    });
    connect(m_editor, &JsonEditor::edited, this, &RulesDialog::onJsonEdited);
    connect(m_editor, &JsonEditor::validityChanged, buttons->button(QDialogButtonBox::Save), &QWidget::setEnabled);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import rules"), {}, tr("JSON (*.json);;All files (*)"));
        if (!path.isEmpty())
            if (const QString error = importFrom(path); !error.isEmpty())
                QMessageBox::warning(this, tr("Import rules"), error);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export rules"), QStringLiteral("rules.json"), tr("JSON (*.json)"));
        if (!path.isEmpty())
            if (const QString error = exportTo(path); !error.isEmpty())
                QMessageBox::warning(this, tr("Export rules"), error);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString error = save();
        if (error.isEmpty())
            accept();
        else
            QMessageBox::warning(this, tr("Rules"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QFile file(m_rulesPath);
    if (file.open(QIODevice::ReadOnly)) {
        // The file as the user wrote it, even when it does not read: the editor says why.
        m_editor->setText(QString::fromUtf8(file.readAll()));
        onJsonEdited();
    } else {
        m_editor->setText(Example);
        onJsonEdited();
    }
    refreshAudit();
}

void RulesDialog::setRules(const pokee::RuleSet &rules, int select)
{
    m_rules = rules;
    m_editor->setText(QString::fromUtf8(m_rules.toJson()));
    fillList(select);
}

void RulesDialog::fillList(int select)
{
    m_filling = true;
    m_list->clear();
    for (const pokee::ToolRule &r : m_rules.rules()) {
        auto *item = new QListWidgetItem(r.summary(), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    m_list->setCurrentRow(qMin(select, m_list->count() - 1));
}

void RulesDialog::onJsonEdited()
{
    // The list follows the JSON whenever it reads; a half-typed edit leaves it as it was.
    if (!m_editor->isValid())
        return;
    pokee::RuleSet rules;
    QStringList errors;
    if (pokee::RuleSet::parse(m_editor->text().toUtf8(), rules, errors)) {
        m_rules = rules;
        fillList(m_list->currentRow());
    }
}

void RulesDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_rules.rules().removeAt(row);
    setRules(m_rules, row);
}

void RulesDialog::moveCurrent(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_rules.rules().size())
        return;
    m_rules.rules().move(row, to);
    setRules(m_rules, to);
}

QString RulesDialog::importFrom(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, f.errorString());
    pokee::RuleSet rules;
    QStringList errors;
    if (!pokee::RuleSet::parse(f.readAll(), rules, errors))
        return tr("Nothing was imported from %1: %2").arg(path, errors.join(u"; "));
    setRules(rules, 0);
    return {};
}

QString RulesDialog::exportTo(const QString &path) const
{
    if (const QString why = pokee::writeAtomically(path, m_rules.toJson()); !why.isEmpty())
        return tr("Cannot write %1: %2").arg(path, why);
    return {};
}

QString RulesDialog::save()
{
    if (!m_editor->isValid())
        return tr("The rules do not read yet: %1").arg(m_editor->status()->text());
    if (!QDir().mkpath(QFileInfo(m_rulesPath).absolutePath()))
        return tr("Cannot create the folder of %1.").arg(m_rulesPath);
    // What the user typed, layout and all, once it reads.
    if (const QString why = pokee::writeAtomically(m_rulesPath, m_editor->text().toUtf8()); !why.isEmpty())
        return tr("Cannot write %1: %2").arg(m_rulesPath, why);
    Q_EMIT saved(m_rules);
    return {};
}

void RulesDialog::refreshAudit()
{
    const QList<pokee::AuditEntry> entries = pokee::AuditLog(m_auditPath).entries();
    m_audit->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const pokee::AuditEntry &e = entries.at(row);
        //: The audit log's Result column: the rule's answer was sent to the agent (as an error)
        const QString result = e.detail.isEmpty() ? (e.isError ? tr("sent as error") : tr("sent", "answer sent")) : e.detail;
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(e.atMs);
        const QStringList cells{QLocale().toString(when, QLocale::ShortFormat),
                                e.sessionId.isEmpty() ? tr("(stateless)") : e.sessionId,
                                e.tool, e.arguments,
                                //: The rule that answered: its number in the list, then what it does
                                tr("%1. %2").arg(QString::number(e.ruleIndex + 1), e.rule), e.output,
                                //: %1 is how the answer went, %2 the exit status of the rule's command
                                e.exitStatus != 0 ? tr("%1 (exit %2)").arg(result, QString::number(e.exitStatus)) : result};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column).left(500));
            item->setToolTip(cells.at(column).left(4000));
            m_audit->setItem(row, column, item);
        }
        // The list shows the minute; the tooltip has the second.
        m_audit->item(row, 0)->setToolTip(QLocale().toString(when, QLocale::LongFormat));
    }
    m_audit->resizeColumnsToContents();
    m_audit->scrollToBottom();
}

} // namespace pokee::ui
