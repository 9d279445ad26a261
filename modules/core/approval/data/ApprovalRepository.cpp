#include "approval/data/ApprovalRepository.h"

#include "database/data/Database.h"

#include <QJsonDocument>
#include <QSqlError>

namespace shopdesk {

namespace {
QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
} // namespace

Result<ApprovalRequest> ApprovalRepository::find(qint64 id) const
{
    ApprovalRequest r;
    {
        QSqlQuery q = m_db.query();
        Status s = Database::execPrepared(
            q,
            QStringLiteral(
                "SELECT r.id, r.type, r.requester_user_id, coalesce(nullif(u.display_name, ''), u.username), "
                "r.subject_module, r.subject_id, r.title, r.figures_json, r.attachments_json, r.payload_json, "
                "r.state, r.created_at, coalesce(r.decided_at, ''), r.version, coalesce(r.about_user_id, 0), "
                "coalesce(r.about_employee_id, 0) "
                "FROM approval_requests r JOIN users u ON u.id = r.requester_user_id WHERE r.id = ?"),
            {id});
        if (!s)
            return s.failure();
        if (!q.next())
            return ApprovalRequest{};
        r.id = q.value(0).toLongLong();
        r.type = q.value(1).toString();
        r.requesterUserId = q.value(2).toLongLong();
        r.requesterName = q.value(3).toString();
        r.subjectModule = q.value(4).toString();
        r.subjectId = q.value(5).toString();
        r.title = q.value(6).toString();
        r.figures = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
        r.attachments = QJsonDocument::fromJson(q.value(8).toByteArray()).array();
        r.payload = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
        r.state = requestStateFromKey(q.value(10).toString());
        r.createdAt = q.value(11).toString();
        r.decidedAt = q.value(12).toString();
        r.version = q.value(13).toInt();
        r.aboutUserId = q.value(14).toLongLong();
        r.aboutEmployeeId = q.value(15).toLongLong();
    }
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral(
            "SELECT s.position, s.approver_kind, s.approver_user_id, coalesce(nullif(a.display_name, ''), a.username), "
            "coalesce(s.decision, ''), coalesce(s.decided_by_user_id, 0), "
            "coalesce(nullif(d.display_name, ''), d.username, ''), coalesce(s.decided_at, ''), s.comment, "
            "s.by_phone_name, coalesce(s.by_phone_user_id, 0), coalesce(s.phone_check, ''), "
            "coalesce(s.phone_checked_at, ''), "
            "s.phone_check_comment FROM approval_steps s JOIN users a ON a.id = s.approver_user_id "
            "LEFT JOIN users d ON d.id = s.decided_by_user_id WHERE s.request_id = ? ORDER BY s.position"),
        {id});
    if (!s)
        return s.failure();
    while (q.next())
        r.steps.append({q.value(0).toInt(), approverKindFromKey(q.value(1).toString()), q.value(2).toLongLong(),
                        q.value(3).toString(), stepDecisionFromKey(q.value(4).toString()), q.value(5).toLongLong(),
                        q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                        q.value(10).toLongLong(), phoneCheckFromKey(q.value(11).toString()), q.value(12).toString(),
                        q.value(13).toString()});
    return r;
}

Result<QList<qint64>> ApprovalRepository::ids(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, sql, values);
    if (!s)
        return s.failure();
    QList<qint64> list;
    while (q.next())
        list.append(q.value(0).toLongLong());
    return list;
}

Result<QList<ApprovalRequest>> ApprovalRepository::findAll(const QList<qint64> &idList) const
{
    QList<ApprovalRequest> requests;
    for (qint64 id : idList) {
        auto r = find(id);
        if (!r)
            return r.failure();
        requests.append(*r);
    }
    return requests;
}

Result<QList<qint64>> ApprovalRepository::waitingIds(const QList<qint64> &userIds) const
{
    if (userIds.isEmpty())
        return QList<qint64>{};
    QStringList marks;
    QVariantList values;
    for (qint64 id : userIds) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    return ids(QStringLiteral("SELECT r.id FROM approval_requests r JOIN approval_steps s ON s.request_id = r.id "
                              "WHERE r.state = 'pending' AND s.decision IS NULL AND s.approver_user_id IN (%1) "
                              "AND s.position = (SELECT min(position) FROM approval_steps "
                              "WHERE request_id = r.id AND decision IS NULL) ORDER BY r.created_at, r.id")
                   .arg(marks.join(u',')),
               values);
}

Result<QList<ApprovalRequest>> ApprovalRepository::waitingFor(const QList<qint64> &userIds) const
{
    auto found = waitingIds(userIds);
    if (!found)
        return found.failure();
    return findAll(*found);
}

Result<int> ApprovalRepository::countWaitingFor(const QList<qint64> &userIds) const
{
    auto found = waitingIds(userIds);
    if (!found)
        return found.failure();
    return int(found->size());
}

Result<QList<ApprovalRequest>> ApprovalRepository::byRequester(qint64 userId, int limit) const
{
    auto found =
        ids(QStringLiteral("SELECT id FROM approval_requests WHERE requester_user_id = ? ORDER BY id DESC LIMIT ?"),
            {userId, limit});
    if (!found)
        return found.failure();
    return findAll(*found);
}

Result<QList<ApprovalRequest>> ApprovalRepository::decidedBy(qint64 userId, int limit) const
{
    auto found = ids(QStringLiteral("SELECT DISTINCT request_id FROM approval_steps WHERE decided_by_user_id = ? "
                                    "ORDER BY request_id DESC LIMIT ?"),
                     {userId, limit});
    if (!found)
        return found.failure();
    return findAll(*found);
}

Result<Page<ApprovalRequest>> ApprovalRepository::byRequesterPage(qint64 userId, const PageCursor &after,
                                                                  int pageSize) const
{
    return newestFirst(QStringLiteral("SELECT id FROM approval_requests WHERE requester_user_id = ?"),
                       QStringLiteral("id"), {userId}, after, pageSize);
}

Result<Page<ApprovalRequest>> ApprovalRepository::decidedByPage(qint64 userId, const PageCursor &after,
                                                                int pageSize) const
{
    return newestFirst(QStringLiteral("SELECT DISTINCT request_id FROM approval_steps WHERE decided_by_user_id = ?"),
                       QStringLiteral("request_id"), {userId}, after, pageSize);
}

Result<Page<ApprovalRequest>> ApprovalRepository::newestFirst(QString select, const QString &idColumn,
                                                              QVariantList values, const PageCursor &after,
                                                              int pageSize) const
{
    if (!after.atStart()) {
        select += QStringLiteral(" AND %1 < ?").arg(idColumn);
        values << after.after.constFirst();
    }
    const int size = qBound(1, pageSize, 10000);
    select += QStringLiteral(" ORDER BY %1 DESC LIMIT %2").arg(idColumn).arg(size + 1);
    auto found = ids(select, values);
    if (!found)
        return found.failure();
    const Page<qint64> page = pageOf(std::move(*found), size, [](qint64 id) { return PageCursor{{id}}; });
    auto requests = findAll(page.rows);
    if (!requests)
        return requests.failure();
    return Page<ApprovalRequest>{std::move(*requests), page.next, page.more};
}

Result<QList<qint64>> ApprovalRepository::standingInFor(qint64 deputyUserId, const QDate &day) const
{
    const QString d = day.toString(Qt::ISODate);
    return ids(QStringLiteral("SELECT DISTINCT user_id FROM approval_deputies WHERE deputy_user_id = ? "
                              "AND from_date <= ? AND to_date >= ?"),
               {deputyUserId, d, d});
}

Result<QList<qint64>> ApprovalRepository::deputiesOf(qint64 userId, const QDate &day) const
{
    const QString d = day.toString(Qt::ISODate);
    return ids(QStringLiteral("SELECT DISTINCT deputy_user_id FROM approval_deputies WHERE user_id = ? "
                              "AND from_date <= ? AND to_date >= ?"),
               {userId, d, d});
}

Result<QList<ApprovalRequest>> ApprovalRepository::pendingOfOthers(qint64 userId, int limit) const
{
    auto found =
        ids(QStringLiteral("SELECT id FROM approval_requests WHERE state = 'pending' AND requester_user_id <> ? "
                           "ORDER BY created_at, id LIMIT ?"),
            {userId, limit});
    if (!found)
        return found.failure();
    return findAll(*found);
}

Result<QList<ApprovalRequest>> ApprovalRepository::phoneChecksFor(const QList<qint64> &userIds) const
{
    QList<ApprovalRequest> all;
    for (qint64 user : userIds) {
        auto found = ids(QStringLiteral("SELECT DISTINCT request_id FROM approval_steps WHERE phone_check = 'pending' "
                                        "AND by_phone_user_id = ? ORDER BY request_id"),
                         {user});
        if (!found)
            return found.failure();
        auto requests = findAll(*found);
        if (!requests)
            return requests.failure();
        all.append(*requests);
    }
    return all;
}

Result<int> ApprovalRepository::countPhoneChecksFor(const QList<qint64> &userIds) const
{
    int count = 0;
    for (qint64 user : userIds) {
        auto found =
            ids(QStringLiteral(
                    "SELECT count(*) FROM approval_steps WHERE phone_check = 'pending' AND by_phone_user_id = ?"),
                {user});
        if (!found)
            return found.failure();
        count += int(found->value(0, 0));
    }
    return count;
}

Result<QList<ApprovalRequest>> ApprovalRepository::phoneChecksIn(PhoneCheck check, int limit) const
{
    auto found = ids(QStringLiteral("SELECT DISTINCT request_id FROM approval_steps WHERE phone_check = ? "
                                    "ORDER BY request_id DESC LIMIT ?"),
                     {phoneCheckKey(check), limit});
    if (!found)
        return found.failure();
    return findAll(*found);
}

Result<QString> ApprovalRepository::userName(qint64 userId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("SELECT coalesce(nullif(display_name, ''), username) FROM users WHERE id = ?"), {userId});
        !s)
        return s.failure();
    return q.next() ? q.value(0).toString() : QString();
}

Result<qint64> ApprovalRepository::employeeOfUser(qint64 userId) const
{
    auto found = ids(QStringLiteral("SELECT coalesce(employee_id, 0) FROM users WHERE id = ?"), {userId});
    if (!found)
        return found.failure();
    return found->value(0, 0);
}

Result<ChartAbove> ApprovalRepository::chartAbove(qint64 employeeId) const
{
    // Each place as the active user linked to the employee who holds it. The senior manager is
    // the department head's own supervisor (RULES "Who is who"); the GM holds the role.
    const QString userOf =
        QStringLiteral("(SELECT u.id FROM users u WHERE u.employee_id = %1 AND u.disabled = 0 ORDER BY u.id LIMIT 1)");
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT %1, %2, %3, "
                       "(SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id "
                       " WHERE r.role = 'general_manager' AND u.disabled = 0 ORDER BY u.id LIMIT 1) "
                       "FROM employees e LEFT JOIN departments d ON d.id = e.department_id "
                       "LEFT JOIN employees h ON h.id = d.head_employee_id WHERE e.id = ?")
            .arg(userOf.arg(QStringLiteral("e.supervisor_id")), userOf.arg(QStringLiteral("d.head_employee_id")),
                 userOf.arg(QStringLiteral("h.supervisor_id"))),
        {employeeId});
    if (!s)
        return s.failure();
    ChartAbove chart;
    if (q.next()) {
        chart = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
    } else {
        // Not on the chart (no employee record): only the general manager can be found.
        q.finish();
        auto gm = ids(QStringLiteral("SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id "
                                     "WHERE r.role = 'general_manager' AND u.disabled = 0 ORDER BY u.id LIMIT 1"),
                      {});
        if (!gm)
            return gm.failure();
        chart.generalManager = gm->value(0, 0);
    }
    return chart;
}

Result<qint64> ApprovalRepository::insert(const ApprovalRequest &r)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO approval_requests(type, requester_user_id, subject_module, subject_id, title, "
                       "figures_json, attachments_json, payload_json, state, created_at, decided_at, about_user_id, "
                       "about_employee_id) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {r.type, r.requesterUserId, r.subjectModule, r.subjectId, r.title, json(r.figures), json(r.attachments),
         json(r.payload), requestStateKey(r.state), r.createdAt,
         r.decidedAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.decidedAt),
         Database::nullableId(r.aboutUserId), Database::nullableId(r.aboutEmployeeId)});
    if (!s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
    for (const ApprovalStep &step : r.steps) {
        s = Database::execPrepared(q,
                                   QStringLiteral("INSERT INTO approval_steps(request_id, position, approver_kind, "
                                                  "approver_user_id) VALUES (?,?,?,?)"),
                                   {id, step.position, approverKindKey(step.kind), step.approverUserId});
        if (!s)
            return s.failure();
    }
    return id;
}

Status ApprovalRepository::recordDecision(qint64 requestId, const ApprovalStep &step)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("UPDATE approval_steps SET decision = ?, decided_by_user_id = ?, decided_at = ?, comment = ?, "
                       "by_phone_name = ?, by_phone_user_id = ?, phone_check = ? "
                       "WHERE request_id = ? AND position = ? AND decision IS NULL"),
        {stepDecisionKey(step.decision), Database::nullableId(step.decidedByUserId), step.decidedAt, step.comment,
         step.byPhoneName, Database::nullableId(step.byPhoneUserId),
         step.phoneCheck == PhoneCheck::None ? QVariant(QMetaType(QMetaType::QString))
                                             : QVariant(phoneCheckKey(step.phoneCheck)),
         requestId, step.position});
    if (s && q.numRowsAffected() != 1)
        return fail(Database::tr("Someone decided this step at the same moment; reload."));
    return s;
}

Status ApprovalRepository::setPhoneCheck(qint64 requestId, int position, PhoneCheck check, const QString &at,
                                         const QString &comment)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("UPDATE approval_steps SET phone_check = ?, phone_checked_at = ?, phone_check_comment = ? "
                       "WHERE request_id = ? AND position = ? AND phone_check = 'pending'"),
        {phoneCheckKey(check), at, comment, requestId, position});
    if (s && q.numRowsAffected() != 1)
        return conflict(Database::tr("Someone answered this phone approval at the same moment; reload."));
    return s;
}

Status ApprovalRepository::setState(qint64 requestId, RequestState state, const QString &decidedAt)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q, QStringLiteral("UPDATE approval_requests SET state = ?, decided_at = ?, version = version + 1 WHERE id = ?"),
        {requestStateKey(state), decidedAt, requestId});
}

Status ApprovalRepository::setAttachments(qint64 requestId, const QJsonArray &attachments)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q, QStringLiteral("UPDATE approval_requests SET attachments_json = ? WHERE id = ?"),
        {QString::fromUtf8(QJsonDocument(attachments).toJson(QJsonDocument::Compact)), requestId});
}

Status ApprovalRepository::addDeputy(qint64 userId, qint64 deputyUserId, const QDate &from, const QDate &to,
                                     const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO approval_deputies(user_id, deputy_user_id, from_date, to_date, created_at) "
                       "VALUES (?,?,?,?,?)"),
        {userId, deputyUserId, from.toString(Qt::ISODate), to.toString(Qt::ISODate), at});
}

} // namespace shopdesk
