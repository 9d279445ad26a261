#pragma once

#include "SuppliesActions.h"
#include "ui/Module.h"

namespace shopdesk {

// The supplies area as the shell sees it (issue 13: office supplies).
class SuppliesModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(SuppliesModule)
public:
    QString id() const override { return QStringLiteral("supplies"); }
    QString title() const override { return tr("Office supplies"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/supplies.svg")); }
    QList<Permission> permissions() const override { return SuppliesAction::all(); }
    QString openAction() const override { return SuppliesAction::View; }
    QWidget *createPanel(const AppContext &context, QWidget *parent) const override;
    void defineTypes() const override;
    QStringList overview(const AppContext &context) const override;
};

} // namespace shopdesk
