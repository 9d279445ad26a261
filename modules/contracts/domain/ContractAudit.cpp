#include "domain/ContractAudit.h"

#include <algorithm>

namespace shopdesk {

QString auditMarkKey(AuditMark mark)
{
    switch (mark) {
    case AuditMark::Present: return QStringLiteral("present");
    case AuditMark::Missing: return QStringLiteral("missing");
    case AuditMark::Damaged: return QStringLiteral("damaged");
    case AuditMark::Unchecked: break;
    }
    return {};
}

std::optional<AuditMark> auditMarkFromKey(const QString &key)
{
    for (AuditMark m : {AuditMark::Present, AuditMark::Missing, AuditMark::Damaged})
        if (auditMarkKey(m) == key)
            return m;
    return std::nullopt;
}

QString auditMarkTitle(AuditMark mark)
{
    switch (mark) {
    case AuditMark::Present: return QCoreApplication::translate("AuditMark", "Present");
    case AuditMark::Missing: return QCoreApplication::translate("AuditMark", "Missing");
    case AuditMark::Damaged: return QCoreApplication::translate("AuditMark", "Damaged");
    case AuditMark::Unchecked: break;
    }
    return QCoreApplication::translate("AuditMark", "Not checked");
}

int ContractAuditSession::count(AuditMark mark) const
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [mark](const AuditLine &l) { return l.mark == mark; }));
}

QString AuditRules::markProblem(AuditMark mark)
{
    if (mark == AuditMark::Unchecked)
        return QCoreApplication::translate("AuditRules", "Mark it present, missing or damaged.");
    return {};
}

QStringList AuditRules::closeProblems(const ContractAuditSession &s)
{
    QStringList problems;
    if (s.closed())
        return {QCoreApplication::translate("AuditRules", "The audit of %1 is already closed.").arg(s.archiveName)};
    // An original out on loan is accounted for by its loan (CON-05), not by a mark.
    const int unchecked = int(std::count_if(s.lines.cbegin(), s.lines.cend(), [](const AuditLine &l) {
        return l.mark == AuditMark::Unchecked && l.originalOutWith.isEmpty();
    }));
    if (unchecked > 0)
        problems << QCoreApplication::translate("AuditRules", "%n contract(s) not yet checked.", nullptr, unchecked);
    for (const AuditLine &l : s.lines) {
        if (l.mark != AuditMark::Missing && l.mark != AuditMark::Damaged)
            continue;
        if (l.note.trimmed().isEmpty())
            problems << QCoreApplication::translate("AuditRules",
                                                    "%1 is %2: write what the investigation found (CON-02).")
                            .arg(l.number, auditMarkTitle(l.mark).toLower());
        if (l.responsibleEmployeeId == 0)
            problems << QCoreApplication::translate("AuditRules",
                                                    "%1 is %2: name the person held responsible (CON-02).")
                            .arg(l.number, auditMarkTitle(l.mark).toLower());
    }
    return problems;
}

QDate AuditRules::nextDue(const QDate &lastClosedOn)
{
    return lastClosedOn.isValid() ? lastClosedOn.addMonths(kMonthsBetween) : QDate();
}

} // namespace shopdesk
