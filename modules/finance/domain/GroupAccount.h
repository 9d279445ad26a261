#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopdesk {

// RULE FIN-05, FIN-07: a group pays 80% before departure and the rest after its return; an
// individual customer pays everything before departure.
enum class GroupKind { Group, Individual };
QString groupKindKey(GroupKind kind); // stored form: group, individual
std::optional<GroupKind> groupKindFromKey(const QString &key);
QString groupKindTitle(GroupKind kind); // translated

// RULE FIN-08: the three papers a settlement needs.
enum class GroupDocument { Contract, ExpenseConfirmation, ItemizedList };
QString groupDocumentKey(GroupDocument document);
std::optional<GroupDocument> groupDocumentFromKey(const QString &key);
QString groupDocumentTitle(GroupDocument document); // translated

// RULE FIN-05..08, FIN-11: a group (or any prepaid bulk customer contract): what it is worth,
// when it leaves and returns, the operations budget sheet (计调预算单), what has been received
// and lent to its guide, and how it ended.
struct GroupAccount
{
    qint64 id = 0;
    QString name; // the group's or customer's name
    GroupKind kind = GroupKind::Group;
    qint64 contractValueFen = 0;
    QDate signedOn;
    QDate departureOn;
    QDate returnOn;
    qint64 budgetSheetFen = 0; // the sum of its budget sheet's lines: the most its guide may be lent
    qint64 receivedFen = 0;
    qint64 advancedFen = 0;
    QList<GroupDocument> documents; // attached so far
    bool departureOverridden = false; // the general manager let it leave below the threshold
    QDate departedOn; // FIN-07, FIN-11: when finance recorded it leaving; invalid until then
    bool settled = false;
    int travellers = 0; // listed so far
    qint64 writtenOffFen = 0; // FIN-07: bad debts, each charged to a person (names in `responsibleName`)
    QString responsibleName;
    int version = 1;

    qint64 outstandingFen() const { return contractValueFen - receivedFen - writtenOffFen; }
    bool departed() const { return departedOn.isValid(); }
};

// RULE FIN-06: one item of the operations budget sheet (计调预算单): the coach, the hotel, meals.
struct GroupBudgetLine
{
    qint64 id = 0;
    QString item;
    qint64 amountFen = 0;
};

// One person travelling with a group (or the individual customer).
struct GroupTraveller
{
    qint64 id = 0;
    QString name;
    QString phone;
};

namespace GroupRules {
// RULE FIN-07: what must be received before departure: 80% of the contract for a group, rounded
// up to the fen (a group of 333.33 owes 266.67); all of it for an individual.
qint64 dueBeforeDepartureFen(const GroupAccount &account);
// The balance is due within 3 days of the return.
QDate balanceDueOn(const GroupAccount &account);
// Days the balance is overdue on `today` (0: not overdue, nothing owed, or written off).
int daysOverdue(const GroupAccount &account, const QDate &today);
// RULE FIN-07: why the group may not depart yet, translated; empty when it may (enough
// received, or the general manager's override).
QString departureProblem(const GroupAccount &account);
// RULE FIN-07, FIN-11: why it cannot be recorded as having left on `day` (seen on `today`):
// settled, already recorded, a day before its signing or still to come, or below the threshold;
// empty when it can. The day it left may differ from the planned one.
QString departureRecordProblem(const GroupAccount &account, const QDate &day, const QDate &today);
// RULE FIN-06: why a line cannot go on the budget sheet; empty when it can.
QString budgetLineProblem(const GroupAccount &account, const GroupBudgetLine &line);
// RULE FIN-06: why a line of `amountFen` cannot come off the sheet: the guide has already been lent
// more than would remain; empty when it can.
QString budgetRemovalProblem(const GroupAccount &account, qint64 amountFen);
// RULE FIN-05: a signed contract with nothing received after `days` days is a warning.
bool receiptLate(const GroupAccount &account, const QDate &today, int days);
// RULE FIN-06: an advance to the guide stays within the budget sheet; nothing beyond it.
QString advanceProblem(const GroupAccount &account, qint64 amountFen);
// RULE FIN-06: the part of an advance beyond what the group has paid so far: the company fronts
// it, which needs the general manager.
qint64 frontedFen(const GroupAccount &account, qint64 amountFen);
// RULE FIN-08: why the group cannot be settled, translated; empty when it can.
QString settlementProblem(const GroupAccount &account);
// Why an account cannot be saved as typed; empty when it can.
QString accountProblem(const GroupAccount &account);
} // namespace GroupRules

} // namespace shopdesk
