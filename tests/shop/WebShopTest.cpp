// The company's own web shop feeding the order list (issue 17): WooCommerce and Shopify pulled
// through Qt Network from a local server this test starts, which replays recorded answers.
#include "OrderBook.h"
#include "ReplayServer.h"
#include "ShopFixture.h"
#include "WebShops.h"
#include "domain/WebShopOrders.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

using namespace shopdesk;
using namespace shopdesk::test;

namespace {
QByteArray recorded(const char *name)
{
    QFile f(QStringLiteral(SHOPDESK_TEST_DATA_DIR "/orders/webshop/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no recorded answer %s", name);
    return f.readAll();
}

// A company with its web shop, on a PC whose key is kept in a folder of the test's own.
struct WebShopCompany
{
    ShopCompany shop;
    ReplayServer server;
    QTemporaryDir pcFolder;
    WebShopKind kind;
    QString channel;

    explicit WebShopCompany(WebShopKind kind = WebShopKind::WooCommerce)
        : kind(kind), channel(kind == WebShopKind::WooCommerce ? QStringLiteral("web") : QStringLiteral("shopify"))
    {
        const QString secret =
            kind == WebShopKind::WooCommerce ? QStringLiteral("ck_test:cs_test") : QStringLiteral("shpat_test");
        if (Status set = shops().setShop(shop.assistant, {channel, kind, server.url()}, secret); !set)
            qFatal("cannot set the web shop: %s", qPrintable(set.error()));
    }
    WebShops shops() { return WebShops(shop.db(), shop.clock(), PcKey(pcFolder.path())); }
    Result<WebPullRun> pull(WebShopPatience patience = {})
    {
        return shops().pullNow(shop.assistant, channel, patience);
    }
    int orders()
    {
        QSqlQuery q = shop.db().query();
        q.exec(QStringLiteral("SELECT count(*) FROM orders"));
        return q.next() ? q.value(0).toInt() : -1;
    }
};
} // namespace

class WebShopTest : public QObject
{
    Q_OBJECT

private slots:
    void ord01_wooCommerceOrdersArePulledPageByPageAndOnce()
    {
        WebShopCompany w;
        w.server.answers = {{200,
                             "Link: <{base}/wp-json/wc/v3/orders?page=2&per_page=100>; rel=\"next\"\r\n"
                             "X-WP-Total: 3\r\nX-WP-TotalPages: 2\r\n",
                             recorded("woocommerce_page1.json")},
                            {200, "X-WP-Total: 3\r\nX-WP-TotalPages: 2\r\n", recorded("woocommerce_page2.json")}};
        auto run = w.pull();
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->added, 3);
        QVERIFY(run->problems.isEmpty());
        QCOMPARE(w.server.requests.size(), 2);
        QVERIFY(w.server.requests.at(0).startsWith("GET /wp-json/wc/v3/orders?"));
        QCOMPARE(w.server.header(0, "Authorization"), "Basic " + QByteArray("ck_test:cs_test").toBase64());
        QVERIFY(!w.server.query(0).hasQueryItem(QStringLiteral("modified_after"))); // the first pull: everything
        QCOMPARE(w.server.query(1).queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
        // An order as a file row would give it: the coupon as its line's discount, the shipping apart.
        auto order = OrderBook(w.shop.db(), w.shop.clock()).byNumber(w.shop.assistant, QStringLiteral("727"));
        QVERIFY2(order, qPrintable(order.error()));
        QCOMPARE(order->channel, QStringLiteral("web"));
        QCOMPARE(order->totalMinor, 19000);
        QCOMPARE(order->shippingMinor, 1200);
        QCOMPARE(order->lines.size(), 2);
        QCOMPARE(order->lines.at(0).unitPriceMinor, 5900);
        QCOMPARE(order->lines.at(0).discountMinor, 1000);
        QCOMPARE(order->phone, QStringLiteral("13800138000")); // the billing phone when shipping has none
        QCOMPARE(order->createdAt, QDateTime(QDate(2026, 3, 1), QTime(9, 20), Qt::UTC));
        QCOMPARE(order->channelStatus, QStringLiteral("processing"));
        // The next pull asks for what changed since the last began (less the overlap) and writes
        // nothing for orders it has.
        w.shop.clock().advanceSeconds(3600);
        w.server.answers = {{200, "X-WP-TotalPages: 1\r\n", recorded("woocommerce_page2.json")}};
        auto again = w.pull();
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->added + again->statusChanges, 0);
        QCOMPARE(w.server.query(2).queryItemValue(QStringLiteral("modified_after")),
                 testNow().addSecs(-WebShops::kOverlapSeconds).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        QCOMPARE(w.server.query(2).queryItemValue(QStringLiteral("dates_are_gmt")), QStringLiteral("true"));
        QCOMPARE(w.orders(), 3);
    }

    void ord05_aStatusChangedAtTheWebShopIsAnEventNeverAnEdit()
    {
        WebShopCompany w;
        w.server.answers = {{200, {}, recorded("woocommerce_page2.json")}};
        QVERIFY(w.pull());
        QByteArray shipped = recorded("woocommerce_page2.json");
        shipped.replace("\"status\": \"processing\"", "\"status\": \"completed\"");
        shipped.replace("文三路 90 号", "文一路 100 号"); // what the shop says now changes no order
        w.server.answers = {{200, {}, shipped}};
        auto run = w.pull();
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->statusChanges, 1);
        QCOMPARE(run->added, 0);
        OrderBook book(w.shop.db(), w.shop.clock());
        auto order = book.byNumber(w.shop.assistant, QStringLiteral("731"));
        QVERIFY(order->address.contains(QStringLiteral("文三路 90 号")));
        QCOMPARE(order->channelStatus, QStringLiteral("completed"));
        auto events = book.events(w.shop.assistant, order->id);
        QCOMPARE(events->size(), 2); // the first status, then the new one
        QCOMPARE(events->last().kind, OrderEventKind::ChannelStatus);
        QCOMPARE(events->last().text, QStringLiteral("completed"));
    }

    void shopifyOrdersFollowTheLinkHeaderWithTheToken()
    {
        WebShopCompany w(WebShopKind::Shopify);
        w.server.answers = {
            {200,
             "Link: <{base}/admin/api/2025-01/orders.json?limit=250&page_info=eyJkaXJlY3Rpb24iOiJuZXh0In0>; "
             "rel=\"next\"\r\n",
             recorded("shopify_page1.json")},
            {200,
             "Link: <{base}/admin/api/2025-01/orders.json?limit=250&page_info=eyJkaXJlY3Rpb24iOiJwcmV2In0>; "
             "rel=\"previous\"\r\n",
             recorded("shopify_page2.json")}};
        auto run = w.pull();
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->added, 2);
        QCOMPARE(w.server.header(0, "X-Shopify-Access-Token"), QByteArray("shpat_test"));
        QVERIFY(w.server.requests.at(0).startsWith("GET /admin/api/2025-01/orders.json?"));
        QCOMPARE(w.server.query(0).queryItemValue(QStringLiteral("status")), QStringLiteral("any"));
        QCOMPARE(w.server.query(1).queryItemValue(QStringLiteral("page_info")),
                 QStringLiteral("eyJkaXJlY3Rpb24iOiJuZXh0In0"));
        OrderBook book(w.shop.db(), w.shop.clock());
        auto first = book.byNumber(w.shop.assistant, QStringLiteral("#1001"));
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->currency, QStringLiteral("USD")); // kept, never turned into yuan
        QCOMPARE(first->totalMinor, 40994);
        QCOMPARE(first->discountMinor, 1000);
        QCOMPARE(first->shippingMinor, 2194); // shipping and taxes, as the CSV export is read
        QCOMPARE(first->createdAt, QDateTime(QDate(2026, 3, 1), QTime(16, 0), Qt::UTC));
        QCOMPARE(first->channelStatus, QStringLiteral("paid/unfulfilled"));
        QCOMPARE(book.byNumber(w.shop.assistant, QStringLiteral("#1002"))->channelStatus, QStringLiteral("cancelled"));
    }

    void tooManyRequestsWaitsWhatTheShopAsks()
    {
        WebShopCompany w;
        w.server.answers = {{429, "Retry-After: 1\r\n", "{\"code\":\"too_many_requests\"}"},
                            {200, {}, recorded("woocommerce_page2.json")}};
        QElapsedTimer timer;
        timer.start();
        auto run = w.pull();
        QVERIFY2(run, qPrintable(run.error()));
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(w.server.requests.size(), 2);
        QCOMPARE(w.server.requests.at(1).split('\n').first(), w.server.requests.at(0).split('\n').first());
        QCOMPARE(run->added, 1);
    }

    void aShopStillRefusingIsLeftForTheNextPull()
    {
        WebShopCompany w;
        for (int i = 0; i < 3; ++i)
            w.server.answers << ReplayServer::Answer{429, "Retry-After: 0\r\n", "{}"};
        WebShopPatience patience;
        patience.mostTries = 3;
        auto run = w.pull(patience);
        QVERIFY(!run);
        QVERIFY2(run.error().contains(QStringLiteral("after 3 tries"))
                     && run.error().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(run.error()));
        QCOMPARE(w.server.requests.size(), 3);
        QCOMPARE(w.orders(), 0);
        QVERIFY(!w.shops().pullFrom(w.shop.assistant, w.channel)->isValid()); // the next pull starts over
    }

    void aShopThatDoesNotAnswerTimesOut()
    {
        WebShopCompany w;
        w.server.answers = {{200, {}, {}, true}};
        WebShopPatience patience;
        patience.timeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        auto run = w.pull(patience);
        QVERIFY(!run);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(run.error().contains(QStringLiteral("127.0.0.1"))
                     && run.error().contains(QStringLiteral("within 0.3 seconds")),
                 qPrintable(run.error()));
        QCOMPARE(w.orders(), 0);
    }

    void aMalformedPageWritesNothingAndNamesThePage()
    {
        WebShopCompany w;
        const QByteArray page2 = recorded("woocommerce_page2.json");
        w.server.answers = {{200, "X-WP-TotalPages: 2\r\n", recorded("woocommerce_page1.json")},
                            {200, {}, page2.left(page2.size() / 2)}};
        auto run = w.pull();
        QVERIFY(!run);
        QVERIFY2(run.error().contains(QStringLiteral("page 2: the answer is not JSON")), qPrintable(run.error()));
        QCOMPARE(w.orders(), 0); // not even the first page's: a pull is imported whole
        // A body of the wrong shape is named too.
        w.server.answers = {{200, {}, "{\"code\":\"woocommerce_rest_cannot_view\"}"}};
        run = w.pull();
        QVERIFY(!run);
        QVERIFY2(run.error().contains(QStringLiteral("list")), qPrintable(run.error()));
    }

    void aBadOrderIsNamedAndTheOthersAreTaken()
    {
        WebShopCompany w;
        QByteArray page = recorded("woocommerce_page1.json");
        page.replace("\"quantity\": 1, \"subtotal\": \"59.00\"", "\"quantity\": 0.5, \"subtotal\": \"59.00\"");
        w.server.answers = {{200, {}, page}};
        auto run = w.pull();
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->added, 1);
        QCOMPARE(run->problems.size(), 1);
        QVERIFY2(run->problems.first().startsWith(QStringLiteral("order 2 of the pull, line_items.quantity \"0.5\"")),
                 qPrintable(run->problems.first()));
    }

    void aRefusedKeyIsNamed()
    {
        WebShopCompany w;
        w.server.answers = {{401, {}, "{\"code\":\"woocommerce_rest_cannot_view\",\"message\":\"Sorry\"}"}};
        auto run = w.pull();
        QVERIFY(!run);
        QVERIFY2(run.error().contains(QStringLiteral("refused the key (HTTP 401)")), qPrintable(run.error()));
        QVERIFY(!run.error().contains(QStringLiteral("cs_test")) && !run.error().contains(QStringLiteral("ck_test")));
    }

    void theSecretIsNeverInTheFileInPlainText()
    {
        SKIP_ON_SERVER("its bytes");
        WebShopCompany w;
        const QString secret = QStringLiteral("ck_4f1e9a7b2c:cs_9d8c7b6a5f4e3d2c1b0a");
        QVERIFY(w.shops().setShop(w.shop.assistant, {w.channel, w.kind, w.server.url()}, secret));
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(w.shop.db().path() + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.size() > 10000);
        QVERIFY(!bytes.contains("cs_9d8c7b6a5f4e3d2c1b0a"));
        QVERIFY(!bytes.contains("ck_4f1e9a7b2c"));
        QVERIFY(!bytes.contains(QByteArray("ck_4f1e9a7b2c:cs_9d8c7b6a5f4e3d2c1b0a").toBase64()));
        // This PC opens it; another PC, with its own key, cannot, and is told who pulls.
        auto here = w.shops().access(w.shop.assistant, w.channel);
        QVERIFY2(here, qPrintable(here.error()));
        QCOMPARE(here->secret, secret.toUtf8());
        QTemporaryDir otherPc;
        WebShops there(w.shop.db(), w.shop.clock(), PcKey(otherPc.path()));
        QVERIFY(!there.access(w.shop.assistant, w.channel));
        QVERIFY(!there.shops(w.shop.assistant)->first().pullsHere);
        QVERIFY(w.shops().shops(w.shop.assistant)->first().pullsHere);
        // The key travels only over https, except to this PC itself.
        QVERIFY(!w.shops().setShop(w.shop.assistant,
                                   {w.channel, w.kind, QUrl(QStringLiteral("http://shop.example.com"))}, secret));
        QVERIFY(!w.shops().setShop(w.shop.assistant, {w.channel, w.kind, w.server.url()}, QStringLiteral("ck_only")));
        // Only who keeps the orders may set it.
        QVERIFY(!w.shops().setShop(w.shop.org.lone, {w.channel, w.kind, w.server.url()}, secret));
    }

    void anOrderChangedWhileThePullRanIsTakenOnceAsLastRead()
    {
        WebShopCompany w;
        QByteArray again = recorded("woocommerce_page1.json"); // 728 comes again on page 2, paid now
        again.replace("\"status\": \"on-hold\"", "\"status\": \"processing\"");
        w.server.answers = {{200, "X-WP-TotalPages: 2\r\n", recorded("woocommerce_page1.json")},
                            {200, "X-WP-TotalPages: 2\r\n", again}};
        auto run = w.pull();
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->added, 2);
        QCOMPARE(w.orders(), 2);
        auto order = OrderBook(w.shop.db(), w.shop.clock()).byNumber(w.shop.assistant, QStringLiteral("728"));
        QCOMPARE(order->channelStatus, QStringLiteral("processing"));
        QCOMPARE(w.server.query(0).queryItemValue(QStringLiteral("orderby")), QStringLiteral("id"));
        QCOMPARE(w.server.query(0).queryItemValue(QStringLiteral("dp")), QStringLiteral("2"));
    }

    void anOrderNotTakenIsAskedForAgainAtTheNextPull()
    {
        WebShopCompany w;
        QByteArray page = recorded("woocommerce_page1.json");
        page.replace("\"quantity\": 1, \"subtotal\": \"59.00\"", "\"quantity\": 1, \"subtotal\": \"\"");
        w.server.answers = {{200, "Date: Mon, 02 Mar 2026 00:58:00 GMT\r\n", page}};
        auto run = w.pull();
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->added, 1);
        QCOMPARE(run->problems.size(), 1);
        QVERIFY2(run->problems.first().contains(QStringLiteral("subtotal")), qPrintable(run->problems.first()));
        // Not past 728's last change (2026-03-01 10:05:40 UTC), though the shop's clock said 00:58 the next day.
        QCOMPARE(*w.shops().pullFrom(w.shop.assistant, w.channel),
                 QDateTime(QDate(2026, 3, 1), QTime(10, 5, 40), Qt::UTC).addSecs(-WebShops::kOverlapSeconds));
        // Mended at the shop, it comes.
        w.server.answers = {{200, "Date: Mon, 02 Mar 2026 01:10:00 GMT\r\n", recorded("woocommerce_page1.json")}};
        run = w.pull();
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->added, 1);
        QCOMPARE(w.server.query(1).queryItemValue(QStringLiteral("modified_after")),
                 QStringLiteral("2026-03-01T09:55:40"));
        // By the shop's clock from then on (this PC's may be wrong).
        QCOMPARE(*w.shops().pullFrom(w.shop.assistant, w.channel),
                 QDateTime(QDate(2026, 3, 2), QTime(1, 10), Qt::UTC).addSecs(-WebShops::kOverlapSeconds));
    }

    void aNextPageElsewhereIsNotFollowed()
    {
        WebShopCompany w;
        w.server.answers = {{200, "Link: <http://pages.example.com/wp-json/wc/v3/orders?page=2>; rel=\"next\"\r\n",
                             recorded("woocommerce_page1.json")}};
        auto run = w.pull();
        QVERIFY(!run);
        QVERIFY2(run.error().contains(QStringLiteral("next page at another address, http://pages.example.com")),
                 qPrintable(run.error()));
        QCOMPARE(w.server.requests.size(), 1);
        QCOMPARE(w.orders(), 0);
    }

    void aSubtotalTheQuantityDoesNotDivideMakesNoFenUp()
    {
        // Three at 100.00 with a coupon of 10.00: 2 x 33.33 and 1 x 33.34, the coupon on the first.
        const QByteArray page = R"([{"id": 9, "number": "9", "status": "processing", "currency": "CNY",
            "date_created_gmt": "2026-03-01T09:00:00", "total": "90.00",
            "billing": {"first_name": "A", "email": "a@example.cn", "phone": "13800000000"},
            "line_items": [{"name": "Tea", "sku": "TEA", "quantity": 3, "subtotal": "100.00", "total": "90.00"}]}])";
        auto read = WebShopOrders::read(WebShopKind::WooCommerce, QStringLiteral("web"), page, 1);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->orders.rows.size(), 1);
        const Order &o = read->orders.rows.first().order;
        QCOMPARE(o.lines.size(), 2);
        QCOMPARE(o.lines.at(0).quantity, 2);
        QCOMPARE(o.lines.at(0).unitPriceMinor, 3333);
        QCOMPARE(o.lines.at(0).discountMinor, 1000);
        QCOMPARE(o.lines.at(1).quantity, 1);
        QCOMPARE(o.lines.at(1).unitPriceMinor, 3334);
        QCOMPARE(o.goodsMinor, 9000);
        QCOMPARE(o.shippingMinor, 0);
        QCOMPARE(OrderRules::problem(o), QString());
    }

    void aMissingPriceIsNamedNotTakenAsNothing()
    {
        QByteArray page = recorded("shopify_page2.json");
        page.replace("\"price\": \"25.00\",", "");
        auto read = WebShopOrders::read(WebShopKind::Shopify, QStringLiteral("shopify"), page, 1);
        QVERIFY2(read, qPrintable(read.error()));
        QVERIFY(read->orders.rows.isEmpty());
        QCOMPARE(read->orders.problems.size(), 1);
        QCOMPARE(read->orders.problems.first().field, QStringLiteral("price"));
        QCOMPARE(read->earliestRefusedChange, QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC)); // its updated_at
    }

    void theShopsAnswersAreReadAsTheirApisSay()
    {
        QCOMPARE(WebShopOrders::shopClock("Mon, 02 Mar 2026 01:10:00 GMT"),
                 QDateTime(QDate(2026, 3, 2), QTime(1, 10), Qt::UTC));
        QVERIFY(!WebShopOrders::shopClock("").isValid());
        QCOMPARE(WebShopOrders::retryAfterSeconds("2.0"), std::optional<int>(2));
        QCOMPARE(WebShopOrders::retryAfterSeconds(" 0.2 "), std::optional<int>(1));
        QCOMPARE(WebShopOrders::retryAfterSeconds("1e12"), std::optional<int>(24 * 3600));
        QCOMPARE(WebShopOrders::retryAfterSeconds("inf"), std::nullopt);
        QCOMPARE(WebShopOrders::retryAfterSeconds("Wed, 21 Oct 2026 07:28:00 GMT"), std::nullopt);
        const QUrl shop(QStringLiteral("https://shop.example.com"));
        const QUrl first = WebShopOrders::firstPage(WebShopKind::WooCommerce, shop, {});
        const QUrl second = WebShopOrders::nextPage(WebShopKind::WooCommerce, first, {}, "3");
        QCOMPARE(QUrlQuery(second).queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
        QVERIFY(WebShopOrders::nextPage(WebShopKind::WooCommerce, second, {}, "2").isEmpty());
        QVERIFY(WebShopOrders::nextPage(WebShopKind::Shopify, first, {}, "3").isEmpty());
        QVERIFY(WebShopOrders::atShop(second, shop));
        QVERIFY(!WebShopOrders::atShop(QUrl(QStringLiteral("http://shop.example.com/x")), shop));
        QVERIFY(!WebShopOrders::atShop(QUrl(QStringLiteral("https://shop.example.com:8443/x")), shop));
        QVERIFY(!WebShopOrders::addressProblem(QUrl(QStringLiteral("https://user:pw@shop.example.com"))).isEmpty());
        const QString withKey = WebShopOrders::addressProblem(
            QUrl(QStringLiteral("https://shop.example.com/?consumer_key=ck_1&consumer_secret=cs_1")));
        QVERIFY(!withKey.isEmpty());
        QVERIFY2(!withKey.contains(QStringLiteral("cs_1")), qPrintable(withKey)); // not even in the message
        QVERIFY(!WebShopOrders::addressProblem(QUrl(QStringLiteral("http://shop.example.com"))).isEmpty());
        QVERIFY(WebShopOrders::addressProblem(QUrl(QStringLiteral("http://127.0.0.1:8080"))).isEmpty());
    }

    void theCommandLineSetsAndPullsTheWebShop()
    {
        WebShopCompany w;
        QTemporaryDir home; // the command line's own PC key and settings
        auto ctl = [&](const QStringList &args, const QByteArray &input = {}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            env.insert(QStringLiteral("SHOPDESK_FAST_HASH"), QStringLiteral("1"));
            env.insert(QStringLiteral("SHOPDESK_PASSWORD"), QStringLiteral("Start2026"));
            p.setProcessEnvironment(env);
            QEventLoop loop; // the replay server answers while the command runs
            connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
            p.start(QStringLiteral(SHOPDESKCTL_PATH),
                    QStringList{QStringLiteral("--db"), w.shop.db().path(), QStringLiteral("--user"),
                                QStringLiteral("assistant"), QStringLiteral("orders")}
                        + args);
            p.write(input);
            p.closeWriteChannel();
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
            loop.exec();
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
        };
        auto [set, setText] = ctl({QStringLiteral("webshop"), QStringLiteral("web"), QStringLiteral("woocommerce"),
                                   w.server.url().toString()},
                                  "ck_cli:cs_cli\n");
        QVERIFY2(set == 0, qPrintable(setText));
        auto [listed, list] = ctl({QStringLiteral("webshop")});
        QVERIFY2(listed == 0 && list.contains(QStringLiteral("woocommerce"))
                     && list.contains(QStringLiteral("this PC")),
                 qPrintable(list));
        w.server.answers = {{200, "X-WP-TotalPages: 1\r\n", recorded("woocommerce_page1.json")}};
        auto [pulled, pullText] = ctl({QStringLiteral("pull")});
        QVERIFY2(pulled == 0 && pullText.contains(QStringLiteral("2 new")), qPrintable(pullText));
        QCOMPARE(w.server.header(0, "Authorization"), "Basic " + QByteArray("ck_cli:cs_cli").toBase64());
        QCOMPARE(w.orders(), 2);
        // The key is the command line's PC's now: this one is told who pulls.
        auto here = w.shops().access(w.shop.assistant, w.channel);
        QVERIFY(!here);
        QVERIFY2(here.error().contains(QSysInfo::machineHostName()), qPrintable(here.error()));
    }
};

int runWebShopTest(int argc, char **argv)
{
    WebShopTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "WebShopTest.moc"
