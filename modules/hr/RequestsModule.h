#pragma once

#include "HrActions.h"
#include "ui/Module.h"

namespace shopdesk {

// Leave and overtime: everyone with an employee record files their own (issue 5).
class RequestsModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(RequestsModule)
public:
    QString id() const override { return QStringLiteral("requests"); }
    QString title() const override { return tr("Leave and overtime"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/leave.svg")); }
    QList<Permission> permissions() const override { return {}; }
    QString openAction() const override { return HrAction::FileOwnRequests; }
    QWidget *createPanel(const AppContext &context, QWidget *parent) const override;
    void defineTypes() const override;
    QStringList overview(const AppContext &context) const override;
};

} // namespace shopdesk
