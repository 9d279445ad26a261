#include "data/CashJournalRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

namespace {
const QString kDaySelect =
    QStringLiteral("SELECT c.day, c.opening_fen, c.receipts_fen, c.payments_fen, c.counted_fen, c.closed_by_user_id, "
                   "coalesce(nullif(cu.display_name, ''), cu.username), c.closed_at, "
                   "coalesce(nullif(ru.display_name, ''), ru.username, ''), c.reviewed_at, c.review_note "
                   "FROM cash_days c JOIN users cu ON cu.id = c.closed_by_user_id LEFT JOIN users ru ON ru.id = "
                   "c.reviewed_by_user_id ");

CashDay dayFrom(const QSqlQuery &q)
{
    CashDay d;
    d.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    d.openingFen = q.value(1).toLongLong();
    d.receiptsFen = q.value(2).toLongLong();
    d.paymentsFen = q.value(3).toLongLong();
    d.countedFen = q.value(4).toLongLong();
    d.closed = true;
    d.closedByUserId = q.value(5).toLongLong();
    d.closedBy = q.value(6).toString();
    d.closedAt = fromStoredInstant(q.value(7).toString());
    d.reviewedBy = q.value(8).toString();
    if (!q.value(9).isNull())
        d.reviewedAt = fromStoredInstant(q.value(9).toString());
    d.reviewNote = q.value(10).toString();
    return d;
}
} // namespace

Result<QList<CashEntry>> CashJournalRepository::entries(const QDate &from, const QDate &to) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT e.id, e.day, e.direction, e.amount_fen, e.counterparty, e.purpose, e.category, "
                       "coalesce(e.department_id, 0), coalesce(d.name, ''), e.source, "
                       "coalesce(nullif(u.display_name, ''), u.username), e.recorded_at "
                       "FROM cash_entries e JOIN users u ON u.id = e.recorded_by_user_id "
                       "LEFT JOIN departments d ON d.id = e.department_id "
                       "WHERE e.day BETWEEN ? AND ? ORDER BY e.day, e.id"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!s)
        return s.failure();
    QList<CashEntry> list;
    while (q.next()) {
        CashEntry e;
        e.id = q.value(0).toLongLong();
        e.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        e.direction = cashDirectionFromKey(q.value(2).toString()).value_or(CashDirection::Payment);
        e.amountFen = q.value(3).toLongLong();
        e.counterparty = q.value(4).toString();
        e.purpose = q.value(5).toString();
        e.category = q.value(6).toString();
        e.departmentId = q.value(7).toLongLong();
        e.departmentName = q.value(8).toString();
        e.source = q.value(9).toString();
        e.recordedBy = q.value(10).toString();
        e.recordedAt = fromStoredInstant(q.value(11).toString());
        list.append(e);
    }
    return list;
}

Result<std::optional<CashDay>> CashJournalRepository::closedDay(const QDate &day) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, kDaySelect + QStringLiteral("WHERE c.day = ?"), {day.toString(Qt::ISODate)});
    if (!s)
        return s.failure();
    if (!q.next())
        return std::optional<CashDay>();
    return std::optional<CashDay>(dayFrom(q));
}

Result<QList<CashDay>> CashJournalRepository::closedDays(const QDate &from, const QDate &to) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, kDaySelect + QStringLiteral("WHERE c.day BETWEEN ? AND ? ORDER BY c.day"),
                                      {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!s)
        return s.failure();
    QList<CashDay> list;
    while (q.next())
        list.append(dayFrom(q));
    return list;
}

Result<qint64> CashJournalRepository::openingFen(const QDate &day) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("SELECT counted_fen FROM cash_days WHERE day < ? ORDER BY day DESC LIMIT 1"),
        {day.toString(Qt::ISODate)});
    if (!s)
        return s.failure();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<QDate>> CashJournalRepository::openDaysWithEntries(const QDate &from, const QDate &to) const
{
    return daysBetween(QStringLiteral("SELECT DISTINCT e.day FROM cash_entries e WHERE e.day BETWEEN ? AND ? "
                                      "AND NOT EXISTS (SELECT 1 FROM cash_days c WHERE c.day = e.day) ORDER BY e.day"),
                       from, to);
}

Result<QDate> CashJournalRepository::lastClosedDay() const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, QStringLiteral("SELECT max(day) FROM cash_days"), {});
    if (!s)
        return s.failure();
    return q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

Result<QList<QDate>> CashJournalRepository::unreviewedDays(const QDate &from, const QDate &to) const
{
    return daysBetween(
        QStringLiteral("SELECT day FROM cash_days WHERE day BETWEEN ? AND ? AND reviewed_at IS NULL ORDER BY day"),
        from, to);
}

Result<QList<QDate>> CashJournalRepository::daysBetween(const QString &sql, const QDate &from, const QDate &to) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, sql, {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!s)
        return s.failure();
    QList<QDate> days;
    while (q.next())
        days.append(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return days;
}

Result<qint64> CashJournalRepository::add(const CashEntry &e, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral(
            "INSERT INTO cash_entries(day, direction, amount_fen, counterparty, purpose, category, "
            "department_id, source, recorded_by_user_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.day.toString(Qt::ISODate), cashDirectionKey(e.direction), e.amountFen, e.counterparty.trimmed(),
         e.purpose.trimmed(), e.category.trimmed(), Database::nullableId(e.departmentId), e.source, userId, at});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Status CashJournalRepository::close(const CashDay &d, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO cash_days(day, opening_fen, receipts_fen, payments_fen, counted_fen, "
                       "closed_by_user_id, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {d.day.toString(Qt::ISODate), d.openingFen, d.receiptsFen, d.paymentsFen, d.countedFen, userId, at});
}

Result<bool> CashJournalRepository::review(const QDate &day, qint64 userId, const QString &note, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q,
                                      QStringLiteral("UPDATE cash_days SET reviewed_by_user_id = ?, reviewed_at = ?, "
                                                     "review_note = ? WHERE day = ? AND reviewed_at IS NULL"),
                                      {userId, at, note, day.toString(Qt::ISODate)});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

} // namespace shopdesk
