#pragma once

#include "common/Result.h"
#include "domain/Product.h"
#include "report/DataExport.h"
#include "report/LabelPainter.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// Product labels with the barcode (issue 16), the same for the Products page and `shopdeskctl
// products labels`: the title, the specification and the price, and the product's barcode (its
// SKU code when it has none) as Code 128, which every USB scanner reads; the PDF with the export
// right and its audit record (DB-04), as every other file the program writes.
class ProductLabels
{
    Q_DECLARE_TR_FUNCTIONS(ProductLabels)
public:
    static constexpr int maxCopies = 100;

    ProductLabels(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The products with these SKU codes or barcodes, in the order given (every product on sale,
    // by code, when `codes` is empty), each `copies` times in a row.
    Result<QList<Product>> labels(const Actor &actor, const QStringList &codes, int copies) const;
    Status writePdf(const Actor &actor, const QList<Product> &labels, const QString &path,
                    const LabelSheet &sheet = LabelSheet::a4x24()) const;
    // The export right, asked before the copies (a print is recorded by LabelPrinting).
    Status mayPrint(const Actor &actor) const;

    static QString title();
    static QList<PrintedLabel> printed(const QList<Product> &products);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
