#pragma once

#include "common/Result.h"
#include "domain/Allowance.h"

#include <QDate>

#include <optional>

namespace shopdesk {

class Database;

// Allowance rules per position, the month's phone bills, and posted sheets (FIN-10).
class AllowanceRepository
{
public:
    explicit AllowanceRepository(Database &db) : m_db(db) {}

    Result<QList<AllowanceRule>> rules() const;
    // Employees in service during the month (hired by its end, not gone before its start), with
    // their position and the bill entered for the month.
    Result<QList<AllowanceInput>> people(const QDate &month) const;
    Result<bool> isPosted(const QDate &month) const;
    // The phone bill entered for one employee's month; nullopt when none is.
    Result<std::optional<qint64>> bill(const QDate &month, qint64 employeeId) const;
    // Inside Database::write. False when the rule was changed from another PC meanwhile.
    Result<bool> saveRule(const AllowanceRule &rule);
    Status setBill(const QDate &month, qint64 employeeId, qint64 billFen, qint64 userId, const QString &at);
    Status markPosted(const QDate &month, qint64 totalFen, qint64 userId, const QString &at);

private:
    Database &m_db;
};

} // namespace shopdesk
