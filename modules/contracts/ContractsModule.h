#pragma once

#include "ContractsActions.h"
#include "ui/Module.h"

namespace shopdesk {

// The contract archive as the shell sees it (issue 14).
class ContractsModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(ContractsModule)
public:
    QString id() const override { return QStringLiteral("contracts"); }
    QString title() const override { return tr("Contracts"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/contracts.svg")); }
    QList<Permission> permissions() const override { return ContractsAction::all(); }
    QString openAction() const override { return ContractsAction::View; }
    QWidget *createPanel(const AppContext &context, QWidget *parent) const override;
    void defineTypes() const override;
    // RULE CON-02, CON-05: archives due for their half-yearly check; loans past their day.
    QStringList overview(const AppContext &context) const override;
};

} // namespace shopdesk
