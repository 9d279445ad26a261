#include "domain/ContractTally.h"

#include <QHash>

#include <algorithm>

namespace shopdesk {

namespace {
void add(QHash<QString, TallyRow> &rows, const QString &key, qint64 valueFen)
{
    TallyRow &row = rows[key];
    row.key = key;
    ++row.count;
    row.valueFen += valueFen;
}

QList<TallyRow> largestFirst(const QHash<QString, TallyRow> &rows)
{
    QList<TallyRow> list = rows.values();
    std::sort(list.begin(), list.end(), [](const TallyRow &a, const TallyRow &b) {
        return a.valueFen != b.valueFen ? a.valueFen > b.valueFen : a.key < b.key;
    });
    return list;
}
} // namespace

ContractTally ContractTally::of(const QList<Contract> &contracts, const QDate &today, int withinDays)
{
    QHash<QString, TallyRow> years, types, parties, statuses;
    ContractTally t;
    for (const Contract &c : contracts) {
        add(years, QString::number(c.signedOn.year()), c.valueFen);
        add(types, c.typeName, c.valueFen);
        add(parties, c.counterparties.section(QLatin1Char('\n'), 0, 0).trimmed(), c.valueFen);
        add(statuses, contractStatusTitle(c.status), c.valueFen);
        if (c.status == ContractStatus::Active && c.endsOn.isValid() && c.endsOn >= today
            && today.daysTo(c.endsOn) <= withinDays)
            t.expiring.append(c);
    }
    t.byYear = years.values();
    std::sort(t.byYear.begin(), t.byYear.end(), [](const TallyRow &a, const TallyRow &b) { return a.key > b.key; });
    t.byType = largestFirst(types);
    t.byParty = largestFirst(parties);
    t.byStatus = largestFirst(statuses);
    std::sort(t.expiring.begin(), t.expiring.end(), [](const Contract &a, const Contract &b) {
        return a.endsOn != b.endsOn ? a.endsOn < b.endsOn : a.number < b.number;
    });
    return t;
}

TallyRow ContractTally::total(const QList<TallyRow> &rows)
{
    TallyRow sum;
    for (const TallyRow &r : rows) {
        sum.count += r.count;
        sum.valueFen += r.valueFen;
    }
    return sum;
}

} // namespace shopdesk
