#pragma once

#include "common/Result.h"
#include "domain/Shift.h"

#include <QHash>

namespace shopdesk {

class Database;

// Shift definitions (ATT-01) and each employee's default shift.
class ShiftRepository
{
public:
    explicit ShiftRepository(Database &db) : m_db(db) {}

    Result<QList<Shift>> shifts() const;
    // Employee id -> shift id, for those who have one other than the administrative shift.
    Result<QHash<qint64, qint64>> defaultShifts() const;
    // Inside Database::write.
    Status setDefaultShift(qint64 employeeId, qint64 shiftId);

private:
    Database &m_db;
};

} // namespace shopdesk
