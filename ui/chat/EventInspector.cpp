#include "chat/EventInspector.h"

#include "models/EventLogModel.h"
#include "session/TurnManager.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pokee::ui {

EventInspector::EventInspector(pokee::TurnManager *turns, QWidget *parent)
    : QDockWidget(tr("Event inspector"), parent), m_turns(turns), m_model(new pokee::EventLogModel(this)),
      m_filter(new QSortFilterProxyModel(this)), m_typeFilter(new QComboBox), m_table(new QTableView),
      m_headers(new QPlainTextEdit)
{
    m_table->setAccessibleName(tr("Events of the turn"));
    m_headers->setAccessibleName(tr("Event details"));
    setObjectName(QStringLiteral("eventInspector"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(pokee::EventLogModel::TypeColumn);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_headers->setReadOnly(true);
    m_headers->setMaximumBlockCount(500);
    m_headers->setPlaceholderText(tr("The headers of the turn's last connection, and what the connection went "
                                     "through, appear here."));

    auto *copy = new QPushButton(tr("Copy as JSON lines"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(jsonLines()); });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString type = index <= 0 ? QString() : m_typeFilter->currentText();
        m_filter->setFilterRegularExpression(type.isEmpty() ? QString()
                                                            : QStringLiteral("^%1$").arg(QRegularExpression::escape(type)));
    });

    auto *body = new QWidget;
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Type:")));
    top->addWidget(m_typeFilter, 1);
    top->addWidget(copy);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_headers);
    split->addWidget(m_table);
    split->setSizes({90, 400});
    auto *layout = new QVBoxLayout(body);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setWidget(body);

    connect(turns, &pokee::TurnManager::eventsReceived, this,
            [this](const QString &, qint64 turnId, const QString &, const QList<pokee::TurnEvent> &events) {
                if (turnId != m_model->turnId())
                    return;
                m_model->append(turnId, events);
            });
    connect(m_model, &pokee::EventLogModel::typesChanged, this, &EventInspector::refreshTypes);
    connect(turns, &pokee::TurnManager::stateChanged, this, [this](const QString &, qint64 turnId) {
        if (turnId == m_model->turnId())
            refreshHeaders();
    });
    connect(turns, &pokee::TurnManager::connectionChanged, this, [this](const QString &, qint64 turnId) {
        if (turnId == m_model->turnId())
            refreshHeaders();
    });
    refreshTypes();
}

qint64 EventInspector::turnId() const
{
    return m_model->turnId();
}

void EventInspector::showTurn(qint64 turnId)
{
    if (turnId == m_model->turnId())
        return;
    m_model->setEvents(turnId, m_turns->storedEvents(turnId));
    refreshHeaders();
}

void EventInspector::refreshTypes()
{
    const QString current = m_typeFilter->currentIndex() > 0 ? m_typeFilter->currentText() : QString();
    const QSignalBlocker block(m_typeFilter);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("All types"));
    m_typeFilter->addItems(m_model->types());
    const int index = current.isEmpty() ? 0 : m_typeFilter->findText(current);
    m_typeFilter->setCurrentIndex(qMax(0, index));
}

void EventInspector::refreshHeaders()
{
    const auto [request, response] = m_turns->headers(m_model->turnId());
    QString text;
    if (!request.isEmpty()) {
        text += tr("Request headers") + u'\n';
        for (const auto &[name, value] : request)
            text += QString::fromUtf8(name + ": " + value) + u'\n';
    }
    if (!response.isEmpty()) {
        text += u'\n' + tr("Response headers") + u'\n';
        for (const auto &[name, value] : response)
            text += QString::fromUtf8(name + ": " + value) + u'\n';
    }
    // What the connection went through: the details behind the chat pane's one line.
    const QStringList log = m_turns->connectionLog(m_model->turnId()).entries;
    if (!log.isEmpty())
        text += u'\n' + tr("Connection log") + u'\n' + log.join(u'\n') + u'\n';
    m_headers->setPlainText(text);
}

QString EventInspector::headersText() const
{
    return m_headers->toPlainText();
}

QString EventInspector::jsonLines() const
{
    QString out;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        out += QString::fromUtf8(m_filter->index(row, 0).data(pokee::EventLogModel::JsonLineRole).toByteArray()) + u'\n';
    return out;
}

} // namespace pokee::ui
