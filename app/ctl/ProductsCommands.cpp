// shopdeskctl products ...: the same services as the shop's products panel (issue 16).
#include "Arguments.h"
#include "CommandLine.h"
#include "ProductCatalogue.h"
#include "ProductImport.h"
#include "ProductLabels.h"
#include "ProductStock.h"
#include "ShopReports.h"
#include "report/DataExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace shopdesk {

namespace {
std::optional<ProductMovementKind> movementOf(const QString &word)
{
    if (word == u"receive" || word == u"receipt")
        return ProductMovementKind::Receipt;
    if (word == u"sell" || word == u"sale")
        return ProductMovementKind::Sale;
    if (word == u"return")
        return ProductMovementKind::Return;
    if (word == u"adjust")
        return ProductMovementKind::Adjustment;
    return std::nullopt;
}
} // namespace

int CommandLine::products(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString use = tr("Use: products list [--text TEXT] [--low]\n"
                           "     products book receive|sell|return|adjust CODE QUANTITY --reason TEXT [--ref TEXT]\n"
                           "     products import FILE [--dry-run]\n"
                           "     products labels --pdf FILE [--codes CODE,CODE,...] [--copies N]\n"
                           "     products export --format xlsx|csv --out FILE\n"
                           "     products report stock|prices|listings|promotions|products [--from DAY --to DAY] "
                           "--format pdf|xlsx|csv --out FILE");
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action == u"import")
        return productsImport(args);
    if (action == u"labels") {
        const QString pdf = takeValue(args, QStringLiteral("--pdf"));
        const QString codes = takeValue(args, QStringLiteral("--codes"));
        const QString copiesText = takeValue(args, QStringLiteral("--copies"));
        bool copiesOk = true;
        const int copies = copiesText.isEmpty() ? 1 : copiesText.toInt(&copiesOk);
        if (pdf.isEmpty() || !args.isEmpty() || !copiesOk)
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        ProductLabels printer(*session->db, m_clock);
        auto sheet = printer.labels(session->actor, codes.split(u',', Qt::SkipEmptyParts), copies);
        if (!sheet)
            return failed(sheet.error());
        if (Status s = printer.writePdf(session->actor, *sheet, pdf); !s)
            return failed(s.error());
        m_out << tr("Written: %1 (%n label(s)).", nullptr, int(sheet->size())).arg(QDir::toNativeSeparators(pdf))
              << Qt::endl;
        return Ok;
    }
    if (action == u"list") {
        ProductQuery query;
        query.text = takeValue(args, QStringLiteral("--text"));
        query.onlyLowStock = takeFlag(args, QStringLiteral("--low"));
        if (!args.isEmpty())
            return usage(use);
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        auto list = ProductCatalogue(*session->db, m_clock).all(session->actor, query);
        if (!list)
            return failed(list.error());
        for (const Product &p : *list)
            m_out << QStringList{p.code,
                                 p.title,
                                 p.category,
                                 productStatusKey(p.status),
                                 p.price().toPlainString(),
                                 QString::number(p.onHand)}
                         .join(u'\t')
                  << Qt::endl;
        return Ok;
    }
    if (action == u"book") {
        const auto kind = movementOf(args.isEmpty() ? QString() : args.takeFirst());
        ProductMovementRequest request;
        request.reason = takeValue(args, QStringLiteral("--reason"));
        request.reference = takeValue(args, QStringLiteral("--ref"));
        bool quantityOk = false;
        request.quantity = args.value(1).toLongLong(&quantityOk);
        if (!kind || args.size() != 2 || !quantityOk)
            return usage(use);
        request.kind = *kind;
        auto session = openSignedIn();
        if (!session)
            return failed(session.error());
        ProductCatalogue catalogue(*session->db, m_clock);
        auto product = catalogue.byCodeOrBarcode(session->actor, args.first());
        if (!product)
            return failed(product.error());
        auto booked = ProductStock(*session->db, m_clock).book(session->actor, product->id, request, product->onHand);
        if (!booked)
            return failed(booked.error());
        auto now = catalogue.product(session->actor, product->id);
        m_out << tr("Booked: %1 %2, %3 on hand (%4).")
                     .arg(productMovementKindTitle(*kind), product->code)
                     .arg(now ? now->onHand : 0)
                     .arg(now ? productStatusTitle(now->status) : QString())
              << Qt::endl;
        return Ok;
    }
    std::optional<ShopReports::Kind> kind;
    if (action == u"export") {
        kind = ShopReports::Kind::Products;
    } else if (action == u"report") {
        for (ShopReports::Kind k : ShopReports::kinds())
            if (args.value(0) == ShopReports::key(k))
                kind = k;
        if (!args.isEmpty())
            args.removeFirst();
    }
    const QString format = takeValue(args, QStringLiteral("--format")).toLower();
    const QString out = takeValue(args, QStringLiteral("--out"));
    const QDate from = QDate::fromString(takeValue(args, QStringLiteral("--from")), Qt::ISODate);
    const QDate to = QDate::fromString(takeValue(args, QStringLiteral("--to")), Qt::ISODate);
    QStringList formats{QStringLiteral("xlsx"), QStringLiteral("csv")};
    if (action == u"report")
        formats << QStringLiteral("pdf");
    if (!kind || !args.isEmpty() || out.isEmpty() || !formats.contains(format)
        || (ShopReports::coversAPeriod(*kind) && (!from.isValid() || !to.isValid())))
        return usage(use);
    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    auto report = ShopReports(*session->db, m_clock).build(session->actor, *kind, from, to);
    if (!report)
        return failed(report.error());
    return saveReport(*session, *report, format, out);
}

int CommandLine::productsImport(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    if (args.size() != 1)
        return usage(tr("Use: products import FILE [--dry-run]"));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    const QByteArray bytes = file.readAll();
    auto session = openSignedIn();
    if (!session)
        return failed(session.error());
    ProductImport importer(*session->db, m_clock);
    auto preview = importer.preview(session->actor, bytes, QFileInfo(file).fileName());
    if (!preview)
        return failed(preview.error());
    printPreview(ProductImport::summary(*preview), preview->problems);
    if (dryRun) {
        m_out << tr("Dry run: nothing was written.") << Qt::endl;
        return Ok;
    }
    auto written = importer.import(session->actor, *preview);
    if (!written)
        return failed(written.error());
    m_out << tr("Imported: %1 new, %2 changed.").arg(preview->added.size()).arg(preview->changed.size()) << Qt::endl;
    return Ok;
}

} // namespace shopdesk
