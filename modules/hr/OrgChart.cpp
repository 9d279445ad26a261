#include "OrgChart.h"

#include "HrActions.h"
#include "audit/AuditTrail.h"
#include "database/data/Database.h"
#include "organisation/data/OrgRepository.h"

#include <QJsonObject>

#include <algorithm>

namespace shopdesk {

namespace {
constexpr int kLongestName = 60;

Result<Department> findDepartment(Database &db, qint64 id)
{
    auto all = OrgRepository(db).departments();
    if (!all)
        return all.failure();
    for (const Department &d : *all)
        if (d.id == id)
            return d;
    return fail(OrgChart::tr("There is no such department; another PC may have changed the list. Refresh."));
}
} // namespace

Result<QList<OrgChart::Row>> OrgChart::departments(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, HrAction::ManagePeople); !s)
        return s.failure();
    OrgRepository org(m_db);
    auto departments = org.departments();
    auto people = org.employees(OrgRepository::Who::OnStaff);
    if (!departments)
        return departments.failure();
    if (!people)
        return people.failure();
    QList<Row> rows;
    for (const Department &d : *departments) {
        Row row{d, {}, 0};
        for (const EmployeeSummary &e : *people) {
            row.people += e.departmentId == d.id ? 1 : 0;
            if (e.id == d.headEmployeeId)
                row.headName = e.name;
        }
        rows.append(row);
    }
    return rows;
}

Result<QList<EmployeeSummary>> OrgChart::people(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, HrAction::ManagePeople); !s)
        return s.failure();
    return OrgRepository(m_db).employees(OrgRepository::Who::OnStaff);
}

Result<QString> OrgChart::checkedName(const QString &name, qint64 departmentId) const
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(tr("A department needs a name."));
    if (trimmed.size() > kLongestName)
        return fail(tr("A department's name has at most %1 characters.").arg(kLongestName));
    auto all = OrgRepository(m_db).departments();
    if (!all)
        return all.failure();
    for (const Department &d : *all)
        if (d.id != departmentId && d.name == trimmed)
            return fail(tr("There is a department named %1 already.").arg(trimmed));
    return trimmed;
}

Result<qint64> OrgChart::add(const Actor &actor, const QString &name)
{
    if (Status s = Permissions::require(actor, HrAction::ManagePeople); !s)
        return s.failure();
    return m_db.write([&]() -> Result<qint64> {
        auto checked = checkedName(name, 0);
        if (!checked)
            return checked.failure();
        auto id = OrgRepository(m_db).addDepartment(*checked);
        if (!id)
            return id;
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("department.add"), QStringLiteral("departments"),
                                   QString::number(*id), {}, {{QStringLiteral("name"), *checked}});
            !s)
            return s.failure();
        return *id;
    });
}

Status OrgChart::rename(const Actor &actor, qint64 departmentId, const QString &name)
{
    if (Status s = Permissions::require(actor, HrAction::ManagePeople); !s)
        return s.failure();
    return m_db.write([&]() -> Status {
        auto before = findDepartment(m_db, departmentId);
        if (!before)
            return before.failure();
        auto checked = checkedName(name, departmentId);
        if (!checked)
            return checked.failure();
        if (Status s = OrgRepository(m_db).renameDepartment(departmentId, *checked); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("department.rename"), QStringLiteral("departments"),
                    QString::number(departmentId), {{QStringLiteral("name"), before->name}},
                    {{QStringLiteral("name"), *checked}});
    });
}

Status OrgChart::setHead(const Actor &actor, qint64 departmentId, qint64 employeeId)
{
    if (Status s = Permissions::require(actor, HrAction::ManagePeople); !s)
        return s.failure();
    return m_db.write([&]() -> Status {
        auto before = findDepartment(m_db, departmentId);
        if (!before)
            return before.failure();
        if (employeeId != 0) {
            OrgRepository org(m_db);
            auto here = org.employees(OrgRepository::Who::OnStaff);
            if (!here)
                return here.failure();
            if (std::none_of(here->cbegin(), here->cend(),
                             [&](const EmployeeSummary &e) { return e.id == employeeId; })) {
                // Not on the staff: gone, not yet joined, or never was.
                auto head = org.employee(employeeId);
                if (!head)
                    return head.failure();
                return fail(head->id == 0
                                ? tr("There is no such employee.")
                                : tr("%1 is not on the staff (has left, or has not yet joined) and cannot head a "
                                     "department.")
                                      .arg(head->name));
            }
        }
        if (Status s = OrgRepository(m_db).setDepartmentHead(departmentId, employeeId); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("department.head"), QStringLiteral("departments"),
                    QString::number(departmentId), {{QStringLiteral("head_employee_id"), before->headEmployeeId}},
                    {{QStringLiteral("head_employee_id"), employeeId}});
    });
}

} // namespace shopdesk
