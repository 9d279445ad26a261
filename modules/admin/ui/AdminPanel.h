#pragma once

#include "ui/Module.h"

#include <QTabWidget>

namespace shopdesk {

class AuditPage;
class ConnectionsPage;
class SettingsPage;
class UsersPage;

class AdminPanel : public QTabWidget
{
    Q_OBJECT

public:
    AdminPanel(const AppContext &context, QWidget *parent = nullptr);
    UsersPage *usersPage() const { return m_users; }
    AuditPage *auditPage() const { return m_audit; }
    SettingsPage *settingsPage() const { return m_settings; }
    ConnectionsPage *connectionsPage() const { return m_connections; }

signals:
    void restoreRequested(const QString &backupFile);

public slots:
    void refresh();

private:
    UsersPage *m_users;
    SettingsPage *m_settings;
    ConnectionsPage *m_connections;
    AuditPage *m_audit;
};

} // namespace shopdesk
