#pragma once

#include "ui/Module.h"

namespace shopdesk {

// RULE APR-05: everyone sees what waits for them in one place.
class InboxModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(InboxModule)

public:
    QString id() const override { return QStringLiteral("inbox"); }
    QString title() const override { return tr("Approvals"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/inbox.svg")); }
    QList<Permission> permissions() const override { return {}; }
    QString openAction() const override { return Action::HomeView; }
    QWidget *createPanel(const AppContext &context, QWidget *parent) const override;
    QString badge(const AppContext &context) const override;
    QStringList overview(const AppContext &context) const override;
};

} // namespace shopdesk
