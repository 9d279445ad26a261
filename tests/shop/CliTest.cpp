// shopdeskctl products ..., run as a separate process on the shop's file.
#include "ShopFixture.h"

#include <QFile>
#include <QProcess>

using namespace shopdesk;
using namespace shopdesk::test;

class ShopCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // the CLI's settings (audit anchors) live here

    std::pair<int, QString> run(const QString &db, const QStringList &args, const QString &user,
                                const QString &command = QStringLiteral("products"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("SHOPDESK_FAST_HASH"), QStringLiteral("1"));
        env.insert(QStringLiteral("SHOPDESK_PASSWORD"), QStringLiteral("Start2026"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SHOPDESKCTL_PATH),
                QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user, command} + args);
        p.waitForFinished(60000);
        // Standard output only: Qt's own warnings go to standard error.
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
    }

private slots:
    void importBookListAndReportFromAScript()
    {
        ShopCompany s;
        const QString db = s.db().path();
        const QString list = s.org.company.dir.filePath(QStringLiteral("list.csv"));
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("编码,标题,价格,类目\nCUP-01,玻璃公道杯,29,茶具\nCUP-02,,29,茶具\n").toUtf8());
        f.close();
        auto [dryCode, dry] =
            run(db, {QStringLiteral("import"), list, QStringLiteral("--dry-run")}, QStringLiteral("assistant"));
        QCOMPARE(dryCode, 0);
        QVERIFY2(dry.contains(QStringLiteral("line 3")), qPrintable(dry));
        QVERIFY(!s.catalogue().byCodeOrBarcode(s.pm, QStringLiteral("CUP-01")));
        auto [code, imported] = run(db, {QStringLiteral("import"), list}, QStringLiteral("assistant"));
        QCOMPARE(code, 0);
        QVERIFY(imported.contains(QStringLiteral("1 new")));
        QCOMPARE(s.catalogue().byCodeOrBarcode(s.pm, QStringLiteral("CUP-01"))->priceFen, 2900);

        // The last mugs sold from a script: off sale by itself (PRD-02).
        auto [sold, soldText] = run(db,
                                    {QStringLiteral("book"), QStringLiteral("sell"), QStringLiteral("MUG-01"),
                                     QStringLiteral("10"), QStringLiteral("--reason"), QStringLiteral("批发订单")},
                                    QStringLiteral("assistant"));
        QCOMPARE(sold, 0);
        QVERIFY2(soldText.contains(QStringLiteral("0 on hand")), qPrintable(soldText));
        QCOMPARE(s.product(s.mug).status, ProductStatus::Delisted);
        auto [tooMany, refusal] = run(db,
                                      {QStringLiteral("book"), QStringLiteral("sell"), QStringLiteral("MUG-01"),
                                       QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("订单")},
                                      QStringLiteral("assistant"));
        QVERIFY(tooMany != 0);

        auto [listCode, rows] = run(db, {QStringLiteral("list"), QStringLiteral("--low")}, QStringLiteral("pm"));
        QCOMPARE(listCode, 0);
        const QStringList lines = rows.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // mug (0), teapot (0) and the new cup (0), each at or under its mark
        QVERIFY(lines.first().startsWith(QStringLiteral("CUP-01\t")));

        const QString pdf = s.org.company.dir.filePath(QStringLiteral("stock.pdf"));
        auto [reportCode, written] = run(db,
                                         {QStringLiteral("report"), QStringLiteral("stock"), QStringLiteral("--format"),
                                          QStringLiteral("pdf"), QStringLiteral("--out"), pdf},
                                         QStringLiteral("pm"));
        QCOMPARE(reportCode, 0);
        QVERIFY(written.contains(QStringLiteral("3 rows")));
        QFile out(pdf);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.read(5) == "%PDF-");
        // A period report without its period is a usage error.
        QVERIFY(run(db,
                    {QStringLiteral("report"), QStringLiteral("prices"), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--out"), pdf},
                    QStringLiteral("pm"))
                    .first
                != 0);
    }

    void anotherChannelsOrdersImportThroughItsSavedColumnsAndPrintSlips()
    {
        ShopCompany s;
        const QString db = s.db().path();
        const QString jd = QStringLiteral(SHOPDESK_TEST_DATA_DIR "/orders/jd_orders.csv");
        const QString orders = QStringLiteral("orders");
        const QStringList import{QStringLiteral("import"),    jd,
                                 QStringLiteral("--format"),  QStringLiteral("mapped"),
                                 QStringLiteral("--channel"), QStringLiteral("jd")};
        // No columns saved yet: said how to save them, nothing imported.
        QCOMPARE(run(db, import, QStringLiteral("assistant"), orders).first, 1);
        auto [set, shown] = run(db,
                                {QStringLiteral("columns"), QStringLiteral("jd"), QStringLiteral("number=订单号"),
                                 QStringLiteral("created=下单时间"), QStringLiteral("title=商品名称"),
                                 QStringLiteral("quantity=购买数量"), QStringLiteral("price=单价"),
                                 QStringLiteral("shipping=运费"), QStringLiteral("total=实付金额")},
                                QStringLiteral("assistant"), orders);
        QCOMPARE(set, 0);
        QVERIFY2(shown.contains(QStringLiteral("number=订单号")), qPrintable(shown));
        QVERIFY(run(db, {QStringLiteral("columns"), QStringLiteral("jd"), QStringLiteral("colour=红")},
                    QStringLiteral("assistant"), orders)
                    .first
                != 0); // no such field
        auto [code, out] = run(db, import, QStringLiteral("assistant"), orders);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("line 6, 购买数量")), qPrintable(out));
        auto [listed, rows] = run(db, {QStringLiteral("list")}, QStringLiteral("assistant"), orders);
        QCOMPARE(listed, 0);
        QCOMPARE(rows.count(QStringLiteral("\njd\t")) + int(rows.startsWith(QStringLiteral("jd\t"))), 2);
        const QString pdf = s.org.company.dir.filePath(QStringLiteral("slips.pdf"));
        auto [slip, written] = run(db,
                                   {QStringLiteral("slip"), QStringLiteral("280411,280412"), QStringLiteral("--pdf"),
                                    pdf, QStringLiteral("--paper"), QStringLiteral("label")},
                                   QStringLiteral("pm"), orders); // a slip leaves the program: the export right
        QCOMPARE(slip, 0);
        QVERIFY2(written.contains(QStringLiteral("2 packing slips")), qPrintable(written));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(run(db, {QStringLiteral("slip"), QStringLiteral("999"), QStringLiteral("--pdf"), pdf},
                    QStringLiteral("pm"), orders)
                    .first
                != 0);
    }
};

int runShopCliTest(int argc, char **argv)
{
    ShopCliTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "CliTest.moc"
