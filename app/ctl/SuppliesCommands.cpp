// shopdeskctl supplies ...: the same services as the supplies panel.
#include "Arguments.h"
#include "CommandLine.h"
#include "ItemLabels.h"
#include "ReorderPlanner.h"
#include "StockLedger.h"
#include "StocktakeDesk.h"
#include "SuppliesReports.h"
#include "SupplyCatalogue.h"
#include "SupplyImport.h"
#include "report/DataExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
           "     supplies report stock|use|orders|invoices --format pdf|xlsx|csv --out FILE\n"
           "     supplies stocktake start [--category NAME] | list\n"
           "     supplies stocktake count ID CODE COUNTED [--reason TEXT] | submit ID\n"
           "     supplies stocktake export ID --format pdf|xlsx|csv --out FILE\n"
           "     supplies labels --pdf FILE [--codes CODE,CODE,...] [--copies N]\n"
           "     supplies import-items|import-suppliers FILE [--dry-run]");
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action == u"labels")
        return labels(args, use);
    if (action == u"import-items" || action == u"import-suppliers")
        return suppliesImport(action == u"import-items", args);
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
    if (action == u"stocktake")
        return stocktake(args);
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
        return saveReport(*session, *report, format, out);
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
    request.quantity = quantity;
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

// shopdeskctl supplies labels ...: shelf labels (SUP-08) as a PDF of A4 label sheets, every item
// or the ones named, with the export right and an audit record (DB-04).
int CommandLine::labels(const QStringList &arguments, const QString &use)
{
    QStringList args = arguments;
    const QString out = takeValue(args, QStringLiteral("--pdf"));
    const QString codes = takeValue(args, QStringLiteral("--codes"));
    const QString copiesText = takeValue(args, QStringLiteral("--copies"));
    bool copiesOk = true;
    const int copies = copiesText.isEmpty() ? 1 : copiesText.toInt(&copiesOk);
    if (!args.isEmpty() || out.isEmpty() || !copiesOk)
        return usage(use);
    QStringList wanted;
    for (const QString &code : codes.split(u',', Qt::SkipEmptyParts))
        if (!code.trimmed().isEmpty())
            wanted.append(code.trimmed());
    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    const ItemLabels labels(*session->db, m_clock);
    auto sheet = labels.labels(session->actor, wanted, copies);
    if (!sheet)
        return failed(sheet.error());
    if (Status s = labels.writePdf(session->actor, *sheet, out); !s)
        return failed(s.error());
    m_out << tr("Written: %1 (%n label(s)).", nullptr, int(sheet->size())).arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return Ok;
}

// shopdeskctl supplies stocktake ...: the count sheet on paper or in a spreadsheet, the counts
// typed in, the sheet sent to the office head (SUP-07).
int CommandLine::stocktake(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString use = tr("Use: supplies stocktake start [--category NAME] | list\n"
                           "     supplies stocktake count ID CODE COUNTED [--reason TEXT] | submit ID\n"
                           "     supplies stocktake export ID --format pdf|xlsx|csv --out FILE");
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const QString category = takeValue(args, QStringLiteral("--category"));
    const QString reason = takeValue(args, QStringLiteral("--reason"));
    const QString format = takeValue(args, QStringLiteral("--format")).toLower();
    const QString out = takeValue(args, QStringLiteral("--out"));
    bool idOk = false;
    const qint64 id = args.value(0).toLongLong(&idOk);
    const bool known = (action == u"start" && args.isEmpty()) || (action == u"list" && args.isEmpty())
        || (action == u"count" && args.size() == 3 && idOk) || (action == u"submit" && args.size() == 1 && idOk)
        || (action == u"export" && args.size() == 1 && idOk && !out.isEmpty()
            && QStringList{QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv")}.contains(format));
    if (!known)
        return usage(use);
    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    StocktakeDesk desk(*session->db, m_clock);
    if (action == u"start") {
        auto started = desk.start(session->actor, category);
        if (!started)
            return failed(started.error());
        m_out << *started << Qt::endl;
        return Ok;
    }
    if (action == u"list") {
        auto all = desk.list(session->actor);
        if (!all)
            return failed(all.error());
        for (const Stocktake &t : *all)
            m_out << QStringList{QString::number(t.id),
                                 t.number(),
                                 t.category,
                                 stocktakeStateKey(t.state),
                                 t.startedAt.toString(Qt::ISODate),
                                 t.startedBy}
                         .join(u'\t')
                  << Qt::endl;
        return Ok;
    }
    if (action == u"count") {
        bool countOk = false;
        const qint64 counted = args.value(2).toLongLong(&countOk);
        if (!countOk)
            return usage(use);
        auto item = SupplyCatalogue(*session->db, m_clock).itemByCode(session->actor, args.value(1));
        if (!item)
            return failed(item.error());
        if (Status s = desk.count(session->actor, id, item->id, counted, reason); !s)
            return failed(s.error());
        return Ok;
    }
    if (action == u"submit") {
        if (Status s = desk.submit(session->actor, id); !s)
            return failed(s.error());
        return Ok;
    }
    auto sheet = desk.sheet(session->actor, id);
    if (!sheet)
        return failed(sheet.error());
    if (Status s =
            DataExport(*session->db, m_clock).saveReport(session->actor, {sheet->title, {}, {}}, *sheet, format, out);
        !s)
        return failed(s.error());
    return Ok;
}

// shopdeskctl supplies import-items|import-suppliers FILE [--dry-run]: the same preview as the
// panel's, every problem with its line, then the import unless --dry-run. Bad rows are never
// fatal; a file that cannot be read is (exit 1).
int CommandLine::suppliesImport(bool items, const QStringList &arguments)
{
    QStringList args = arguments;
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    if (args.size() != 1)
        return usage(tr("Use: supplies import-items|import-suppliers FILE [--dry-run]"));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(file).fileName();
    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    SupplyImport importer(*session->db, m_clock);
    auto finish = [&](const auto &preview) {
        printPreview(SupplyImport::summary(preview), preview.problems);
        if (dryRun) {
            m_out << tr("Dry run: nothing was written.") << Qt::endl;
            return int(Ok);
        }
        auto written = importer.import(session->actor, preview);
        if (!written)
            return failed(written.error());
        m_out << tr("Imported: %1 new, %2 changed.").arg(preview.added.size()).arg(preview.changed.size()) << Qt::endl;
        return int(Ok);
    };
    if (items) {
        auto preview = importer.previewItems(session->actor, bytes, name);
        return preview ? finish(*preview) : failed(preview.error());
    }
    auto preview = importer.previewSuppliers(session->actor, bytes, name);
    return preview ? finish(*preview) : failed(preview.error());
}

} // namespace shopdesk
