// shopdeskctl finance: the cash journal (FIN-02), allowance bills (FIN-10) and the month close
// (FIN-03) through the same services as the finance panel, for scripts and for several PCs at once.
#include "AllowanceDesk.h"
#include "Arguments.h"
#include "CashDesk.h"
#include "CommandLine.h"
#include "MonthEnd.h"
#include "common/domain/Money.h"
#include "database/data/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace shopdesk {

namespace {
QDate monthFrom(const QString &text)
{
    return QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
}
} // namespace

int CommandLine::finance(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString use = tr("Use: finance cash DAY receipt|payment YUAN --to NAME --for TEXT [--category NAME]\n"
                           "     finance close-day DAY COUNTED_YUAN | finance review-day DAY [--note TEXT]\n"
                           "     finance bill YYYY-MM STAFF_NO YUAN     a phone bill for the allowance sheet\n"
                           "     finance import-bills YYYY-MM FILE [--dry-run]   the month's phone bills, CSV or XLSX\n"
                           "     finance close YYYY-MM | finance reopen YYYY-MM --reason TEXT\n"
                           "     finance summary YYYY-MM");
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const QString to = takeValue(args, QStringLiteral("--to"));
    const QString purpose = takeValue(args, QStringLiteral("--for"));
    const QString category = takeValue(args, QStringLiteral("--category"));
    const QString note = takeValue(args, QStringLiteral("--note"));
    const QString reason = takeValue(args, QStringLiteral("--reason"));
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    const auto arg = [&](int i) { return i < args.size() ? args.at(i) : QString(); };
    const QHash<QString, int> arity{{QStringLiteral("cash"), 3},         {QStringLiteral("close-day"), 2},
                                    {QStringLiteral("review-day"), 1},   {QStringLiteral("bill"), 3},
                                    {QStringLiteral("import-bills"), 2}, {QStringLiteral("close"), 1},
                                    {QStringLiteral("reopen"), 1},       {QStringLiteral("summary"), 1}};
    if (!arity.contains(action) || args.size() != arity.value(action))
        return usage(use);
    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    Database &db = *session->db;
    const Actor &actor = session->actor;
    Status done = success();
    if (action == u"cash") {
        const auto amount = Money::parse(arg(2));
        const bool receipt = arg(1) == u"receipt";
        if (!amount || (!receipt && arg(1) != u"payment"))
            return usage(use);
        CashEntry e;
        e.day = QDate::fromString(arg(0), Qt::ISODate);
        e.direction = receipt ? CashDirection::Receipt : CashDirection::Payment;
        e.amountFen = amount->fen();
        e.counterparty = to;
        e.purpose = purpose;
        e.category = category;
        auto id = CashDesk(db, m_clock).record(actor, e);
        done = id ? success() : Status(id.failure());
    } else if (action == u"close-day") {
        const auto counted = Money::parse(arg(1));
        if (!counted)
            return usage(use);
        done = CashDesk(db, m_clock).closeDay(actor, QDate::fromString(arg(0), Qt::ISODate), counted->fen());
    } else if (action == u"review-day") {
        done = CashDesk(db, m_clock).review(actor, QDate::fromString(arg(0), Qt::ISODate), note);
    } else if (action == u"bill") {
        const auto amount = Money::parse(arg(2));
        if (!amount || !monthFrom(arg(0)).isValid())
            return usage(use);
        AllowanceDesk desk(db, m_clock);
        auto sheet = desk.sheet(actor, monthFrom(arg(0)));
        if (!sheet)
            return failed(sheet.error());
        qint64 employee = 0;
        for (const AllowanceLine &l : *sheet)
            if (l.staffNo == arg(1))
                employee = l.employeeId;
        if (employee == 0)
            return failed(tr("Staff number %1 is not on the allowance sheet of %2 (no such person in service, or "
                             "no rule for their position).")
                              .arg(arg(1), arg(0)));
        done = desk.enterBill(actor, monthFrom(arg(0)), employee, amount->fen());
    } else if (action == u"import-bills") {
        // The same preview as the panel's, every problem with its line, then the import unless
        // --dry-run. Bad rows are never fatal; a file that cannot be read is (exit 1).
        QFile file(arg(1));
        if (!monthFrom(arg(0)).isValid())
            return usage(use);
        if (!file.open(QIODevice::ReadOnly))
            return failed(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        AllowanceDesk desk(db, m_clock);
        auto preview = desk.previewBills(actor, monthFrom(arg(0)), file.readAll(), QFileInfo(file).fileName());
        if (!preview)
            return failed(preview.error());
        printPreview(preview->summary(), preview->problems);
        if (dryRun) {
            m_out << tr("Dry run: nothing was written.") << Qt::endl;
            return Ok;
        }
        auto written = desk.importBills(actor, *preview);
        if (!written)
            return failed(written.error());
        m_out << tr("Imported: %1 bills.").arg(*written) << Qt::endl;
    } else if (action == u"close" || action == u"reopen") {
        const QDate month = monthFrom(arg(0));
        if (!month.isValid())
            return usage(use);
        done = action == u"close" ? MonthEnd(db, m_clock).close(actor, month)
                                  : MonthEnd(db, m_clock).reopen(actor, month, reason);
    } else {
        const QDate month = monthFrom(arg(0));
        auto rows = month.isValid() ? MonthEnd(db, m_clock).summaryRows(actor, month)
                                    : Result<QList<MonthSummaryRow>>(fail(tr("Give the month as YYYY-MM.")));
        if (!rows)
            return failed(rows.error());
        for (const MonthSummaryRow &r : *rows)
            m_out << r.group << '\t' << r.name << '\t' << Money::fromFen(r.receiptsFen).toPlainString() << '\t'
                  << Money::fromFen(r.paymentsFen).toPlainString() << Qt::endl;
    }
    if (!done)
        return failed(done.error());
    return Ok;
}

} // namespace shopdesk
