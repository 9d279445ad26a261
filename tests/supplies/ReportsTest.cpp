#include "PurchaseDesk.h"
#include "SuppliesFixture.h"
#include "SuppliesReports.h"
#include "approval/Approvals.h"
#include "report/ReportFiles.h"

using namespace shopdesk;
using namespace shopdesk::test;

// The supplies reports (SUP-06, SUP-07, SUP-02). The clock stands at 2026-03-02 09:00 Beijing.
class ReportsTest : public QObject
{
    Q_OBJECT

    static Report build(SuppliesCompany &c, SuppliesReports::Kind kind)
    {
        auto r = SuppliesReports(c.db(), c.clock()).build(c.clerk, kind);
        if (!r)
            qFatal("report: %s", qPrintable(r.error()));
        return *r;
    }

    static QStringList rowOf(const Report &r, const QString &first)
    {
        for (const QStringList &row : r.tables.first().rows)
            if (row.first() == first)
                return row;
        return {};
    }

private slots:
    void sup06_eachDepartmentsUsePerMonthInBeijingTime()
    {
        SuppliesCompany c;
        const QDateTime now = c.clock().nowUtc();
        c.clock().set(QDateTime(QDate(2026, 2, 10), QTime(2, 0), Qt::UTC));
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 100, 2000));
        QVERIFY(c.move(MovementKind::Issue, c.paper, 5)); // February, the office
        // 2026-02-28 17:00 UTC is 1 March 01:00 in Beijing: March.
        c.clock().set(QDateTime(QDate(2026, 2, 28), QTime(17, 0), Qt::UTC));
        QVERIFY(c.move(MovementKind::Issue, c.paper, 3));
        c.clock().set(now);
        QVERIFY(c.move(MovementKind::Return, c.paper, 1));
        const Report r = build(c, SuppliesReports::Kind::UseByDepartment);
        const ReportTable &t = r.tables.first();
        const int feb = int(t.header.indexOf(QStringLiteral("26-02")));
        const int mar = int(t.header.indexOf(QStringLiteral("26-03")));
        QVERIFY2(feb > 0 && mar == feb + 1, qPrintable(t.header.join(u',')));
        QCOMPARE(t.header.size(), 1 + 12 + 1); // twelve months, the last this one
        QCOMPARE(t.header.at(12), QStringLiteral("26-03"));
        const QStringList office = rowOf(r, QStringLiteral("行政部"));
        QCOMPARE(office.value(feb), QStringLiteral("100.00"));
        QCOMPARE(office.value(mar), QStringLiteral("40.00")); // 3 out, 1 back
        QCOMPARE(office.last(), QStringLiteral("140.00"));
        QCOMPARE(rowOf(r, QStringLiteral("All departments")).last(), QStringLiteral("140.00"));
    }

    void sup07_theStockReportAddsUpToTheLedger()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 7, 2450));
        QVERIFY(c.move(MovementKind::Receipt, c.pens, 30, 155));
        QVERIFY(c.move(MovementKind::Issue, c.pens, 4));
        const Report r = build(c, SuppliesReports::Kind::StockOnHand);
        QCOMPARE(r.tables.first().rows.size(), 2);
        QCOMPARE(rowOf(r, QStringLiteral("6901234567892")).value(5), QStringLiteral("7"));
        QSqlQuery q = c.db().query();
        QVERIFY(q.exec(QStringLiteral("SELECT sum(value_fen) FROM supply_movements")) && q.next());
        QVERIFY2(r.endNotes.last().contains(Money::fromFen(q.value(0).toLongLong()).toString()),
                 qPrintable(r.endNotes.join(u'|')));
        QCOMPARE(r.signatures.size(), 3); // custodian, checked, office head: a sheet to sign
        QTemporaryDir dir;
        QVERIFY(ReportFiles::writeXlsx(r, dir.filePath(QStringLiteral("stock.xlsx"))));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("stock.xlsx"))).size() > 1000);
    }

    void sup02_openOrdersShowWhatIsOutstandingAndOverdue()
    {
        SuppliesCompany c;
        const qint64 supplier =
            *SupplyCatalogue(c.db(), c.clock()).saveSupplier(c.clerk, {0, QStringLiteral("得力"), {}, {}, {}, 1});
        PurchaseDesk desk(c.db(), c.clock());
        const qint64 request = *desk.request(
            c.clerk, {QStringLiteral("补货"), {{0, c.paper, {}, QStringLiteral("A4复印纸"), {}, 10, 2500, 0}}});
        QSqlQuery q = c.db().query();
        QVERIFY(q.exec(QStringLiteral("SELECT approval_id FROM purchase_requests WHERE id = %1").arg(request))
                && q.next());
        QVERIFY(Approvals(c.db(), c.clock()).decide(c.org.head, q.value(0).toLongLong(), true, {}));
        NewPurchaseOrder o;
        o.requestId = request;
        o.quotes = {{supplier, QStringLiteral("得力"), 25000}};
        o.deliveryDate = c.clock().nowUtc().date().addDays(1);
        const qint64 order = *desk.order(c.clerk, o);
        QVERIFY(desk.receive(c.clerk, order, {{desk.orderById(c.clerk, order)->lines.first().id, 4}}));
        Report r = build(c, SuppliesReports::Kind::OpenOrders);
        QStringList row = r.tables.first().rows.value(0);
        QCOMPARE(row.value(6), QStringLiteral("6")); // outstanding
        QVERIFY(row.value(8).isEmpty()); // not due yet
        c.clock().advanceSeconds(4 * 24 * 3600);
        r = build(c, SuppliesReports::Kind::OpenOrders);
        QVERIFY(r.tables.first().rows.value(0).value(8).startsWith(QLatin1String("3 day"))); // 3 days late
    }
};

int runReportsTest(int argc, char **argv)
{
    ReportsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "ReportsTest.moc"
