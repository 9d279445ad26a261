#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/DutyRoster.h"
#include "report/Report.h"

namespace shopdesk {

class Clock;
class Database;

// The duty roster (ATT-02, DUTY-01) as people use it: generate a month by fair rotation, adjust
// days by hand while it is a draft, publish it; after publishing, a change is a swap request
// that the department head approves.
class DutyRosterService
{
    Q_DECLARE_TR_FUNCTIONS(DutyRosterService)
public:
    static inline const QString SwapTypeId = QStringLiteral("attendance.duty_swap");
    static const ApprovalType &swapType();

    DutyRosterService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<DutyDay>> month(const QDate &anyDay) const;
    Result<bool> isPublished(const QDate &anyDay) const;
    // Fills the month, continuing from the day before (who rests after main duty).
    Result<QList<DutyDay>> generate(const Actor &actor, const QDate &anyDay, const QList<qint64> &people);
    Status setDay(const Actor &actor, const DutyDay &day);
    Status publish(const Actor &actor, const QDate &anyDay);
    Result<qint64> requestSwap(const Actor &actor, const DutyDay &wanted, const QString &reason);

    // The month on one A4 page: a calendar of weeks, each day with main, support and cleaning.
    static Report printable(const QDate &anyDay, const QList<DutyDay> &days, const QHash<qint64, QString> &names,
                            const QString &companyName);

private:
    Status checked(const DutyDay &day) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
