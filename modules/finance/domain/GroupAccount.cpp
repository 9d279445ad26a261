#include "domain/GroupAccount.h"

#include "common/domain/Money.h"

#include <algorithm>

namespace shopdesk {

QString groupKindKey(GroupKind kind)
{
    return kind == GroupKind::Group ? QStringLiteral("group") : QStringLiteral("individual");
}

std::optional<GroupKind> groupKindFromKey(const QString &key)
{
    if (key == u"group")
        return GroupKind::Group;
    if (key == u"individual")
        return GroupKind::Individual;
    return std::nullopt;
}

QString groupKindTitle(GroupKind kind)
{
    return kind == GroupKind::Group ? QCoreApplication::translate("GroupRules", "Group")
                                    : QCoreApplication::translate("GroupRules", "Individual customer");
}

QString groupDocumentKey(GroupDocument document)
{
    switch (document) {
    case GroupDocument::Contract: return QStringLiteral("contract");
    case GroupDocument::ExpenseConfirmation: return QStringLiteral("expense_confirmation");
    case GroupDocument::ItemizedList: return QStringLiteral("itemized_list");
    }
    return {};
}

std::optional<GroupDocument> groupDocumentFromKey(const QString &key)
{
    for (GroupDocument d : {GroupDocument::Contract, GroupDocument::ExpenseConfirmation, GroupDocument::ItemizedList})
        if (groupDocumentKey(d) == key)
            return d;
    return std::nullopt;
}

QString groupDocumentTitle(GroupDocument document)
{
    switch (document) {
    case GroupDocument::Contract: return QCoreApplication::translate("GroupRules", "Contract");
    case GroupDocument::ExpenseConfirmation: return QCoreApplication::translate("GroupRules", "Expense confirmation");
    case GroupDocument::ItemizedList: return QCoreApplication::translate("GroupRules", "Itemized expense list");
    }
    return {};
}

qint64 GroupRules::dueBeforeDepartureFen(const GroupAccount &a)
{
    if (a.kind == GroupKind::Individual)
        return a.contractValueFen;
    return (a.contractValueFen * 80 + 99) / 100; // 80%, rounded up to the fen
}

QDate GroupRules::balanceDueOn(const GroupAccount &a)
{
    return a.kind == GroupKind::Individual ? a.departureOn : a.returnOn.addDays(3);
}

int GroupRules::daysOverdue(const GroupAccount &a, const QDate &today)
{
    if (a.outstandingFen() <= 0 || !balanceDueOn(a).isValid())
        return 0;
    return std::max(0, int(balanceDueOn(a).daysTo(today)));
}

QString GroupRules::departureProblem(const GroupAccount &a)
{
    const qint64 due = dueBeforeDepartureFen(a);
    if (a.receivedFen >= due || a.departureOverridden)
        return {};
    return QCoreApplication::translate("GroupRules",
                                       "%1 has paid %2 of the %3 due before departure (%4): it does not depart "
                                       "unless the general manager allows it (FIN-07).")
        .arg(a.name, Money::fromFen(a.receivedFen).toString(), Money::fromFen(due).toString(),
             a.kind == GroupKind::Group ? QCoreApplication::translate("GroupRules", "80% for a group")
                                        : QCoreApplication::translate("GroupRules", "all of it for an individual"));
}

QString GroupRules::departureRecordProblem(const GroupAccount &a, const QDate &day, const QDate &today)
{
    if (a.settled)
        return QCoreApplication::translate("GroupRules", "%1 is settled.").arg(a.name);
    if (a.departed())
        return QCoreApplication::translate("GroupRules", "%1 left on %2.")
            .arg(a.name, a.departedOn.toString(Qt::ISODate));
    if (!day.isValid() || day > today)
        return QCoreApplication::translate("GroupRules",
                                           "A departure is recorded once the group has left, not "
                                           "before.");
    if (day < a.signedOn)
        return QCoreApplication::translate("GroupRules", "%1 was signed on %2: it cannot have left before that.")
            .arg(a.name, a.signedOn.toString(Qt::ISODate));
    return departureProblem(a);
}

QString GroupRules::budgetLineProblem(const GroupAccount &a, const GroupBudgetLine &line)
{
    if (a.settled)
        return QCoreApplication::translate("GroupRules", "%1 is settled.").arg(a.name);
    if (line.item.trimmed().isEmpty())
        return QCoreApplication::translate("GroupRules", "Say what the budget line is for (coach, hotel, meals...).");
    if (line.amountFen <= 0)
        return QCoreApplication::translate("GroupRules", "A budget line must be more than zero.");
    return {};
}

QString GroupRules::budgetRemovalProblem(const GroupAccount &a, qint64 amountFen)
{
    if (a.settled)
        return QCoreApplication::translate("GroupRules", "%1 is settled.").arg(a.name);
    if (a.budgetSheetFen - amountFen < a.advancedFen)
        return QCoreApplication::translate("GroupRules",
                                           "The guide of %1 has been lent %2: the budget sheet cannot fall below it "
                                           "(FIN-06).")
            .arg(a.name, Money::fromFen(a.advancedFen).toString());
    return {};
}

bool GroupRules::receiptLate(const GroupAccount &a, const QDate &today, int days)
{
    return a.receivedFen == 0 && a.signedOn.isValid() && a.signedOn.daysTo(today) > days && !a.settled;
}

QString GroupRules::advanceProblem(const GroupAccount &a, qint64 amountFen)
{
    if (amountFen <= 0)
        return QCoreApplication::translate("GroupRules", "The advance must be more than zero.");
    if (a.settled)
        return QCoreApplication::translate("GroupRules", "%1 is settled.").arg(a.name);
    if (a.advancedFen + amountFen > a.budgetSheetFen)
        return QCoreApplication::translate("GroupRules",
                                           "The budget sheet of %1 allows %2 and %3 is already lent: at most %4 more "
                                           "(FIN-06).")
            .arg(a.name, Money::fromFen(a.budgetSheetFen).toString(), Money::fromFen(a.advancedFen).toString(),
                 Money::fromFen(std::max<qint64>(0, a.budgetSheetFen - a.advancedFen)).toString());
    return {};
}

qint64 GroupRules::frontedFen(const GroupAccount &a, qint64 amountFen)
{
    const qint64 covered = std::max<qint64>(0, a.receivedFen - a.advancedFen);
    return std::max<qint64>(0, amountFen - covered);
}

QString GroupRules::settlementProblem(const GroupAccount &a)
{
    if (a.settled)
        return QCoreApplication::translate("GroupRules", "%1 is already settled.").arg(a.name);
    QStringList missing;
    for (GroupDocument d : {GroupDocument::Contract, GroupDocument::ExpenseConfirmation, GroupDocument::ItemizedList})
        if (!a.documents.contains(d))
            missing << groupDocumentTitle(d);
    if (!missing.isEmpty())
        return QCoreApplication::translate("GroupRules", "%1 cannot be settled without: %2 (FIN-08).")
            .arg(a.name, missing.join(QCoreApplication::translate("GroupRules", ", ")));
    return {};
}

QString GroupRules::accountProblem(const GroupAccount &a)
{
    if (a.name.trimmed().isEmpty())
        return QCoreApplication::translate("GroupRules", "Name the group or customer.");
    if (a.contractValueFen <= 0)
        return QCoreApplication::translate("GroupRules", "The contract value must be more than zero.");
    if (!a.signedOn.isValid() || !a.departureOn.isValid() || !a.returnOn.isValid())
        return QCoreApplication::translate("GroupRules", "Give the signing, departure and return dates.");
    if (a.returnOn < a.departureOn)
        return QCoreApplication::translate("GroupRules", "The return is before the departure.");
    return {};
}

} // namespace shopdesk
