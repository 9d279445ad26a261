#include "EmployeeImport.h"
#include "data/EmployeeRepository.h"
#include "organisation/data/OrgRepository.h"

#include "HrActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "database/data/Database.h"
#include "domain/IdCardNumber.h"
#include "imports/XlsxSheet.h"
#include "imports/domain/CsvTable.h"

namespace shopdesk {

namespace {
// Each column by its Chinese or English header.
const QList<std::pair<const char *, QStringList>> kColumns{
    {"staff_no", {QStringLiteral("工号"), QStringLiteral("Staff no."), QStringLiteral("staff_no")}},
    {"name", {QStringLiteral("姓名"), QStringLiteral("Name"), QStringLiteral("name")}},
    {"department", {QStringLiteral("部门"), QStringLiteral("Department"), QStringLiteral("department")}},
    {"position",
     {QStringLiteral("职位"), QStringLiteral("岗位"), QStringLiteral("Position"), QStringLiteral("position")}},
    {"phone", {QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("Phone"), QStringLiteral("phone")}},
    {"pin", {QStringLiteral("考勤号码"), QStringLiteral("考勤号"), QStringLiteral("PIN"), QStringLiteral("pin")}},
    {"hired", {QStringLiteral("入职日期"), QStringLiteral("Hire date"), QStringLiteral("hire_date")}},
    {"id_card", {QStringLiteral("身份证号"), QStringLiteral("ID card"), QStringLiteral("id_card")}}};

// The row with 工号 and 姓名, or with their English names; -1 when there is none.
int headerRow(const QList<CsvRecord> &records)
{
    return CsvTable::findHeader(records, {QStringLiteral("工号"), QStringLiteral("姓名")}) >= 0
        ? CsvTable::findHeader(records, {QStringLiteral("工号"), QStringLiteral("姓名")})
        : CsvTable::findHeader(records, {QStringLiteral("Staff no."), QStringLiteral("Name")});
}

// Each column's key (staff_no, name, ...) -> its index in the row.
QHash<QString, int> columnsByKey(const QStringList &names)
{
    QHash<QString, int> column;
    for (const auto &[key, titles] : kColumns)
        for (const QString &t : titles)
            if (names.contains(t))
                column.insert(QString::fromLatin1(key), int(names.indexOf(t)));
    return column;
}

// What the rows are checked against: the archive's records by staff number, whose each clock
// PIN is, and the departments by name.
struct Archive
{
    QHash<QString, EmployeeRecord> byStaffNo;
    QHash<QString, QString> pinOwner; // PIN -> staff number
    QHash<QString, qint64> departmentIds;
};

Result<Archive> readArchive(Database &db)
{
    auto existing = EmployeeRepository(db).records();
    auto departments = OrgRepository(db).departments();
    if (!existing || !departments)
        return fail(existing.error() + departments.error());
    Archive archive;
    for (const EmployeeRecord &r : *existing) {
        archive.byStaffNo.insert(r.summary.staffNo, r);
        if (!r.summary.clockPin.isEmpty())
            archive.pinOwner.insert(r.summary.clockPin, r.summary.staffNo);
    }
    for (const Department &d : *departments)
        archive.departmentIds.insert(d.name, d.id);
    return archive;
}

// One row of the file, its fields by column key.
struct Row
{
    const CsvRecord &record;
    const QHash<QString, int> &column;

    QString field(const char *key) const
    {
        return record.fields.value(column.value(QString::fromLatin1(key), -1)).trimmed();
    }
};

// The row's department, position, phone, PIN, hire date and ID card number onto the record; the
// first field that cannot be taken is the row's problem.
std::optional<ImportProblem> takeFields(const Row &row, const Archive &archive, const QString &staffNo,
                                        EmployeeRecord &r)
{
    auto problem = [&](const QString &f, const QString &value, const QString &reason) -> std::optional<ImportProblem> {
        return ImportProblem{row.record.line, f, value, reason};
    };
    const QString department = row.field("department");
    if (!department.isEmpty()) {
        if (!archive.departmentIds.contains(department))
            return problem(EmployeeImport::tr("department"), department,
                           EmployeeImport::tr("no such department: add it under Departments... first"));
        r.summary.departmentId = archive.departmentIds.value(department);
    }
    if (row.column.contains(QStringLiteral("position")))
        r.summary.position = row.field("position");
    if (row.column.contains(QStringLiteral("phone")))
        r.summary.phone = row.field("phone");
    const QString pin = row.field("pin");
    if (!pin.isEmpty() && archive.pinOwner.contains(pin) && archive.pinOwner.value(pin) != staffNo)
        return problem(EmployeeImport::tr("PIN"), pin,
                       EmployeeImport::tr("already the PIN of %1").arg(archive.pinOwner.value(pin)));
    if (!pin.isEmpty())
        r.summary.clockPin = pin;
    const QString hired = row.field("hired");
    if (!hired.isEmpty()) {
        const QDate d = QDate::fromString(hired.left(10).replace(QLatin1Char('/'), QLatin1Char('-')), Qt::ISODate);
        if (!d.isValid())
            return problem(EmployeeImport::tr("hire date"), hired, EmployeeImport::tr("not a date (YYYY-MM-DD)"));
        r.summary.hireDate = d;
    }
    const QString idCard = row.field("id_card");
    if (!idCard.isEmpty()) {
        if (auto ok = IdCardNumber::check(idCard); !ok)
            return problem(EmployeeImport::tr("ID card"), idCard, ok.error());
        r.idCardNo = idCard.toUpper();
    }
    return std::nullopt;
}

// An existing record the row leaves as it was; its ID card number counts only where the file
// gives one.
bool changesNothing(const EmployeeRecord &r, const EmployeeRecord &before, bool idCardInFile)
{
    return r.summary.name == before.summary.name && r.summary.departmentId == before.summary.departmentId
        && r.summary.position == before.summary.position && r.summary.phone == before.summary.phone
        && r.summary.clockPin == before.summary.clockPin && r.summary.hireDate == before.summary.hireDate
        && (!idCardInFile || r.idCardNo == before.idCardNo);
}

// A row: skipped when blank; a problem, or a new, changed or unchanged record.
void previewRow(const Row &row, const Archive &archive, QSet<QString> &seen, EmployeeImportPreview &p)
{
    const QStringList &fields = row.record.fields;
    if (std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
        return;
    ++p.rowsRead;
    auto problem = [&](const QString &f, const QString &value, const QString &reason) {
        p.problems.append({row.record.line, f, value, reason});
    };
    const QString staffNo = row.field("staff_no"), name = row.field("name");
    if (staffNo.isEmpty() || name.isEmpty()) {
        problem(EmployeeImport::tr("staff no. / name"), staffNo + name, EmployeeImport::tr("both are required"));
        return;
    }
    if (seen.contains(staffNo)) {
        problem(EmployeeImport::tr("staff no."), staffNo, EmployeeImport::tr("appears twice in the file"));
        return;
    }
    seen.insert(staffNo);
    EmployeeRecord r = archive.byStaffNo.value(staffNo);
    const bool isNew = r.summary.id == 0;
    if (isNew) {
        r.summary.staffNo = staffNo;
        r.status = EmployeeStatus::Regular;
    }
    const EmployeeRecord before = r;
    r.summary.name = name;
    if (auto wrong = takeFields(row, archive, staffNo, r)) {
        p.problems.append(*wrong);
        return;
    }
    if (!isNew && changesNothing(r, before, !row.field("id_card").isEmpty()))
        ++p.unchanged;
    else
        (isNew ? p.added : p.changed).append(r);
}
} // namespace

Result<EmployeeImportPreview> EmployeeImport::preview(const Actor &actor, const QByteArray &bytes,
                                                      const QString &fileName) const
{
    if (!Permissions::can(actor, HrAction::ManagePeople))
        return fail(Permissions::refusal(HrAction::ManagePeople));
    auto records = XlsxSheet::readWorkbookOrCsv(bytes, fileName);
    if (!records)
        return records.failure();
    const int header = headerRow(*records);
    if (header < 0)
        return fail(tr("%1 has no header row with 工号 and 姓名 (staff number and name).").arg(fileName));
    const QHash<QString, int> column = columnsByKey(records->at(header).fields);
    auto archive = readArchive(m_db);
    if (!archive)
        return archive.failure();

    EmployeeImportPreview p;
    p.fileName = fileName;
    QSet<QString> seen;
    for (int i = header + 1; i < records->size(); ++i)
        previewRow({records->at(i), column}, *archive, seen, p);
    return p;
}

Result<int> EmployeeImport::import(const Actor &actor, const EmployeeImportPreview &preview)
{
    if (!Permissions::can(actor, HrAction::ManagePeople))
        return fail(Permissions::refusal(HrAction::ManagePeople));
    const bool personal = actor.roles.contains(Role::Hr); // DB-04: ID card numbers only by HR
    return m_db.write([&]() -> Result<int> {
        EmployeeRepository repo(m_db);
        for (EmployeeRecord r : preview.added) {
            auto id = repo.insert(r);
            if (!id)
                return fail(tr("%1 (%2): %3").arg(r.summary.staffNo, r.summary.name, id.error()));
            r.summary.id = *id;
            if (personal && !r.idCardNo.isEmpty())
                if (Status s = repo.savePersonal(r); !s)
                    return s.failure();
        }
        for (const EmployeeRecord &r : preview.changed) {
            auto changed = repo.update(r);
            if (!changed)
                return fail(tr("%1 (%2): %3").arg(r.summary.staffNo, r.summary.name, changed.error()));
            if (!*changed)
                return conflict(
                    tr("%1 was changed by someone else since the preview; read the file again.").arg(r.summary.name));
            if (personal && !r.idCardNo.isEmpty())
                if (Status s = repo.savePersonal(r); !s)
                    return s.failure();
        }
        if (Status s =
                AuditTrail(m_db, m_clock)
                    .record(actor, QStringLiteral("employee.import"), QStringLiteral("employees"), preview.fileName, {},
                            {{QStringLiteral("added"), int(preview.added.size())},
                             {QStringLiteral("changed"), int(preview.changed.size())}});
            !s)
            return s.failure();
        return int(preview.added.size() + preview.changed.size());
    });
}

} // namespace shopdesk
