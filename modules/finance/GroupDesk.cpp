#include "GroupDesk.h"

#include "CashDesk.h"
#include "FinanceActions.h"
#include "FinanceRoles.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "data/GroupRepository.h"
#include "database/data/Database.h"
#include "imports/XlsxSheet.h"
#include "ledgers/FinancePeriods.h"
#include "settings/data/SettingsStore.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace shopdesk {

namespace {
QJsonObject accountJson(const GroupAccount &a)
{
    return {{QStringLiteral("name"), a.name.trimmed()},
            {QStringLiteral("kind"), groupKindKey(a.kind)},
            {QStringLiteral("contract_value_fen"), a.contractValueFen},
            {QStringLiteral("signed_on"), a.signedOn.toString(Qt::ISODate)},
            {QStringLiteral("departure_on"), a.departureOn.toString(Qt::ISODate)},
            {QStringLiteral("return_on"), a.returnOn.toString(Qt::ISODate)}};
}

// The cash journal's line for an advance handed to a guide.
CashEntry advanceCash(qint64 advanceId, const QString &guide, qint64 amountFen, const QDate &day)
{
    CashEntry cash;
    cash.day = day;
    cash.direction = CashDirection::Payment;
    cash.amountFen = amountFen;
    cash.counterparty = guide.trimmed();
    cash.purpose = GroupDesk::tr("Guide advance");
    cash.category = GroupDesk::tr("Guide advance");
    cash.source = QStringLiteral("group advance %1").arg(advanceId);
    return cash;
}

// RULE FIN-07: once a group has left, its list is what travelled.
QString travellersClosed(const GroupAccount &a)
{
    return GroupDesk::tr("%1 left on %2: its list is what travelled.").arg(a.name, a.departedOn.toString(Qt::ISODate));
}

QJsonObject budgetLineJson(qint64 id, const GroupBudgetLine &line)
{
    return {{QStringLiteral("line_id"), id},
            {QStringLiteral("item"), line.item.trimmed()},
            {QStringLiteral("amount_fen"), line.amountFen}};
}

bool isGeneralManager(const Actor &actor)
{
    return actor.roles.contains(Role::GeneralManager) && !actor.disabled;
}
} // namespace

const ApprovalType &GroupDesk::advanceType()
{
    static const ApprovalType type{
        AdvanceTypeId, QT_TRANSLATE_NOOP("ApprovalType", "Guide advance beyond the group's payments"),
        // RULE FIN-06: the company fronting money beyond what the group has paid needs the GM.
        [](const QJsonObject &) { return QList<ApproverKind>{ApproverKind::GeneralManager}; },
        // Approved, the cash leaves the box that day; refused, it never does (and the advance
        // stops counting against the budget sheet).
        [](const OutcomeContext &c, const ApprovalRequest &r, bool approved) -> Status {
            if (!approved)
                return success();
            auto booked =
                CashDesk::bookInTransaction(c.db, c.clock, c.decider,
                                            advanceCash(r.payload.value(QStringLiteral("advance_id")).toInteger(),
                                                        r.payload.value(QStringLiteral("guide")).toString(),
                                                        r.payload.value(QStringLiteral("amount_fen")).toInteger(),
                                                        c.clock.nowUtc().toLocalTime().date()));
            return booked ? success() : Status(booked.failure());
        },
        [](const ApprovalRequest &r) {
            return tr("%1 to guide %2 for %3, of which %4 is beyond what the group has paid (FIN-06)")
                .arg(Money::fromFen(r.figures.value(QStringLiteral("amount_fen")).toInteger()).toString(),
                     r.payload.value(QStringLiteral("guide")).toString(),
                     r.payload.value(QStringLiteral("group")).toString(),
                     Money::fromFen(r.figures.value(QStringLiteral("fronted_fen")).toInteger()).toString());
        }};
    return type;
}

int GroupDesk::receiptDays() const
{
    return qBound(0, SettingsStore(m_db).intValue(ReceiptDaysSetting, 1), 365);
}

Result<QList<GroupAccount>> GroupDesk::accounts(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    return GroupRepository(m_db).accounts();
}

Result<GroupAccount> GroupDesk::account(const Actor &actor, qint64 accountId) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    return existing(accountId);
}

Result<QList<GroupAccount>> GroupDesk::departures(const Actor &actor, const QDate &day) const
{
    auto all = accounts(actor);
    if (!all)
        return all;
    QList<GroupAccount> leaving;
    for (const GroupAccount &a : *all)
        if (a.departureOn == day || a.departedOn == day)
            leaving.append(a);
    return leaving;
}

Result<QList<GroupAccount>> GroupDesk::overdue(const Actor &actor) const
{
    auto all = accounts(actor);
    if (!all)
        return all;
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    QList<GroupAccount> late;
    for (const GroupAccount &a : *all)
        if (!a.settled && GroupRules::daysOverdue(a, today) > 0)
            late.append(a);
    std::stable_sort(late.begin(), late.end(), [&](const GroupAccount &x, const GroupAccount &y) {
        return GroupRules::daysOverdue(x, today) > GroupRules::daysOverdue(y, today);
    });
    return late;
}

Result<GroupAccount> GroupDesk::existing(qint64 accountId) const
{
    auto found = GroupRepository(m_db).account(accountId);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("The group account no longer exists."));
    return **found;
}

template<typename Change>
auto GroupDesk::changeAccount(const Actor &actor, qint64 accountId, Change change)
    -> std::invoke_result_t<Change, const GroupAccount &>
{
    using Outcome = std::invoke_result_t<Change, const GroupAccount &>;
    if (Status s = Permissions::require(actor, FinanceAction::Groups); !s)
        return Outcome(s.failure());
    return m_db.write([&]() -> Outcome {
        auto a = existing(accountId);
        return a ? change(*a) : Outcome(a.failure());
    });
}

Result<qint64> GroupDesk::save(const Actor &actor, const GroupAccount &account)
{
    if (Status s = Permissions::require(actor, FinanceAction::Groups); !s)
        return s.failure();
    if (const QString problem = GroupRules::accountProblem(account); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Result<qint64> {
        GroupRepository repo(m_db);
        if (account.id == 0) {
            auto id = repo.insert(account, actor.userId, toStoredInstant(m_clock.nowUtc()));
            if (!id)
                return id;
            if (Status s = AuditTrail(m_db, m_clock)
                               .record(actor, QStringLiteral("finance.group.create"), QStringLiteral("group_accounts"),
                                       QString::number(*id), {}, accountJson(account));
                !s)
                return s.failure();
            return id;
        }
        auto before = existing(account.id);
        if (!before)
            return before.failure();
        if (before->settled)
            return fail(tr("%1 is settled and stays as it was.").arg(before->name));
        if (before->departed() && account.departureOn != before->departureOn)
            return fail(tr("%1 left on %2: its departure day stays.")
                            .arg(before->name, before->departedOn.toString(Qt::ISODate)));
        auto saved = repo.update(account);
        if (!saved)
            return saved.failure();
        if (!*saved)
            return conflict(tr("%1 was changed from another PC after you opened it: reload it.").arg(before->name));
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("finance.group.update"), QStringLiteral("group_accounts"),
                                   QString::number(account.id), accountJson(*before), accountJson(account));
            !s)
            return s.failure();
        return account.id;
    });
}

Status GroupDesk::receive(const Actor &actor, qint64 accountId, qint64 amountFen, const QDate &day,
                          const QString &reference)
{
    if (Status s = Permissions::require(actor, FinanceAction::Groups); !s)
        return s;
    if (amountFen <= 0)
        return fail(tr("A receipt must be more than zero."));
    if (!day.isValid())
        return fail(tr("Give the day the money arrived."));
    return m_db.write([&]() -> Status {
        if (Status open = FinancePeriods::requireOpen(m_db, day); !open)
            return open;
        auto a = existing(accountId);
        if (!a)
            return a.failure();
        if (a->settled)
            return fail(tr("%1 is settled.").arg(a->name));
        if (amountFen > a->outstandingFen())
            return fail(tr("%1 owes %2; %3 is more than that.")
                            .arg(a->name, Money::fromFen(a->outstandingFen()).toString(),
                                 Money::fromFen(amountFen).toString()));
        if (Status s = GroupRepository(m_db).addReceipt(accountId, day, amountFen, reference, actor.userId,
                                                        toStoredInstant(m_clock.nowUtc()));
            !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.group.receipt"), QStringLiteral("group_accounts"),
                    QString::number(accountId), {},
                    {{QStringLiteral("amount_fen"), amountFen},
                     {QStringLiteral("day"), day.toString(Qt::ISODate)},
                     {QStringLiteral("reference"), reference.trimmed()}});
    });
}

Result<qint64> GroupDesk::lendToGuide(const Actor &actor, qint64 accountId, const QString &guide, qint64 amountFen,
                                      const QDate &day)
{
    // The cash leaves the box: the cash accountant's action (FIN-02).
    if (Status s = requireFinanceRole(actor, FinanceAction::Groups, Role::CashAccountant); !s)
        return s.failure();
    if (guide.trimmed().isEmpty())
        return fail(tr("Name the guide the money is lent to."));
    if (!day.isValid())
        return fail(tr("Give the day the money is lent."));
    return m_db.write([&]() -> Result<qint64> {
        if (Status open = FinancePeriods::requireOpen(m_db, day); !open)
            return open.failure();
        auto a = existing(accountId);
        if (!a)
            return a.failure();
        if (const QString problem = GroupRules::advanceProblem(*a, amountFen); !problem.isEmpty())
            return fail(problem);
        const qint64 fronted = GroupRules::frontedFen(*a, amountFen);
        GroupRepository repo(m_db);
        auto id =
            repo.addAdvance(accountId, guide, amountFen, fronted, day, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        if (fronted > 0) {
            NewApproval n;
            n.type = AdvanceTypeId;
            n.subjectModule = QStringLiteral("finance");
            n.subjectId = QStringLiteral("group_advance %1").arg(*id);
            n.title = tr("Guide advance for %1").arg(a->name);
            n.figures = {{QStringLiteral("amount_fen"), amountFen}, {QStringLiteral("fronted_fen"), fronted}};
            n.payload = {{QStringLiteral("guide"), guide.trimmed()},
                         {QStringLiteral("group"), a->name},
                         {QStringLiteral("advance_id"), *id},
                         {QStringLiteral("amount_fen"), amountFen}};
            auto approval = Approvals(m_db, m_clock).submitInTransaction(actor, n);
            if (!approval)
                return approval.failure();
            if (Status s = repo.setAdvanceApproval(*id, *approval); !s)
                return s.failure();
        } else if (auto booked =
                       CashDesk::bookInTransaction(m_db, m_clock, actor, advanceCash(*id, guide, amountFen, day));
                   !booked) {
            return booked.failure();
        }
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("finance.group.advance"), QStringLiteral("group_advances"),
                                   QString::number(*id), {},
                                   {{QStringLiteral("group"), a->name},
                                    {QStringLiteral("guide"), guide.trimmed()},
                                    {QStringLiteral("amount_fen"), amountFen},
                                    {QStringLiteral("fronted_fen"), fronted}});
            !s)
            return s.failure();
        return id;
    });
}

Result<QList<GroupTraveller>> GroupDesk::travellers(const Actor &actor, qint64 accountId) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    return GroupRepository(m_db).travellers(accountId);
}

Status GroupDesk::addTraveller(const Actor &actor, qint64 accountId, const GroupTraveller &traveller)
{
    return changeAccount(actor, accountId,
                         [&](const GroupAccount &a) { return addTravellerInTransaction(actor, a, traveller); });
}

Status GroupDesk::addTravellerInTransaction(const Actor &actor, const GroupAccount &account,
                                            const GroupTraveller &traveller)
{
    if (traveller.name.trimmed().isEmpty())
        return fail(tr("Give the traveller's name."));
    if (account.settled)
        return fail(tr("%1 is settled.").arg(account.name));
    if (account.departed())
        return fail(travellersClosed(account));
    if (account.kind == GroupKind::Individual) { // the list as it stands, an import's earlier rows too
        auto listed = GroupRepository(m_db).travellers(account.id);
        if (!listed)
            return listed.failure();
        if (!listed->isEmpty())
            return fail(tr("%1 is an individual customer's contract: one traveller.").arg(account.name));
    }
    if (Status s =
            GroupRepository(m_db).addTraveller(account.id, traveller, actor.userId, toStoredInstant(m_clock.nowUtc()));
        !s)
        return s;
    return AuditTrail(m_db, m_clock)
        .record(
            actor, QStringLiteral("finance.group.traveller"), QStringLiteral("group_accounts"),
            QString::number(account.id), {},
            {{QStringLiteral("name"), traveller.name.trimmed()}, {QStringLiteral("phone"), traveller.phone.trimmed()}});
}

Status GroupDesk::removeTraveller(const Actor &actor, qint64 accountId, qint64 travellerId)
{
    return changeAccount(actor, accountId, [&](const GroupAccount &a) -> Status {
        if (a.settled)
            return fail(tr("%1 is settled.").arg(a.name));
        if (a.departed())
            return fail(travellersClosed(a));
        auto listed = GroupRepository(m_db).travellers(accountId);
        if (!listed)
            return listed.failure();
        const auto who = std::find_if(listed->cbegin(), listed->cend(),
                                      [&](const GroupTraveller &t) { return t.id == travellerId; });
        if (who == listed->cend())
            return conflict(tr("The traveller was already taken off %1 from another PC.").arg(a.name));
        auto removed = GroupRepository(m_db).removeTraveller(accountId, travellerId);
        if (!removed)
            return removed.failure();
        if (!*removed)
            return conflict(tr("The traveller was already taken off %1 from another PC.").arg(a.name));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.group.traveller.removed"), QStringLiteral("group_accounts"),
                    QString::number(accountId),
                    {{QStringLiteral("name"), who->name}, {QStringLiteral("phone"), who->phone}}, {});
    });
}

Result<TravellerImportPreview> GroupDesk::previewTravellers(const Actor &actor, qint64 accountId,
                                                            const QByteArray &bytes, const QString &fileName) const
{
    if (Status s = Permissions::require(actor, FinanceAction::Groups); !s)
        return s.failure();
    auto records = XlsxSheet::readWorkbookOrCsv(bytes, fileName);
    if (!records)
        return records.failure();
    auto list = TravellerRows::read(*records);
    if (!list)
        return fail(tr("%1: %2").arg(fileName, list.error()));
    auto listed = GroupRepository(m_db).travellers(accountId);
    if (!listed)
        return listed.failure();
    QSet<QString> known;
    for (const GroupTraveller &t : *listed)
        known.insert(TravellerRows::key(t));
    TravellerImportPreview p{accountId, fileName, list->rowsRead, {}, 0, list->problems};
    for (const TravellerRow &row : list->rows)
        known.contains(TravellerRows::key(row.traveller)) ? void(++p.unchanged) : p.added.append(row);
    return p;
}

Result<int> GroupDesk::importTravellers(const Actor &actor, const TravellerImportPreview &preview)
{
    return changeAccount(actor, preview.accountId, [&](const GroupAccount &a) -> Result<int> {
        for (const TravellerRow &row : preview.added)
            if (Status s = addTravellerInTransaction(actor, a, row.traveller); !s)
                return fail(tr("Line %1: %2").arg(row.line).arg(s.error()));
        return int(preview.added.size());
    });
}

QStringList TravellerImportPreview::summary() const
{
    return {GroupDesk::tr("%1: rows read: %2.").arg(fileName).arg(rowsRead),
            GroupDesk::tr("Travellers to add: %1; listed already: %2.").arg(added.size()).arg(unchanged),
            GroupDesk::tr("Rows that cannot be taken: %1.").arg(problems.size())};
}

Result<QList<GroupBudgetLine>> GroupDesk::budgetLines(const Actor &actor, qint64 accountId) const
{
    if (Status s = Permissions::require(actor, FinanceAction::View); !s)
        return s.failure();
    return GroupRepository(m_db).budgetLines(accountId);
}

Status GroupDesk::addBudgetLine(const Actor &actor, qint64 accountId, const GroupBudgetLine &line)
{
    return changeAccount(actor, accountId, [&](const GroupAccount &a) -> Status {
        if (const QString problem = GroupRules::budgetLineProblem(a, line); !problem.isEmpty())
            return fail(problem);
        auto id = GroupRepository(m_db).addBudgetLine(accountId, line, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id.failure();
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.group.budget_line"), QStringLiteral("group_accounts"),
                    QString::number(accountId), {}, budgetLineJson(*id, line));
    });
}

Status GroupDesk::removeBudgetLine(const Actor &actor, qint64 accountId, qint64 lineId)
{
    return changeAccount(actor, accountId, [&](const GroupAccount &a) -> Status {
        auto lines = GroupRepository(m_db).budgetLines(accountId);
        if (!lines)
            return lines.failure();
        const auto line =
            std::find_if(lines->cbegin(), lines->cend(), [&](const GroupBudgetLine &l) { return l.id == lineId; });
        if (line == lines->cend())
            return conflict(tr("The line was already taken off the budget sheet of %1 from another PC.").arg(a.name));
        if (const QString problem = GroupRules::budgetRemovalProblem(a, line->amountFen); !problem.isEmpty())
            return fail(problem);
        auto removed = GroupRepository(m_db).removeBudgetLine(accountId, lineId);
        if (!removed)
            return removed.failure();
        if (!*removed)
            return conflict(tr("The line was already taken off the budget sheet of %1 from another PC.").arg(a.name));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.group.budget_line.removed"), QStringLiteral("group_accounts"),
                    QString::number(accountId), budgetLineJson(line->id, *line), {});
    });
}

Status GroupDesk::recordDeparture(const Actor &actor, qint64 accountId, const QDate &day)
{
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    return changeAccount(actor, accountId, [&](const GroupAccount &a) -> Status {
        if (const QString problem = GroupRules::departureRecordProblem(a, day, today); !problem.isEmpty())
            return fail(problem);
        if (Status s = GroupRepository(m_db).addDeparture(accountId, day, a.receivedFen, actor.userId,
                                                          toStoredInstant(m_clock.nowUtc()));
            !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.group.departed"), QStringLiteral("group_accounts"),
                    QString::number(accountId), {},
                    {{QStringLiteral("departed_on"), day.toString(Qt::ISODate)},
                     {QStringLiteral("received_fen"), a.receivedFen},
                     {QStringLiteral("allowed_by_general_manager"), a.departureOverridden}});
    });
}

Status GroupDesk::attach(const Actor &actor, qint64 accountId, GroupDocument kind, const QString &fileName,
                         const QByteArray &content)
{
    if (content.isEmpty())
        return fail(tr("%1 is empty.").arg(fileName));
    if (content.size() > kMaxDocumentBytes)
        return fail(tr("%1 is %2 bytes; a paper may be at most %3 bytes.")
                        .arg(fileName)
                        .arg(content.size())
                        .arg(kMaxDocumentBytes));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return changeAccount(actor, accountId, [&](const GroupAccount &a) -> Status {
        if (a.settled)
            return fail(tr("%1 is settled.").arg(a.name));
        if (Status s = GroupRepository(m_db).addDocument(accountId, kind, fileName, content, sha, actor.userId,
                                                         toStoredInstant(m_clock.nowUtc()));
            !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.group.document"), QStringLiteral("group_accounts"),
                    QString::number(accountId), {},
                    {{QStringLiteral("kind"), groupDocumentKey(kind)},
                     {QStringLiteral("file"), fileName},
                     {QStringLiteral("sha256"), sha}});
    });
}

Status GroupDesk::allowDeparture(const Actor &actor, qint64 accountId, const QString &reason)
{
    if (!isGeneralManager(actor))
        return fail(tr("Only the general manager lets a group depart below what it must have paid (FIN-07)."));
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why the group may depart."));
    return m_db.write([&]() -> Status {
        auto a = existing(accountId);
        if (!a)
            return a.failure();
        if (GroupRules::departureProblem(*a).isEmpty())
            return fail(tr("%1 may already depart.").arg(a->name));
        auto saved = GroupRepository(m_db).overrideDeparture(accountId, a->version, actor.userId, reason.trimmed());
        if (!saved)
            return saved.failure();
        if (!*saved)
            return conflict(tr("%1 was changed from another PC meanwhile.").arg(a->name));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.group.departure_allowed"), QStringLiteral("group_accounts"),
                    QString::number(accountId), {{QStringLiteral("received_fen"), a->receivedFen}},
                    {{QStringLiteral("reason"), reason.trimmed()}});
    });
}

Status GroupDesk::writeOff(const Actor &actor, qint64 accountId, qint64 amountFen, qint64 responsibleEmployeeId)
{
    if (!isGeneralManager(actor))
        return fail(tr("Only the general manager writes off a bad debt (FIN-07)."));
    if (responsibleEmployeeId == 0)
        return fail(tr("A bad debt is charged to whoever caused it: name the person (FIN-07)."));
    if (amountFen <= 0)
        return fail(tr("The amount written off must be more than zero."));
    return m_db.write([&]() -> Status {
        auto a = existing(accountId);
        if (!a)
            return a.failure();
        if (amountFen > a->outstandingFen())
            return fail(tr("%1 owes %2; no more can be written off.")
                            .arg(a->name, Money::fromFen(a->outstandingFen()).toString()));
        const QDate today = m_clock.nowUtc().toLocalTime().date();
        if (Status open = FinancePeriods::requireOpen(m_db, today); !open)
            return open;
        if (Status s = GroupRepository(m_db).addWriteOff(accountId, amountFen, responsibleEmployeeId, today,
                                                         actor.userId, toStoredInstant(m_clock.nowUtc()));
            !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.group.write_off"), QStringLiteral("group_accounts"),
                    QString::number(accountId), {{QStringLiteral("outstanding_fen"), a->outstandingFen()}},
                    {{QStringLiteral("written_off_fen"), amountFen},
                     {QStringLiteral("responsible_employee_id"), responsibleEmployeeId}});
    });
}

Status GroupDesk::settle(const Actor &actor, qint64 accountId)
{
    return changeAccount(actor, accountId, [&](const GroupAccount &a) -> Status {
        if (const QString problem = GroupRules::settlementProblem(a); !problem.isEmpty())
            return fail(problem);
        auto saved =
            GroupRepository(m_db).settle(accountId, a.version, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!saved)
            return saved.failure();
        if (!*saved)
            return conflict(tr("%1 was changed from another PC meanwhile.").arg(a.name));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("finance.group.settle"), QStringLiteral("group_accounts"),
                    QString::number(accountId), {},
                    {{QStringLiteral("received_fen"), a.receivedFen},
                     {QStringLiteral("advanced_fen"), a.advancedFen},
                     {QStringLiteral("written_off_fen"), a.writtenOffFen}});
    });
}

} // namespace shopdesk
