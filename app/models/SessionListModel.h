#pragma once

#include <QAbstractListModel>
#include <QDateTime>

namespace pokee {

struct SessionSummary
{
    QString id;
    QString title; // the first prompt, shortened; empty until one was sent
    QDateTime createdAt;
    bool busy = false;
};

// The sessions of the current profile, newest first.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, CreatedAtRole, BusyRole };

    explicit SessionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Inserts the session at the top, or updates it where it is.
    void upsert(const SessionSummary &session);
    void setTitleIfEmpty(const QString &id, const QString &title);
    void setBusy(const QString &id, bool busy);
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

private:
    QList<SessionSummary> m_sessions;
};

} // namespace pokee
