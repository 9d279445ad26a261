#include "ConductRules.h"

#include "common/domain/Money.h"

namespace shopdesk {

QString disciplineKindKey(DisciplineKind kind)
{
    switch (kind) {
    case DisciplineKind::Reminder: return QStringLiteral("reminder");
    case DisciplineKind::Warning: return QStringLiteral("warning");
    case DisciplineKind::PublicNotice: return QStringLiteral("public_notice");
    case DisciplineKind::Fine: return QStringLiteral("fine");
    case DisciplineKind::DismissalReview: return QStringLiteral("dismissal_review");
    }
    return {};
}

std::optional<DisciplineKind> disciplineKindFromKey(const QString &key)
{
    for (DisciplineKind k : {DisciplineKind::Reminder, DisciplineKind::Warning, DisciplineKind::PublicNotice,
                             DisciplineKind::Fine, DisciplineKind::DismissalReview})
        if (disciplineKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString disciplineKindTitle(DisciplineKind kind)
{
    switch (kind) {
    case DisciplineKind::Reminder: return ConductRules::tr("Reminder");
    case DisciplineKind::Warning: return ConductRules::tr("Warning");
    case DisciplineKind::PublicNotice: return ConductRules::tr("Public notice");
    case DisciplineKind::Fine: return ConductRules::tr("Fine");
    case DisciplineKind::DismissalReview: return ConductRules::tr("Dismissal review");
    }
    return {};
}

QList<ConductRule> ConductRules::recordable(qint64 proxyPunchFen)
{
    using K = DisciplineKind;
    return {
        {QStringLiteral("HR-03a"), tr("Private use of company computers"), {K::Reminder, K::Fine}, 5000, 10000, {}},
        {QStringLiteral("HR-03b"), tr("Leaking company secrets"), {K::Warning, K::Fine, K::DismissalReview}, 0, 0, {}},
        {QStringLiteral("HR-03c"), tr("Unreachable, causing a loss"), {K::Warning, K::Fine}, 0, 0, {}},
        {QStringLiteral("HR-03d"),
         tr("Misappropriating company funds"),
         {K::Fine, K::DismissalReview},
         100000,
         500000,
         {}},
        {QStringLiteral("HR-03e"), tr("Keeping group payments"), {K::Fine}, 10000, 100000, {}},
        {QStringLiteral("OT-01"),
         tr("Refusing assigned overtime, causing a loss or delay"),
         {K::Reminder, K::Fine, K::DismissalReview},
         0,
         0,
         {}},
        {QStringLiteral("ATT-09"),
         tr("Proxy punching (each party)"),
         {K::Fine},
         proxyPunchFen,
         proxyPunchFen,
         QStringLiteral("proxy_punch"),
         true},
        {QStringLiteral("ABS-01(e)"),
         tr("Refusing a reassignment"),
         {K::Reminder, K::Warning},
         0,
         0,
         QStringLiteral("refused_reassignment")}};
}

std::optional<ConductRule> ConductRules::find(const QString &id, qint64 proxyPunchFen)
{
    for (const ConductRule &r : recordable(proxyPunchFen))
        if (r.id == id)
            return r;
    return std::nullopt;
}

Status ConductRules::check(const ConductRule &rule, DisciplineKind kind, qint64 amountFen)
{
    if (!rule.kinds.contains(kind))
        return fail(tr("Rule %1 does not provide for a %2.").arg(rule.id, disciplineKindTitle(kind).toLower()));
    if (kind != DisciplineKind::Fine) {
        if (amountFen != 0)
            return fail(tr("Only a fine has an amount."));
        return success();
    }
    if (amountFen <= 0)
        return fail(tr("A fine needs an amount."));
    if (rule.maxFen > 0 && (amountFen < rule.minFen || amountFen > rule.maxFen))
        return fail(tr("Rule %1 fines from %2 to %3; %4 is outside that range.")
                        .arg(rule.id, Money::fromFen(rule.minFen).toString(), Money::fromFen(rule.maxFen).toString(),
                             Money::fromFen(amountFen).toString()));
    return success();
}

} // namespace shopdesk
