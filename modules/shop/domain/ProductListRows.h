#pragma once

#include "common/Result.h"
#include "domain/Product.h"
#include "imports/domain/CsvTable.h"
#include "imports/domain/ImportProblem.h"

#include <QCoreApplication>

#include <optional>

namespace shopdesk {

// A row of a product list (code, title, specification, barcode, cost, price, category), checked
// on its own. A column the file does not have, or an empty cell of an optional one, leaves the
// card as it is.
struct ProductRow
{
    int line = 0;
    QString code, title, category;
    std::optional<QString> specification, barcode;
    std::optional<qint64> costFen, priceFen;

    // `card` (the catalogue's product, or a new one) with what this row gives. The price is
    // given only to a new card: an existing product's price changes through PRD-01.
    Product appliedTo(Product card) const;
};

// Reads the rows of a product list (CSV or the first sheet of a workbook, as ProductImport
// hands it), finding the columns by their Chinese or English header: what `products export`
// writes reads back unchanged.
class ProductListRows
{
    Q_DECLARE_TR_FUNCTIONS(ProductListRows)

public:
    // The headers `products export` writes, in order.
    static QStringList exportHeader();
    // Fails when no header row names the SKU code and the title (编码 and 标题).
    static Result<ImportedRows<ProductRow>> read(const QList<CsvRecord> &records);
    // Whether two cards say the same (stock, status and versions aside).
    static bool sameCard(const Product &a, const Product &b);
};

} // namespace shopdesk
