#include "EmployeeImport.h"

#include "data/EmployeeRepository.h"

#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "HrActions.h"
#include "imports/XlsxSheet.h"
#include "database/data/Database.h"
#include "organisation/data/OrgRepository.h"
#include "imports/domain/CsvTable.h"
#include "domain/IdCardNumber.h"
#include "imports/domain/TextDecoding.h"

namespace shopdesk {

namespace {
// Each column by its Chinese or English header.
const QList<std::pair<const char *, QStringList>> kColumns{
    {"staff_no", {QStringLiteral("工号"), QStringLiteral("Staff no."), QStringLiteral("staff_no")}},
    {"name", {QStringLiteral("姓名"), QStringLiteral("Name"), QStringLiteral("name")}},
    {"department", {QStringLiteral("部门"), QStringLiteral("Department"), QStringLiteral("department")}},
    {"position", {QStringLiteral("职位"), QStringLiteral("岗位"), QStringLiteral("Position"), QStringLiteral("position")}},
    {"phone", {QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("Phone"), QStringLiteral("phone")}},
    {"pin", {QStringLiteral("考勤号码"), QStringLiteral("考勤号"), QStringLiteral("PIN"), QStringLiteral("pin")}},
    {"hired", {QStringLiteral("入职日期"), QStringLiteral("Hire date"), QStringLiteral("hire_date")}},
    {"id_card", {QStringLiteral("身份证号"), QStringLiteral("ID card"), QStringLiteral("id_card")}}};
} // namespace

Result<EmployeeImportPreview> EmployeeImport::preview(const Actor &actor, const QByteArray &bytes, const QString &fileName) const
{
    if (!Permissions::can(actor, HrAction::ManagePeople))
        return fail(Permissions::refusal(HrAction::ManagePeople));
    QList<CsvRecord> records;
    if (bytes.startsWith("PK\x03\x04")) {
        auto sheet = XlsxSheet::readFirstSheet(bytes);
        if (!sheet)
            return fail(tr("%1: %2").arg(fileName, sheet.error()));
        records = *sheet;
    } else {
        records = CsvTable::parse(TextDecoding::decode(bytes, TextDecoding::Encoding::Auto));
    }
    const int header = CsvTable::findHeader(records, {QStringLiteral("工号"), QStringLiteral("姓名")}) >= 0
        ? CsvTable::findHeader(records, {QStringLiteral("工号"), QStringLiteral("姓名")})
        : CsvTable::findHeader(records, {QStringLiteral("Staff no."), QStringLiteral("Name")});
    if (header < 0)
        return fail(tr("%1 has no header row with 工号 and 姓名 (staff number and name).").arg(fileName));
    QHash<QString, int> column;
    const QStringList names = records.at(header).fields;
    for (const auto &[key, titles] : kColumns)
        for (const QString &t : titles)
            if (names.contains(t))
                column.insert(QString::fromLatin1(key), int(names.indexOf(t)));

    auto existing = EmployeeRepository(m_db).records();
    auto departments = OrgRepository(m_db).departments();
    if (!existing || !departments)
        return fail(existing.error() + departments.error());
    QHash<QString, EmployeeRecord> byStaffNo;
    QHash<QString, QString> pinOwner;
    for (const EmployeeRecord &r : *existing) {
        byStaffNo.insert(r.summary.staffNo, r);
        if (!r.summary.clockPin.isEmpty())
            pinOwner.insert(r.summary.clockPin, r.summary.staffNo);
    }
    QHash<QString, qint64> departmentIds;
    for (const Department &d : *departments)
        departmentIds.insert(d.name, d.id);

    EmployeeImportPreview p;
    p.fileName = fileName;
    QSet<QString> seen;
    for (int i = header + 1; i < records.size(); ++i) {
        const CsvRecord &row = records.at(i);
        auto field = [&](const char *key) { return row.fields.value(column.value(QString::fromLatin1(key), -1)).trimmed(); };
        if (std::all_of(row.fields.cbegin(), row.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        ++p.rowsRead;
        auto problem = [&](const QString &f, const QString &value, const QString &reason) { p.problems.append({row.line, f, value, reason}); };
        const QString staffNo = field("staff_no"), name = field("name");
        if (staffNo.isEmpty() || name.isEmpty()) {
            problem(tr("staff no. / name"), staffNo + name, tr("both are required"));
            continue;
        }
        if (seen.contains(staffNo)) {
            problem(tr("staff no."), staffNo, tr("appears twice in the file"));
            continue;
        }
        seen.insert(staffNo);
        EmployeeRecord r = byStaffNo.value(staffNo);
        const bool isNew = r.summary.id == 0;
        if (isNew) {
            r.summary.staffNo = staffNo;
            r.status = EmployeeStatus::Regular;
        }
        const EmployeeRecord before = r;
        r.summary.name = name;
        const QString department = field("department");
        if (!department.isEmpty()) {
            if (!departmentIds.contains(department)) {
                problem(tr("department"), department, tr("no such department"));
                continue;
            }
            r.summary.departmentId = departmentIds.value(department);
        }
        if (column.contains(QStringLiteral("position")))
            r.summary.position = field("position");
        if (column.contains(QStringLiteral("phone")))
            r.summary.phone = field("phone");
        const QString pin = field("pin");
        if (!pin.isEmpty() && pinOwner.contains(pin) && pinOwner.value(pin) != staffNo) {
            problem(tr("PIN"), pin, tr("already the PIN of %1").arg(pinOwner.value(pin)));
            continue;
        }
        if (!pin.isEmpty())
            r.summary.clockPin = pin;
        const QString hired = field("hired");
        if (!hired.isEmpty()) {
            const QDate d = QDate::fromString(hired.left(10).replace(QLatin1Char('/'), QLatin1Char('-')), Qt::ISODate);
            if (!d.isValid()) {
                problem(tr("hire date"), hired, tr("not a date (YYYY-MM-DD)"));
                continue;
            }
            r.summary.hireDate = d;
        }
        const QString idCard = field("id_card");
        if (!idCard.isEmpty()) {
            if (auto ok = IdCardNumber::check(idCard); !ok) {
                problem(tr("ID card"), idCard, ok.error());
                continue;
            }
            r.idCardNo = idCard.toUpper();
        }
        const bool same = !isNew && r.summary.name == before.summary.name && r.summary.departmentId == before.summary.departmentId
            && r.summary.position == before.summary.position && r.summary.phone == before.summary.phone
            && r.summary.clockPin == before.summary.clockPin && r.summary.hireDate == before.summary.hireDate
            && (idCard.isEmpty() || r.idCardNo == before.idCardNo);
        if (same)
            ++p.unchanged;
        else
            (isNew ? p.added : p.changed).append(r);
    }
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
                return conflict(tr("%1 was changed by someone else since the preview; read the file again.").arg(r.summary.name));
            if (personal && !r.idCardNo.isEmpty())
                if (Status s = repo.savePersonal(r); !s)
                    return s.failure();
        }
        if (Status s = AuditTrail(m_db, m_clock).record(actor, QStringLiteral("employee.import"), QStringLiteral("employees"), preview.fileName, {},
                                                        {{QStringLiteral("added"), int(preview.added.size())},
                                                         {QStringLiteral("changed"), int(preview.changed.size())}});
            !s)
            return s.failure();
        return int(preview.added.size() + preview.changed.size());
    });
}

} // namespace shopdesk
