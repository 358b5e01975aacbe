#include "sessions/SessionDetailsPane.h"

#include "models/SessionProgress.h"
#include "session/SessionDirectory.h"
#include "session/TranscriptExport.h"
#include "tools/JsonText.h"

#include <QDateTime>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pokee::ui {


SessionDetailsPane::SessionDetailsPane(pokee::SessionDirectory *directory, QWidget *parent)
    : QDockWidget(tr("Session details"), parent), m_directory(directory), m_body(new QLabel),
      m_export(new QPushButton(tr("Export usage as CSV…")))
{
    setObjectName(QStringLiteral("sessionDetails"));
    m_body->setObjectName(QStringLiteral("sessionDetailsText"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_export->setObjectName(QStringLiteral("exportUsageButton"));
    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_export);
    setWidget(inner);
    connect(directory, &pokee::SessionDirectory::sessionChanged, this, [this](const QString &id) {
        if (id == m_sessionId && isVisible())
            refresh();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export usage"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/pokee-usage.csv"),
            tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        const QString error = exportUsage(path);
        m_body->setText(m_body->text() + QStringLiteral("<p>") +
                        (error.isEmpty() ? tr("Usage exported to %1.").arg(path.toHtmlEscaped()) : error.toHtmlEscaped()) +
                        QStringLiteral("</p>"));
    });
}

QString SessionDetailsPane::exportUsage(const QString &path)
{
    return pokee::TranscriptExport::write(path, m_directory->usageCsv());
}

void SessionDetailsPane::showSession(const QString &sessionId)
{
    m_sessionId = sessionId;
    if (isVisible()) // hidden, it costs a session switch nothing; shown, it catches up
        refresh();
}

QString SessionDetailsPane::text() const
{
    return m_body->text();
}

void SessionDetailsPane::refresh()
{
    const pokee::SessionSummary *s = m_directory->model()->find(m_sessionId);
    if (!s) {
        m_body->setText(tr("<p>No session selected.</p>"));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QLocale l;
    auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    //: Labels of the session details (a two-column table: label, value)
    html += row(tr("Id"), s->id);
    //: The session's state: ended on the server, running a turn, or idle
    html += row(tr("State"), s->ended ? tr("ended on the server") : s->busy ? tr("running", "session state") : tr("idle", "session state"));
    //: Whether the server keeps the session after each answer: yes, no or unknown
    html += row(tr("Persistent"), s->persistent == 1 ? tr("yes") : s->persistent == 0 ? tr("no") : tr("unknown"));
    if (s->ttlSeconds > 0)
        html += row(tr("Lifetime"), pokee::durationText(s->ttlSeconds));
    if (const qint64 expires = s->expiresAtMs())
        //: When the server destroys the session: "in 3 h (date and time)"
        html += row(tr("Destroyed"), tr("in %1 (%2)").arg(pokee::durationText((expires - now) / 1000),
                                                          l.toString(QDateTime::fromMSecsSinceEpoch(expires), QLocale::ShortFormat)));
    if (s->createdAtMs)
        html += row(tr("Created"), l.toString(QDateTime::fromMSecsSinceEpoch(s->createdAtMs), QLocale::ShortFormat));
    if (s->lastActiveMs)
        html += row(tr("Last activity"), pokee::relativeTime(s->lastActiveMs, now));
    for (auto it = s->metadata.begin(); it != s->metadata.end(); ++it)
        html += row(it.key(), it.value().isNull() ? QString() : pokee::jsonText(it.value()));
    html += QStringLiteral("</table><h4>%1</h4><p>%2</p><h4>%3</h4><p>%4</p>")
                .arg(tr("Usage of this session"), m_directory->usage(s->id).summary().toHtmlEscaped(),
                     tr("Usage of this profile"), m_directory->profileUsage().summary().toHtmlEscaped());
    m_body->setText(html);
}

} // namespace pokee::ui
