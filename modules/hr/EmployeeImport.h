#pragma once

#include "common/Result.h"
#include "domain/Employee.h"
#include "domain/ZkTecoAttlog.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// What an employee-list import would do (issue 5: "the same preview and error report as the
// punch import").
struct EmployeeImportPreview
{
    QString fileName;
    int rowsRead = 0;
    QList<EmployeeRecord> added; // staff numbers not in the archive
    QList<EmployeeRecord> changed; // existing records with new department, position, phone or PIN
    int unchanged = 0;
    QList<ImportProblem> problems; // line, field, value, reason
};

// Imports an employee list from CSV (UTF-8 or GB18030) or XLSX: columns found by header name
// (工号 姓名 部门 职位 电话 考勤号码 入职日期 身份证号, or their English names), nothing written
// until the preview is accepted, all in one transaction; importing the same file again changes
// nothing.
class EmployeeImport
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeImport)
public:
    EmployeeImport(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    Result<EmployeeImportPreview> preview(const Actor &actor, const QByteArray &bytes, const QString &fileName) const;
    Result<int> import(const Actor &actor, const EmployeeImportPreview &preview);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
