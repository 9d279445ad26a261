#pragma once

#include "ui/Module.h"

namespace shopdesk {

// The page everyone sees first: who you are, which company, and what the program holds.
class HomeModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(HomeModule)

public:
    QString id() const override { return QStringLiteral("home"); }
    QString title() const override { return tr("Overview"); }
    QIcon icon() const override;
    QList<Permission> permissions() const override { return {}; }
    QString openAction() const override { return Action::HomeView; }
    QWidget *createPanel(const AppContext &context, QWidget *parent) const override;
};

} // namespace shopdesk
