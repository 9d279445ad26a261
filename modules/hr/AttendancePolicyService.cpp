#include "AttendancePolicyService.h"

#include "HrActions.h"
#include "audit/AuditTrail.h"
#include "calendar/HolidayCalendarService.h"
#include "database/data/Database.h"
#include "settings/data/SettingsStore.h"

#include <QJsonDocument>

namespace shopdesk {

namespace {
const QString kKey = QStringLiteral("attendance.policy");
}

Result<AttendancePolicy> AttendancePolicyService::policy() const
{
    const QString stored = SettingsStore(m_db).value(kKey);
    if (stored.isEmpty())
        return AttendancePolicy{};
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    auto policy = AttendancePolicy::fromJson(doc.object());
    if (!policy)
        return fail(tr("The stored attendance policy is not valid (%1); an administrator should save it again.")
                        .arg(policy.error()));
    return policy;
}

void AttendancePolicyService::applyWorkWeek(const AttendancePolicy &policy, HolidayCalendar &calendar)
{
    if (policy.workWeekAllDays)
        calendar.setWorkWeek({1, 2, 3, 4, 5, 6, 7});
}

Result<HolidayCalendar> AttendancePolicyService::workCalendar() const
{
    auto p = policy();
    if (!p)
        return p.failure();
    auto calendar = HolidayCalendarService(m_db, m_clock).calendar();
    if (!calendar)
        return calendar;
    applyWorkWeek(*p, *calendar);
    return calendar;
}

Status AttendancePolicyService::save(const Actor &actor, const AttendancePolicy &policy)
{
    if (!Permissions::can(actor, HrAction::EditPolicy))
        return fail(Permissions::refusal(HrAction::EditPolicy));
    if (Status valid = policy.validate(); !valid)
        return valid;
    return m_db.write([&]() -> Status {
        auto before = this->policy();
        const QJsonObject beforeJson = before ? before->toJson() : QJsonObject{};
        if (Status s = SettingsStore(m_db).set(
                kKey, QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)));
            !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("attendance.policy"), QStringLiteral("settings"), kKey, beforeJson,
                    policy.toJson());
    });
}

} // namespace shopdesk
