#include "domain/MonthClose.h"

namespace shopdesk {

QStringList MonthCloseCheck::blockers() const
{
    QStringList reasons;
    const QString monthText = month.toString(QStringLiteral("yyyy-MM"));
    if (alreadyClosed)
        reasons << QCoreApplication::translate("MonthClose", "%1 is already closed.").arg(monthText);
    if (!openCashDays.isEmpty()) {
        QStringList days;
        for (const QDate &d : openCashDays)
            days << d.toString(Qt::ISODate);
        reasons << QCoreApplication::translate("MonthClose", "The cash journal is not closed on %1.")
                       .arg(days.join(QStringLiteral(", ")));
    }
    if (!unreviewedCashDays.isEmpty()) {
        QStringList days;
        for (const QDate &d : unreviewedCashDays)
            days << d.toString(Qt::ISODate);
        reasons << QCoreApplication::translate("MonthClose", "The chief accountant has not reviewed %1.")
                       .arg(days.join(QStringLiteral(", ")));
    }
    if (!unpaidVouchers.isEmpty())
        reasons << QCoreApplication::translate("MonthClose", "Payment vouchers wait for signatures or payment: %1.")
                       .arg(unpaidVouchers.join(QStringLiteral(", ")));
    return reasons;
}

} // namespace shopdesk
