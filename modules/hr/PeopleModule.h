#pragma once

#include "HrActions.h"
#include "ui/Module.h"

namespace shopdesk {

// The employee archive and offboarding (issue 5), in the hr area.
class PeopleModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(PeopleModule)
public:
    QString id() const override { return QStringLiteral("people"); }
    QString title() const override { return tr("Employees"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/people.svg")); }
    QList<Permission> permissions() const override { return {}; }
    QString openAction() const override { return HrAction::ViewAttendance; }
    QWidget *createPanel(const AppContext &context, QWidget *parent) const override;
    void defineTypes() const override;
};

} // namespace shopdesk
