#include "AdminPanel.h"

#include "AuditPage.h"
#include "ConnectionsPage.h"
#include "SettingsPage.h"
#include "UsersPage.h"

namespace shopdesk {

AdminPanel::AdminPanel(const AppContext &context, QWidget *parent)
    : QTabWidget(parent), m_users(new UsersPage(context, this)), m_settings(new SettingsPage(context, this)),
      m_connections(new ConnectionsPage(context, this)), m_audit(new AuditPage(context, this))
{
    setDocumentMode(true);
    addTab(m_users, tr("Users"));
    addTab(m_settings, tr("Policy and database"));
    addTab(m_connections, tr("Connections and backups"));
    connect(m_connections, &ConnectionsPage::restoreRequested, this, &AdminPanel::restoreRequested);
    addTab(m_audit, tr("Audit log"));
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
