// The shop's product rules (PRD-01..04), pure: no database.
#include "domain/ChannelOrderRows.h"
#include "domain/ListingChange.h"
#include "domain/Order.h"
#include "domain/PriceChange.h"
#include "domain/Product.h"
#include "domain/ProductStock.h"
#include "domain/Promotion.h"
#include "domain/ShopTime.h"
#include "domain/WebFileLimits.h"

#include <QTest>

using namespace shopdesk;

class ShopRulesTest : public QObject
{
    Q_OBJECT

    static Promotion promotion(PromotionKind kind)
    {
        Promotion p;
        p.title = QStringLiteral("国庆茶具节");
        p.startsOn = QDate(2026, 10, 1);
        p.endsOn = QDate(2026, 10, 7);
        p.productIds = {1};
        p.kind = kind;
        return p;
    }

private slots:
    void aProductNeedsCodeTitleCategoryAndNoNegativeAmounts()
    {
        Product p;
        p.code = QStringLiteral("MUG-01");
        p.title = QStringLiteral("马克杯");
        QVERIFY(!ProductRules::problem(p).isEmpty()); // no category
        p.category = QStringLiteral("杯具");
        QVERIFY(ProductRules::problem(p).isEmpty());
        p.priceFen = -1;
        QVERIFY(!ProductRules::problem(p).isEmpty());
        p.priceFen = 0;
        p.title = QStringLiteral("  ");
        QVERIFY(!ProductRules::problem(p).isEmpty());
    }

    void anEanBarcodeCarriesItsCheckDigit()
    {
        QVERIFY(ProductRules::barcodeProblem(QStringLiteral("6901234567892")).isEmpty()); // EAN-13
        QVERIFY(ProductRules::barcodeProblem(QStringLiteral("4006381333931")).isEmpty());
        QVERIFY(ProductRules::barcodeProblem(QStringLiteral("96385074")).isEmpty()); // EAN-8
        const QString typo = ProductRules::barcodeProblem(QStringLiteral("6901234567893"));
        QVERIFY(typo.contains(QStringLiteral("6901234567893")));
        QVERIFY(typo.contains(QLatin1Char('2'))); // the right check digit is named
        QVERIFY(!ProductRules::barcodeProblem(QStringLiteral("96385075")).isEmpty());
        // The shop's own codes (Code 128): other lengths and letters are fine, spaces and Chinese not.
        QVERIFY(ProductRules::barcodeProblem(QStringLiteral("SD-000123")).isEmpty());
        QVERIFY(ProductRules::barcodeProblem(QStringLiteral("123456789012")).isEmpty());
        QVERIFY(!ProductRules::barcodeProblem(QStringLiteral("SD 1")).isEmpty());
        QVERIFY(!ProductRules::barcodeProblem(QStringLiteral("杯子")).isEmpty());
        QVERIFY(!ProductRules::barcodeProblem(QString(33, QLatin1Char('A'))).isEmpty());
    }

    void prd04_salesTakeAwayAndStockNeverGoesBelowZero()
    {
        QString why;
        QCOMPARE(ProductStockRules::signedQuantity({ProductMovementKind::Receipt, 5, QStringLiteral("到货")}, 0, &why),
                 5);
        QCOMPARE(ProductStockRules::signedQuantity({ProductMovementKind::Sale, 3, QStringLiteral("订单")}, 3, &why),
                 -3);
        QCOMPARE(ProductStockRules::signedQuantity({ProductMovementKind::Return, 1, QStringLiteral("退货")}, 0, &why),
                 1);
        QCOMPARE(
            ProductStockRules::signedQuantity({ProductMovementKind::Adjustment, -2, QStringLiteral("盘点")}, 2, &why),
            -2);
        QVERIFY(!ProductStockRules::signedQuantity({ProductMovementKind::Sale, 4, QStringLiteral("订单")}, 3, &why));
        QVERIFY(why.contains(QLatin1Char('3')));
        QVERIFY(
            !ProductStockRules::signedQuantity({ProductMovementKind::Adjustment, -3, QStringLiteral("盘点")}, 2, &why));
        QVERIFY(!ProductStockRules::signedQuantity({ProductMovementKind::Sale, -1, QStringLiteral("订单")}, 3, &why));
        QVERIFY(
            !ProductStockRules::signedQuantity({ProductMovementKind::Adjustment, 0, QStringLiteral("盘点")}, 3, &why));
        QVERIFY(!ProductStockRules::signedQuantity({ProductMovementKind::Receipt, 1, QStringLiteral(" ")}, 3, &why));
    }

    void prd02_onlyAListedProductAtZeroIsDelistedByItself()
    {
        QVERIFY(ProductStockRules::delistsAutomatically(ProductStatus::Listed, 0));
        QVERIFY(!ProductStockRules::delistsAutomatically(ProductStatus::Listed, 1));
        QVERIFY(!ProductStockRules::delistsAutomatically(ProductStatus::Draft, 0));
        QVERIFY(!ProductStockRules::delistsAutomatically(ProductStatus::Delisted, 0));
    }

    void prd02_listingAndDelistingAskForTheRightStatus()
    {
        const QString why = QStringLiteral("新品");
        QVERIFY(ListingRules::requestProblem(ListingKind::List, ProductStatus::Draft, why).isEmpty());
        QVERIFY(ListingRules::requestProblem(ListingKind::List, ProductStatus::Delisted, why).isEmpty());
        QVERIFY(!ListingRules::requestProblem(ListingKind::List, ProductStatus::Listed, why).isEmpty());
        QVERIFY(ListingRules::requestProblem(ListingKind::Delist, ProductStatus::Listed, why).isEmpty());
        QVERIFY(!ListingRules::requestProblem(ListingKind::Delist, ProductStatus::Draft, why).isEmpty());
        QVERIFY(!ListingRules::requestProblem(ListingKind::Delist, ProductStatus::Listed, QString()).isEmpty());
        // Nothing in stock: not put on sale, it would come off again at once.
        QVERIFY(!ListingRules::carryOutProblem(ListingKind::List, ProductStatus::Draft, 0, 3900).isEmpty());
        QVERIFY(ListingRules::carryOutProblem(ListingKind::List, ProductStatus::Draft, 1, 3900).isEmpty());
        QVERIFY(!ListingRules::carryOutProblem(ListingKind::List, ProductStatus::Draft, 1, 0).isEmpty()); // no price
        QVERIFY(ListingRules::carryOutProblem(ListingKind::Delist, ProductStatus::Listed, 5, 3900).isEmpty());
        // Off sale meanwhile by itself: the approved delisting is closed, not refused.
        QVERIFY(ListingRules::alreadyDone(ListingKind::Delist, ProductStatus::Delisted));
        QVERIFY(ListingRules::carryOutProblem(ListingKind::Delist, ProductStatus::Delisted, 0, 3900).isEmpty());
        QVERIFY(!ListingRules::alreadyDone(ListingKind::List, ProductStatus::Listed));
        QVERIFY(!ListingRules::carryOutProblem(ListingKind::List, ProductStatus::Listed, 5, 3900).isEmpty());
    }

    void prd01_aNewPriceNeedsTheCompetitorsAnalysed()
    {
        PriceChange c;
        c.currentFen = 3900;
        c.proposedFen = 3500;
        c.reason = QStringLiteral("对标京东");
        QVERIFY(PriceRules::requestProblem(c).contains(QStringLiteral("PRD-01")));
        c.competitors = {{QStringLiteral("京东自营"), 3600}, {QStringLiteral("拼多多"), 2990}};
        QVERIFY(PriceRules::requestProblem(c).isEmpty());
        c.competitors.append({QString(), 3000});
        QVERIFY(!PriceRules::requestProblem(c).isEmpty());
        c.competitors.removeLast();
        c.proposedFen = 3900; // unchanged
        QVERIFY(!PriceRules::requestProblem(c).isEmpty());
        c.proposedFen = 0;
        QVERIFY(!PriceRules::requestProblem(c).isEmpty());
    }

    void prd01_theAnalysisGivesLowestAverageHighest()
    {
        const QList<CompetitorPrice> prices{
            {QStringLiteral("京东自营"), 3600}, {QStringLiteral("拼多多"), 2990}, {QStringLiteral("天猫"), 4001}};
        const CompetitorAnalysis a = PriceRules::analyse(prices, 3500);
        QCOMPARE(a.count, 3);
        QCOMPARE(a.lowestFen, 2990);
        QCOMPARE(a.highestFen, 4001);
        QCOMPARE(a.averageFen, 3530); // 10591 / 3 = 3530.33
        QCOMPARE(a.cheaperThanProposed, 1);
        QCOMPARE(PriceRules::competitorsFromJson(PriceRules::competitorsJson(prices)).size(), 3);
        QCOMPARE(PriceRules::competitorsFromJson(PriceRules::competitorsJson(prices)).at(2).priceFen, 4001);
        QCOMPARE(PriceRules::analyse({}, 100).count, 0);
    }

    void prd03_periodsThatShareTheBoundaryDayOverlap()
    {
        const QDate start(2026, 10, 1), end(2026, 10, 7);
        QVERIFY(PromotionRules::overlaps(start, end, QDate(2026, 10, 7), QDate(2026, 10, 9))); // its last day
        QVERIFY(PromotionRules::overlaps(start, end, QDate(2026, 9, 25), QDate(2026, 10, 1))); // its first day
        QVERIFY(!PromotionRules::overlaps(start, end, QDate(2026, 10, 8), QDate(2026, 10, 9)));
        QVERIFY(!PromotionRules::overlaps(start, end, QDate(2026, 9, 25), QDate(2026, 9, 30)));
        QVERIFY(PromotionRules::overlaps(start, end, QDate(2026, 10, 3), QDate(2026, 10, 3))); // inside
        QVERIFY(PromotionRules::overlaps(start, start, start, start)); // one day each
    }

    void prd03_aProposalNeedsTitlePeriodAndProducts()
    {
        const QDate today(2026, 9, 1);
        Promotion p = promotion(PromotionKind::PercentOff);
        QVERIFY(PromotionRules::proposalProblem(p, today).isEmpty());
        p.endsOn = QDate(2026, 9, 30);
        QVERIFY(!PromotionRules::proposalProblem(p, today).isEmpty()); // ends before it starts
        p.endsOn = p.startsOn;
        QVERIFY(PromotionRules::proposalProblem(p, today).isEmpty()); // one day
        QVERIFY(!PromotionRules::proposalProblem(p, QDate(2026, 10, 2)).isEmpty()); // over already
        p.productIds.clear();
        QVERIFY(!PromotionRules::proposalProblem(p, today).isEmpty());
    }

    void prd03_theOfferIsSpecifiedWithinSensibleBounds()
    {
        Promotion p = promotion(PromotionKind::PercentOff);
        p.percentOff = 0;
        QVERIFY(!PromotionRules::specificationProblem(p, 3900).isEmpty());
        p.percentOff = 20;
        QVERIFY(PromotionRules::specificationProblem(p, 3900).isEmpty());
        QCOMPARE(PromotionRules::unitPriceFen(p, 3900), 3120);
        QCOMPARE(PromotionRules::unitPriceFen(p, 3999), 3199); // 3199.2 rounds down
        p.percentOff = 91;
        QVERIFY(!PromotionRules::specificationProblem(p, 3900).isEmpty());

        p = promotion(PromotionKind::FixedPrice);
        p.fixedPriceFen = 3900;
        QVERIFY(!PromotionRules::specificationProblem(p, 3900).isEmpty()); // not under the price
        p.fixedPriceFen = 2990;
        QVERIFY(PromotionRules::specificationProblem(p, 3900).isEmpty());
        QCOMPARE(PromotionRules::unitPriceFen(p, 3900), 2990);

        p = promotion(PromotionKind::BuyNPayM);
        p.buyQuantity = 3;
        p.payQuantity = 3;
        QVERIFY(!PromotionRules::specificationProblem(p, 3900).isEmpty());
        p.payQuantity = 2;
        QVERIFY(PromotionRules::specificationProblem(p, 3900).isEmpty());
        QCOMPARE(PromotionRules::unitPriceFen(p, 3900), 2600);
        QVERIFY(PromotionRules::offerText(p).contains(QLatin1Char('3')));
    }

    void prd03_theStageFollowsEachRolesStep()
    {
        Promotion p = promotion(PromotionKind::PercentOff);
        QCOMPARE(p.stage(), PromotionStage::Proposed);
        p.approvalId = 7;
        QCOMPARE(p.stage(), PromotionStage::Specified);
        p.approvalState = RequestState::Approved;
        QCOMPARE(p.stage(), PromotionStage::Approved);
        QVERIFY(p.holdsItsPeriod());
        p.publishedAt = QDateTime(QDate(2026, 9, 30), QTime(8, 0), Qt::UTC);
        QCOMPARE(p.stage(), PromotionStage::Published);
        p.publishedAt = {};
        p.approvalState = RequestState::Rejected;
        QCOMPARE(p.stage(), PromotionStage::Refused);
        QVERIFY(!p.holdsItsPeriod());
        p.approvalState = RequestState::Approved;
        p.withdrawn = true;
        QCOMPARE(p.stage(), PromotionStage::Withdrawn);
        QVERIFY(!p.holdsItsPeriod());
    }

    void web04_theLimitsAreCountedIn1024AndNamedWithTheSize()
    {
        QCOMPARE(WebFileLimits::maxBytes(WebFileKind::Picture), 512000);
        QCOMPARE(WebFileLimits::maxBytes(WebFileKind::Video), 31457280);
        QCOMPARE(WebFileLimits::maxBytes(WebFileKind::Document), 1048576);
        QVERIFY(WebFileLimits::problem(WebFileKind::Picture, QStringLiteral("a.png"), 512000).isEmpty()); // at it
        const QString over = WebFileLimits::problem(WebFileKind::Picture, QStringLiteral("a.png"), 512001);
        QVERIFY(over.contains(QStringLiteral("a.png")));
        QVERIFY(over.contains(QStringLiteral("512,001")));
        QVERIFY(over.contains(QStringLiteral("512,000")));
        QVERIFY(WebFileLimits::problem(WebFileKind::Video, QStringLiteral("v.mp4"), 31457280).isEmpty());
        QVERIFY(!WebFileLimits::problem(WebFileKind::Document, QStringLiteral("d.pdf"), 1048577).isEmpty());
        QVERIFY(!WebFileLimits::problem(WebFileKind::Picture, QStringLiteral("empty.png"), 0).isEmpty());
        QCOMPARE(WebFileLimits::pictureKind(QByteArray("\x89PNG\r\n\x1a\n....", 12)), QStringLiteral("png"));
        QCOMPARE(WebFileLimits::pictureKind(QByteArray("\xff\xd8\xff\xe0")), QStringLiteral("jpeg"));
        QCOMPARE(WebFileLimits::pictureKind(QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16)), QStringLiteral("webp"));
        QCOMPARE(WebFileLimits::pictureKind(QByteArray("%PDF-1.7")), QString());
    }

    void daysOfCoverAreStockAtTheLast30DaysSales()
    {
        QCOMPARE(ProductStockRules::daysOfCover(60, 30), 60);
        QCOMPARE(ProductStockRules::daysOfCover(10, 45), 6); // 6.67 days: the sixth is the last full one
        QCOMPARE(ProductStockRules::daysOfCover(0, 45), 0);
        QVERIFY(!ProductStockRules::daysOfCover(10, 0)); // nothing sold: it lasts
    }

    // The shop's clock is China's wherever the PC stands: 16:30 UTC is half past midnight the
    // next day there, and that wall time read back is the same instant.
    void theShopsDayAndTimeAreChinasWhereverThePcStands()
    {
        const QDateTime utc(QDate(2026, 3, 1), QTime(16, 30), Qt::UTC);
        QCOMPARE(ShopTime::inChina(utc).date(), QDate(2026, 3, 2));
        QCOMPARE(ShopTime::inChina(utc).time(), QTime(0, 30));
        QCOMPARE(ShopTime::instant(QDate(2026, 3, 2), QTime(0, 30)), utc);
        QCOMPARE(ShopTime::dayOf(utc), QDate(2026, 3, 2));
        QCOMPARE(ShopTime::dayOf(utc.addSecs(-31 * 60)), QDate(2026, 3, 1)); // 23:59 in China
        QCOMPARE(ShopTime::dayStart(QDate(2026, 3, 2)), QDateTime(QDate(2026, 3, 1), QTime(16, 0), Qt::UTC));
        QCOMPARE(ShopTime::text(utc), QStringLiteral("2026-03-02 00:30"));
        QCOMPARE(ShopTime::text(QDateTime()), QString());
    }

    // The times the channels' exports and APIs write: China's when they name no zone.
    void aChannelsTimeIsReadWithItsZoneOrChinas()
    {
        const QDateTime nine(QDate(2026, 10, 12), QTime(1, 0), Qt::UTC); // 09:00 in China
        QCOMPARE(ChannelOrderRows::parseTime(QStringLiteral("2026-10-12 09:00:00")), nine);
        QCOMPARE(ChannelOrderRows::parseTime(QStringLiteral(" 2026/10/12 9:00 ")), nine);
        QCOMPARE(ChannelOrderRows::parseTime(QStringLiteral("2026-10-12T09:00:00+08:00")), nine);
        QCOMPARE(ChannelOrderRows::parseTime(QStringLiteral("2026-10-12T01:00:00Z")), nine);
        QCOMPARE(ChannelOrderRows::parseTime(QStringLiteral("2026-10-11 20:00:00 -0500")), nine);
        QCOMPARE(ChannelOrderRows::parseTime(QStringLiteral("2026-10-12 09:00:30")), nine.addSecs(30));
        for (const char *bad : {"", "2026-10-12", "2026-10-12 09", "2026-10-12 09:00:", "2026-10-12 9:0",
                                "2026-13-01 09:00", "2026-02-30 09:00", "2026-10-12 24:00", "26-10-12 09:00",
                                "2026-10-12 09:00 +8:00", "2026-10-12 09:00 CST", "2026-10-12 09:00:00x"})
            QVERIFY2(!ChannelOrderRows::parseTime(QString::fromLatin1(bad)).isValid(), bad);
    }

    // The order list, an order's window and the sales reports name a channel as people say it;
    // the key stays what is stored and filtered on.
    void aChannelIsShownByItsNameAndStoredByItsKey()
    {
        QCOMPARE(orderChannelTitle(QStringLiteral("taobao")), QStringLiteral("Taobao/Tmall"));
        QCOMPARE(orderChannelTitle(QStringLiteral("jd")), QStringLiteral("JD"));
        QCOMPARE(orderChannelTitle(QStringLiteral("web")), QStringLiteral("Own web shop"));
        QCOMPARE(orderChannelTitle(QStringLiteral("shopify")), QStringLiteral("Shopify"));
        QCOMPARE(orderChannelTitle(QStringLiteral("kuaishou")), QStringLiteral("kuaishou"));
        QCOMPARE(orderChannelTitle(QStringLiteral("Taobao")), QStringLiteral("Taobao")); // keys are lower case
        QCOMPARE(orderChannelTitle(QString()), QString());
        // And back: a name typed or chosen is stored as its channel's key.
        QCOMPARE(orderChannelKey(QStringLiteral(" Own web shop ")), QStringLiteral("web"));
        QCOMPARE(orderChannelKey(QStringLiteral("taobao/TMALL")), QStringLiteral("taobao"));
        QCOMPARE(orderChannelKey(QStringLiteral("Kuaishou ")), QStringLiteral("kuaishou"));
        QCOMPARE(orderChannelKey(QStringLiteral("jd")), QStringLiteral("jd"));
        for (const char *key : {"taobao", "jd", "web", "shopify", "douyin", "woocommerce"})
            QCOMPARE(orderChannelKey(orderChannelTitle(QLatin1String(key))), QLatin1String(key));
    }

    void anotherChannelsExportIsReadThroughItsMappedColumnsByHeader()
    {
        // A JD export: one row per line item, the order's fields on each.
        const QString jd = QStringLiteral(
            "京东订单导出\n"
            "订单号,下单时间,商品名称,商品编码,购买数量,单价,运费,实付金额,收货人,手机,收货地址,订单状态\n"
            "280411,2026-11-02 10:15:00,青花瓷马克杯,MUG-01,2,39.00,0,70.00,陈小姐,13800001111,北京市 朝阳区,等待出库\n"
            "280411,2026-11-02 10:15:00,礼品包装,,1,5.00,0,70.00,陈小姐,13800001111,北京市 朝阳区,等待出库\n"
            "280412,2026-11-02 11:00,紫砂茶壶,POT-01,1,258.00,10.00,268.00,王先生,13900002222,上海市,已完成\n");
        OrderColumns columns;
        columns.channel = QStringLiteral("JD");
        QVERIFY(!ChannelOrderRows::mapped(CsvTable::parse(jd), columns)); // nothing mapped yet
        // The usual names are found by themselves (the title row above the header skipped).
        const QStringList header = ChannelOrderRows::headerOf(CsvTable::parse(jd), columns);
        QCOMPARE(header.first(), QStringLiteral("订单号")); // under the title row
        columns = columns.filledFrom(header);
        QCOMPARE(columns.headers.value(QStringLiteral("number")), QStringLiteral("订单号"));
        QCOMPARE(columns.headers.value(QStringLiteral("total")), QStringLiteral("实付金额"));
        QCOMPARE(columns.headers.value(QStringLiteral("phone")), QStringLiteral("手机"));
        auto rows = ChannelOrderRows::mapped(CsvTable::parse(jd), columns);
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows->rowsRead, 2);
        QCOMPARE(rows->rows.size(), 2);
        const Order &first = rows->rows.first().order;
        QCOMPARE(first.channel, QStringLiteral("jd"));
        QCOMPARE(first.lines.size(), 2);
        QCOMPARE(first.goodsMinor, 8300);
        QCOMPARE(first.totalMinor, 7000);
        QCOMPARE(first.discountMinor, 1300); // the coupon: goods and shipping less what was paid
        QCOMPARE(first.lines.first().sku, QStringLiteral("MUG-01"));
        QCOMPARE(first.channelStatus, QStringLiteral("等待出库"));
        QCOMPARE(rows->rows.at(1).order.totalMinor, 26800);
        QVERIFY(OrderRules::problem(first).isEmpty());

        // The next export with its columns in another order: the same orders, by header.
        const QString moved = QStringLiteral("实付金额,订单号,商品名称,购买数量,单价,下单时间,手机\n"
                                             "70.00,280411,青花瓷马克杯,2,39.00,2026-11-02 10:15:00,13800001111\n"
                                             "70.00,280411,礼品包装,1,5.00,2026-11-02 10:15:00,13800001111\n");
        auto again = ChannelOrderRows::mapped(CsvTable::parse(moved),
                                              OrderColumns::fromJson(QStringLiteral("jd"), columns.toJson()));
        QVERIFY(!again); // a mapped column it lacks is named
        QVERIFY2(again.error().contains(QStringLiteral("商品编码")), qPrintable(again.error()));
        OrderColumns fewer = columns;
        for (const char *gone : {"sku", "shipping", "name", "address", "status"})
            fewer.headers.remove(QString::fromLatin1(gone));
        again = ChannelOrderRows::mapped(CsvTable::parse(moved), fewer);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->rows.first().order.totalMinor, 7000);
        QCOMPARE(again->rows.first().order.goodsMinor, 8300);

        // Bad rows named by the channel's own header, line and value.
        const QString bad = QStringLiteral(
            "订单号,下单时间,商品名称,购买数量,单价,实付金额,手机\n"
            "1,2026-13-40 10:00,杯,1,5.00,5.00,\n"
            "2,2026-11-02 10:00,杯,零,5.00,5.00,\n"
            "3,2026-11-02 10:00,杯,1,5.00,99.00,\n"
            ",2026-11-02 10:00,杯,1,5.00,5.00,\n"
            "6,2026-11-02 10:00,杯,3000000000000000000,5.00,5.00,\n" // a number column mapped as the quantity
            "7,2026-11-02 10:00,杯,1,99999999999999999,5.00,\n"); // no overflow, a problem
        auto problems = ChannelOrderRows::mapped(CsvTable::parse(bad), fewer);
        QVERIFY(problems);
        QVERIFY(problems->rows.isEmpty());
        QCOMPARE(problems->problems.size(), 6);
        QStringList fields;
        for (const ImportProblem &p : problems->problems)
            fields << QStringLiteral("%1:%2").arg(p.line).arg(p.field);
        fields.sort();
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("2:下单时间"), QStringLiteral("3:购买数量"), QStringLiteral("4:实付金额"),
                              QStringLiteral("5:订单号"), QStringLiteral("6:购买数量"), QStringLiteral("7:单价")}));
    }
};

QTEST_GUILESS_MAIN(ShopRulesTest)
#include "ShopRulesTest.moc"
