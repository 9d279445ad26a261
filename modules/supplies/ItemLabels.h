#pragma once

#include "common/Result.h"
#include "domain/SupplyItem.h"
#include "report/DataExport.h"
#include "report/LabelPainter.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// Shelf labels for the supplies (SUP-08: the code the scanner reads at the movement form), the
// same for the Stock page and `shopdeskctl supplies labels`: which labels, and the PDF with the
// export right and its audit record (DB-04), as every other file the program writes.
class ItemLabels
{
    Q_DECLARE_TR_FUNCTIONS(ItemLabels)
public:
    static constexpr int maxCopies = 100;

    ItemLabels(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The items with these codes, in the order given (every item, by category, when `codes` is
    // empty), each `copies` times in a row.
    Result<QList<SupplyItem>> labels(const Actor &actor, const QStringList &codes, int copies) const;
    Status writePdf(const Actor &actor, const QList<SupplyItem> &labels, const QString &path,
                    const LabelSheet &sheet = LabelSheet::a4x24()) const;
    // The export right, asked before the copies (a print is recorded by LabelPrinting).
    Status mayPrint(const Actor &actor) const;

    static QString title();
    // A shelf label: the item's name, its specification and unit, its location, its code as Code 128.
    static QList<PrintedLabel> printed(const QList<SupplyItem> &items);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
