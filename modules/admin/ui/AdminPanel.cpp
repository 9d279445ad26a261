#include "AdminPanel.h"

#include "AuditPage.h"
#include "ConnectionsPage.h"
#include "SettingsPage.h"
#include "UsersPage.h"
#include "ui/GuideTopic.h"

namespace shopdesk {

AdminPanel::AdminPanel(const AppContext &context, QWidget *parent)
    : QTabWidget(parent), m_users(new UsersPage(context, this)), m_settings(new SettingsPage(context, this)),
      m_connections(new ConnectionsPage(context, this)), m_audit(new AuditPage(context, this))
{
    setDocumentMode(true);
    addTab(m_users, tr("Users"));
    GuideTopic::set(m_users, QStringLiteral("users"));
    addTab(m_settings, tr("Policy and database"));
    GuideTopic::set(m_settings, QStringLiteral("database-policy"));
    addTab(m_connections, tr("Connections and backups"));
    GuideTopic::set(m_connections, QStringLiteral("backup"));
    connect(m_connections, &ConnectionsPage::restoreRequested, this, &AdminPanel::restoreRequested);
    addTab(m_audit, tr("Audit log"));
    GuideTopic::set(m_audit, QStringLiteral("audit-log"));
    // What another tab wrote shows when the audit tab is opened.
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (widget(index) == m_audit)
            m_audit->refresh();
        if (widget(index) == m_connections)
            m_connections->refresh();
    });
}

void AdminPanel::refresh()
{
    m_users->refresh();
    m_connections->refresh();
    m_audit->refresh();
}

} // namespace shopdesk
