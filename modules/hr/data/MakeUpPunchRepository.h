#pragma once

#include "common/Result.h"

#include <QString>

namespace shopdesk {

class Database;

// The make-up punches asked for (ATT-12), beside their approval requests.
class MakeUpPunchRepository
{
public:
    explicit MakeUpPunchRepository(Database &db) : m_db(db) {}

    // Make-up punches of the person in [from, to) (wall-clock seconds) whose request waits for
    // approval or was approved.
    Result<int> countHeld(qint64 employeeId, qint64 from, qint64 to) const;
    // Inside Database::write.
    Status add(qint64 requestId, qint64 employeeId, qint64 at, const QString &reason);

private:
    Database &m_db;
};

} // namespace shopdesk
