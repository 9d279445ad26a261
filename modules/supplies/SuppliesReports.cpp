#include "SuppliesReports.h"

#include "SuppliesActions.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "data/PurchaseRepository.h"
#include "data/SupplierInvoiceRepository.h"
#include "data/SuppliesReportRepository.h"
#include "data/SupplyItemRepository.h"
#include "settings/CompanySettings.h"

#include <QLocale>
#include <QMap>

namespace shopdesk {

namespace {
constexpr int kUseMonths = 12;
}

QList<SuppliesReports::Kind> SuppliesReports::kinds()
{
    return {Kind::StockOnHand, Kind::UseByDepartment, Kind::OpenOrders, Kind::UnmatchedInvoices};
}

QString SuppliesReports::title(Kind kind)
{
    switch (kind) {
    case Kind::StockOnHand: return tr("Office supplies on hand");
    case Kind::UseByDepartment: return tr("Office supplies used by department");
    case Kind::OpenOrders: return tr("Open purchase orders");
    case Kind::UnmatchedInvoices: return tr("Supplier invoices with a difference");
    }
    return {};
}

QString SuppliesReports::key(Kind kind)
{
    switch (kind) {
    case Kind::StockOnHand: return QStringLiteral("stock");
    case Kind::UseByDepartment: return QStringLiteral("use");
    case Kind::OpenOrders: return QStringLiteral("orders");
    case Kind::UnmatchedInvoices: return QStringLiteral("invoices");
    }
    return {};
}

Report SuppliesReports::headed(Kind kind) const
{
    Report r;
    r.companyName = CompanySettings(m_db, m_clock).companyName();
    r.title = title(kind);
    r.subtitle =
        tr("As of %1").arg(m_clock.nowUtc().toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return r;
}

Result<Report> SuppliesReports::build(const Actor &actor, Kind kind) const
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::View); !allowed)
        return allowed.failure();
    switch (kind) {
    case Kind::StockOnHand: return stockOnHand(actor);
    case Kind::UseByDepartment: return useByDepartment(actor);
    case Kind::OpenOrders: return openOrders(actor);
    case Kind::UnmatchedInvoices: return unmatchedInvoices(actor);
    }
    return fail(tr("There is no such report."));
}

Result<Report> SuppliesReports::stockOnHand(const Actor &) const
{
    auto items = SupplyItemRepository(m_db).items({});
    if (!items)
        return items.failure();
    Report r = headed(Kind::StockOnHand);
    r.landscape = false;
    ReportTable t;
    t.header = {tr("Code"),     tr("Name"),    tr("Category"),     tr("Unit"),
                tr("Location"), tr("On hand"), tr("Average cost"), tr("Value")};
    t.widths = {14, 18, 8, 4, 10, 7, 9, 10};
    t.frozenColumns = 2;
    t.textColumns = {2, 3, 4};
    qint64 total = 0;
    QMap<QString, qint64> byCategory;
    for (const SupplyItem &i : *items) {
        t.rows.append({i.code, i.name, i.category, i.unit, i.location, QString::number(i.onHand),
                       i.averageCost().toPlainString(), Money::fromFen(i.valueFen).toPlainString()});
        total += i.valueFen;
        byCategory[i.category] += i.valueFen;
    }
    r.tables.append(t);
    for (auto it = byCategory.begin(); it != byCategory.end(); ++it)
        r.endNotes.append(tr("%1: %2").arg(it.key(), Money::fromFen(it.value()).toString()));
    r.endNotes.append(tr("%n item(s), worth %1 at moving average cost (SUP-07).", nullptr, int(items->size()))
                          .arg(Money::fromFen(total).toString()));
    r.signatures = {tr("Custodian"), tr("Checked by"), tr("Office head")};
    return r;
}

Result<Report> SuppliesReports::useByDepartment(const Actor &) const
{
    const QDate thisMonth = m_clock.nowUtc().toOffsetFromUtc(8 * 3600).date();
    const QDate first = QDate(thisMonth.year(), thisMonth.month(), 1).addMonths(-(kUseMonths - 1));
    const QDateTime fromUtc = QDateTime(first, QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600).toUTC();
    auto use = SuppliesReportRepository(m_db).useByDepartment(fromUtc);
    if (!use)
        return use.failure();
    QStringList months;
    for (int i = 0; i < kUseMonths; ++i)
        months.append(first.addMonths(i).toString(QStringLiteral("yyyy-MM")));
    QMap<QString, QMap<QString, qint64>> grid; // department -> month -> fen
    for (const DepartmentUse &u : *use)
        grid[u.department][u.month] += u.valueFen;

    Report r = headed(Kind::UseByDepartment);
    r.subtitle = tr("%1 to %2, at the value the supplies left the shelf (SUP-06)").arg(months.first(), months.last());
    ReportTable t;
    t.header = QStringList{tr("Department")};
    for (const QString &m : months)
        t.header.append(m.mid(2)); // 25-12: narrow enough for twelve months across A4
    t.header.append(tr("Total"));
    t.widths = QList<int>{10} + QList<int>(kUseMonths, 6) + QList<int>{8};
    QList<qint64> columnTotals(kUseMonths + 1, 0);
    for (auto d = grid.begin(); d != grid.end(); ++d) {
        QStringList row{d.key()};
        qint64 sum = 0;
        for (int i = 0; i < kUseMonths; ++i) {
            const qint64 fen = d.value().value(months[i]);
            row.append(fen ? Money::fromFen(fen).toPlainString() : QString());
            columnTotals[i] += fen;
            sum += fen;
        }
        row.append(Money::fromFen(sum).toPlainString());
        columnTotals[kUseMonths] += sum;
        t.rows.append(row);
    }
    QStringList totals{tr("All departments")};
    for (qint64 fen : columnTotals)
        totals.append(Money::fromFen(fen).toPlainString());
    t.rows.append(totals);
    r.tables.append(t);
    r.endNotes.append(tr("Issues less returns, local purchases included, in yuan."));
    r.signatures = {tr("Prepared by"), tr("Office head")};
    return r;
}

Result<Report> SuppliesReports::openOrders(const Actor &) const
{
    auto orders = PurchaseRepository(m_db).orders(true, 10000);
    if (!orders)
        return orders.failure();
    const QDate today = m_clock.nowUtc().toOffsetFromUtc(8 * 3600).date();
    Report r = headed(Kind::OpenOrders);
    ReportTable t;
    t.header = {tr("Order"),   tr("Supplier"),    tr("Delivery date"), tr("Item"),   tr("Ordered"),
                tr("Arrived"), tr("Outstanding"), tr("Unit price"),    tr("Overdue")};
    t.widths = {10, 16, 10, 16, 7, 7, 8, 8, 8};
    t.textColumns = {1, 3, 8};
    int overdue = 0;
    for (const PurchaseOrder &o : *orders) {
        const bool late = o.deliveryDate < today;
        overdue += late ? 1 : 0;
        for (const PurchaseLine &l : o.lines)
            if (l.outstanding() > 0)
                t.rows.append({o.number(), o.supplierName, o.deliveryDate.toString(Qt::ISODate), l.itemName,
                               QString::number(l.quantity), QString::number(l.receivedQuantity),
                               QString::number(l.outstanding()), Money::fromFen(l.unitFen).toPlainString(),
                               late ? tr("%n day(s)", nullptr, int(o.deliveryDate.daysTo(today))) : QString()});
    }
    r.tables.append(t);
    r.endNotes.append(tr("%n open order(s), %1 overdue.", nullptr, int(orders->size())).arg(overdue));
    return r;
}

Result<Report> SuppliesReports::unmatchedInvoices(const Actor &) const
{
    auto invoices = SupplierInvoiceRepository(m_db).list(0, true, 10000);
    if (!invoices)
        return invoices.failure();
    Report r = headed(Kind::UnmatchedInvoices);
    ReportTable t;
    t.header = {tr("Invoice"), tr("Date"), tr("Order"), tr("Supplier"), tr("Amount"), tr("What does not match")};
    t.widths = {12, 10, 10, 16, 10, 40};
    t.textColumns = {3, 5};
    qint64 total = 0;
    for (const SupplierInvoice &i : *invoices) {
        t.rows.append({i.invoiceNumber, i.invoiceDate.toString(Qt::ISODate), i.orderNumber(), i.supplierName,
                       Money::fromFen(i.totalFen()).toPlainString(), i.differencesInOneLine()});
        total += i.totalFen();
    }
    r.tables.append(t);
    r.endNotes.append(tr("%n invoice(s) for %1 wait for the supervisor and the department manager (SUP-04).", nullptr,
                         int(invoices->size()))
                          .arg(Money::fromFen(total).toString()));
    return r;
}

} // namespace shopdesk
