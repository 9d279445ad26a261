#include "data/ContractRepository.h"

#include "data/PageGrams.h"
#include "database/data/Database.h"

namespace shopdesk {

namespace {
// One row or none of a list read by id.
template<typename T>
Result<std::optional<T>> single(const Result<QList<T>> &list)
{
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<T>() : std::optional<T>(list->first());
}

QString dateOrNull(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}
} // namespace

Result<QList<ContractType>> ContractRepository::types() const
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execPrepared(q, QStringLiteral("SELECT id, code, name FROM contract_types ORDER BY code"), {});
        !s)
        return s.failure();
    QList<ContractType> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

Result<std::optional<ContractType>> ContractRepository::type(qint64 id) const
{
    auto all = types();
    if (!all)
        return all.failure();
    for (const ContractType &t : *all)
        if (t.id == id)
            return std::optional<ContractType>(t);
    return std::optional<ContractType>();
}

Result<qint64> ContractRepository::addType(const ContractType &t)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(q, QStringLiteral("INSERT INTO contract_types(code, name) VALUES (?, ?)"),
                                        {t.code, t.name.trimmed()});
        !s)
        return s.failure();
    return Database::insertedId(q);
}

Result<QList<ContractArchive>> ContractRepository::archives() const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT a.id, a.name, a.location, a.custodian_user_id, "
                           "coalesce(nullif(u.display_name, ''), u.username) FROM contract_archives a "
                           "JOIN users u ON u.id = a.custodian_user_id ORDER BY a.name"),
            {});
        !s)
        return s.failure();
    QList<ContractArchive> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toString()});
    return list;
}

Result<std::optional<ContractArchive>> ContractRepository::archive(qint64 id) const
{
    auto all = archives();
    if (!all)
        return all.failure();
    for (const ContractArchive &a : *all)
        if (a.id == id)
            return std::optional<ContractArchive>(a);
    return std::optional<ContractArchive>();
}

Result<qint64> ContractRepository::addArchive(const ContractArchive &a)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q, QStringLiteral("INSERT INTO contract_archives(name, location, custodian_user_id) VALUES (?, ?, ?)"),
            {a.name.trimmed(), a.location.trimmed(), a.custodianUserId});
        !s)
        return s.failure();
    return Database::insertedId(q);
}

Result<int> ContractRepository::takeSerial(int year, qint64 typeId)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("INSERT INTO contract_serials(year, type_id, last_serial) VALUES (?, ?, 1) "
                           "ON CONFLICT(year, type_id) DO UPDATE SET last_serial = contract_serials.last_serial + 1 "
                           "RETURNING last_serial"),
            {year, typeId});
        !s)
        return s.failure();
    if (!q.next())
        return fail(QStringLiteral("no contract serial returned"));
    return q.value(0).toInt();
}

Result<qint64> ContractRepository::insert(const Contract &c, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO contracts(number, type_id, title, counterparties, signed_on, starts_on, "
                           "ends_on, value_fen, responsible_employee_id, status, archive_id, cabinet, shelf, box, "
                           "notes, registered_by_user_id, registered_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, nullif(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {c.number, c.typeId, c.title.trimmed(), c.counterparties.trimmed(), dateOrNull(c.signedOn),
             dateOrNull(c.startsOn), dateOrNull(c.endsOn), c.valueFen, Database::nullableId(c.responsibleEmployeeId),
             contractStatusKey(c.status), c.archiveId, c.cabinet.trimmed(), c.shelf.trimmed(), c.box.trimmed(),
             c.notes.trimmed(), userId, at});
        !s)
        return s.failure();
    return Database::insertedId(q);
}

Result<bool> ContractRepository::update(const Contract &c)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral(
                "UPDATE contracts SET title = ?, counterparties = ?, starts_on = ?, ends_on = nullif(?, ''), "
                "value_fen = ?, responsible_employee_id = ?, status = ?, cabinet = ?, shelf = ?, box = ?, "
                "notes = ?, version = version + 1 WHERE id = ? AND version = ?"),
            {c.title.trimmed(), c.counterparties.trimmed(), dateOrNull(c.startsOn), dateOrNull(c.endsOn), c.valueFen,
             Database::nullableId(c.responsibleEmployeeId), contractStatusKey(c.status), c.cabinet.trimmed(),
             c.shelf.trimmed(), c.box.trimmed(), c.notes.trimmed(), c.id, c.version});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<Contract>> ContractRepository::read(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral(
                "SELECT c.id, c.number, c.type_id, t.name, c.title, c.counterparties, c.signed_on, "
                "c.starts_on, coalesce(c.ends_on, ''), c.value_fen, coalesce(c.responsible_employee_id, 0), "
                "coalesce(e.name, ''), c.status, c.archive_id, a.name, c.cabinet, c.shelf, c.box, c.notes, "
                "c.version, coalesce(o.borrower, ''), coalesce(o.due_on, '') "
                "FROM contracts c JOIN contract_types t ON t.id = c.type_id "
                "JOIN contract_archives a ON a.id = c.archive_id "
                "LEFT JOIN employees e ON e.id = c.responsible_employee_id "
                "LEFT JOIN (SELECT l.contract_id, l.due_on, coalesce(nullif(u.display_name, ''), u.username) "
                " AS borrower FROM contract_loans l JOIN users u ON u.id = l.borrower_user_id "
                " WHERE l.kind = 'original' AND l.lent_on IS NOT NULL AND l.returned_on IS NULL) o "
                " ON o.contract_id = c.id ")
                + where,
            values);
        !s)
        return s.failure();
    QList<Contract> list;
    while (q.next()) {
        Contract c;
        c.id = q.value(0).toLongLong();
        c.number = q.value(1).toString();
        c.typeId = q.value(2).toLongLong();
        c.typeName = q.value(3).toString();
        c.title = q.value(4).toString();
        c.counterparties = q.value(5).toString();
        c.signedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        c.startsOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        c.endsOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        c.valueFen = q.value(9).toLongLong();
        c.responsibleEmployeeId = q.value(10).toLongLong();
        c.responsibleName = q.value(11).toString();
        c.status = contractStatusFromKey(q.value(12).toString()).value_or(ContractStatus::Active);
        c.archiveId = q.value(13).toLongLong();
        c.archiveName = q.value(14).toString();
        c.cabinet = q.value(15).toString();
        c.shelf = q.value(16).toString();
        c.box = q.value(17).toString();
        c.notes = q.value(18).toString();
        c.version = q.value(19).toInt();
        c.originalOutWith = q.value(20).toString();
        c.originalDueOn = QDate::fromString(q.value(21).toString(), Qt::ISODate);
        list.append(c);
    }
    return list;
}

Result<std::optional<Contract>> ContractRepository::contract(qint64 id) const
{
    return single(read(QStringLiteral("WHERE c.id = ?"), {id}));
}

Result<QList<Contract>> ContractRepository::contracts() const
{
    return read(QStringLiteral("ORDER BY c.signed_on DESC, c.number DESC"), {});
}

Result<QList<Contract>> ContractRepository::find(const ContractFilter &f) const
{
    // The fields of any length of Chinese text: a scan of the few text columns; the files' text
    // through the index of character pairs (ARCHITECTURE.md, Chinese search).
    const SqlDialect sql = m_db.dialect();
    const auto like = [&sql](const QString &column) { return sql.likeIgnoringCase(column, QStringLiteral("?")); };
    const QString text = SqlDialect::containing(f.text.trimmed());
    QString where = QStringLiteral("WHERE ((%1 OR %2 OR %3 OR %4)")
                        .arg(like(QStringLiteral("c.number")), like(QStringLiteral("c.title")),
                             like(QStringLiteral("c.counterparties")), like(QStringLiteral("c.notes")));
    QVariantList values{text, text, text, text};
    const PageGrams index(sql);
    if (const QString match = index.query(f.text); !match.isEmpty()) {
        where += QStringLiteral(" OR c.id IN (SELECT p.contract_id FROM %1 WHERE %2)")
                     .arg(index.joinedToPages(), index.matching());
        values << match;
    }
    where += QLatin1Char(')');
    if (f.typeId > 0) {
        where += QStringLiteral(" AND c.type_id = ?");
        values << f.typeId;
    }
    if (f.status) {
        where += QStringLiteral(" AND c.status = ?");
        values << contractStatusKey(*f.status);
    }
    if (f.year > 0) {
        where += QStringLiteral(" AND c.signed_on BETWEEN ? AND ?");
        values << QStringLiteral("%1-01-01").arg(f.year) << QStringLiteral("%1-12-31").arg(f.year);
    }
    if (!f.party.trimmed().isEmpty()) {
        where += QStringLiteral(" AND ") + like(QStringLiteral("c.counterparties"));
        values << SqlDialect::containing(f.party.trimmed());
    }
    if (f.minFen) {
        where += QStringLiteral(" AND c.value_fen >= ?");
        values << *f.minFen;
    }
    if (f.maxFen) {
        where += QStringLiteral(" AND c.value_fen <= ?");
        values << *f.maxFen;
    }
    if (f.endingBy.isValid()) {
        // In force and ending by that day (CON-03's 30/60/90 days).
        where += QStringLiteral(" AND c.status = 'active' AND c.ends_on IS NOT NULL AND c.ends_on BETWEEN ? AND ?");
        values << (f.endingFrom.isValid() ? f.endingFrom : QDate(1, 1, 1)).toString(Qt::ISODate)
               << f.endingBy.toString(Qt::ISODate);
    }
    where += QStringLiteral(" ORDER BY c.signed_on DESC, c.number DESC LIMIT ?");
    values << qMax(1, f.limit);
    return read(where, values);
}

Result<QStringList> ContractRepository::sameAs(const Contract &c) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT number FROM contracts WHERE counterparties = ? AND title = ? AND signed_on = ? "
                           "ORDER BY number"),
            {c.counterparties.trimmed(), c.title.trimmed(), c.signedOn.toString(Qt::ISODate)});
        !s)
        return s.failure();
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    return numbers;
}

} // namespace shopdesk
