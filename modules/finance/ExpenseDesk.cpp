#include "ExpenseDesk.h"

#include "CashDesk.h"
#include "FinanceActions.h"
#include "FinanceRoles.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "data/ExpenseRepository.h"
#include "database/data/Database.h"
#include "ledgers/Budgets.h"
#include "ledgers/FinancePeriods.h"
#include "organisation/data/OrgRepository.h"
#include "settings/data/SettingsStore.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace shopdesk {

namespace {
QJsonObject requestJson(const ExpenseRequest &r)
{
    return {{QStringLiteral("department_id"), r.departmentId},
            {QStringLiteral("category"), r.category.trimmed()},
            {QStringLiteral("purpose"), r.purpose.trimmed()},
            {QStringLiteral("amount_fen"), r.amountFen},
            {QStringLiteral("business_expense"), r.businessExpense},
            {QStringLiteral("needed_on"), r.neededOn.toString(Qt::ISODate)}};
}
} // namespace

const ApprovalType &ExpenseDesk::requestType()
{
    static const ApprovalType type{
        TypeId,
        QT_TRANSLATE_NOOP("ApprovalType", "Expense request"),
        // RULE FIN-04: every office expense needs the general manager's signature, after the
        // department head; FIN-01's "over budget" is then the GM's explicit consent (the figure
        // shows in the inbox).
        [](const QJsonObject &) {
            return QList<ApproverKind>{ApproverKind::DepartmentHead, ApproverKind::GeneralManager};
        },
        {},
        [](const ApprovalRequest &r) {
            const qint64 fen = r.figures.value(QStringLiteral("amount_fen")).toInteger();
            QString text =
                tr("%1: %2 for %3")
                    .arg(r.payload.value(QStringLiteral("category")).toString(), Money::fromFen(fen).toString(),
                         r.payload.value(QStringLiteral("purpose")).toString());
            if (r.figures.value(QStringLiteral("business_expense")).toBool())
                text += tr("; a business expense: approve before the money is spent (FIN-09)");
            if (Budgets::overBudget(r.figures))
                text += tr("; over its budget line: approving consents to exceeding the budget (FIN-01)");
            return text;
        }};
    return type;
}

Result<qint64> ExpenseDesk::request(const Actor &actor, const ExpenseRequest &typed)
{
    if (Status s = Permissions::require(actor, FinanceAction::RequestExpense); !s)
        return s.failure();
    ExpenseRequest r = typed;
    r.requesterUserId = actor.userId;
    // RULE FIN-09: the category decides; ticking the box can only add a request to them.
    r.businessExpense = r.businessExpense || priorApprovalCategories().contains(r.category.trimmed());
    // The request follows the requester's chart, so it is for the requester's own department.
    if (const qint64 own = departmentOf(actor); own != 0 && r.departmentId != own)
        return fail(tr("A request is for your own department, whose head approves it."));
    if (const QString problem = ExpenseRules::requestProblem(r); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Result<qint64> {
        Budgets budgets(m_db, m_clock);
        auto check = budgets.check(r.neededOn.year(), r.departmentId, r.category.trimmed(), r.amountFen);
        if (!check)
            return check.failure();
        auto id = ExpenseRepository(m_db).addRequest(r, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        NewApproval a;
        a.type = TypeId;
        a.subjectModule = QStringLiteral("finance");
        a.subjectId = QString::number(*id);
        a.title = tr("Expense %1: %2").arg(ExpenseRequest::numberOf(*id), r.purpose.trimmed());
        a.figures = {{QStringLiteral("amount_fen"), r.amountFen},
                     {QStringLiteral("business_expense"), r.businessExpense}};
        Budgets::addFigures(a.figures, *check);
        a.payload = requestJson(r);
        auto approval = Approvals(m_db, m_clock).submitInTransaction(actor, a);
        if (!approval)
            return approval.failure();
        if (Status s = ExpenseRepository(m_db).setApproval(*id, *approval); !s)
            return s.failure();
        if (Status s = budgets.commit(actor, *check, QStringLiteral("finance"), QString::number(*id), *approval); !s)
            return s.failure();
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("finance.expense.request"), QStringLiteral("expense_requests"),
                                   QString::number(*id), {}, requestJson(r));
            !s)
            return s.failure();
        return id;
    });
}

Result<QList<ExpenseRequest>> ExpenseDesk::requests(const Actor &actor) const
{
    const bool finance = Permissions::can(actor, FinanceAction::View);
    if (!finance && !Permissions::can(actor, FinanceAction::RequestExpense))
        return fail(Permissions::refusal(FinanceAction::View));
    return ExpenseRepository(m_db).requests(finance ? 0 : actor.userId, 1000);
}

Result<ExpenseRequest> ExpenseDesk::existing(qint64 requestId) const
{
    auto found = ExpenseRepository(m_db).request(requestId);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("Expense request %1 does not exist.").arg(ExpenseRequest::numberOf(requestId)));
    return **found;
}

Result<ExpenseRequest> ExpenseDesk::find(const Actor &actor, qint64 requestId) const
{
    auto found = existing(requestId);
    if (!found)
        return found;
    if (found->requesterUserId != actor.userId && !Permissions::can(actor, FinanceAction::View))
        return fail(Permissions::refusal(FinanceAction::View));
    return found;
}

Result<QList<ExpenseInvoice>> ExpenseDesk::invoices(const Actor &actor, qint64 requestId) const
{
    auto request = find(actor, requestId);
    if (!request)
        return request.failure();
    return ExpenseRepository(m_db).invoices(requestId);
}

Result<ExpenseInvoice> ExpenseDesk::invoice(const Actor &actor, qint64 requestId, int line) const
{
    auto request = find(actor, requestId);
    if (!request)
        return request.failure();
    auto found = ExpenseRepository(m_db).invoice(requestId, line);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("%1 has no invoice %2.").arg(ExpenseRequest::numberOf(requestId)).arg(line));
    return **found;
}

Result<qint64> ExpenseDesk::lend(const Actor &actor, qint64 requestId, qint64 amountFen, const QString &iouReference,
                                 const QDate &lentOn)
{
    if (Status s = requireFinanceRole(actor, FinanceAction::Cash, Role::CashAccountant); !s)
        return s.failure();
    if (!lentOn.isValid())
        return fail(tr("Give the day the cash is lent."));
    return m_db.write([&]() -> Result<qint64> {
        ExpenseRepository repo(m_db);
        auto found = existing(requestId);
        if (!found)
            return found.failure();
        const ExpenseRequest &r = *found;
        if (const QString problem = ExpenseRules::advanceProblem(r, amountFen, iouReference); !problem.isEmpty())
            return fail(problem);
        Advance a;
        a.expenseRequestId = r.id;
        a.borrowerUserId = r.requesterUserId;
        a.amountFen = amountFen;
        a.lentOn = lentOn;
        a.iouReference = iouReference.trimmed();
        CashEntry cash;
        cash.day = lentOn;
        cash.direction = CashDirection::Payment;
        cash.amountFen = amountFen;
        cash.counterparty = r.requesterName;
        cash.purpose = tr("Advance on %1 (IOU %2)").arg(r.number(), a.iouReference);
        cash.category = r.category;
        cash.departmentId = r.departmentId;
        auto id = repo.addAdvance(a, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        cash.source = QStringLiteral("advance %1").arg(*id);
        if (auto booked = CashDesk::bookInTransaction(m_db, m_clock, actor, cash); !booked)
            return booked.failure();
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("finance.advance"), QStringLiteral("advances"),
                                   QString::number(*id), {},
                                   {{QStringLiteral("request"), r.number()},
                                    {QStringLiteral("amount_fen"), amountFen},
                                    {QStringLiteral("iou"), a.iouReference},
                                    {QStringLiteral("lent_on"), lentOn.toString(Qt::ISODate)}});
            !s)
            return s.failure();
        return id;
    });
}

Result<qint64> ExpenseDesk::reimburse(const Actor &actor, qint64 requestId, const QList<ExpenseInvoice> &invoices,
                                      const QDate &settledOn)
{
    if (Status s = requireFinanceRole(actor, FinanceAction::Cash, Role::CashAccountant); !s)
        return s.failure();
    if (!settledOn.isValid())
        return fail(tr("Give the day of the reimbursement."));
    return m_db.write([&]() -> Result<qint64> {
        ExpenseRepository repo(m_db);
        auto found = existing(requestId);
        if (!found)
            return found.failure();
        const ExpenseRequest &r = *found;
        if (const QString problem = ExpenseRules::reimbursementProblem(r, invoices); !problem.isEmpty())
            return fail(problem);
        for (const ExpenseInvoice &i : invoices)
            if (i.content.size() > kMaxScanBytes)
                return fail(tr("The scan %1 is %2 bytes; a scan may be at most %3 bytes.")
                                .arg(i.fileName)
                                .arg(i.content.size())
                                .arg(kMaxScanBytes));
        const qint64 total = ExpenseRules::invoicesFen(invoices);
        const qint64 settlement = ExpenseRules::settlementFen(total, r.advancedFen);
        auto id = repo.addReimbursement(r.id, settledOn, total, r.advancedFen, invoices, actor.userId,
                                        toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        if (settlement != 0) {
            CashEntry cash;
            cash.day = settledOn;
            cash.direction = settlement > 0 ? CashDirection::Payment : CashDirection::Receipt;
            cash.amountFen = settlement > 0 ? settlement : -settlement;
            cash.counterparty = r.requesterName;
            cash.purpose = settlement > 0 ? tr("Reimbursement of %1").arg(r.number())
                                          : tr("Advance returned on %1").arg(r.number());
            cash.category = r.category;
            cash.departmentId = r.departmentId;
            cash.source = QStringLiteral("reimbursement %1").arg(*id);
            if (auto booked = CashDesk::bookInTransaction(m_db, m_clock, actor, cash); !booked)
                return booked.failure();
        } else if (Status open = FinancePeriods::requireOpen(m_db, settledOn); !open) {
            return open.failure();
        }
        QJsonArray lines;
        for (const ExpenseInvoice &i : invoices)
            lines.append(QJsonObject{
                {QStringLiteral("number"), i.number.trimmed()},
                {QStringLiteral("issued_on"), i.issuedOn.toString(Qt::ISODate)},
                {QStringLiteral("amount_fen"), i.amountFen},
                {QStringLiteral("sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(i.content, QCryptographicHash::Sha256).toHex())}});
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("finance.reimbursement"), QStringLiteral("reimbursements"),
                                   QString::number(*id), {},
                                   {{QStringLiteral("request"), r.number()},
                                    {QStringLiteral("invoices"), lines},
                                    {QStringLiteral("advanced_fen"), r.advancedFen},
                                    {QStringLiteral("settlement_fen"), settlement}});
            !s)
            return s.failure();
        return id;
    });
}

Result<QList<Advance>> ExpenseDesk::outstandingAdvances(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    return ExpenseRepository(m_db).outstandingAdvances();
}

QStringList ExpenseDesk::priorApprovalCategories() const
{
    QStringList list;
    for (const QString &c : SettingsStore(m_db)
                                .value(PriorApprovalSetting, kDefaultPriorApproval)
                                .split(QLatin1Char(','), Qt::SkipEmptyParts))
        list << c.trimmed();
    return list;
}

Result<QList<Department>> ExpenseDesk::departments(const Actor &actor) const
{
    if (!Permissions::can(actor, FinanceAction::View) && !Permissions::can(actor, FinanceAction::RequestExpense))
        return fail(Permissions::refusal(FinanceAction::RequestExpense));
    return OrgRepository(m_db).departments();
}

qint64 ExpenseDesk::departmentOf(const Actor &actor) const
{
    if (actor.employeeId == 0)
        return 0;
    auto employee = OrgRepository(m_db).employee(actor.employeeId);
    return employee ? employee->departmentId : 0;
}

} // namespace shopdesk
