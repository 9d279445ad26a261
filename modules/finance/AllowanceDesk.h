#pragma once

#include "common/Result.h"
#include "domain/Allowance.h"
#include "imports/domain/ImportProblem.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QDate>

namespace shopdesk {

class Clock;
class Database;

// A bill the file would enter on the month's sheet.
struct AllowanceBillChange
{
    int line = 0; // in the file
    AllowanceLine person; // as the sheet has it, with the bill entered so far
    qint64 billFen = 0; // the file's
};

// What a phone-bill import would do to a month's sheet.
struct AllowanceBillImportPreview
{
    QString fileName;
    QDate month;
    int rowsRead = 0;
    QList<AllowanceBillChange> changes; // new bills and different ones
    int unchanged = 0;
    QList<ImportProblem> problems; // line, field, value, reason

    // The preview's figures, a line each, for the dialog and shopdeskctl.
    QStringList summary() const;
};

// RULE FIN-10: allowance rules per position, the month's phone bills, and the monthly sheet
// that pays the lesser of bill and cap; posting it adds payroll lines (core's meeting point), so
// the allowances join hr's payroll export.
class AllowanceDesk
{
    Q_DECLARE_TR_FUNCTIONS(AllowanceDesk)
public:
    AllowanceDesk(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<AllowanceRule>> rules(const Actor &actor) const;
    Status saveRule(const Actor &actor, const AllowanceRule &rule);
    Status enterBill(const Actor &actor, const QDate &month, qint64 employeeId, qint64 billFen);
    // A month's phone bills from a list (CSV or XLSX; 工号 or 姓名, and 话费), the way punch
    // imports work: each row matched to a person on the month's sheet, every bad row named,
    // nothing written until the preview is accepted, then all in one transaction; the same file
    // again changes nothing.
    Result<AllowanceBillImportPreview> previewBills(const Actor &actor, const QDate &month, const QByteArray &bytes,
                                                    const QString &fileName) const;
    // The number of bills written.
    Result<int> importBills(const Actor &actor, const AllowanceBillImportPreview &preview);
    Result<QList<AllowanceLine>> sheet(const Actor &actor, const QDate &month) const;
    Result<bool> isPosted(const Actor &actor, const QDate &month) const;
    // Adds each line as a payroll line of the month; once per month.
    Status post(const Actor &actor, const QDate &month);

private:
    // Inside a write: the month open and its sheet not yet posted, else `ifPosted`.
    Status requireUnposted(const QDate &month, const QString &ifPosted) const;
    Status enterBillInTransaction(const Actor &actor, const QDate &month, qint64 employeeId, qint64 billFen);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
