// Supplies benchmarks (issue 13), each against a reference measured in the same run: on a company
// of 2,000 items and 500,000 stock-ledger rows (`demo --supply-items 2000 --supply-movements
// 500000`), the stock list, the reorder suggestions and one item's movements through the
// services, against the sqlite3 tool computing the same stock per item from the ledger with a
// plain GROUP BY (its own `.timer`, so no process start-up is counted).
// Prints FIGURE lines. Usage: supplies_bench [WORK_DIR]
#include "BenchSupport.h"
#include "ReorderPlanner.h"
#include "StockLedger.h"
#include "SuppliesArea.h"
#include "SuppliesDemo.h"
#include "SupplyCatalogue.h"
#include "common/Clock.h"
#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "demo/DemoCompany.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

using namespace shopdesk;
using namespace shopdesk::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SuppliesArea::define();
    QTemporaryDir scratch;
    const QString work = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path();
    QDir().mkpath(work);
    const Clock clock;
    const QString path = QDir(work).filePath(QStringLiteral("supplies-bench.db"));
    QFile::remove(path);
    DemoOptions options;
    options.employees = 40;
    options.months = 12;
    if (auto made = DemoCompany::create(path, options, clock); !made)
        qFatal("demo: %s", qPrintable(made.error()));
    auto db = CompanyDatabase::open(path);
    if (!db)
        qFatal("open: %s", qPrintable(db.error()));
    QElapsedTimer filling;
    filling.start();
    auto filled = SuppliesDemo::create(**db, clock, options.months, options.seed, 2000, 500000);
    if (!filled)
        qFatal("supplies demo: %s", qPrintable(filled.error()));
    figure("supplies_demo",
           QStringLiteral("%1 items, %2 ledger rows written in %3 s")
               .arg(filled->items)
               .arg(filled->movements)
               .arg(filling.elapsed() / 1000.0, 0, 'f', 1));

    Actor admin{1, QStringLiteral("admin"), Level::DatabaseAdmin};
    SupplyCatalogue catalogue(**db, clock);
    int rows = 0;
    const double list = bestMs(5, [&] { rows = int(catalogue.items(admin, {})->size()); });
    const double filtered = bestMs(5, [&] { catalogue.items(admin, {QStringLiteral("复印纸"), {}, false}); });
    int suggested = 0;
    const double reorder = bestMs(5, [&] { suggested = int(ReorderPlanner(**db, clock).suggestions(admin)->size()); });
    const double movements = bestMs(5, [&] { StockLedger(**db, clock).movements(admin, 1, 500); });

    const double reference = sqliteMs(
        path,
        QStringLiteral("SELECT i.code, i.name, i.category, sum(m.quantity), sum(m.value_fen) FROM supply_movements m "
                       "JOIN supply_items i ON i.id = m.item_id GROUP BY m.item_id ORDER BY i.category, i.name;"),
        5);
    auto ratio = [&](double ms) {
        return QStringLiteral("%1 ms (%2x the reference)").arg(ms, 0, 'f', 2).arg(ms / reference, 0, 'f', 3);
    };
    // The same list read the way the program reads it (the ledger's totals kept on each item).
    const double plain = sqliteMs(path,
                                  QStringLiteral("SELECT code, name, category, on_hand, value_fen FROM supply_items "
                                                 "ORDER BY category, name, id;"),
                                  5);
    figure("sqlite3_stock_by_group_by_ms", QString::number(reference, 'f', 2));
    figure("sqlite3_stock_from_item_totals_ms", QString::number(plain, 'f', 2));
    figure("supplies_stock_list", ratio(list) + QStringLiteral(", %1 items").arg(rows));
    figure("supplies_stock_list_filtered", ratio(filtered));
    figure("supplies_reorder_suggestions", ratio(reorder) + QStringLiteral(", %1 items suggested").arg(suggested));
    figure("supplies_item_movements_500", ratio(movements));
    return 0;
}
