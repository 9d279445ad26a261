// shopdeskctl supplies ...: the same services as the supplies panel.
#include "Arguments.h"
#include "CommandLine.h"
#include "ReorderPlanner.h"
#include "StockLedger.h"
#include "SuppliesReports.h"
#include "SupplyCatalogue.h"
#include "report/DataExport.h"

#include <QDir>

namespace shopdesk {

namespace {
std::optional<MovementKind> kindOf(const QString &word)
{
    if (word == u"receive" || word == u"receipt")
        return MovementKind::Receipt;
    if (word == u"issue")
        return MovementKind::Issue;
    if (word == u"return")
        return MovementKind::Return;
    if (word == u"local-purchase")
        return MovementKind::LocalPurchase;
    if (word == u"adjust")
        return MovementKind::Adjustment;
    return std::nullopt;
}
} // namespace

int CommandLine::supplies(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString use =
        tr("Use: supplies stock [--category NAME] [--reorder]\n"
           "     supplies reorder\n"
           "     supplies movements CODE [--limit N]\n"
           "     supplies book receive|issue|return|local-purchase CODE QUANTITY [--price YUAN] [--dept NAME] "
           "--reason TEXT [--ref TEXT]\n"
           "     supplies book adjust CODE COUNTED --reason TEXT\n"
           "     supplies report stock|use|orders --format pdf|xlsx|csv --out FILE");
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action == u"stock") {
        const QString category = takeValue(args, QStringLiteral("--category"));
        const bool reorder = takeFlag(args, QStringLiteral("--reorder"));
        if (!args.isEmpty())
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        auto items = SupplyCatalogue(*session->db, m_clock).items(session->actor, {{}, category, reorder});
        if (!items)
            return failed(items.error());
        for (const SupplyItem &i : *items)
            m_out << QStringList{i.code,
                                 i.name,
                                 i.category,
                                 i.unit,
                                 QString::number(i.onHand),
                                 QString::number(i.reorderPoint),
                                 i.averageCost().toPlainString(),
                                 Money::fromFen(i.valueFen).toPlainString()}
                         .join(u'\t')
                  << Qt::endl;
        return Ok;
    }
    if (action == u"reorder") {
        if (!args.isEmpty())
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        auto suggestions = ReorderPlanner(*session->db, m_clock).suggestions(session->actor);
        if (!suggestions)
            return failed(suggestions.error());
        for (const ReorderSuggestion &s : *suggestions)
            m_out << QStringList{s.item.code,
                                 s.item.name,
                                 QString::number(s.item.onHand),
                                 QString::number(s.item.reorderPoint),
                                 QString::number(s.consumedPerMonthTimes100 / 100.0, 'f', 2),
                                 QString::number(s.quantity)}
                         .join(u'\t')
                  << Qt::endl;
        return Ok;
    }
    if (action == u"movements") {
        bool limitOk = true;
        const QString limitText = takeValue(args, QStringLiteral("--limit"));
        const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&limitOk);
        if (args.size() != 1 || !limitOk || limit <= 0)
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        auto item = SupplyCatalogue(*session->db, m_clock).itemByCode(session->actor, args.first());
        if (!item)
            return failed(item.error());
        auto rows = StockLedger(*session->db, m_clock).movements(session->actor, item->id, limit);
        if (!rows)
            return failed(rows.error());
        for (const StockMovement &m : *rows)
            m_out << QStringList{m.at.toString(Qt::ISODate),
                                 movementKindKey(m.kind),
                                 QString::number(m.quantity),
                                 Money::fromFen(m.valueFen).toPlainString(),
                                 m.departmentName,
                                 m.byUserName,
                                 m.reason,
                                 m.reference}
                         .join(u'\t')
                  << Qt::endl;
        return Ok;
    }
    if (action == u"report") {
        const QString format = takeValue(args, QStringLiteral("--format")).toLower();
        const QString out = takeValue(args, QStringLiteral("--out"));
        std::optional<SuppliesReports::Kind> kind;
        for (SuppliesReports::Kind k : SuppliesReports::kinds())
            if (args.value(0) == SuppliesReports::key(k))
                kind = k;
        if (!kind || args.size() != 1 || out.isEmpty()
            || !QStringList{QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv")}.contains(format))
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        auto report = SuppliesReports(*session->db, m_clock).build(session->actor, *kind);
        if (!report)
            return failed(report.error());
        // RULE DB-04: the export right, and an audit record of the file.
        if (Status s = DataExport(*session->db, m_clock)
                           .saveReport(session->actor, {report->title, {}, {}}, *report, format, out);
            !s)
            return failed(s.error());
        m_out
            << tr("Written: %1 (%n row(s)).", nullptr, DataExport::rowCount(*report)).arg(QDir::toNativeSeparators(out))
            << Qt::endl;
        return Ok;
    }
    if (action != u"book")
        return usage(use);

    const auto kind = kindOf(args.isEmpty() ? QString() : args.takeFirst());
    const QString price = takeValue(args, QStringLiteral("--price"));
    const QString department = takeValue(args, QStringLiteral("--dept"));
    MovementRequest request;
    request.reason = takeValue(args, QStringLiteral("--reason"));
    request.reference = takeValue(args, QStringLiteral("--ref"));
    bool quantityOk = false;
    const qint64 quantity = args.value(1).toLongLong(&quantityOk);
    if (!kind || args.size() != 2 || !quantityOk)
        return usage(use);
    request.kind = *kind;
    if (!price.isEmpty()) {
        auto cost = StockRules::parseUnitCost(price);
        if (!cost)
            return failed(cost.error());
        request.unitCost = *cost;
    }
    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    StockLedger ledger(*session->db, m_clock);
    if (!department.isEmpty()) {
        auto departments = ledger.departments(session->actor);
        if (!departments)
            return failed(departments.error());
        for (const Department &d : *departments)
            if (d.name == department)
                request.departmentId = d.id;
        if (request.departmentId == 0)
            return failed(tr("There is no department \"%1\".").arg(department));
    }
    auto item = SupplyCatalogue(*session->db, m_clock).itemByCode(session->actor, args.first());
    if (!item)
        return failed(item.error());
    // An adjustment is given as the counted quantity, as on the stocktake sheet.
    request.quantity = *kind == MovementKind::Adjustment ? quantity - item->onHand : quantity;
    auto booked = ledger.book(session->actor, item->id, request, item->onHand);
    if (!booked)
        return failed(booked.error());
    auto now = SupplyCatalogue(*session->db, m_clock).item(session->actor, item->id);
    m_out << tr("Booked: %1 %2, %3 %4 on hand.")
                 .arg(movementKindTitle(*kind), item->name)
                 .arg(now ? now->onHand : 0)
                 .arg(item->unit)
          << Qt::endl;
    return Ok;
}

} // namespace shopdesk
