#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace shopdesk {

class Database;

// What a department actually spent on a budget category, month by month (FIN-01): the cash
// journal's payments with that department and category, less advances returned unspent, and
// the payment vouchers of that department and category paid by bank transfer.
class BudgetUseRepository
{
public:
    explicit BudgetUseRepository(Database &db) : m_db(db) {}
    using Line = QPair<qint64, QString>; // department, category
    // Twelve amounts, January first.
    Result<QList<qint64>> spentByMonth(int year, qint64 departmentId, const QString &category) const;
    // The same for every department and category paid on in the year, in one query.
    Result<QHash<Line, QList<qint64>>> spentByLine(int year) const;

private:
    Result<QHash<Line, QList<qint64>>> spent(int year, qint64 departmentId, const QString &category) const;
    Database &m_db;
};

} // namespace shopdesk
