#include "sessions/CleanUpDialog.h"

#include "models/SessionProgress.h"
#include "session/SessionDirectory.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pokee::ui {

CleanUpDialog::CleanUpDialog(pokee::SessionDirectory *directory, QWidget *parent)
    : QDialog(parent), m_directory(directory), m_age(new QComboBox(this)), m_preview(new QListWidget(this)),
      m_summary(new QLabel(this)), m_delete(nullptr)
{
    setWindowTitle(tr("Clean up sessions"));
    m_age->setObjectName(QStringLiteral("ageChoice"));
    //: Choices after "Delete idle sessions older than:"
    m_age->addItem(tr("1 hour"), 3600);
    m_age->addItem(tr("1 day"), 86400);
    m_age->addItem(tr("1 week"), 7 * 86400);
    m_age->addItem(tr("30 days"), 30 * 86400);
    m_age->addItem(tr("any age (every idle session)"), 0);
    m_age->setCurrentIndex(1);
    m_preview->setObjectName(QStringLiteral("cleanUpPreview"));
    m_preview->setAccessibleName(tr("Sessions to delete"));
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Delete idle sessions older than:"), m_age);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("cleanUpDelete"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &CleanUpDialog::run);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    connect(m_age, &QComboBox::currentIndexChanged, this, &CleanUpDialog::updatePreview);
    connect(directory, &pokee::SessionDirectory::cleanUpFinished, this,
            [this](bool ok, const QStringList &, const QString &message) {
                m_summary->setText(message);
                if (ok)
                    accept();
                else
                    m_delete->setEnabled(true); // the message says why; try again
            });
    resize(460, 380);
    updatePreview();
}

QString CleanUpDialog::summary() const
{
    return m_summary->text();
}

qint64 CleanUpDialog::olderThanSeconds() const
{
    return m_age->currentData().toLongLong();
}

void CleanUpDialog::updatePreview()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<pokee::SessionSummary> going = m_directory->cleanUpPreview(olderThanSeconds(), now);
    m_preview->clear();
    for (const pokee::SessionSummary &s : going) {
        auto *item = new QListWidgetItem(tr("%1 — idle %2").arg(s.title.isEmpty() ? s.id : s.title,
                                                                 pokee::relativeTime(s.lastActiveMs, now)),
                                         m_preview);
        item->setData(Qt::UserRole, s.id);
        item->setToolTip(s.id);
    }
    m_summary->setText(going.isEmpty()
                           ? tr("No idle session is that old. Nothing would be deleted.")
                           : tr("%n session(s) and their workspace files will be deleted on the server. "
                                "The server decides by its own clock: a session used elsewhere meanwhile stays.",
                                nullptr, int(going.size())));
    m_delete->setEnabled(!going.isEmpty());
}

void CleanUpDialog::run()
{
    m_delete->setEnabled(false);
    m_summary->setText(tr("Deleting…"));
    m_directory->cleanUp(olderThanSeconds());
}

} // namespace pokee::ui
