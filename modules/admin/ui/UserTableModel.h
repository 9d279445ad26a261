#pragma once

#include "users/domain/User.h"

#include <QAbstractTableModel>

namespace shopdesk {

// The users list: small, so it is read whole into memory and no cursor stays open.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserName, DisplayName, LevelColumn, Roles, Scopes, State, PasswordChanged, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setUsers(QList<UserRecord> users, const QDateTime &nowUtc);
    const UserRecord *userAt(int row) const;
    int rowOf(qint64 userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UserRecord> m_users;
    QDateTime m_now;
};

} // namespace shopdesk
