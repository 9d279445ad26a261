#pragma once

#include "approval/domain/ApprovalRequest.h"
#include "common/Result.h"
#include "common/domain/Page.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace shopdesk {

class Database;

class ApprovalRepository
{
public:
    explicit ApprovalRepository(Database &db) : m_db(db) {}

    Result<ApprovalRequest> find(qint64 id) const; // id 0: none
    // Pending requests whose current step waits for one of these users.
    Result<QList<ApprovalRequest>> waitingFor(const QList<qint64> &userIds) const;
    Result<int> countWaitingFor(const QList<qint64> &userIds) const;
    Result<QList<ApprovalRequest>> byRequester(qint64 userId, int limit = 200) const;
    Result<QList<ApprovalRequest>> decidedBy(qint64 userId, int limit = 200) const;
    // The same two a page at a time (issue 12), the newest first; the cursor is the last id.
    Result<Page<ApprovalRequest>> byRequesterPage(qint64 userId, const PageCursor &after, int pageSize) const;
    Result<Page<ApprovalRequest>> decidedByPage(qint64 userId, const PageCursor &after, int pageSize) const;
    // Users for whom `deputyUserId` stands in on `day` (RULE APR-04).
    Result<QList<qint64>> standingInFor(qint64 deputyUserId, const QDate &day) const;
    // Users who stand in for `userId` on `day`.
    Result<QList<qint64>> deputiesOf(qint64 userId, const QDate &day) const;
    // Pending requests of others than `userId`: where a phone approval may be recorded.
    Result<QList<ApprovalRequest>> pendingOfOthers(qint64 userId, int limit = 200) const;
    // Requests with a phone approval that waits for one of these users to confirm it.
    Result<QList<ApprovalRequest>> phoneChecksFor(const QList<qint64> &userIds) const;
    Result<int> countPhoneChecksFor(const QList<qint64> &userIds) const;
    // Requests with a phone approval still unconfirmed ("pending") or disputed.
    Result<QList<ApprovalRequest>> phoneChecksIn(PhoneCheck check, int limit = 200) const;
    Result<QString> userName(qint64 userId) const;
    // The organisation chart above an employee, as active users.
    Result<ChartAbove> chartAbove(qint64 employeeId) const;
    Result<qint64> employeeOfUser(qint64 userId) const;

    // Inside Database::write.
    Result<qint64> insert(const ApprovalRequest &request);
    Status recordDecision(qint64 requestId, const ApprovalStep &step);
    Status setState(qint64 requestId, RequestState state, const QString &decidedAt);
    Status setAttachments(qint64 requestId, const QJsonArray &attachments);
    // Confirmed or Disputed; a conflict when someone else answered it first.
    Status setPhoneCheck(qint64 requestId, int position, PhoneCheck check, const QString &at, const QString &comment);
    Status addDeputy(qint64 userId, qint64 deputyUserId, const QDate &from, const QDate &to, const QString &at);

private:
    Result<QList<ApprovalRequest>> findAll(const QList<qint64> &ids) const;
    // `select` reads request ids in `idColumn` (WHERE included); this adds the keyset and order.
    Result<Page<ApprovalRequest>> newestFirst(QString select, const QString &idColumn, QVariantList values,
                                              const PageCursor &after, int pageSize) const;
    Result<QList<qint64>> ids(const QString &sql, const QVariantList &values) const;
    Result<QList<qint64>> waitingIds(const QList<qint64> &userIds) const;
    Database &m_db;
};

} // namespace shopdesk
