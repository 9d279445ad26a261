#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/GroupAccount.h"
#include "domain/TravellerList.h"
#include "users/domain/Permissions.h"

#include <QByteArray>
#include <QCoreApplication>

#include <type_traits>

namespace shopdesk {

class Clock;
class Database;

// RULE FIN-05..08, FIN-11: group accounts: the contract, its receipts booked as they arrive,
// the schedule (80% before departure, the rest within 3 days of return; individuals pay in full
// first), departure blocked below it unless the general manager allows it, the guide's advance
// within the budget sheet (the part the group has not paid yet needs the GM), bad debts charged to
// a named person, settlement only with its three papers; the day's departures for finance, and
// each departure recorded.
// What a traveller-list import would do to a group's list.
struct TravellerImportPreview
{
    qint64 accountId = 0;
    QString fileName;
    int rowsRead = 0;
    QList<TravellerRow> added; // not yet on the list
    int unchanged = 0; // already on it
    QList<ImportProblem> problems;
    QStringList summary() const; // a line each, for the dialog
};

class GroupDesk
{
    Q_DECLARE_TR_FUNCTIONS(GroupDesk)
public:
    static inline const QString AdvanceTypeId = QStringLiteral("finance.group_advance");
    static const ApprovalType &advanceType();
    // RULE FIN-05: days after signing before a contract with no receipt is flagged.
    static inline const QString ReceiptDaysSetting = QStringLiteral("finance.group_receipt_days");
    static constexpr qint64 kMaxDocumentBytes = 10 * 1024 * 1024;

    GroupDesk(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<GroupAccount>> accounts(const Actor &actor) const;
    Result<GroupAccount> account(const Actor &actor, qint64 accountId) const;
    // RULE FIN-11: the groups planned to depart on `day`, and those that left on it.
    Result<QList<GroupAccount>> departures(const Actor &actor, const QDate &day) const;
    // RULE FIN-07: balances past their due day, the longest overdue first.
    Result<QList<GroupAccount>> overdue(const Actor &actor) const;
    // RULE FIN-05: the days after which a contract with no receipt is flagged.
    int receiptDays() const;

    // A new account (id 0) or a change to one not settled; returns its id.
    Result<qint64> save(const Actor &actor, const GroupAccount &account);
    Status receive(const Actor &actor, qint64 accountId, qint64 amountFen, const QDate &day, const QString &reference);
    // Returns the advance's id; an advance beyond what the group has paid waits for the GM.
    Result<qint64> lendToGuide(const Actor &actor, qint64 accountId, const QString &guide, qint64 amountFen,
                               const QDate &day);
    Result<QList<GroupTraveller>> travellers(const Actor &actor, qint64 accountId) const;
    // RULE FIN-05: the people of the contract; an individual customer's contract has one.
    Status addTraveller(const Actor &actor, qint64 accountId, const GroupTraveller &traveller);
    // Someone who no longer travels, taken off until the departure is recorded (audited with who
    // they were).
    Status removeTraveller(const Actor &actor, qint64 accountId, qint64 travellerId);
    // A traveller list (CSV or XLSX; 姓名, and 电话 or 手机), previewed: those not yet listed are
    // added, in one transaction; the same file again adds nobody.
    Result<TravellerImportPreview> previewTravellers(const Actor &actor, qint64 accountId, const QByteArray &bytes,
                                                     const QString &fileName) const;
    Result<int> importTravellers(const Actor &actor, const TravellerImportPreview &preview);
    // RULE FIN-06: the operations budget sheet, line by line; its total bounds the guide's advances.
    Result<QList<GroupBudgetLine>> budgetLines(const Actor &actor, qint64 accountId) const;
    Status addBudgetLine(const Actor &actor, qint64 accountId, const GroupBudgetLine &line);
    // Refused when the guide has already been lent more than the sheet would allow without it.
    Status removeBudgetLine(const Actor &actor, qint64 accountId, qint64 lineId);
    // RULE FIN-07, FIN-11: the group left on `day` (today or a day before, the planned one or
    // not): refused below what it must have paid unless the general manager allowed it; its
    // traveller list closes.
    Status recordDeparture(const Actor &actor, qint64 accountId, const QDate &day);
    Status attach(const Actor &actor, qint64 accountId, GroupDocument kind, const QString &fileName,
                  const QByteArray &content);
    Status allowDeparture(const Actor &actor, qint64 accountId, const QString &reason);
    Status writeOff(const Actor &actor, qint64 accountId, qint64 amountFen, qint64 responsibleEmployeeId);
    Status settle(const Actor &actor, qint64 accountId);

private:
    Result<GroupAccount> existing(qint64 accountId) const;
    // Checks that `actor` keeps group accounts, then runs `change` on the account as it stands,
    // inside one write.
    template<typename Change>
    auto changeAccount(const Actor &actor, qint64 accountId, Change change)
        -> std::invoke_result_t<Change, const GroupAccount &>;
    Status addTravellerInTransaction(const Actor &actor, const GroupAccount &account, const GroupTraveller &traveller);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
