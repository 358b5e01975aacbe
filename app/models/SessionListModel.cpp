#include "models/SessionListModel.h"

#include "models/SessionProgress.h"

#include <QDateTime>
#include <QLocale>

namespace pokee {

qint64 SessionSummary::expiresAtMs() const
{
    return sessionExpiresAt(persistent, ttlSeconds, createdAtMs, lastResponseMs, busy);
}

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
        // A session started elsewhere has no prompt of ours to be named by: its id names it.
        return !s.title.isEmpty() ? s.title : s.local ? tr("New session") : s.id;
    case TitleRole: return s.title;
    case Qt::ToolTipRole:
        return tr("Session %1, created %2")
            .arg(s.id, QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.createdAtMs), QLocale::ShortFormat));
    case IdRole: return s.id;
    case CreatedAtRole: return QDateTime::fromMSecsSinceEpoch(s.createdAtMs);
    case BusyRole: return s.busy;
    case FollowingRole: return s.following;
    case ProgressTextRole: return SessionProgress::of(s.metadata).text;
    case ProgressPercentRole: return SessionProgress::of(s.metadata).percent;
    case PersistentRole: return s.persistent;
    case ExpiresAtRole: return s.expiresAtMs();
    case LastActiveRole: return s.lastActiveMs;
    case UnreadRole: return s.unread;
    case EndedRole: return s.ended;
    case MetadataRole: return s.metadata;
    default: return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"}, {TitleRole, "title"}, {CreatedAtRole, "createdAt"}, {BusyRole, "busy"},
                  {FollowingRole, "following"}, {ProgressTextRole, "progressText"},
                  {ProgressPercentRole, "progressPercent"}, {PersistentRole, "persistent"},
                  {ExpiresAtRole, "expiresAt"}, {LastActiveRole, "lastActive"}, {UnreadRole, "unread"},
                  {EndedRole, "ended"}, {MetadataRole, "metadata"}});
    return names;
}

void SessionListModel::reset(const QList<SessionSummary> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

int SessionListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_sessions.size(); ++i)
        if (m_sessions.at(i).id == id)
            return int(i);
    return -1;
}

QString SessionListModel::titleOf(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? data(index(row), Qt::DisplayRole).toString() : QString();
}

const SessionSummary *SessionListModel::find(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_sessions.at(row);
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

bool SessionListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_sessions.removeAt(row);
    endRemoveRows();
    return true;
}

QString SessionListModel::titleFromPrompt(const QString &prompt)
{
    const QString firstLine = prompt.trimmed().section(u'\n', 0, 0).simplified();
    return firstLine.size() > 60 ? firstLine.left(59) + u'…' : firstLine;
}

void SessionListModel::setTitleIfEmpty(const QString &id, const QString &title)
{
    const int row = rowOf(id);
    if (row < 0 || !m_sessions.at(row).title.isEmpty())
        return;
    m_sessions[row].title = titleFromPrompt(title);
    Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, TitleRole});
}

void SessionListModel::setBusy(const QString &id, bool busy)
{
    const int row = rowOf(id);
    if (row < 0 || m_sessions.at(row).busy == busy)
        return;
    m_sessions[row].busy = busy;
    Q_EMIT dataChanged(index(row), index(row), {BusyRole, ExpiresAtRole});
}

} // namespace pokee
