#include "AllowanceDesk.h"

#include "FinanceActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "data/AllowanceRepository.h"
#include "database/data/Database.h"
#include "domain/AllowanceBillList.h"
#include "imports/XlsxSheet.h"
#include "ledgers/FinancePeriods.h"
#include "ledgers/data/PayrollLineRepository.h"

namespace shopdesk {

namespace {
QString monthText(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QJsonObject ruleJson(const AllowanceRule &r)
{
    return {{QStringLiteral("position"), r.position.trimmed()},
            {QStringLiteral("phone_cap_fen"), r.phoneCapFen ? QJsonValue(*r.phoneCapFen) : QJsonValue()},
            {QStringLiteral("meal_per_day_fen"), r.mealPerDayFen},
            {QStringLiteral("meal_days"), r.mealDays}};
}
} // namespace

Result<QList<AllowanceRule>> AllowanceDesk::rules(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    return AllowanceRepository(m_db).rules();
}

Status AllowanceDesk::saveRule(const Actor &actor, const AllowanceRule &rule)
{
    if (Status s = Permissions::require(actor, FinanceAction::Allowances); !s)
        return s;
    if (const QString problem = AllowanceRules::ruleProblem(rule); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Status {
        auto rules = AllowanceRepository(m_db).rules();
        if (!rules)
            return rules.failure();
        QJsonObject before;
        for (const AllowanceRule &r : *rules)
            if (r.position == rule.position.trimmed())
                before = ruleJson(r);
        auto saved = AllowanceRepository(m_db).saveRule(rule);
        if (!saved)
            return saved.failure();
        if (!*saved)
            return conflict(
                tr("The rule for %1 was changed from another PC meanwhile: reload it.").arg(rule.position.trimmed()));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.allowance.rule"), QStringLiteral("allowance_rules"),
                    rule.position.trimmed(), before, ruleJson(rule));
    });
}

Status AllowanceDesk::enterBill(const Actor &actor, const QDate &month, qint64 employeeId, qint64 billFen)
{
    if (Status s = Permissions::require(actor, FinanceAction::Allowances); !s)
        return s;
    return m_db.write([&]() -> Status { return enterBillInTransaction(actor, month, employeeId, billFen); });
}

Status AllowanceDesk::enterBillInTransaction(const Actor &actor, const QDate &month, qint64 employeeId, qint64 billFen)
{
    if (billFen < 0)
        return fail(tr("A phone bill cannot be negative."));
    if (Status open = requireUnposted(
            month, tr("The allowance sheet of %1 is posted; a later bill goes on next month's.").arg(monthText(month)));
        !open)
        return open;
    AllowanceRepository repo(m_db);
    auto replaced = repo.bill(month, employeeId);
    if (!replaced)
        return replaced.failure();
    const QJsonObject before = *replaced ? QJsonObject{{QStringLiteral("phone_bill_fen"), **replaced}} : QJsonObject();
    if (Status s = repo.setBill(month, employeeId, billFen, actor.userId, toStoredInstant(m_clock.nowUtc())); !s)
        return s;
    return AuditTrail(m_db, m_clock)
        .record(actor, QStringLiteral("finance.allowance.bill"), QStringLiteral("allowance_bills"),
                QStringLiteral("%1 %2").arg(monthText(month)).arg(employeeId), before,
                {{QStringLiteral("phone_bill_fen"), billFen}});
}

Result<AllowanceBillImportPreview> AllowanceDesk::previewBills(const Actor &actor, const QDate &month,
                                                               const QByteArray &bytes, const QString &fileName) const
{
    if (Status s = Permissions::require(actor, FinanceAction::Allowances); !s)
        return s.failure();
    auto records = XlsxSheet::readWorkbookOrCsv(bytes, fileName);
    if (!records)
        return records.failure();
    auto list = AllowanceBillRows::read(*records);
    if (!list)
        return fail(tr("%1: %2").arg(fileName, list.error()));
    auto people = sheet(actor, month);
    if (!people)
        return people.failure();
    QHash<QString, AllowanceLine> byStaffNo;
    QMultiHash<QString, AllowanceLine> byName;
    for (const AllowanceLine &l : *people) {
        byStaffNo.insert(l.staffNo, l);
        byName.insert(l.name, l);
    }
    AllowanceBillImportPreview p;
    p.fileName = fileName;
    p.month = month;
    p.rowsRead = list->rowsRead;
    p.problems = list->problems;
    QHash<qint64, int> matchedOn; // employee -> the line that named them first
    for (const AllowanceBillRow &row : list->rows) {
        std::optional<AllowanceLine> person;
        if (!row.staffNo.isEmpty()) {
            if (byStaffNo.contains(row.staffNo))
                person = byStaffNo.value(row.staffNo);
            else
                p.problems.append({row.line, tr("staff number"), row.staffNo,
                                   tr("nobody of this number is on the %1 sheet (in service, with a rule for "
                                      "the position)")
                                       .arg(monthText(month))});
        } else if (const QList<AllowanceLine> named = byName.values(row.name); named.size() == 1) {
            person = named.first();
        } else {
            p.problems.append({row.line, tr("name"), row.name,
                               named.isEmpty()
                                   ? tr("nobody of this name is on the %1 sheet").arg(monthText(month))
                                   : tr("%1 people have this name: give the staff number").arg(named.size())});
        }
        if (!person)
            continue;
        if (matchedOn.contains(person->employeeId)) { // once by number, once by name
            p.problems.append({row.line, tr("name"), person->name,
                               tr("the same person as on line %1").arg(matchedOn.value(person->employeeId))});
            continue;
        }
        matchedOn.insert(person->employeeId, row.line);
        if (person->phoneBillFen == row.billFen)
            ++p.unchanged;
        else
            p.changes.append({row.line, *person, row.billFen});
    }
    return p;
}

Result<int> AllowanceDesk::importBills(const Actor &actor, const AllowanceBillImportPreview &preview)
{
    if (Status s = Permissions::require(actor, FinanceAction::Allowances); !s)
        return s.failure();
    return m_db.write([&]() -> Result<int> {
        AllowanceRepository repo(m_db);
        for (const AllowanceBillChange &c : preview.changes) {
            // A bill entered from another PC since the preview: the file is not the last word.
            auto now = repo.bill(preview.month, c.person.employeeId);
            if (!now)
                return now.failure();
            if (*now != c.person.phoneBillFen)
                return conflict(tr("%1's bill for %2 was entered from another PC meanwhile: preview the file again.")
                                    .arg(c.person.name, monthText(preview.month)));
            if (Status s = enterBillInTransaction(actor, preview.month, c.person.employeeId, c.billFen); !s)
                return s.failure();
        }
        return int(preview.changes.size());
    });
}

QStringList AllowanceBillImportPreview::summary() const
{
    return {AllowanceDesk::tr("%1, the %2 sheet: rows read: %3.")
                .arg(fileName, month.toString(QStringLiteral("yyyy-MM")))
                .arg(rowsRead),
            AllowanceDesk::tr("Bills to enter or change: %1; as the file has them already: %2.")
                .arg(changes.size())
                .arg(unchanged),
            AllowanceDesk::tr("Rows that cannot be taken: %1.").arg(problems.size())};
}

Status AllowanceDesk::requireUnposted(const QDate &month, const QString &ifPosted) const
{
    // RULE FIN-03, FIN-10: a closed month takes nothing, and a posted sheet is paid as it stands.
    if (Status open = FinancePeriods::requireOpen(m_db, month); !open)
        return open;
    auto posted = AllowanceRepository(m_db).isPosted(month);
    if (!posted)
        return posted.failure();
    return *posted ? fail(ifPosted) : success();
}

Result<QList<AllowanceLine>> AllowanceDesk::sheet(const Actor &actor, const QDate &month) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    AllowanceRepository repo(m_db);
    auto people = repo.people(month);
    if (!people)
        return people.failure();
    auto rules = repo.rules();
    if (!rules)
        return rules.failure();
    return AllowanceRules::sheet(*people, *rules);
}

Result<bool> AllowanceDesk::isPosted(const Actor &actor, const QDate &month) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    return AllowanceRepository(m_db).isPosted(month);
}

Status AllowanceDesk::post(const Actor &actor, const QDate &month)
{
    if (Status s = Permissions::require(actor, FinanceAction::Allowances); !s)
        return s;
    return m_db.write([&]() -> Status {
        if (Status open =
                requireUnposted(month, tr("The allowance sheet of %1 is already posted.").arg(monthText(month)));
            !open)
            return open;
        AllowanceRepository repo(m_db);
        auto people = repo.people(month);
        if (!people)
            return people.failure();
        auto rules = repo.rules();
        if (!rules)
            return rules.failure();
        const QList<AllowanceLine> lines = AllowanceRules::sheet(*people, *rules);
        const QString at = toStoredInstant(m_clock.nowUtc());
        PayrollLineRepository payroll(m_db);
        for (const AllowanceLine &l : lines) {
            if (l.totalFen() == 0)
                continue;
            PayrollLine p;
            p.month = month;
            p.employeeId = l.employeeId;
            p.kind = QStringLiteral("allowance");
            p.amountFen = l.totalFen();
            p.source = QStringLiteral("allowances %1").arg(monthText(month));
            p.note = tr("phone %1 + meals %2")
                         .arg(Money::fromFen(l.phoneFen).toPlainString(), Money::fromFen(l.mealFen).toPlainString());
            if (Status s = payroll.add(p, at); !s)
                return s;
        }
        const qint64 total = AllowanceRules::totalFen(lines);
        if (Status s = repo.markPosted(month, total, actor.userId, at); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.allowance.post"), QStringLiteral("allowance_sheets"),
                    monthText(month), {},
                    {{QStringLiteral("total_fen"), total}, {QStringLiteral("lines"), int(lines.size())}});
    });
}

} // namespace shopdesk
