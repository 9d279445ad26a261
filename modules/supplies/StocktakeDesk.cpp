#include "StocktakeDesk.h"

#include "StockLedger.h"
#include "SuppliesActions.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/StocktakeRepository.h"
#include "data/SupplyItemRepository.h"
#include "database/data/Database.h"
#include "settings/CompanySettings.h"

namespace shopdesk {

namespace {
Status audit(Database &db, const Clock &clock, const Actor &actor, const QString &action, const Stocktake &s)
{
    return AuditTrail(db, clock).record(actor, action, QStringLiteral("stocktakes"), QString::number(s.id), {},
                                        {{QStringLiteral("state"), stocktakeStateKey(s.state)},
                                         {QStringLiteral("category"), s.category},
                                         {QStringLiteral("differences"), int(s.differences().size())}});
}

// RULE SUP-07: an approved stocktake books its differences; a rejected one books nothing.
Status decide(const OutcomeContext &c, const ApprovalRequest &a, bool approved)
{
    StocktakeRepository repo(c.db);
    // By the subject: a sender with nobody above is decided inside submitInTransaction.
    auto found = repo.find(a.subjectId.toLongLong());
    if (!found)
        return found.failure();
    if (!*found)
        return fail(StocktakeDesk::tr("The stocktake of this approval no longer exists."));
    Stocktake s = **found;
    const StocktakeState to = approved ? StocktakeState::Booked : StocktakeState::Rejected;
    auto moved = repo.move(s.id, StocktakeState::PendingApproval, to);
    if (!moved)
        return moved.failure();
    if (!*moved)
        return fail(StocktakeDesk::tr("%1 was decided meanwhile.").arg(s.number()));
    s.state = to;
    if (approved) {
        for (const StocktakeLine &l : s.differences()) {
            MovementRequest adjustment{MovementKind::Adjustment,
                                       l.difference(),
                                       std::nullopt,
                                       0,
                                       StocktakeDesk::tr("Stocktake: %1").arg(l.reason),
                                       s.number()};
            // A surplus found on an empty shelf is valued at the last price paid (or nothing).
            auto item = SupplyItemRepository(c.db).find(l.itemId);
            if (!item)
                return item.failure();
            if (*item && (*item)->onHand == 0 && l.difference() > 0)
                adjustment.unitCost = Money::fromFen((*item)->lastReceiptUnitFen);
            auto id = StockLedger::appendInTransaction(c.db, c.clock, c.decider, l.itemId, adjustment);
            if (!id && id.isBusy())
                return id.failure();
            if (!id)
                return fail(StocktakeDesk::tr("%1 cannot be booked: %2, %3").arg(s.number(), l.itemName, id.error()));
        }
    }
    return audit(c.db, c.clock, c.decider, QStringLiteral("supplies.stocktake.decided"), s);
}

QString describe(const ApprovalRequest &a)
{
    return StocktakeDesk::tr("%1: %n difference(s) to book", nullptr,
                             a.payload.value(QStringLiteral("differences")).toInt())
        .arg(a.payload.value(QStringLiteral("number")).toString());
}
} // namespace

const ApprovalType &StocktakeDesk::type()
{
    // RULE SUP-07: adjustments with reasons, approved (by the office's head).
    static const ApprovalType t{TypeId, QT_TRANSLATE_NOOP("ApprovalType", "Stocktake differences"),
                                [](const QJsonObject &) { return QList<ApproverKind>{ApproverKind::DepartmentHead}; },
                                &decide, &describe};
    return t;
}

Result<Stocktake> StocktakeDesk::load(qint64 stocktakeId) const
{
    auto found = StocktakeRepository(m_db).find(stocktakeId);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("The stocktake no longer exists."));
    return **found;
}

Result<qint64> StocktakeDesk::start(const Actor &actor, const QString &category)
{
    if (Status s = Permissions::require(actor, SuppliesAction::MoveStock); !s)
        return s.failure();
    return m_db.write([&]() -> Result<qint64> {
        StocktakeRepository repo(m_db);
        // Two open sheets over the same items would book the same difference twice.
        auto open = repo.open();
        if (!open)
            return open.failure();
        for (const Stocktake &other : *open)
            if (other.category.isEmpty() || category.trimmed().isEmpty() || other.category == category.trimmed())
                return fail(tr("%1 (%2) is still open over the same items; finish it first.")
                                .arg(other.number(), stocktakeStateTitle(other.state)));
        auto id = repo.start(category.trimmed(), actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        auto made = repo.find(*id);
        if (!made)
            return made.failure();
        if ((*made)->lines.isEmpty())
            return fail(tr("There is no item in %1 to count.").arg(category));
        if (Status s = audit(m_db, m_clock, actor, QStringLiteral("supplies.stocktake.start"), **made); !s)
            return s.failure();
        return id;
    });
}

Status StocktakeDesk::count(const Actor &actor, qint64 stocktakeId, qint64 itemId, qint64 counted,
                            const QString &reason)
{
    if (Status s = Permissions::require(actor, SuppliesAction::MoveStock); !s)
        return s;
    if (Status s = StocktakeRules::checkCount(counted); !s)
        return s;
    return m_db.write([&]() -> Status {
        StocktakeRepository repo(m_db);
        auto found = load(stocktakeId);
        if (!found)
            return found.failure();
        if (found->state != StocktakeState::Counting)
            return fail(tr("%1 is %2: its counts can no longer change.")
                            .arg(found->number(), stocktakeStateTitle(found->state)));
        auto set = repo.setCount(stocktakeId, itemId, counted, reason.trimmed());
        if (!set)
            return set.failure();
        if (!*set)
            return fail(tr("That item is not on %1.").arg(found->number()));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("supplies.stocktake.count"), QStringLiteral("stocktakes"),
                    QString::number(stocktakeId), {},
                    {{QStringLiteral("item_id"), itemId},
                     {QStringLiteral("counted"), counted},
                     {QStringLiteral("reason"), reason.trimmed()}});
    });
}

Status StocktakeDesk::submit(const Actor &actor, qint64 stocktakeId)
{
    if (Status s = Permissions::require(actor, SuppliesAction::MoveStock); !s)
        return s;
    return m_db.write([&]() -> Status {
        StocktakeRepository repo(m_db);
        auto found = load(stocktakeId);
        if (!found)
            return found.failure();
        Stocktake s = *found;
        if (Status ready = StocktakeRules::checkReady(s); !ready)
            return ready;
        const int differences = int(s.differences().size());
        NewApproval approval;
        approval.type = TypeId;
        approval.subjectModule = QStringLiteral("supplies");
        approval.subjectId = QString::number(s.id);
        approval.title = tr("Stocktake %1: %n difference(s)", nullptr, differences).arg(s.number());
        approval.figures = {{QStringLiteral("differences"), differences}};
        approval.payload = {{QStringLiteral("number"), s.number()}, {QStringLiteral("differences"), differences}};
        // Waiting first: the engine may decide at once (nobody above the sender).
        auto moved = repo.move(s.id, StocktakeState::Counting, StocktakeState::PendingApproval);
        if (!moved)
            return moved.failure();
        if (!*moved)
            return conflict(tr("%1 was sent from another PC meanwhile.").arg(s.number()));
        auto approvalId = Approvals(m_db, m_clock).submitInTransaction(actor, approval);
        if (!approvalId)
            return approvalId.failure();
        if (Status linked = repo.setApproval(s.id, *approvalId); !linked)
            return linked;
        s.state = StocktakeState::PendingApproval;
        return audit(m_db, m_clock, actor, QStringLiteral("supplies.stocktake.submit"), s);
    });
}

Result<Stocktake> StocktakeDesk::find(const Actor &actor, qint64 stocktakeId) const
{
    if (Status s = Permissions::require(actor, SuppliesAction::View); !s)
        return s.failure();
    return load(stocktakeId);
}

Result<QList<Stocktake>> StocktakeDesk::list(const Actor &actor, int limit) const
{
    if (Status s = Permissions::require(actor, SuppliesAction::View); !s)
        return s.failure();
    return StocktakeRepository(m_db).list(limit);
}

Result<Report> StocktakeDesk::sheet(const Actor &actor, qint64 stocktakeId) const
{
    auto s = find(actor, stocktakeId);
    if (!s)
        return s.failure();
    Report r;
    r.companyName = CompanySettings(m_db, m_clock).companyName();
    r.title = tr("Stocktake count sheet %1").arg(s->number());
    r.subtitle = tr("%1, booked quantities as of %2")
                     .arg(s->category.isEmpty() ? tr("All categories") : s->category,
                          s->startedAt.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    r.landscape = false;
    ReportTable t;
    t.header = {tr("Category"), tr("Location"), tr("Code"),       tr("Name"),  tr("Unit"),
                tr("Booked"),   tr("Counted"),  tr("Difference"), tr("Reason")};
    t.widths = {8, 10, 14, 16, 4, 7, 7, 7, 14};
    t.frozenColumns = 4;
    t.textColumns = {4, 8};
    for (const StocktakeLine &l : s->lines)
        t.rows.append({l.category, l.location, l.itemCode, l.itemName, l.unit, QString::number(l.booked),
                       l.counted ? QString::number(*l.counted) : QString(),
                       l.counted && l.difference() ? QString::number(l.difference()) : QString(), l.reason});
    r.tables.append(t);
    r.endNotes.append(tr("%1 of %n line(s) counted; state: %2.", nullptr, int(s->lines.size()))
                          .arg(s->countedLines())
                          .arg(stocktakeStateTitle(s->state)));
    r.signatures = {tr("Counted by"), tr("Custodian"), tr("Office head")};
    return r;
}

} // namespace shopdesk
