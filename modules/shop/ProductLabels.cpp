#include "ProductLabels.h"

#include "ProductCatalogue.h"
#include "report/Barcode.h"

namespace shopdesk {

QString ProductLabels::title()
{
    return tr("Product labels");
}

QList<PrintedLabel> ProductLabels::printed(const QList<Product> &products)
{
    QList<PrintedLabel> labels;
    for (const Product &p : products)
        labels.append({p.title,
                       {p.specification, tr("Price: %1").arg(p.price().toString()), tr("SKU: %1").arg(p.code)},
                       p.barcode.isEmpty() ? p.code : p.barcode,
                       PrintedLabel::Symbol::Code128});
    return labels;
}

Result<QList<Product>> ProductLabels::labels(const Actor &actor, const QStringList &codes, int copies) const
{
    if (copies < 1 || copies > maxCopies)
        return fail(tr("Copies per product must be between 1 and %1, not %2.").arg(maxCopies).arg(copies));
    ProductCatalogue catalogue(m_db, m_clock);
    QList<Product> products;
    if (codes.isEmpty()) {
        ProductQuery onSale;
        onSale.status = ProductStatus::Listed;
        auto all = catalogue.all(actor, onSale);
        if (!all)
            return all.failure();
        products = *all;
    }
    for (const QString &code : codes) {
        auto product = catalogue.byCodeOrBarcode(actor, code);
        if (!product)
            return product.failure();
        products.append(*product);
    }
    if (products.isEmpty())
        return fail(tr("There are no products to print labels for."));
    // Before any page is printed or previewed: a code no barcode can carry, with its product named.
    for (const Product &p : std::as_const(products))
        if (auto bars = Barcode::code128(p.barcode.isEmpty() ? p.code : p.barcode); !bars)
            return fail(tr("No label for %1: %2").arg(p.code, bars.error()));
    return withCopies(products, copies);
}

Status ProductLabels::writePdf(const Actor &actor, const QList<Product> &labels, const QString &path,
                               const LabelSheet &sheet) const
{
    return DataExport(m_db, m_clock)
        .save(actor, {title(), {}, {}}, QStringLiteral("pdf"), path, int(labels.size()),
              [&] { return LabelPainter::writePdf(printed(labels), sheet, path, title()); });
}

Status ProductLabels::mayPrint(const Actor &actor) const
{
    return DataExport(m_db, m_clock).mayExport(actor);
}

} // namespace shopdesk
