#include "domain/Contract.h"

#include <QRegularExpression>

namespace shopdesk {

QString contractStatusKey(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Active: return QStringLiteral("active");
    case ContractStatus::Completed: return QStringLiteral("completed");
    case ContractStatus::Terminated: return QStringLiteral("terminated");
    }
    return {};
}

std::optional<ContractStatus> contractStatusFromKey(const QString &key)
{
    for (ContractStatus s : {ContractStatus::Active, ContractStatus::Completed, ContractStatus::Terminated})
        if (contractStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString contractStatusTitle(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Active: return QCoreApplication::translate("ContractStatus", "In force");
    case ContractStatus::Completed: return QCoreApplication::translate("ContractStatus", "Completed");
    case ContractStatus::Terminated: return QCoreApplication::translate("ContractStatus", "Terminated");
    }
    return {};
}

QString ContractRules::number(int year, const QString &typeCode, int serial)
{
    return QStringLiteral("%1-%2-%3").arg(year).arg(typeCode).arg(serial, 4, 10, QLatin1Char('0'));
}

QString ContractRules::place(const Contract &c)
{
    QStringList parts;
    for (const QString &part : {c.cabinet.trimmed(), c.shelf.trimmed(), c.box.trimmed()})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QStringLiteral(" / "));
}

QString ContractRules::boxCode(const Contract &c)
{
    return QStringLiteral("BOX ") + place(c);
}

bool ContractRules::isBoxCode(const QString &scanned)
{
    return scanned.trimmed().startsWith(QLatin1String("BOX "), Qt::CaseInsensitive);
}

QString ContractRules::typeCodeProblem(const QString &code)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Z][A-Z0-9]{1,5}$"));
    if (!valid.match(code).hasMatch())
        return QCoreApplication::translate("ContractRules",
                                           "A type code is 2 to 6 capital letters or digits, starting with a "
                                           "letter (CG, XS2); \"%1\" is not.")
            .arg(code);
    return {};
}

QString ContractRules::contractProblem(const Contract &c)
{
    if (c.typeId == 0)
        return QCoreApplication::translate("ContractRules", "Choose the contract's type.");
    if (c.archiveId == 0)
        return QCoreApplication::translate("ContractRules", "Choose the archive that keeps the original.");
    if (c.title.trimmed().isEmpty())
        return QCoreApplication::translate("ContractRules", "Give the contract's title.");
    if (c.counterparties.trimmed().isEmpty())
        return QCoreApplication::translate("ContractRules", "Name the other party.");
    if (!c.signedOn.isValid())
        return QCoreApplication::translate("ContractRules", "Give the day it was signed.");
    if (!c.startsOn.isValid())
        return QCoreApplication::translate("ContractRules", "Give the day it starts.");
    if (c.endsOn.isValid() && c.endsOn < c.startsOn)
        return QCoreApplication::translate("ContractRules", "It ends (%1) before it starts (%2).")
            .arg(c.endsOn.toString(Qt::ISODate), c.startsOn.toString(Qt::ISODate));
    if (c.valueFen < 0)
        return QCoreApplication::translate("ContractRules", "The contract value cannot be negative.");
    return {};
}

} // namespace shopdesk
