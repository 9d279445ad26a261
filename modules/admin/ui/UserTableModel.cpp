#include "UserTableModel.h"

#include <QLocale>

namespace shopdesk {

namespace {
QString joined(const QSet<QString> &keys, QString (*title)(const QString &))
{
    QStringList titles;
    for (const QString &k : keys)
        titles.append(title(k));
    titles.sort();
    return titles.join(QStringLiteral(", "));
}
} // namespace

void UserTableModel::setUsers(QList<UserRecord> users, const QDateTime &nowUtc)
{
    beginResetModel();
    m_users = std::move(users);
    m_now = nowUtc;
    endResetModel();
}

const UserRecord *UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users[row] : nullptr;
}

int UserTableModel::rowOf(qint64 userId) const
{
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users[i].id == userId)
            return i;
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    const UserRecord *u = userAt(index.row());
    if (!u || (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    switch (index.column()) {
    case UserName: return u->userName;
    case DisplayName: return u->displayName;
    case LevelColumn: return role == Qt::UserRole ? QVariant(int(u->level)) : QVariant(levelTitle(u->level));
    case Roles: return joined(u->roles, &Role::title);
    case Scopes: return joined(u->scopes, &Scope::title);
    case State:
        if (u->disabled)
            return tr("Disabled");
        if (u->lockedUntil.isValid() && u->lockedUntil > m_now)
            return tr("Locked until %1")
                .arg(QLocale().toString(u->lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        return u->mustChangePassword ? tr("Must change password") : tr("Active");
    case PasswordChanged:
        return role == Qt::UserRole ? QVariant(u->passwordChangedOn)
                                    : QVariant(u->passwordChangedOn.toString(Qt::ISODate));
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserName: return tr("User name");
    case DisplayName: return tr("Name");
    case LevelColumn: return tr("Level");
    case Roles: return tr("Business roles");
    case Scopes: return tr("Work areas");
    case State: return tr("State");
    case PasswordChanged: return tr("Password changed");
    }
    return {};
}

} // namespace shopdesk
