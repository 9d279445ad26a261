// Shop benchmarks (issue 16), each against a reference measured in the same run: on a shop of
// 20,000 SKUs and 2,000,000 product-stock ledger rows (`demo --shop-products 20000
// --shop-movements 2000000`), the product list's first page with its stock and a search by SKU
// code, by barcode and by a 1- and a 2-character Chinese title fragment, each through the
// service as the panel asks, against the sqlite3 tool running the same query (its own `.timer`,
// so no process start-up is counted); and the stock per SKU summed from the ledger by GROUP BY,
// what the list would cost without the stock kept on each product.
// Prints FIGURE lines. Usage: shop_bench [WORK_DIR] [SKUS] [LEDGER_ROWS]
#include "BenchSupport.h"
#include "ProductCatalogue.h"
#include "ShopArea.h"
#include "ShopDemo.h"
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
    ShopArea::define();
    QTemporaryDir scratch;
    const QString work = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path();
    const int skus = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20'000;
    const int rows = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 2'000'000;
    QDir().mkpath(work);
    const Clock clock;
    const QString path = QDir(work).filePath(QStringLiteral("shop-bench.db"));
    QFile::remove(path);
    DemoOptions options;
    if (auto made = DemoCompany::create(path, options, clock); !made)
        qFatal("demo: %s", qPrintable(made.error()));
    auto db = CompanyDatabase::open(path);
    if (!db)
        qFatal("open: %s", qPrintable(db.error()));
    (*db)->setWaitForDisk(false);
    QElapsedTimer filling;
    filling.start();
    auto filled = ShopDemo::create(**db, clock, options.seed, skus, rows);
    if (!filled)
        qFatal("shop demo: %s", qPrintable(filled.error()));
    (*db)->setWaitForDisk(true);
    figure("shop_demo",
           QStringLiteral("%1 SKUs, %2 ledger rows written in %3 s")
               .arg(filled->products)
               .arg(filled->movements)
               .arg(filling.elapsed() / 1000.0, 0, 'f', 1));

    Actor admin{1, QStringLiteral("admin"), Level::DatabaseAdmin};
    ProductCatalogue catalogue(**db, clock);
    constexpr int kPage = 200; // PagedTableModel::kDefaultPageSize
    auto pageOf = [&](const QString &text) {
        ProductQuery q;
        q.text = text;
        auto page = catalogue.page(admin, q, ProductOrder::ByCode, false, {}, kPage);
        if (!page)
            qFatal("page: %s", qPrintable(page.error()));
        return int(page->rows.size());
    };
    // The same queries as ProductRepository::page, for the sqlite3 tool.
    const QString columns = QStringLiteral("SELECT p.id, p.code, p.title, p.specification, p.barcode, p.category, "
                                           "p.cost_fen, p.price_fen, p.status, p.low_stock_at, p.on_hand, p.version, "
                                           "p.code FROM products p WHERE 1=1");
    auto sqlOf = [&](const QString &text) {
        QString sql = columns;
        if (!text.isEmpty())
            sql += QStringLiteral(" AND (p.code = '%1' OR p.barcode = '%1' OR p.code LIKE '%%1%' ESCAPE '\\' "
                                  "OR p.title LIKE '%%1%' ESCAPE '\\' OR p.barcode LIKE '%%1%' ESCAPE '\\')")
                       .arg(text);
        return sql + QStringLiteral(" ORDER BY p.code ASC, p.code ASC LIMIT %1;").arg(kPage + 1);
    };
    const QString someCode = QStringLiteral("SD%1").arg(skus / 2, 5, 10, QLatin1Char('0'));
    QString someBarcode;
    if (auto p = catalogue.byCodeOrBarcode(admin, someCode))
        someBarcode = p->barcode;
    const QList<std::pair<const char *, QString>> searches{{"shop_first_page", QString()},
                                                           {"shop_search_code", someCode},
                                                           {"shop_search_barcode", someBarcode},
                                                           {"shop_search_one_character", QStringLiteral("壶")},
                                                           {"shop_search_two_characters", QStringLiteral("紫砂")}};
    for (const auto &[name, text] : searches) {
        int found = 0;
        const double ms = bestMs(5, [&] { found = pageOf(text); });
        const double reference = sqlitePerQueryMs(path, sqlOf(text), 200);
        figure(name,
               QStringLiteral("%1 ms (%2x the sqlite3 tool's %3 ms), %4 rows%5")
                   .arg(ms, 0, 'f', 2)
                   .arg(ms / reference, 0, 'f', 2)
                   .arg(reference, 0, 'f', 3)
                   .arg(found)
                   .arg(text.isEmpty() ? QString() : QStringLiteral(" for \"%1\"").arg(text)));
    }
    const double groupBy = sqliteMs(
        path, QStringLiteral("SELECT product_id, sum(quantity) FROM product_movements GROUP BY product_id;"), 3);
    figure("sqlite3_stock_by_group_by_ms", QString::number(groupBy, 'f', 2));
    return 0;
}
