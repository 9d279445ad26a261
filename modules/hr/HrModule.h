#pragma once

#include "HrActions.h"
#include "ui/Module.h"

namespace shopdesk {

// The hr area as the shell sees it (issue 4: attendance).
class HrModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(HrModule)
public:
    QString id() const override { return QStringLiteral("attendance"); }
    QString title() const override { return tr("Attendance"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/attendance.svg")); }
    QList<Permission> permissions() const override { return HrAction::all(); }
    QString openAction() const override { return HrAction::ViewAttendance; }
    QWidget *createPanel(const AppContext &context, QWidget *parent) const override;
    void defineTypes() const override;
    void databaseOpened(Database &db, const Clock &clock) const override;
    QStringList overview(const AppContext &context) const override;
};

} // namespace shopdesk
