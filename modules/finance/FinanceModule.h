#pragma once

#include "FinanceActions.h"
#include "ui/Module.h"

namespace shopdesk {

// The finance area as the shell sees it (issue 15).
class FinanceModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(FinanceModule)
public:
    QString id() const override { return QStringLiteral("finance"); }
    QString title() const override { return tr("Finance"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/finance.svg")); }
    QList<Permission> permissions() const override { return FinanceAction::all(); }
    QString openAction() const override { return FinanceAction::View; }
    QWidget *createPanel(const AppContext &context, QWidget *parent) const override;
    void defineTypes() const override;
    QStringList overview(const AppContext &context) const override;
};

} // namespace shopdesk
