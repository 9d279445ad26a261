#pragma once

#include "domain/Expense.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk {

// RULE FIN-03: what the month's close looks at before it locks the month for money entries.
struct MonthCloseCheck
{
    QDate month; // its first day
    QList<QDate> openCashDays; // days with cash entries not closed by the cash accountant
    QList<QDate> unreviewedCashDays; // closed, not yet reviewed by the chief accountant (FIN-02)
    QStringList unpaidVouchers; // vouchers issued up to the month's end, not paid nor refused
    QList<Advance> outstandingAdvances; // listed on the close, not blocking
    bool alreadyClosed = false;

    // Translated reasons the month cannot close yet; empty when it can.
    QStringList blockers() const;
};

// RULE FIN-03: the month's summary for publication: receipts and payments by category and by
// department, and each budget line against what was spent on it.
struct MonthSummaryRow
{
    QString group; // "category" or "department"
    QString name;
    qint64 receiptsFen = 0;
    qint64 paymentsFen = 0;
};

} // namespace shopdesk
