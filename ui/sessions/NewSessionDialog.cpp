#include "sessions/NewSessionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pokee::ui {

NewSessionDialog::NewSessionDialog(const pokee::ToolSet &library, QWidget *parent)
    : QDialog(parent), m_persistent(new QCheckBox(tr("Keep the session after each answer (persistent)"), this)),
      m_ttl(new QComboBox(this)), m_hours(new QSpinBox(this)), m_tools(new QListWidget(this)), m_library(library)
{
    setWindowTitle(tr("New session"));
    m_persistent->setObjectName(QStringLiteral("persistentBox"));
    m_persistent->setChecked(true);
    m_ttl->setObjectName(QStringLiteral("ttlChoice"));
    //: Choices of a persistent session's lifetime
    m_ttl->addItem(tr("1 hour"), 3600);
    m_ttl->addItem(tr("4 hours"), 4 * 3600);
    m_ttl->addItem(tr("24 hours"), 24 * 3600);
    m_ttl->addItem(tr("Custom…"), 0);
    m_ttl->setCurrentIndex(1);
    m_hours->setObjectName(QStringLiteral("customHours"));
    m_hours->setRange(1, 24 * 30);
    m_hours->setValue(8);
    //: The unit after the number of hours in a spin box (abbreviated; keep the space before it if your language has one)
    m_hours->setSuffix(tr(" h"));

    auto *form = new QFormLayout;
    form->addRow(m_persistent);
    form->addRow(tr("Lifetime:"), m_ttl);
    form->addRow(tr("Custom lifetime:"), m_hours);
    auto *nonPersistent = new QLabel(tr("A session that is not persistent is destroyed by the server 5 minutes "
                                        "after its last answer, with its workspace files."),
                                     this);
    nonPersistent->setWordWrap(true);
    m_tools->setObjectName(QStringLiteral("toolChoice"));
    m_tools->setAccessibleName(tr("Tools the agent may call"));
    for (const pokee::ToolDefinition &t : library.tools()) {
        auto *item = new QListWidgetItem(t.description.isEmpty() ? t.name : tr("%1 — %2").arg(t.name, t.description), m_tools);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_tools->setVisible(!library.isEmpty());
    auto *tools = new QLabel(library.isEmpty()
                                 ? tr("Tools: none. A session's tools are fixed once it exists; define your own in "
                                      "Tools → Tool library to hand them to new sessions.")
                                 : tr("Tools the agent may call (answered in the tool-call inbox or by your rules). "
                                      "A session's tools are fixed once it exists."),
                             this);
    tools->setObjectName(QStringLiteral("toolsNote"));
    tools->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    // A small form: its size is its content's. Resizable, it would only gain empty space, and
    // window managers draw resize grips along its bottom edge (a stray sliver under openbox).
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addLayout(form);
    layout->addWidget(nonPersistent);
    layout->addWidget(tools);
    layout->addWidget(m_tools);
    layout->addWidget(buttons);
    connect(m_persistent, &QCheckBox::toggled, this, &NewSessionDialog::updateEnabled);
    connect(m_ttl, &QComboBox::currentIndexChanged, this, &NewSessionDialog::updateEnabled);
    updateEnabled();
}

void NewSessionDialog::updateEnabled()
{
    m_ttl->setEnabled(m_persistent->isChecked());
    m_hours->setEnabled(m_persistent->isChecked() && m_ttl->currentData().toInt() == 0);
}

pokee::SessionController::NewSession NewSessionDialog::options() const
{
    pokee::SessionController::NewSession o;
    o.persistent = m_persistent->isChecked();
    if (o.persistent) {
        const int preset = m_ttl->currentData().toInt();
        o.ttlSeconds = preset > 0 ? preset : qint64(m_hours->value()) * 3600;
    }
    QList<pokee::ToolDefinition> picked;
    for (int row = 0; row < m_tools->count(); ++row)
        if (m_tools->item(row)->checkState() == Qt::Checked)
            picked.append(m_library.tools().at(row));
    pokee::ToolSet set;
    set.setTools(picked);
    o.tools = set.toArray(pokee::ToolSet::Shape::Flat);
    return o;
}

} // namespace pokee::ui
