#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace shopdesk {

class Database;

// What a department actually spent on a budget category, month by month (FIN-01): the cash
// journal's payments with that department and category, less advances returned unspent.
class BudgetUseRepository
{
public:
    explicit BudgetUseRepository(Database &db) : m_db(db) {}
    // Twelve amounts, January first.
    Result<QList<qint64>> spentByMonth(int year, qint64 departmentId, const QString &category) const;

private:
    Database &m_db;
};

} // namespace shopdesk
