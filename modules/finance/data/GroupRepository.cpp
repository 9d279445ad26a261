#include "data/GroupRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

Result<QList<GroupAccount>> GroupRepository::read(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    // An advance counts while it needs no approval, or its approval is pending or given.
    Status s = Database::execPrepared(
        q,
        QStringLiteral(
            "SELECT g.id, g.name, g.kind, g.contract_value_fen, g.signed_on, g.departure_on, g.return_on, "
            "(SELECT coalesce(sum(b.amount_fen), 0) FROM group_budget_lines b WHERE b.group_account_id = g.id), "
            "(SELECT coalesce(sum(r.amount_fen), 0) FROM group_receipts r WHERE r.group_account_id = g.id), "
            "(SELECT coalesce(sum(v.amount_fen), 0) FROM group_advances v LEFT JOIN approval_requests a "
            " ON a.id = v.approval_id WHERE v.group_account_id = g.id "
            " AND (v.approval_id IS NULL OR a.state IN ('pending', 'approved'))), "
            "(SELECT %1 FROM group_documents d WHERE d.group_account_id = g.id), "
            "g.departure_override_by_user_id IS NOT NULL, g.settled_at IS NOT NULL, "
            "(SELECT coalesce(sum(w.amount_fen), 0) FROM group_write_offs w WHERE w.group_account_id = g.id), "
            "(SELECT count(*) FROM group_travellers t WHERE t.group_account_id = g.id), "
            "(SELECT coalesce(%2, '') FROM group_write_offs w "
            " JOIN employees e ON e.id = w.responsible_employee_id WHERE w.group_account_id = g.id), g.version, "
            "(SELECT d.departed_on FROM group_departures d WHERE d.group_account_id = g.id) "
            "FROM group_accounts g ")
                .arg(m_db.dialect().joinedDistinct(QStringLiteral("d.kind")),
                     m_db.dialect().joinedDistinct(QStringLiteral("e.name")))
            + where,
        values);
    if (!s)
        return s.failure();
    QList<GroupAccount> list;
    while (q.next()) {
        GroupAccount a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.kind = groupKindFromKey(q.value(2).toString()).value_or(GroupKind::Group);
        a.contractValueFen = q.value(3).toLongLong();
        a.signedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        a.departureOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        a.returnOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        a.budgetSheetFen = q.value(7).toLongLong();
        a.receivedFen = q.value(8).toLongLong();
        a.advancedFen = q.value(9).toLongLong();
        for (const QString &key : q.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const auto d = groupDocumentFromKey(key))
                a.documents.append(*d);
        a.departureOverridden = q.value(11).toBool();
        a.settled = q.value(12).toBool();
        a.writtenOffFen = q.value(13).toLongLong();
        a.travellers = q.value(14).toInt();
        a.responsibleName = q.value(15).toString();
        a.version = q.value(16).toInt();
        a.departedOn = QDate::fromString(q.value(17).toString(), Qt::ISODate);
        list.append(a);
    }
    return list;
}

Result<QList<GroupAccount>> GroupRepository::accounts() const
{
    return read(QStringLiteral("ORDER BY g.departure_on DESC, g.id DESC"), {});
}

Result<std::optional<GroupAccount>> GroupRepository::account(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE g.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<GroupAccount>() : std::optional<GroupAccount>(list->first());
}

Result<qint64> GroupRepository::insert(const GroupAccount &a, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO group_accounts(name, kind, contract_value_fen, signed_on, departure_on, return_on, "
                       "created_by_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.name.trimmed(), groupKindKey(a.kind), a.contractValueFen, a.signedOn.toString(Qt::ISODate),
         a.departureOn.toString(Qt::ISODate), a.returnOn.toString(Qt::ISODate), userId, at});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

namespace {
// Runs a prepared UPDATE of one row at its version: false when the version moved on.
Result<bool> changed(QSqlQuery &q)
{
    if (Status s = Database::exec(q); !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}
} // namespace

Result<bool> GroupRepository::update(const GroupAccount &a)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE group_accounts SET name = ?, kind = ?, contract_value_fen = ?, signed_on = ?, "
                             "departure_on = ?, return_on = ?, version = version + 1 "
                             "WHERE id = ? AND version = ?"));
    Database::addBindValues(q,
                            QVariantList{a.name.trimmed(), groupKindKey(a.kind), a.contractValueFen,
                                         a.signedOn.toString(Qt::ISODate), a.departureOn.toString(Qt::ISODate),
                                         a.returnOn.toString(Qt::ISODate), a.id, a.version});
    return changed(q);
}

Status GroupRepository::addReceipt(qint64 accountId, const QDate &day, qint64 amountFen, const QString &reference,
                                   qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO group_receipts(group_account_id, received_on, amount_fen, "
                       "reference, recorded_by_user_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {accountId, day.toString(Qt::ISODate), amountFen, reference.trimmed(), userId, at});
}

Result<qint64> GroupRepository::addAdvance(qint64 accountId, const QString &guide, qint64 amountFen, qint64 frontedFen,
                                           const QDate &day, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO group_advances(group_account_id, guide, amount_fen, fronted_fen, lent_on, "
                       "recorded_by_user_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {accountId, guide.trimmed(), amountFen, frontedFen, day.toString(Qt::ISODate), userId, at});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Status GroupRepository::setAdvanceApproval(qint64 advanceId, qint64 approvalId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE group_advances SET approval_id = ? WHERE id = ?"),
                                  {approvalId, advanceId});
}

Result<QList<GroupTraveller>> GroupRepository::travellers(qint64 accountId) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("SELECT id, name, phone FROM group_travellers WHERE group_account_id = ? ORDER BY id"),
        {accountId});
    if (!s)
        return s.failure();
    QList<GroupTraveller> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

Status GroupRepository::addTraveller(qint64 accountId, const GroupTraveller &t, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q,
                                  QStringLiteral("INSERT INTO group_travellers(group_account_id, name, phone, "
                                                 "added_by_user_id, added_at) VALUES (?, ?, ?, ?, ?)"),
                                  {accountId, t.name.trimmed(), t.phone.trimmed(), userId, at});
}

Result<bool> GroupRepository::removeTraveller(qint64 accountId, qint64 travellerId)
{
    QSqlQuery q = m_db.query();
    Status s =
        Database::execPrepared(q, QStringLiteral("DELETE FROM group_travellers WHERE id = ? AND group_account_id = ?"),
                               {travellerId, accountId});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<GroupBudgetLine>> GroupRepository::budgetLines(qint64 accountId) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("SELECT id, item, amount_fen FROM group_budget_lines WHERE group_account_id = ? ORDER BY id"),
        {accountId});
    if (!s)
        return s.failure();
    QList<GroupBudgetLine> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return list;
}

Result<qint64> GroupRepository::addBudgetLine(qint64 accountId, const GroupBudgetLine &line, qint64 userId,
                                              const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execInsert(q,
                                 QStringLiteral("INSERT INTO group_budget_lines(group_account_id, item, amount_fen, "
                                                "added_by_user_id, added_at) VALUES (?, ?, ?, ?, ?)"),
                                 {accountId, line.item.trimmed(), line.amountFen, userId, at});
        !s)
        return s.failure();
    return Database::insertedId(q);
}

Result<bool> GroupRepository::removeBudgetLine(qint64 accountId, qint64 lineId)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("DELETE FROM group_budget_lines WHERE id = ? AND group_account_id = ?"), {lineId, accountId});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Status GroupRepository::addDeparture(qint64 accountId, const QDate &day, qint64 receivedFen, qint64 userId,
                                     const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO group_departures(group_account_id, departed_on, "
                       "received_fen, recorded_by_user_id, recorded_at) VALUES (?, ?, ?, ?, ?)"),
        {accountId, day.toString(Qt::ISODate), receivedFen, userId, at});
}

Status GroupRepository::addDocument(qint64 accountId, GroupDocument kind, const QString &fileName,
                                    const QByteArray &content, const QString &sha256, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO group_documents(group_account_id, kind, file_name, content, sha256, "
                       "added_by_user_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {accountId, groupDocumentKey(kind), fileName, content, sha256, userId, at});
}

Result<bool> GroupRepository::overrideDeparture(qint64 accountId, int version, qint64 userId, const QString &reason)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE group_accounts SET departure_override_by_user_id = ?, "
                             "departure_override_reason = ?, version = version + 1 WHERE id = ? AND version = ?"));
    Database::addBindValues(q, QVariantList{userId, reason, accountId, version});
    return changed(q);
}

Status GroupRepository::addWriteOff(qint64 accountId, qint64 amountFen, qint64 responsibleEmployeeId, const QDate &day,
                                    qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO group_write_offs(group_account_id, amount_fen, responsible_employee_id, "
                       "written_off_on, recorded_by_user_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {accountId, amountFen, responsibleEmployeeId, day.toString(Qt::ISODate), userId, at});
}

Result<bool> GroupRepository::settle(qint64 accountId, int version, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE group_accounts SET settled_by_user_id = ?, settled_at = ?, version = version + 1 "
                             "WHERE id = ? AND version = ?"));
    Database::addBindValues(q, QVariantList{userId, at, accountId, version});
    return changed(q);
}

} // namespace shopdesk
