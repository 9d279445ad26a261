#pragma once

#include "common/Result.h"
#include "domain/ProductListRows.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// What a product-list import would do.
struct ProductImportPreview
{
    struct Change
    {
        Product before;
        Product after;
    };
    QString fileName;
    int rowsRead = 0;
    QList<Product> added; // SKU codes not in the catalogue, as drafts at the file's price
    QList<Change> changed; // never their price (PRD-01), status (PRD-02) or stock (PRD-04)
    int unchanged = 0;
    QList<ImportProblem> problems; // line, field, value, reason
};

// Imports the product list from CSV (UTF-8 or GB18030) or XLSX the way the other lists are
// imported: columns found by header name, every bad row named and skipped, nothing written
// until the preview is accepted, all in one transaction; the same file again changes nothing.
// Products are matched by SKU code. A row that would change an existing product's price is
// refused: that is a price change request (PRD-01).
class ProductImport
{
    Q_DECLARE_TR_FUNCTIONS(ProductImport)
public:
    ProductImport(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<ProductImportPreview> preview(const Actor &actor, const QByteArray &bytes, const QString &fileName) const;
    // The number of cards written; a card someone else changed since the preview refuses the
    // whole import as a conflict.
    Result<int> import(const Actor &actor, const ProductImportPreview &preview);
    // The preview's figures, a line each, for the dialog and shopdeskctl.
    static QStringList summary(const ProductImportPreview &preview);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
