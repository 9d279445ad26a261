#include "EmployeeRepository.h"

#include "database/data/Database.h"

#include <QSqlError>

namespace shopdesk {

namespace {
const QString kColumns =
    QStringLiteral("SELECT e.id, e.staff_no, e.name, e.department_id, coalesce(p.name, ''), e.supervisor_id, "
                   "coalesce(e.clock_pin, ''), e.phone, "
                   "e.hire_date, e.status, e.probation_end, e.special_hire, coalesce(nullif(u.display_name, ''), "
                   "u.username, ''), coalesce(e.verified_at, ''), "
                   "e.notice_date, e.last_day, e.settlement, coalesce(x.id_card_no, ''), coalesce(x.address, ''), "
                   "coalesce(x.emergency_contact, ''), "
                   "coalesce(x.education, ''), e.version");
const int kColumnCount = 22;
const QString kFrom = QStringLiteral(
    " FROM employees e LEFT JOIN positions p ON p.id = e.position_id "
    "LEFT JOIN users u ON u.id = e.verified_by_user_id LEFT JOIN employee_personal x ON x.employee_id = e.id ");
const QString kSelect = kColumns + kFrom;

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

EmployeeRecord read(const QSqlQuery &q)
{
    EmployeeRecord r;
    r.summary = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toLongLong(),
                 q.value(6).toString(),   q.value(7).toString(), date(q.value(8))};
    r.status = employeeStatusFromKey(q.value(9).toString()).value_or(EmployeeStatus::Regular);
    r.probationEnd = date(q.value(10));
    r.specialHire = q.value(11).toBool();
    r.verifiedByName = q.value(12).toString();
    r.verifiedAt = q.value(13).toString();
    r.noticeDate = date(q.value(14));
    r.lastDay = date(q.value(15));
    r.settlement = q.value(16).toString();
    r.idCardNo = q.value(17).toString();
    r.address = q.value(18).toString();
    r.emergencyContact = q.value(19).toString();
    r.education = q.value(20).toString();
    r.version = q.value(21).toInt();
    return r;
}

Result<qint64> positionId(Database &db, const QString &name)
{
    if (name.trimmed().isEmpty())
        return qint64(0);
    QSqlQuery q = db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("INSERT INTO positions(name) VALUES (?) ON CONFLICT(name) DO NOTHING"), {name.trimmed()});
        !s)
        return s.failure();
    if (Status s =
            Database::execPrepared(q, QStringLiteral("SELECT id FROM positions WHERE name = ?"), {name.trimmed()});
        !s)
        return s.failure();
    return q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

Result<QList<EmployeeRecord>> EmployeeRepository::records() const
{
    QSqlQuery q = m_db.query();
    if (!q.exec(kSelect + QStringLiteral("ORDER BY e.staff_no")))
        return Database::failure(q);
    QList<EmployeeRecord> list;
    while (q.next())
        list.append(read(q));
    return list;
}

Result<Page<EmployeeRecord>> EmployeeRepository::page(const EmployeeListQuery &query, const PersonalDataReach &reach,
                                                      const PageCursor &after, int pageSize) const
{
    // The hire date as the reader sees it: blank where it is someone else's personal data (DB-04).
    QString hireDate = QStringLiteral("coalesce(e.hire_date, '')");
    if (!reach.everyone) {
        QStringList reached{QStringLiteral("0")}; // nobody's id: an empty IN () is no SQL
        for (qint64 id : reach.employeeIds)
            reached << QString::number(id);
        hireDate =
            QStringLiteral("CASE WHEN e.id IN (%1) THEN %2 ELSE '' END").arg(reached.join(QLatin1Char(',')), hireDate);
    }
    const QString verifier = QStringLiteral("coalesce(nullif(u.display_name, ''), u.username, '')");
    const QString verification =
        QStringLiteral("CASE WHEN %1 <> '' THEN %1 || ', ' || substr(coalesce(e.verified_at, ''), 1, 10) ELSE '' END")
            .arg(verifier);
    QString key;
    switch (query.order) {
    case EmployeeListQuery::ByStaffNo: key = QStringLiteral("e.staff_no"); break;
    case EmployeeListQuery::ByName: key = QStringLiteral("e.name"); break;
    case EmployeeListQuery::ByDepartment: key = QStringLiteral("coalesce(d.name, '')"); break;
    case EmployeeListQuery::ByPosition: key = QStringLiteral("coalesce(p.name, '')"); break;
    case EmployeeListQuery::ByPhone: key = QStringLiteral("e.phone"); break;
    case EmployeeListQuery::ByStatus:
        key = QStringLiteral("CASE e.status WHEN 'candidate' THEN 0 WHEN 'probation' THEN 1 WHEN 'regular' THEN 2 "
                             "WHEN 'leaving' THEN 3 ELSE 4 END");
        break;
    case EmployeeListQuery::ByHireDate: key = hireDate; break;
    case EmployeeListQuery::ByVerification: key = verification; break;
    }
    QString sql = kColumns + QStringLiteral(", ") + key + kFrom
        + QStringLiteral("LEFT JOIN departments d ON d.id = e.department_id WHERE 1=1");
    QVariantList values;
    if (!query.text.isEmpty()) {
        QStringList matches;
        for (const QString &column :
             {QStringLiteral("e.staff_no"), QStringLiteral("e.name"), QStringLiteral("coalesce(d.name, '')"),
              QStringLiteral("coalesce(p.name, '')"), QStringLiteral("e.phone"), hireDate, verification}) {
            matches << m_db.dialect().containsIgnoringCase(column, QStringLiteral("?"));
            values << query.text;
        }
        for (EmployeeStatus status : query.statuses) {
            matches << QStringLiteral("e.status = ?");
            values << employeeStatusKey(status);
        }
        sql += QStringLiteral(" AND (") + matches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    // Keyset (issue 12): after the last row read by its key, the unique staff number breaking ties.
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (after.after.size() == 2) {
        const QString past = query.descending ? QStringLiteral("<") : QStringLiteral(">");
        sql += QStringLiteral(" AND (%1 %2 ? OR (%1 = ? AND e.staff_no %2 ?))").arg(key, past);
        values << after.after.at(0) << after.after.at(0) << after.after.at(1);
    }
    const int size = qBound(1, pageSize, 10000);
    sql += QStringLiteral(" ORDER BY %1 %2, e.staff_no %2 LIMIT %3").arg(key, direction).arg(size + 1);
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, sql, values); !s)
        return s.failure();
    QList<EmployeeRecord> rows;
    QVariantList keys;
    while (q.next()) {
        rows.append(read(q));
        keys.append(q.value(kColumnCount));
    }
    return pageOf(std::move(rows), size, [&](const EmployeeRecord &last) {
        return PageCursor{{keys.at(qMin(keys.size(), qsizetype(size)) - 1), last.summary.staffNo}};
    });
}

Result<std::optional<EmployeeRecord>> EmployeeRepository::record(qint64 id) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, kSelect + QStringLiteral("WHERE e.id = ?"), {id}); !s)
        return s.failure();
    if (!q.next())
        return std::optional<EmployeeRecord>();
    return std::optional<EmployeeRecord>(read(q));
}

Result<QList<Assessment>> EmployeeRepository::assessments(qint64 employeeId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT id, employee_id, written_score, practical_score, passed, assessor, assessed_on "
                           "FROM assessments WHERE employee_id = ? ORDER BY assessed_on, id"),
            {employeeId});
        !s)
        return s.failure();
    QList<Assessment> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toDouble(),
                     q.value(4).toBool(), q.value(5).toString(), date(q.value(6))});
    return list;
}

Result<QList<IssuedProperty>> EmployeeRepository::property(qint64 employeeId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT id, employee_id, item, kind, issued_on, state, closed_on, note, version "
                           "FROM issued_property WHERE employee_id = ? ORDER BY id"),
            {employeeId});
        !s)
        return s.failure();
    QList<IssuedProperty> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     date(q.value(4)), propertyStateFromKey(q.value(5).toString()), date(q.value(6)),
                     q.value(7).toString(), q.value(8).toInt()});
    return list;
}

Result<std::optional<IssuedProperty>> EmployeeRepository::propertyItem(qint64 id) const
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execPrepared(q, QStringLiteral("SELECT employee_id FROM issued_property WHERE id = ?"), {id});
        !s)
        return s.failure();
    if (!q.next())
        return std::optional<IssuedProperty>();
    auto all = property(q.value(0).toLongLong());
    if (!all)
        return all.failure();
    for (const IssuedProperty &p : *all)
        if (p.id == id)
            return std::optional<IssuedProperty>(p);
    return std::optional<IssuedProperty>();
}

Result<QList<qint64>> EmployeeRepository::usersToDisable(const QDate &today) const
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execPrepared(q,
                                   QStringLiteral("SELECT u.id FROM users u JOIN employees e ON e.id = u.employee_id "
                                                  "WHERE e.last_day IS NOT NULL AND e.last_day < ? AND u.disabled = 0"),
                                   {today.toString(Qt::ISODate)});
        !s)
        return s.failure();
    QList<qint64> list;
    while (q.next())
        list.append(q.value(0).toLongLong());
    return list;
}

Result<qint64> EmployeeRepository::insert(const EmployeeRecord &r)
{
    auto position = positionId(m_db, r.summary.position);
    if (!position)
        return position.failure();
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO employees(staff_no, name, department_id, position_id, supervisor_id, clock_pin, "
                       "phone, hire_date, status, probation_end, special_hire) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
        {r.summary.staffNo, r.summary.name, Database::nullableId(r.summary.departmentId),
         Database::nullableId(*position), Database::nullableId(r.summary.supervisorId),
         r.summary.clockPin.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.summary.clockPin),
         r.summary.phone, dateValue(r.summary.hireDate), employeeStatusKey(r.status), dateValue(r.probationEnd),
         r.specialHire});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Result<bool> EmployeeRepository::update(const EmployeeRecord &r)
{
    auto position = positionId(m_db, r.summary.position);
    if (!position)
        return position.failure();
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral(
            "UPDATE employees SET staff_no = ?, name = ?, department_id = ?, position_id = ?, supervisor_id = ?, "
            "clock_pin = ?, "
            "phone = ?, hire_date = ?, status = ?, probation_end = ?, special_hire = ?, notice_date = ?, last_day = ?, "
            "settlement = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {r.summary.staffNo, r.summary.name, Database::nullableId(r.summary.departmentId),
         Database::nullableId(*position), Database::nullableId(r.summary.supervisorId),
         r.summary.clockPin.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.summary.clockPin),
         r.summary.phone, dateValue(r.summary.hireDate), employeeStatusKey(r.status), dateValue(r.probationEnd),
         r.specialHire, dateValue(r.noticeDate), dateValue(r.lastDay), r.settlement, r.summary.id, r.version});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Status EmployeeRepository::savePersonal(const EmployeeRecord &r)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral(
            "INSERT INTO employee_personal(employee_id, id_card_no, address, emergency_contact, education) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(employee_id) DO UPDATE SET id_card_no = excluded.id_card_no, "
            "address = excluded.address, emergency_contact = excluded.emergency_contact, "
            "education = excluded.education"),
        {r.summary.id, r.idCardNo, r.address, r.emergencyContact, r.education});
}

Status EmployeeRepository::verify(qint64 id, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral(
            "UPDATE employees SET verified_by_user_id = ?, verified_at = ?, version = version + 1 WHERE id = ?"),
        {userId, at, id});
}

Result<qint64> EmployeeRepository::addAssessment(const Assessment &a, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO assessments(employee_id, written_score, practical_score, passed, assessor, "
                       "assessed_on, recorded_by_user_id, recorded_at) VALUES (?,?,?,?,?,?,?,?)"),
        {a.employeeId, a.writtenScore, a.practicalScore, a.passed, a.assessor, a.assessedOn.toString(Qt::ISODate),
         userId, at});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Result<qint64> EmployeeRepository::issue(const IssuedProperty &p)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q, QStringLiteral("INSERT INTO issued_property(employee_id, item, kind, issued_on, note) VALUES (?,?,?,?,?)"),
        {p.employeeId, p.item, p.kind, p.issuedOn.toString(Qt::ISODate), p.note});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Result<bool> EmployeeRepository::closeProperty(qint64 id, int version, PropertyState state, const QDate &on,
                                               const QString &note)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("UPDATE issued_property SET state = ?, closed_on = ?, note = ?, version = version + 1 "
                       "WHERE id = ? AND version = ? AND state = 'issued'"),
        {propertyStateKey(state), on.toString(Qt::ISODate), note, id, version});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Status EmployeeRepository::disableUser(qint64 userId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q, QStringLiteral("UPDATE users SET disabled = 1, version = version + 1 WHERE id = ?"), {userId});
}

} // namespace shopdesk
