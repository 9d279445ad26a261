#pragma once

#include "common/Result.h"
#include "domain/Order.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

class QPageLayout;
class QPagedPaintDevice;

namespace shopdesk {

class Clock;
class Database;

// The paper a packing slip is printed on: an A4 sheet, or a 100 x 150 mm label of a thermal
// shipping-label printer.
enum class SlipPaper { A4, Label100x150 };

// What one packing slip says: the order as created, and the shipping remarks written on it
// since (its notes), which the packer reads before sealing the box.
struct PackingSlip
{
    Order order;
    QStringList remarks;
};

// Packing slips (issue 17): to prevent wrong shipments, what goes in the box (SKU, title,
// quantity, a box to tick) and the shipping remarks printed big, with the order number as a
// Code 128 barcode that the packing table scans back (OrderBook::packScanned). One slip per
// page; the PDF with the export right and its audit record (DB-04), as every file the program
// writes.
class PackingSlips
{
    Q_DECLARE_TR_FUNCTIONS(PackingSlips)
public:
    PackingSlips(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The slips of these orders, in the order given.
    Result<QList<PackingSlip>> slips(const Actor &actor, const QList<qint64> &orderIds) const;
    Status writePdf(const Actor &actor, const QList<PackingSlip> &slips, SlipPaper paper, const QString &path) const;
    // The export right, asked before a preview (the print itself is recorded by the caller).
    Status mayPrint(const Actor &actor) const;

    // Paints the slips on `device`, whose page layout is pageLayout(paper); every order number is
    // encoded before the first page, so one no barcode can carry stops the print with it named.
    static Status paint(const QList<PackingSlip> &slips, SlipPaper paper, const QString &companyName,
                        QPagedPaintDevice &device);
    static QPageLayout pageLayout(SlipPaper paper);
    static QString title();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
