#include "CashDesk.h"

#include "FinanceActions.h"
#include "FinanceRoles.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "data/CashJournalRepository.h"
#include "database/data/Database.h"
#include "ledgers/Budgets.h"
#include "ledgers/FinancePeriods.h"
#include "ledgers/PaymentVouchers.h"
#include "users/data/UserRepository.h"

namespace shopdesk {

namespace {
QJsonObject entryJson(const CashEntry &e)
{
    return {{QStringLiteral("day"), e.day.toString(Qt::ISODate)},
            {QStringLiteral("direction"), cashDirectionKey(e.direction)},
            {QStringLiteral("amount_fen"), e.amountFen},
            {QStringLiteral("counterparty"), e.counterparty.trimmed()},
            {QStringLiteral("purpose"), e.purpose.trimmed()},
            {QStringLiteral("category"), e.category.trimmed()},
            {QStringLiteral("department_id"), e.departmentId},
            {QStringLiteral("source"), e.source}};
}

QJsonObject dayJson(const CashDay &d)
{
    return {
        {QStringLiteral("day"), d.day.toString(Qt::ISODate)}, {QStringLiteral("opening_fen"), d.openingFen},
        {QStringLiteral("receipts_fen"), d.receiptsFen},      {QStringLiteral("payments_fen"), d.paymentsFen},
        {QStringLiteral("counted_fen"), d.countedFen},        {QStringLiteral("difference_fen"), d.differenceFen()}};
}
} // namespace

Result<qint64> CashDesk::bookInTransaction(Database &db, const Clock &clock, const Actor &actor, const CashEntry &entry)
{
    if (const QString problem = CashRules::entryProblem(entry); !problem.isEmpty())
        return fail(problem);
    if (Status open = FinancePeriods::requireOpen(db, entry.day); !open)
        return open.failure();
    CashJournalRepository repo(db);
    // Each day opens with the count of the day before, so nothing goes on or before a closed day.
    auto last = repo.lastClosedDay();
    if (!last)
        return last.failure();
    if (last->isValid() && entry.day <= *last)
        return fail(tr("The cash journal is closed up to %1: record %2's entry on an open day after it.")
                        .arg(last->toString(Qt::ISODate), entry.day.toString(Qt::ISODate)));
    auto id = repo.add(entry, actor.userId, toStoredInstant(clock.nowUtc()));
    if (!id)
        return id;
    if (Status s =
            AuditTrail(db, clock).record(actor, QStringLiteral("finance.cash.entry"), QStringLiteral("cash_entries"),
                                         QString::number(*id), {}, entryJson(entry));
        !s)
        return s.failure();
    return id;
}

Result<qint64> CashDesk::record(const Actor &actor, const CashEntry &entry)
{
    if (Status s = requireFinanceRole(actor, FinanceAction::Cash, Role::CashAccountant); !s)
        return s.failure();
    CashEntry typed = entry;
    typed.source.clear();
    const bool spendsALine =
        typed.direction == CashDirection::Payment && typed.departmentId != 0 && !typed.category.trimmed().isEmpty();
    return m_db.write([&]() -> Result<qint64> {
        if (!spendsALine)
            return bookInTransaction(m_db, m_clock, actor, typed);
        // RULE FIN-01: a payment typed in without a request still spends its department's line,
        // so "remaining" shows it; requests and vouchers committed theirs when they were made.
        // Going over the line needs the general manager's consent, which only a request carries.
        Budgets budgets(m_db, m_clock);
        auto check = budgets.check(typed.day.year(), typed.departmentId, typed.category.trimmed(), typed.amountFen);
        if (!check)
            return check.failure();
        if (check->overBudget())
            return fail(tr("%1 would take the budget line %2 / %3 over: %4 remains. Spending beyond a line "
                           "needs the general manager's consent: file an expense request (FIN-01).")
                            .arg(Money::fromFen(typed.amountFen).toString(), check->line->departmentName,
                                 check->line->category, Money::fromFen(check->line->remainingFen()).toString()));
        auto id = bookInTransaction(m_db, m_clock, actor, typed);
        if (!id)
            return id;
        if (Status s = budgets.commit(actor, *check, QStringLiteral("finance.cash"), QString::number(*id), 0); !s)
            return s.failure();
        return id;
    });
}

Result<qint64> CashDesk::payVoucher(const Actor &actor, qint64 voucherId)
{
    if (Status s = requireFinanceRole(actor, FinanceAction::Cash, Role::CashAccountant); !s)
        return s.failure();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    return m_db.write([&]() -> Result<qint64> {
        auto voucher =
            PaymentVouchers(m_db, m_clock)
                .payInTransaction(actor, voucherId, QStringLiteral("cash journal %1").arg(today.toString(Qt::ISODate)));
        if (!voucher)
            return voucher.failure();
        CashEntry e;
        e.day = today;
        e.direction = CashDirection::Payment;
        e.amountFen = voucher->amountFen;
        e.counterparty = voucher->payee;
        e.purpose = QStringLiteral("%1 %2").arg(voucher->number(), voucher->purpose).trimmed();
        e.departmentId = voucher->departmentId;
        e.category = voucher->category; // FIN-01: paid against the line its request committed on
        e.source = QStringLiteral("voucher %1").arg(voucherId);
        return bookInTransaction(m_db, m_clock, actor, e);
    });
}

Result<QList<CashEntry>> CashDesk::entries(const Actor &actor, const QDate &from, const QDate &to) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    return CashJournalRepository(m_db).entries(from, to);
}

Result<CashDay> CashDesk::day(const Actor &actor, const QDate &day) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    CashJournalRepository repo(m_db);
    auto closed = repo.closedDay(day);
    if (!closed)
        return closed.failure();
    if (*closed)
        return **closed;
    auto opening = repo.openingFen(day);
    if (!opening)
        return opening.failure();
    auto list = repo.entries(day, day);
    if (!list)
        return list.failure();
    return CashRules::summarise(day, *opening, *list);
}

Result<QList<CashDay>> CashDesk::closedDays(const Actor &actor, const QDate &from, const QDate &to) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    return CashJournalRepository(m_db).closedDays(from, to);
}

Status CashDesk::closeDay(const Actor &actor, const QDate &day, qint64 countedFen)
{
    if (Status s = requireFinanceRole(actor, FinanceAction::Cash, Role::CashAccountant); !s)
        return s;
    if (!day.isValid())
        return fail(tr("Give the day to close."));
    if (countedFen < 0)
        return fail(tr("The cash counted cannot be negative."));
    if (day > m_clock.nowUtc().toLocalTime().date())
        return fail(tr("%1 has not come yet: a day is closed at its end.").arg(day.toString(Qt::ISODate)));
    return m_db.write([&]() -> Status {
        if (Status open = FinancePeriods::requireOpen(m_db, day); !open)
            return open;
        CashJournalRepository repo(m_db);
        auto closed = repo.closedDay(day);
        if (!closed)
            return closed.failure();
        if (*closed)
            return fail(
                tr("The cash journal of %1 was closed by %2.").arg(day.toString(Qt::ISODate), (*closed)->closedBy));
        auto last = repo.lastClosedDay();
        if (!last)
            return last.failure();
        if (last->isValid() && day < *last)
            return fail(tr("The cash journal is closed up to %1: an earlier day cannot be closed after it.")
                            .arg(last->toString(Qt::ISODate)));
        // The opening of a day is the count of the one before: close them in order.
        auto earlier = repo.openDaysWithEntries(QDate(2000, 1, 1), day.addDays(-1));
        if (!earlier)
            return earlier.failure();
        if (!earlier->isEmpty())
            return fail(tr("Close %1 first: each day opens with what the day before counted.")
                            .arg(earlier->first().toString(Qt::ISODate)));
        auto opening = repo.openingFen(day);
        if (!opening)
            return opening.failure();
        auto list = repo.entries(day, day);
        if (!list)
            return list.failure();
        CashDay d = CashRules::summarise(day, *opening, *list);
        d.countedFen = countedFen;
        if (Status s = repo.close(d, actor.userId, toStoredInstant(m_clock.nowUtc())); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.cash.close"), QStringLiteral("cash_days"), day.toString(Qt::ISODate),
                    {}, dayJson(d));
    });
}

Status CashDesk::review(const Actor &actor, const QDate &day, const QString &note)
{
    if (Status s = requireFinanceRole(actor, FinanceAction::Review, Role::ChiefAccountant); !s)
        return s;
    return m_db.write([&]() -> Status {
        CashJournalRepository repo(m_db);
        auto closed = repo.closedDay(day);
        if (!closed)
            return closed.failure();
        if (!*closed)
            return fail(tr("The cash journal of %1 is not closed yet.").arg(day.toString(Qt::ISODate)));
        const CashDay &d = **closed;
        auto closer = UserRepository(m_db).findById(d.closedByUserId);
        if (!closer)
            return closer.failure();
        const bool samePerson = actor.employeeId != 0 && closer->employeeId == actor.employeeId;
        if (d.closedByUserId == actor.userId || samePerson)
            return fail(tr("You closed this day yourself: cash and books are kept by different people (FIN-02)."));
        if (d.differenceFen() != 0 && note.trimmed().isEmpty())
            return fail(tr("The count differs from the books by %1: say what was found.")
                            .arg(Money::fromFen(d.differenceFen()).toString()));
        auto reviewed = repo.review(day, actor.userId, note.trimmed(), toStoredInstant(m_clock.nowUtc()));
        if (!reviewed)
            return reviewed.failure();
        if (!*reviewed)
            return conflict(tr("%1 was reviewed from another PC meanwhile.").arg(day.toString(Qt::ISODate)));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.cash.review"), QStringLiteral("cash_days"),
                    day.toString(Qt::ISODate), dayJson(d), {{QStringLiteral("note"), note.trimmed()}});
    });
}

} // namespace shopdesk
