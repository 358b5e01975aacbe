#include "sessions/SessionsPanel.h"

#include "sessions/RightClickKeepsSelection.h"
#include "sessions/SessionDelegate.h"

#include "models/SessionFilterModel.h"
#include "models/SessionListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QCursor>
#include <QDrag>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pokee::ui {

SessionsPanel::SessionsPanel(pokee::SessionListModel *sessions, QWidget *parent)
    : QWidget(parent), m_sessions(sessions), m_filter(new pokee::SessionFilterModel(this)), m_layout(new QVBoxLayout(this))
{
    m_newSession = new QPushButton(tr("New session…"), this);
    m_newSession->setObjectName(QStringLiteral("newSessionButton"));
    m_cleanUp = new QPushButton(tr("Clean up…"), this);
    m_cleanUp->setObjectName(QStringLiteral("cleanUpButton"));
    m_cleanUp->setToolTip(tr("Delete idle sessions older than a chosen age"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newSession, 1);
    buttons->addWidget(m_cleanUp);
    connect(m_newSession, &QPushButton::clicked, this, &SessionsPanel::newSessionRequested);
    connect(m_cleanUp, &QPushButton::clicked, this, &SessionsPanel::cleanUpRequested);

    m_searchField = new QLineEdit(this);
    m_searchField->setAccessibleName(tr("Search sessions"));
    m_searchField->setObjectName(QStringLiteral("sessionSearch"));
    m_searchField->setPlaceholderText(tr("Search sessions by title, id or text"));
    m_searchField->setClearButtonEnabled(true);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sessionSort"));
    m_sort->addItem(tr("Recent first"), int(pokee::SessionFilterModel::Sort::Activity));
    m_sort->addItem(tr("By title"), int(pokee::SessionFilterModel::Sort::Title));
    auto *find = new QHBoxLayout;
    find->addWidget(m_searchField, 1);
    find->addWidget(m_sort);

    m_filter->setSourceModel(m_sessions);
    m_list = new QListView(this);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new SessionDelegate(m_list));
    m_list->setObjectName(QStringLiteral("sessionList"));
    m_list->setAccessibleName(tr("Sessions"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->viewport()->installEventFilter(new RightClickKeepsSelection(m_list));
    m_list->viewport()->installEventFilter(this); // middle-click and dragging out
    m_list->setToolTip(tr("Middle-click, or drag a session out of the window, to open it in a window of its own"));
    connect(m_list, &QListView::customContextMenuRequested, this, &SessionsPanel::showMenu);
    connect(m_searchField, &QLineEdit::textChanged, m_filter, &pokee::SessionFilterModel::setSearchText);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSortMode(pokee::SessionFilterModel::Sort(m_sort->currentData().toInt()));
    });
    auto open = [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(pokee::SessionListModel::IdRole).toString());
    };
    connect(m_list, &QListView::activated, this, open);
    connect(m_list, &QListView::clicked, this, open);
    // "4 min ago" and "deleted in 3 min" move on without any event: repaint twice a minute.
    auto *clock = new QTimer(this);
    clock->start(30000);
    connect(clock, &QTimer::timeout, m_list->viewport(), qOverload<>(&QWidget::update));

    m_layout->addLayout(buttons);
    m_layout->addLayout(find);
    m_layout->addWidget(m_list, 1);
}

void SessionsPanel::setHeader(QWidget *header)
{
    m_layout->insertWidget(0, header);
}

void SessionsPanel::showCurrent(const QString &sessionId)
{
    if (sessionId.isEmpty()) {
        // No session on screen: none highlighted either (the next prompt starts a new one).
        m_list->selectionModel()->clear();
        return;
    }
    m_list->setCurrentIndex(m_filter->mapFromSource(m_sessions->index(m_sessions->rowOf(sessionId))));
}

void SessionsPanel::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    const QString id = index.data(pokee::SessionListModel::IdRole).toString();
    QMenu menu(this);
    // Named: the menu acts on this session (by its id), wherever the list moves it meanwhile.
    menu.addSection(index.data(Qt::DisplayRole).toString());
    menu.addAction(tr("Open"), this, [this, id] { Q_EMIT openRequested(id); });
    menu.addAction(tr("Open in New &Window"), this, [this, id] { Q_EMIT openInWindowRequested(id); });
    menu.addAction(tr("Open &Beside"), this, [this, id] { Q_EMIT openBesideRequested(id); });
    menu.addAction(tr("Rename…"), this, [this, id] { Q_EMIT renameRequested(id); });
    menu.addAction(tr("Details"), this, [this, id] { Q_EMIT detailsRequested(id); });
    menu.addAction(tr("Copy id"), this, [id] { QGuiApplication::clipboard()->setText(id); });
    menu.addSeparator();
    if (index.data(pokee::SessionListModel::EndedRole).toBool())
        menu.addAction(tr("Remove from this computer…"), this, [this, id] { Q_EMIT removeRequested(id); });
    else
        menu.addAction(tr("Delete…"), this, [this, id] { Q_EMIT deleteRequested(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace pokee::ui

namespace pokee::ui {

bool SessionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list->viewport())
        return QWidget::eventFilter(watched, event);
    const auto sessionAt = [this](const QPoint &pos) {
        return m_list->indexAt(pos).data(pokee::SessionListModel::IdRole).toString();
    };
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::MiddleButton)
            return true; // neither selects nor opens here: the release opens a window
        if (mouse->button() == Qt::LeftButton) {
            m_pressedAt = mouse->position().toPoint();
            m_pressedRow = sessionAt(m_pressedAt);
        }
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressedRow.clear();
        if (mouse->button() == Qt::MiddleButton) {
            if (const QString id = sessionAt(mouse->position().toPoint()); !id.isEmpty())
                Q_EMIT openInWindowRequested(id);
            return true;
        }
        break;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_pressedRow.isEmpty() && (mouse->buttons() & Qt::LeftButton) &&
            (mouse->position().toPoint() - m_pressedAt).manhattanLength() >= QApplication::startDragDistance()) {
            dragOut(std::exchange(m_pressedRow, QString()));
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void SessionsPanel::dragOut(const QString &sessionId)
{
    auto *drag = new QDrag(m_list);
    auto *mime = new QMimeData;
    mime->setText(sessionId); // dropped in a text field: the id, as "Copy id" gives it
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction);
    // Dropped outside every window of the app (nothing took it): the session gets its own.
    if (!QApplication::topLevelAt(QCursor::pos()))
        Q_EMIT openInWindowRequested(sessionId);
}

} // namespace pokee::ui
