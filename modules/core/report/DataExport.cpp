#include "DataExport.h"

#include "audit/AuditTrail.h"
#include "database/data/Database.h"
#include "report/ReportFiles.h"
#include "report/ReportPainter.h"

#include <QFile>
#include <QFileInfo>

namespace shopdesk {

int DataExport::rowCount(const Report &report)
{
    int rows = 0;
    for (const ReportTable &t : report.tables)
        rows += int(t.rows.size());
    return rows;
}

Status DataExport::mayExport(const Actor &actor) const
{
    if (!Permissions::can(actor, Action::Export))
        return fail(Permissions::refusal(Action::Export));
    return success();
}

Status DataExport::save(const Actor &actor, const ExportSubject &subject, const QString &format, const QString &path,
                        int rows, const std::function<Status()> &writeFile)
{
    if (Status s = mayExport(actor); !s)
        return s;
    if (Status s = writeFile(); !s)
        return s;
    Status recorded = record(actor, QStringLiteral("data.export"), subject, format, QFileInfo(path).fileName(), rows);
    if (!recorded)
        QFile::remove(path); // no export without its record
    return recorded;
}

Status DataExport::saveReport(const Actor &actor, const ExportSubject &subject, const Report &report,
                              const QString &format, const QString &path)
{
    return save(actor, subject, format, path, rowCount(report), [&]() -> Status {
        if (format == u"pdf")
            return ReportPainter::writePdf(report, path);
        if (format == u"xlsx")
            return ReportFiles::writeXlsx(report, path);
        return ReportFiles::writeCsv(report, path);
    });
}

Status DataExport::recordPrint(const Actor &actor, const ExportSubject &subject, int rows)
{
    return record(actor, QStringLiteral("data.print"), subject, QStringLiteral("print"), {}, rows);
}

Status DataExport::record(const Actor &actor, const QString &action, const ExportSubject &subject,
                          const QString &format, const QString &fileName, int rows)
{
    QJsonObject what{
        {QStringLiteral("what"), subject.what}, {QStringLiteral("format"), format}, {QStringLiteral("rows"), rows}};
    if (subject.month.isValid())
        what.insert(QStringLiteral("month"), subject.month.toString(QStringLiteral("yyyy-MM")));
    if (!subject.department.isEmpty())
        what.insert(QStringLiteral("department"), subject.department);
    if (!fileName.isEmpty())
        what.insert(QStringLiteral("file"), fileName);
    return m_db.write([&] {
        return AuditTrail(m_db, m_clock).record(actor, action, QStringLiteral("data"), subject.what, {}, what);
    });
}

} // namespace shopdesk
