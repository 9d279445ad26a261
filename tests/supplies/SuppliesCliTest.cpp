#include "SuppliesFixture.h"

#include <QProcess>

using namespace shopdesk;
using namespace shopdesk::test;

// shopdeskctl supplies ..., run as separate processes: several PCs on one file (SUP-07).
class SuppliesCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // the CLI's settings (audit anchors) live here

    QProcess *start(const QString &db, const QStringList &args, const QString &user = QStringLiteral("admin"),
                    const QString &password = QStringLiteral("Admin2026"))
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("SHOPDESK_FAST_HASH"), QStringLiteral("1"));
        env.insert(QStringLiteral("SHOPDESK_PASSWORD"), password);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(SHOPDESKCTL_PATH),
                 QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user, QStringLiteral("supplies")}
                     + args);
        p->waitForStarted();
        return p;
    }

    std::pair<int, QString> run(const QString &db, const QStringList &args,
                                const QString &user = QStringLiteral("admin"),
                                const QString &password = QStringLiteral("Admin2026"))
    {
        QProcess *p = start(db, args, user, password);
        p->waitForFinished(60000);
        const QString text = QString::fromUtf8(p->readAllStandardOutput() + p->readAllStandardError());
        const int code = p->exitCode();
        delete p;
        return {code, text};
    }

    static QStringList issueFour()
    {
        return {QStringLiteral("book"),     QStringLiteral("issue"),  QStringLiteral("6901234567892"),
                QStringLiteral("4"),        QStringLiteral("--dept"), QStringLiteral("行政部"),
                QStringLiteral("--reason"), QStringLiteral("领用")};
    }

private slots:
    void sup07_pcsIssuingTheLastUnitsAtOnceNeverGoBelowZero()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 30, 2500));
        // Waves of six processes each issue 4 of the 30; a wave ends when all have answered. The
        // stock never goes below zero, every refusal says why, and the ledger sums to the stock.
        int booked = 0, refusedChanged = 0, refusedShort = 0;
        for (int wave = 0; wave < 12; ++wave) {
            QList<QProcess *> pcs;
            for (int i = 0; i < 6; ++i)
                pcs << start(c.db().path(), issueFour());
            int bookedThisWave = 0;
            for (QProcess *p : pcs) {
                QVERIFY(p->waitForFinished(120000));
                const QString text = QString::fromUtf8(p->readAllStandardOutput() + p->readAllStandardError());
                if (p->exitCode() == 0) {
                    ++bookedThisWave;
                } else if (text.contains(QLatin1String("changed meanwhile"))) {
                    ++refusedChanged;
                } else {
                    QVERIFY2(text.contains(QLatin1String("on hand")), qPrintable(text));
                    ++refusedShort;
                }
                delete p;
            }
            booked += bookedThisWave;
            if (bookedThisWave == 0)
                break;
        }
        QTextStream(stdout) << "FIGURE supplies contention: " << booked << " issues booked, " << refusedChanged
                            << " told the stock changed, " << refusedShort << " told it was short" << Qt::endl;
        QCOMPARE(booked, 7);
        QVERIFY(refusedShort >= 1);
        const SupplyItem paper = c.item(c.paper);
        QCOMPARE(paper.onHand, 2);
        QSqlQuery q = c.db().query();
        QVERIFY(q.exec(QStringLiteral("SELECT sum(quantity), sum(value_fen), count(*) FROM supply_movements "
                                      "WHERE item_id = %1")
                           .arg(c.paper))
                && q.next());
        QCOMPARE(q.value(0).toLongLong(), 2);
        QCOMPARE(q.value(1).toLongLong(), paper.valueFen);
        QCOMPARE(q.value(2).toInt(), 1 + 7);
    }

    void stockAndMovementsAreListedTabSeparated()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 3, 2450));
        auto [code, out] = run(c.db().path(), {QStringLiteral("stock"), QStringLiteral("--reorder")});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("6901234567892\tA4复印纸\t纸张\t包\t3\t10\t24.50\t73.50")),
                 qPrintable(out));
        std::tie(code, out) = run(c.db().path(), {QStringLiteral("movements"), QStringLiteral("6901234567892")});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("receipt\t3\t73.50")), qPrintable(out));
    }

    void reportsAreWrittenWithTheExportRightAndAudited()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 3, 2450));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("stock.csv"));
        auto [code, out] = run(c.db().path(),
                               {QStringLiteral("report"), QStringLiteral("stock"), QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--out"), csv});
        QVERIFY2(code == 0, qPrintable(out));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("A4复印纸")));
        const QString pdf = dir.filePath(QStringLiteral("use.pdf"));
        std::tie(code, out) = run(c.db().path(),
                                  {QStringLiteral("report"), QStringLiteral("use"), QStringLiteral("--format"),
                                   QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QSqlQuery q = c.db().query();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'data.export%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // DB-04: each file leaves a record
        std::tie(code, out) = run(c.db().path(),
                                  {QStringLiteral("report"), QStringLiteral("nonsense"), QStringLiteral("--format"),
                                   QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QCOMPARE(code, 2);
    }

    void sup07_aStocktakeFromTheCommandLine()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 3, 2450));
        const QString db = c.db().path();
        auto [code, out] = run(db,
                               {QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--category"),
                                QStringLiteral("纸张")});
        QVERIFY2(code == 0, qPrintable(out));
        const QString id = out.section(QLatin1Char('\n'), 0, 0).trimmed(); // stdout first; stderr may warn
        std::tie(code, out) = run(db, {QStringLiteral("stocktake"), QStringLiteral("submit"), id});
        QCOMPARE(code, 1); // not counted yet
        std::tie(code, out) =
            run(db,
                {QStringLiteral("stocktake"), QStringLiteral("count"), id, QStringLiteral("6901234567892"),
                 QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("少一包")});
        QVERIFY2(code == 0, qPrintable(out));
        QTemporaryDir dir;
        const QString xlsx = dir.filePath(QStringLiteral("sheet.xlsx"));
        std::tie(code, out) = run(db,
                                  {QStringLiteral("stocktake"), QStringLiteral("export"), id,
                                   QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(QFileInfo(xlsx).size() > 1000);
        // The office clerk sends it: the office head approves (the administrator, the GM, has nobody above).
        UserRepository users(c.db());
        const qint64 clerk = users.findByName(QStringLiteral("clerk"))->id;
        QVERIFY(c.db().write([&] { return users.setScopes(clerk, {QStringLiteral("supplies")}); }));
        std::tie(code, out) = run(db, {QStringLiteral("stocktake"), QStringLiteral("submit"), id},
                                  QStringLiteral("clerk"), QStringLiteral("Start2026"));
        QVERIFY2(code == 0, qPrintable(out));
        std::tie(code, out) = run(db, {QStringLiteral("stocktake"), QStringLiteral("list")});
        QVERIFY2(out.contains(QStringLiteral("\tpending_approval\t")), qPrintable(out));
        QCOMPARE(c.item(c.paper).onHand, 3); // booked only once approved
    }

    void sup08_itemAndSupplierListsImportedFromTheCommandLine()
    {
        SuppliesCompany c;
        const QString suppliers = c.org.company.dir.filePath(QStringLiteral("suppliers.csv"));
        QFile f(suppliers);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("名称,联系人,电话\n得力文具,王经理,13800000001\n").toUtf8());
        f.close();
        auto [code, out] = run(c.db().path(), {QStringLiteral("import-suppliers"), suppliers});
        QVERIFY2(code == 0 && out.contains(QStringLiteral("Imported: 1 new, 0 changed.")), qPrintable(out));
        const QString items = QStringLiteral(SHOPDESK_TEST_DATA_DIR "/supplies/office_items_gb18030.csv");
        std::tie(code, out) = run(c.db().path(), {QStringLiteral("import-items"), items, QStringLiteral("--dry-run")});
        QVERIFY2(code == 0 && out.contains(QStringLiteral("line 5, category"))
                     && out.contains(QStringLiteral("Dry run")),
                 qPrintable(out));
        QVERIFY(!SupplyCatalogue(c.db(), c.clock()).itemByCode(c.clerk, QStringLiteral("P100")));
        std::tie(code, out) = run(c.db().path(), {QStringLiteral("import-items"), items});
        QVERIFY2(code == 0 && out.contains(QStringLiteral("Imported: 2 new, 1 changed.")), qPrintable(out));
        QVERIFY(SupplyCatalogue(c.db(), c.clock()).itemByCode(c.clerk, QStringLiteral("P100")));
        std::tie(code, out) = run(c.db().path(), {QStringLiteral("import-items"), items});
        QVERIFY2(code == 0 && out.contains(QStringLiteral("Imported: 0 new, 0 changed.")), qPrintable(out));
        std::tie(code, out) = run(c.db().path(), {QStringLiteral("import-items"), QStringLiteral("/no/such/list.csv")});
        QVERIFY2(code == 1 && out.contains(QStringLiteral("list.csv")), qPrintable(out));
    }

    void badInputIsRefusedAndWritesNothing()
    {
        SuppliesCompany c;
        QVERIFY(c.move(MovementKind::Receipt, c.paper, 3, 2450));
        const QString code = QStringLiteral("6901234567892");
        const QStringList receive{QStringLiteral("book"), QStringLiteral("receive"),  code,
                                  QStringLiteral("5"),    QStringLiteral("--reason"), QStringLiteral("到货")};
        auto [exit, text] =
            run(c.db().path(), receive + QStringList{QStringLiteral("--price"), QStringLiteral("12.345")});
        QCOMPARE(exit, 1);
        QVERIFY2(text.contains(QLatin1String("12.345")), qPrintable(text));
        std::tie(exit, text) =
            run(c.db().path(),
                {QStringLiteral("book"), QStringLiteral("issue"), code, QStringLiteral("0"), QStringLiteral("--dept"),
                 QStringLiteral("行政部"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(exit, 1);
        std::tie(exit, text) = run(c.db().path(),
                                   {QStringLiteral("book"), QStringLiteral("issue"), QStringLiteral("nope"),
                                    QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(exit, 1);
        QVERIFY2(text.contains(QLatin1String("nope")), qPrintable(text));
        std::tie(exit, text) =
            run(c.db().path(),
                {QStringLiteral("book"), QStringLiteral("issue"), code, QStringLiteral("4"), QStringLiteral("--dept"),
                 QStringLiteral("行政部"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(exit, 1);
        QVERIFY2(text.contains(QLatin1String("Only 3 on hand")), qPrintable(text));
        QCOMPARE(c.item(c.paper).onHand, 3);
        QSqlQuery q = c.db().query();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM supply_movements")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

int runSuppliesCliTest(int argc, char **argv)
{
    SuppliesCliTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "SuppliesCliTest.moc"
