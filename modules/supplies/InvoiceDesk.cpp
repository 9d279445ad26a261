#include "InvoiceDesk.h"

#include "SuppliesActions.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "data/PurchaseRepository.h"
#include "data/SupplierInvoiceRepository.h"
#include "database/data/Database.h"
#include "ledgers/PaymentVouchers.h"
#include "ledgers/data/BudgetRepository.h"
#include "settings/data/SettingsStore.h"

#include <QJsonArray>

namespace shopdesk {

namespace {
QJsonObject invoiceJson(const SupplierInvoice &i)
{
    QJsonArray lines;
    for (const InvoiceLine &l : i.lines)
        lines.append(QJsonObject{{QStringLiteral("order_line_id"), l.orderLineId},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("amount_fen"), l.amountFen}});
    return {{QStringLiteral("order_id"), i.orderId},
            {QStringLiteral("number"), i.invoiceNumber},
            {QStringLiteral("state"), invoiceStateKey(i.state)},
            {QStringLiteral("differences"), i.differences},
            {QStringLiteral("lines"), lines}};
}

// The voucher that pays a matched or approved invoice: the supplier, for the requesting department.
Result<NewVoucher> voucherFor(Database &db, const SupplierInvoice &invoice)
{
    PurchaseRepository purchases(db);
    auto order = purchases.order(invoice.orderId);
    if (!order)
        return order.failure();
    if (!*order)
        return fail(InvoiceDesk::tr("The purchase order of this invoice no longer exists."));
    auto request = purchases.request((*order)->requestId);
    if (!request)
        return request.failure();
    NewVoucher v;
    v.sourceModule = QStringLiteral("supplies");
    v.sourceId = QStringLiteral("invoice:%1").arg(invoice.id);
    v.payee = (*order)->supplierName;
    v.purpose = InvoiceDesk::tr("Invoice %1 for %2").arg(invoice.invoiceNumber, (*order)->number());
    v.amountFen = invoice.totalFen();
    v.departmentId = *request ? (*request)->departmentId : 0;
    // RULE FIN-01: the category the purchase request committed its budget on, if it had a line.
    if (*request) {
        auto line = BudgetRepository(db).committedLine(QStringLiteral("supplies"),
                                                       QStringLiteral("purchase_request:%1").arg((*request)->id));
        if (!line)
            return line.failure();
        v.category = *line ? (*line)->category : QString();
    }
    return v;
}

Status decideDifference(const OutcomeContext &c, const ApprovalRequest &a, bool approved)
{
    SupplierInvoiceRepository repo(c.db);
    auto found = repo.find(a.subjectId.toLongLong());
    if (!found)
        return found.failure();
    if (!*found)
        return fail(InvoiceDesk::tr("The invoice of this approval no longer exists."));
    SupplierInvoice after = **found;
    after.state = approved ? InvoiceState::DifferenceApproved : InvoiceState::DifferenceRejected;
    auto moved = repo.move(after.id, InvoiceState::DifferencePending, after.state);
    if (!moved)
        return moved.failure();
    if (!*moved)
        return fail(InvoiceDesk::tr("Invoice %1 was decided meanwhile.").arg(after.invoiceNumber));
    if (approved) {
        // RULE SUP-04: the approved difference is the voucher's signature.
        auto voucher = voucherFor(c.db, after);
        if (!voucher)
            return voucher.failure();
        auto id = PaymentVouchers(c.db, c.clock).issueSignedInTransaction(c.decider, *voucher, a.id);
        if (!id)
            return id.failure();
        if (Status s = repo.setVoucher(after.id, *id); !s)
            return s;
    }
    return AuditTrail(c.db, c.clock)
        .record(c.decider, QStringLiteral("supplies.invoice.decided"), QStringLiteral("supplier_invoices"),
                QString::number(after.id), invoiceJson(**found), invoiceJson(after));
}

QString describeDifference(const ApprovalRequest &a)
{
    return InvoiceDesk::tr("Invoice %1 of %2: %3")
        .arg(a.payload.value(QStringLiteral("number")).toString(),
             a.payload.value(QStringLiteral("supplier")).toString(),
             a.payload.value(QStringLiteral("differences")).toString());
}
} // namespace

const ApprovalType &InvoiceDesk::differenceType()
{
    // RULE SUP-04: the supervisor and the department manager sign; here they sign the difference.
    static const ApprovalType t{
        DifferenceTypeId, QT_TRANSLATE_NOOP("ApprovalType", "Supplier invoice difference"),
        [](const QJsonObject &) {
            return QList<ApproverKind>{ApproverKind::DirectSupervisor, ApproverKind::DepartmentHead};
        },
        &decideDifference, &describeDifference,
        // A withdrawn difference is not owed: rejected, which frees its quantities.
        [](const OutcomeContext &c, const ApprovalRequest &a) { return decideDifference(c, a, false); }};
    return t;
}

qint64 InvoiceDesk::toleranceFen() const
{
    return qBound(0, SettingsStore(m_db).intValue(ToleranceSetting, kDefaultToleranceFen), 100'000'000);
}

Result<qint64> InvoiceDesk::record(const Actor &actor, const NewSupplierInvoice &n)
{
    if (Status s = Permissions::require(actor, SuppliesAction::Purchase); !s)
        return s.failure();
    if (!n.date.isValid())
        return fail(tr("Give the invoice date."));
    const qint64 tolerance = toleranceFen();
    return m_db.write([&]() -> Result<qint64> {
        auto order = PurchaseRepository(m_db).order(n.orderId);
        if (!order)
            return order.failure();
        if (!*order)
            return fail(tr("The purchase order no longer exists."));
        SupplierInvoiceRepository repo(m_db);
        auto earlier = repo.list(n.orderId, false, 100000);
        if (!earlier)
            return earlier.failure();
        const QHash<qint64, qint64> invoiced = InvoiceRules::invoiced(*earlier);
        if (Status s = InvoiceRules::check(**order, invoiced, n.number, n.lines); !s)
            return s.failure();
        const InvoiceMatch match = InvoiceRules::match(**order, invoiced, n.lines, tolerance);
        SupplierInvoice invoice;
        invoice.orderId = n.orderId;
        invoice.supplierName = (*order)->supplierName;
        invoice.invoiceNumber = n.number.trimmed();
        invoice.invoiceDate = n.date;
        invoice.lines = n.lines;
        invoice.state = match.matched() ? InvoiceState::Matched : InvoiceState::DifferencePending;
        invoice.differences = match.differences.join(QLatin1Char('\n'));
        auto id = repo.add(invoice, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id) {
            if (id.error().contains(QLatin1String("UNIQUE")))
                return fail(
                    tr("Invoice %1 is already recorded for %2.").arg(invoice.invoiceNumber, (*order)->number()));
            return id;
        }
        invoice.id = *id;
        if (match.matched()) {
            auto voucher = voucherFor(m_db, invoice);
            if (!voucher)
                return voucher.failure();
            auto voucherId = PaymentVouchers(m_db, m_clock).issueInTransaction(actor, *voucher);
            if (!voucherId)
                return voucherId.failure();
            if (Status s = repo.setVoucher(invoice.id, *voucherId); !s)
                return s.failure();
        } else {
            NewApproval approval;
            approval.type = DifferenceTypeId;
            approval.subjectModule = QStringLiteral("supplies");
            approval.subjectId = QString::number(invoice.id);
            approval.title = tr("Invoice %1 of %2 for %3 does not match")
                                 .arg(invoice.invoiceNumber, invoice.supplierName, (*order)->number());
            approval.figures = {{QStringLiteral("amount_fen"), invoice.totalFen()}};
            approval.payload = {{QStringLiteral("number"), invoice.invoiceNumber},
                                {QStringLiteral("supplier"), invoice.supplierName},
                                {QStringLiteral("differences"), invoice.differences},
                                {QStringLiteral("amount_fen"), invoice.totalFen()}};
            auto approvalId = Approvals(m_db, m_clock).submitInTransaction(actor, approval);
            if (!approvalId)
                return approvalId;
            if (Status s = repo.setApproval(invoice.id, *approvalId); !s)
                return s.failure();
        }
        if (Status s =
                AuditTrail(m_db, m_clock)
                    .record(actor, QStringLiteral("supplies.invoice.record"), QStringLiteral("supplier_invoices"),
                            QString::number(invoice.id), {}, invoiceJson(invoice));
            !s)
            return s.failure();
        return invoice.id;
    });
}

Result<QList<SupplierInvoice>> InvoiceDesk::invoices(const Actor &actor, qint64 orderId, bool onlyUnmatched) const
{
    if (Status s = Permissions::require(actor, SuppliesAction::View); !s)
        return s.failure();
    return SupplierInvoiceRepository(m_db).list(orderId, onlyUnmatched, 1000);
}

} // namespace shopdesk
