#include "ProductImport.h"

#include "ProductCatalogue.h"
#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "data/ProductRepository.h"
#include "database/data/Database.h"
#include "imports/XlsxSheet.h"

#include <algorithm>

namespace shopdesk {

Result<ProductImportPreview> ProductImport::preview(const Actor &actor, const QByteArray &bytes,
                                                    const QString &fileName) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::ManageProducts); !allowed)
        return allowed.failure();
    auto records = XlsxSheet::readWorkbookOrCsv(bytes, fileName);
    if (!records)
        return records.failure();
    auto list = ProductListRows::read(*records);
    if (!list)
        return fail(tr("%1: %2").arg(fileName, list.error()));
    auto products = ProductRepository(m_db).all({});
    if (!products)
        return products.failure();

    ProductImportPreview p;
    p.fileName = fileName;
    p.rowsRead = list->rowsRead;
    p.problems = list->problems;
    QHash<QString, Product> byCode;
    QHash<QString, QString> barcodeOwner; // barcode -> SKU code
    for (const Product &product : *products) {
        byCode.insert(product.code, product);
        if (!product.barcode.isEmpty())
            barcodeOwner.insert(product.barcode, product.code);
    }
    for (const ProductRow &row : list->rows) {
        const Product before = byCode.value(row.code);
        const Product after = row.appliedTo(before);
        if (after.category.isEmpty()) {
            p.problems.append({row.line, ProductListRows::tr("category"), {}, tr("required for a new product")});
            continue;
        }
        if (const QString owner = barcodeOwner.value(after.barcode);
            !after.barcode.isEmpty() && !owner.isEmpty() && owner != row.code) {
            p.problems.append({row.line, ProductListRows::tr("barcode"), after.barcode,
                               tr("already on %1 in the catalogue").arg(owner)});
            continue;
        }
        // RULE PRD-01: an existing product's price changes through an approved price change.
        if (before.id != 0 && row.priceFen && *row.priceFen != before.priceFen) {
            p.problems.append({row.line, ProductListRows::tr("price"), Money::fromFen(*row.priceFen).toPlainString(),
                               tr("the shop's price is %1; a price changes only through an approved price change "
                                  "(PRD-01)")
                                   .arg(before.price().toPlainString())});
            continue;
        }
        if (before.id == 0)
            p.added.append(after);
        else if (ProductListRows::sameCard(before, after))
            ++p.unchanged;
        else
            p.changed.append({before, after});
    }
    std::stable_sort(p.problems.begin(), p.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    return p;
}

Result<int> ProductImport::import(const Actor &actor, const ProductImportPreview &preview)
{
    if (Status allowed = Permissions::require(actor, ShopAction::ManageProducts); !allowed)
        return allowed.failure();
    return m_db.write([&]() -> Result<int> {
        ProductRepository repo(m_db);
        for (const Product &product : preview.added) {
            auto taken = repo.byCode(product.code);
            if (!taken)
                return taken.failure();
            if (*taken)
                return conflict(tr("%1 (%2) was added by someone else since the preview; read the file again.")
                                    .arg(product.code, product.title));
            auto id = ProductCatalogue::saveInTransaction(m_db, m_clock, actor, product);
            if (!id)
                return id.isConflict() || id.isBusy() ? id.failure() : fail(tr("%1: %2").arg(product.code, id.error()));
        }
        for (const auto &[before, after] : preview.changed) {
            auto id = ProductCatalogue::saveInTransaction(m_db, m_clock, actor, after);
            if (!id && id.isConflict())
                return conflict(tr("%1 (%2) was changed by someone else since the preview; read the file again.")
                                    .arg(before.code, before.title));
            if (!id)
                return id.isBusy() ? id.failure() : fail(tr("%1: %2").arg(before.code, id.error()));
        }
        const int written = int(preview.added.size() + preview.changed.size());
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("shop.products.import"), QStringLiteral("products"), {}, {},
                                   {{QStringLiteral("file"), preview.fileName},
                                    {QStringLiteral("added"), int(preview.added.size())},
                                    {QStringLiteral("changed"), int(preview.changed.size())}});
            !s)
            return s.failure();
        return written;
    });
}

QStringList ProductImport::summary(const ProductImportPreview &p)
{
    return {p.fileName,
            tr("Rows read: %1").arg(p.rowsRead),
            tr("New: %1").arg(p.added.size()),
            tr("Changed: %1").arg(p.changed.size()),
            tr("Unchanged: %1").arg(p.unchanged),
            tr("Problems (their rows are not imported): %1").arg(p.problems.size())};
}

} // namespace shopdesk
