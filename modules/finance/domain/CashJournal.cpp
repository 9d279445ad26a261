#include "domain/CashJournal.h"

namespace shopdesk {

QString cashDirectionKey(CashDirection direction)
{
    return direction == CashDirection::Receipt ? QStringLiteral("receipt") : QStringLiteral("payment");
}

std::optional<CashDirection> cashDirectionFromKey(const QString &key)
{
    if (key == u"receipt")
        return CashDirection::Receipt;
    if (key == u"payment")
        return CashDirection::Payment;
    return std::nullopt;
}

QString cashDirectionTitle(CashDirection direction)
{
    return direction == CashDirection::Receipt ? QCoreApplication::translate("CashRules", "Receipt")
                                               : QCoreApplication::translate("CashRules", "Payment");
}

CashDay CashRules::summarise(const QDate &day, qint64 openingFen, const QList<CashEntry> &entries)
{
    CashDay d;
    d.day = day;
    d.openingFen = openingFen;
    for (const CashEntry &e : entries) {
        if (e.day != day)
            continue;
        (e.direction == CashDirection::Receipt ? d.receiptsFen : d.paymentsFen) += e.amountFen;
    }
    return d;
}

QString CashRules::sourceTitle(const QString &source)
{
    const QString kind = source.section(QLatin1Char(' '), 0, 0);
    const QString id = source.section(QLatin1Char(' '), 1);
    if (kind == u"advance")
        return QCoreApplication::translate("CashRules", "Advance %1").arg(id);
    if (kind == u"reimbursement")
        return QCoreApplication::translate("CashRules", "Reimbursement %1").arg(id);
    if (kind == u"voucher")
        return QCoreApplication::translate("CashRules", "Voucher %1").arg(id);
    if (kind == u"group")
        return QCoreApplication::translate("CashRules", "Guide advance %1").arg(source.section(QLatin1Char(' '), 2));
    return source;
}

QString CashRules::entryProblem(const CashEntry &entry)
{
    if (!entry.day.isValid())
        return QCoreApplication::translate("CashRules", "Give the day of the entry.");
    if (entry.amountFen <= 0)
        return QCoreApplication::translate("CashRules",
                                           "The amount must be more than zero; correct a mistake with "
                                           "an entry the other way.");
    if (entry.counterparty.trimmed().isEmpty())
        return QCoreApplication::translate("CashRules", "Say who paid or was paid.");
    if (entry.purpose.trimmed().isEmpty())
        return QCoreApplication::translate("CashRules", "Say what the money was for.");
    return {};
}

} // namespace shopdesk
