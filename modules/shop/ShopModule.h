#pragma once

#include "ShopActions.h"
#include "ui/Module.h"

namespace shopdesk {

// The shop's products as the shell sees it (issue 16).
class ShopModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(ShopModule)
public:
    QString id() const override { return QStringLiteral("shop"); }
    QString title() const override { return tr("Shop"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/shop.svg")); }
    QList<Permission> permissions() const override { return ShopAction::all(); }
    QString openAction() const override { return ShopAction::View; }
    QWidget *createPanel(const AppContext &context, QWidget *parent) const override;
    void defineTypes() const override;
    // RULE PRD-01..04: what waits for the web editor, and the SKUs low on stock.
    QStringList overview(const AppContext &context) const override;
    // RULE CS-01: who covers customer service now, for everyone.
    QString statusLine(const AppContext &context) const override;
};

} // namespace shopdesk
