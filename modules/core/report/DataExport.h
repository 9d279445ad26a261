#pragma once

#include "common/Result.h"
#include "report/Report.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace shopdesk {

class Clock;
class Database;

// What left the building: the report's name, and the month and department it covers (empty
// where a report has none).
struct ExportSubject
{
    QString what;
    QDate month;
    QString department;
};

// RULE DB-04: data leaves the program only with the export right, and every file written or
// page printed leaves an audit record (who, what, month and department, file, rows). The GUI
// and shopdeskctl both go through here.
class DataExport
{
    Q_DECLARE_TR_FUNCTIONS(DataExport)
public:
    DataExport(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Checks the right, runs `writeFile` (which writes `path` whole or not at all), then records
    // the export; a file whose record cannot be written is removed again.
    Status save(const Actor &actor, const ExportSubject &subject, const QString &format, const QString &path, int rows,
                const std::function<Status()> &writeFile);
    // Writes `report` as "pdf", "xlsx" or "csv" (its first table) through save().
    Status saveReport(const Actor &actor, const ExportSubject &subject, const Report &report, const QString &format,
                      const QString &path);
    // Printing is a way out of the building too. A report of people's data is printed with the
    // same right (mayExport, asked before the preview opens); every print leaves a record.
    Status mayExport(const Actor &actor) const;
    Status recordPrint(const Actor &actor, const ExportSubject &subject, int rows);

    static int rowCount(const Report &report);

private:
    Status record(const Actor &actor, const QString &action, const ExportSubject &subject, const QString &format,
                  const QString &fileName, int rows);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
