#pragma once

#include "common/Result.h"
#include "domain/CashJournal.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE FIN-02: the cash accountant's daily journal: receipts and payments recorded, the day
// closed with the cash counted, and the chief accountant's review of each closed day.
class CashDesk
{
    Q_DECLARE_TR_FUNCTIONS(CashDesk)
public:
    CashDesk(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> record(const Actor &actor, const CashEntry &entry);
    Result<QList<CashEntry>> entries(const Actor &actor, const QDate &from, const QDate &to) const;
    // The day as closed, or as it stands so far.
    Result<CashDay> day(const Actor &actor, const QDate &day) const;
    Status closeDay(const Actor &actor, const QDate &day, qint64 countedFen);
    // RULE FIN-02, SUP-04: a signed voucher paid from the cash box: the voucher paid and its
    // line in today's journal, in one write. The journal line's id.
    Result<qint64> payVoucher(const Actor &actor, qint64 voucherId);
    // A count that differs from the books needs a note saying what the chief accountant found.
    Status review(const Actor &actor, const QDate &day, const QString &note);
    // Closed days of a span, with the reviews (for the chief accountant's list).
    Result<QList<CashDay>> closedDays(const Actor &actor, const QDate &from, const QDate &to) const;

    // Inside Database::write, for another finance record that moves cash (an advance lent, a
    // reimbursement settled): the month open and the day not closed, then the entry, audited.
    static Result<qint64> bookInTransaction(Database &db, const Clock &clock, const Actor &actor,
                                            const CashEntry &entry);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
