#pragma once

#include "ui/Module.h"

#include <QTabWidget>

namespace shopdesk {

class AuditPage;
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

public slots:
    void refresh();

private:
    UsersPage *m_users;
    SettingsPage *m_settings;
    AuditPage *m_audit;
};

} // namespace shopdesk
