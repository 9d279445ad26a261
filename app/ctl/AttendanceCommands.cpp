// shopdeskctl punches ... and attendance ...: the same services as the attendance panel.
#include "Arguments.h"
#include "AttendanceMonth.h"
#include "AttendanceReport.h"
#include "CommandLine.h"
#include "PayrollExport.h"
#include "PunchImport.h"
#include "database/data/Database.h"
#include "organisation/data/OrgRepository.h"
#include "report/DataExport.h"

#include <QDir>

namespace shopdesk {

int CommandLine::punches(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString use = tr(
        "Use: punches import FILE [--format auto|zkteco|zktime|dingtalk] [--encoding auto|utf-8|gb18030] [--dry-run]");
    if (args.value(0) != u"import")
        return usage(use);
    args.removeFirst();
    const QString formatText = takeValue(args, QStringLiteral("--format"));
    const QString encodingText = takeValue(args, QStringLiteral("--encoding")).toLower();
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    const auto format = ClockFile::formatFromKey(formatText.isEmpty() ? QStringLiteral("auto") : formatText.toLower());
    TextDecoding::Encoding encoding = TextDecoding::Encoding::Auto;
    if (encodingText == u"utf-8" || encodingText == u"utf8")
        encoding = TextDecoding::Encoding::Utf8;
    else if (encodingText == u"gb18030" || encodingText == u"gbk")
        encoding = TextDecoding::Encoding::Gb18030;
    else if (!encodingText.isEmpty() && encodingText != u"auto")
        return usage(tr("Unknown encoding \"%1\".").arg(encodingText));
    if (!format)
        return usage(tr("Unknown format \"%1\".").arg(formatText));
    if (args.size() != 1)
        return usage(use);
    const QString file = args.first();

    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    PunchImport importer(*session->db, m_clock);
    auto preview = importer.previewFile(session->actor, file, *format, encoding);
    if (!preview)
        return failed(preview.error());
    const PunchImportPreview &p = *preview;
    for (const QString &line : PunchImport::summary(p))
        m_out << line << Qt::endl;
    for (auto it = p.unknownPeople.constBegin(); it != p.unknownPeople.constEnd(); ++it)
        m_out << QStringLiteral("  %1\t%2\t%3").arg(it.key(), p.unknownNames.value(it.key())).arg(it.value())
              << Qt::endl;
    for (const ImportProblem &problem : p.problems)
        m_out << tr("  line %1, %2 \"%3\": %4").arg(problem.line).arg(problem.field, problem.value, problem.reason)
              << Qt::endl;
    if (dryRun) {
        m_out << tr("Dry run: nothing was written.") << Qt::endl;
        return Ok;
    }
    auto record = importer.import(session->actor, p);
    if (!record)
        return failed(record.error());
    m_out << tr("Imported %1 punches.").arg(record->added + record->unmatched) << Qt::endl;
    return Ok;
}

int CommandLine::attendance(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString use = tr("Use: attendance report --month YYYY-MM [--dept NAME] --format pdf|xlsx|csv --out FILE\n"
                           "     attendance confirm --month YYYY-MM");
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const QDate month =
        QDate::fromString(takeValue(args, QStringLiteral("--month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid())
        return usage(tr("Name the month with --month YYYY-MM.") + QLatin1Char('\n') + use);
    if (action == u"confirm") {
        if (!args.isEmpty())
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        if (Status s = AttendanceMonth(*session->db, m_clock).confirm(session->actor, month); !s)
            return failed(s.error());
        m_out << tr("%1 confirmed.").arg(month.toString(QStringLiteral("yyyy-MM"))) << Qt::endl;
        return Ok;
    }
    if (action != u"report")
        return usage(use);
    const QString department = takeValue(args, QStringLiteral("--dept"));
    const QString format = takeValue(args, QStringLiteral("--format")).toLower();
    const QString out = takeValue(args, QStringLiteral("--out"));
    if (out.isEmpty()
        || !QStringList{QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv")}.contains(format)
        || !args.isEmpty())
        return usage(use);

    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    if (!Permissions::can(session->actor, Action::Export))
        return failed(Permissions::refusal(Action::Export)); // DB-04: taking data out is its own right
    qint64 departmentId = 0;
    if (!department.isEmpty()) {
        auto departments = OrgRepository(*session->db).departments();
        if (!departments)
            return failed(departments.error());
        for (const Department &d : *departments)
            if (d.name == department)
                departmentId = d.id;
        if (departmentId == 0)
            return failed(tr("There is no department \"%1\".").arg(department));
    }
    auto sheet = AttendanceMonth(*session->db, m_clock).sheet(session->actor, month, departmentId);
    if (!sheet)
        return failed(sheet.error());
    const ExportSubject subject{AttendanceReport::build(*sheet).title, month, sheet->departmentName};
    const Status written =
        DataExport(*session->db, m_clock).save(session->actor, subject, format, out, int(sheet->employees.size()), [&] {
            return AttendanceReport::write(*sheet, format, out);
        });
    if (!written)
        return failed(written.error());
    m_out << tr("%1 employees, written to %2").arg(sheet->employees.size()).arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return Ok;
}

int CommandLine::payroll(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString use = tr("Use: payroll export --month YYYY-MM --format xlsx|csv --out FILE");
    if (args.isEmpty() || args.takeFirst() != u"export")
        return usage(use);
    const QDate month =
        QDate::fromString(takeValue(args, QStringLiteral("--month")) + QStringLiteral("-01"), Qt::ISODate);
    const QString format = takeValue(args, QStringLiteral("--format")).toLower();
    const QString out = takeValue(args, QStringLiteral("--out"));
    if (!month.isValid() || out.isEmpty() || (format != u"xlsx" && format != u"csv") || !args.isEmpty())
        return usage(use);
    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    auto report = PayrollExport(*session->db, m_clock).report(session->actor, month);
    if (!report)
        return failed(report.error());
    const Status written =
        DataExport(*session->db, m_clock).saveReport(session->actor, {report->title, month, {}}, *report, format, out);
    if (!written)
        return failed(written.error());
    m_out << tr("%1 payroll lines, written to %2")
                 .arg(report->tables.first().rows.size())
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return Ok;
}

} // namespace shopdesk
