#pragma once

#include "ui/Module.h"

namespace shopdesk {

// Administration: users, the password policy and other settings, the audit log (RULE DB-01..04).
class AdminModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(AdminModule)

public:
    QString id() const override { return QStringLiteral("admin"); }
    QString title() const override { return tr("Administration"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/admin.svg")); }
    QList<Permission> permissions() const override { return {}; } // core's own actions
    QString openAction() const override { return Action::ManageUsers; }
    QWidget *createPanel(const AppContext &context, QWidget *parent) const override;
};

} // namespace shopdesk
