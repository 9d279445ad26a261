#pragma once

#include "domain/Contract.h"

#include <QList>

namespace shopdesk {

// RULE CON-03: contracts counted and valued by one key (a year, a type, a party, a status).
struct TallyRow
{
    QString key;
    int count = 0;
    qint64 valueFen = 0;
};

// RULE CON-03: the statistics lists, compiled from the records themselves: by signing year, type,
// other party (the first named) and status, each sorted by value, largest first (years newest
// first); and the contracts in force that end within 90 days of `today`, the soonest first.
struct ContractTally
{
    QList<TallyRow> byYear, byType, byParty, byStatus;
    QList<Contract> expiring;

    static ContractTally of(const QList<Contract> &contracts, const QDate &today, int withinDays = 90);
    static TallyRow total(const QList<TallyRow> &rows); // the sum of the rows
};

} // namespace shopdesk
