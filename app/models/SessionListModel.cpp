#include "models/SessionListModel.h"

namespace pokee {

SessionListModel::SessionListModel(QObject *parent) : QAbstractListModel(parent) {}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionSummary &s = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.title.isEmpty() ? tr("New session") : s.title;
    case Qt::ToolTipRole:
        return tr("Session %1, created %2").arg(s.id, QLocale().toString(s.createdAt, QLocale::ShortFormat));
    case IdRole: return s.id;
    case TitleRole: return s.title;
    case CreatedAtRole: return s.createdAt;
    case BusyRole: return s.busy;
    default: return {};
    }
}

int SessionListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_sessions.size(); ++i)
        if (m_sessions.at(i).id == id)
            return int(i);
    return -1;
}

QString SessionListModel::idAt(int row) const
{
    return row >= 0 && row < m_sessions.size() ? m_sessions.at(row).id : QString();
}

void SessionListModel::upsert(const SessionSummary &session)
{
    const int row = rowOf(session.id);
    if (row >= 0) {
        m_sessions[row] = session;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_sessions.prepend(session);
    endInsertRows();
}

void SessionListModel::setTitleIfEmpty(const QString &id, const QString &title)
{
    const int row = rowOf(id);
    if (row < 0 || !m_sessions.at(row).title.isEmpty())
        return;
    QString shortTitle = title.simplified();
    if (shortTitle.size() > 60)
        shortTitle = shortTitle.left(59) + u'…';
    m_sessions[row].title = shortTitle;
    Q_EMIT dataChanged(index(row), index(row));
}

void SessionListModel::setBusy(const QString &id, bool busy)
{
    const int row = rowOf(id);
    if (row < 0 || m_sessions.at(row).busy == busy)
        return;
    m_sessions[row].busy = busy;
    Q_EMIT dataChanged(index(row), index(row), {BusyRole});
}

} // namespace pokee
