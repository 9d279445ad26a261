#pragma once

#include "common/Result.h"
#include "domain/Requisition.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE SUP-05, SUP-06: departments take their supplies from stock with a requisition signed by
// the department's custodian; the supplies office fills signed requisitions from stock (issues
// booked in the stock ledger to the department, with the requisition's number).
class Requisitions
{
    Q_DECLARE_TR_FUNCTIONS(Requisitions)
public:
    Requisitions(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<Custodian>> custodians(const Actor &actor) const;
    // RULE SUP-06: the supplies office names a department's custodian (a user of the program).
    Status nameCustodian(const Actor &actor, qint64 departmentId, qint64 userId);
    // Users who can be named: id and name.
    Result<QList<QPair<qint64, QString>>> people(const Actor &actor) const;

    // A requisition for the department; signed at once when its custodian files it.
    Result<qint64> request(const Actor &actor, qint64 departmentId, const QString &reason,
                           const QList<RequisitionLine> &lines);
    // RULE SUP-06: the department's custodian signs.
    Status sign(const Actor &actor, qint64 requisitionId);
    // Fills a signed requisition from stock: each line what was asked, at most what is on hand.
    // Returns the units issued; refused when nothing of it is on hand.
    Result<qint64> fill(const Actor &actor, qint64 requisitionId);
    Result<QList<Requisition>> requisitions(const Actor &actor) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
