// The contract register on a real database file (CON-01, CON-06), and numbers under two PCs.
#include "ContractRegister.h"
#include "ContractsArea.h"
#include "TestSupport.h"
#include "common/domain/Money.h"

#include <QGuiApplication>
#include <QSet>
#include <QTextStream>

using namespace shopdesk;
using namespace shopdesk::test;

namespace {
Actor custodianOf(qint64 userId)
{
    Actor a;
    a.userId = userId;
    a.userName = QStringLiteral("custodian");
    a.level = Level::Clerk;
    a.scopes = {QStringLiteral("contracts")};
    return a;
}

Contract contract(qint64 typeId, qint64 archiveId, const QDate &signedOn, const QString &title)
{
    Contract c;
    c.typeId = typeId;
    c.archiveId = archiveId;
    c.title = title;
    c.counterparties = QStringLiteral("上海物流有限公司");
    c.signedOn = signedOn;
    c.startsOn = signedOn;
    c.endsOn = signedOn.addYears(1);
    c.valueFen = 500'000;
    return c;
}

// The other PC: registers `count` contracts in the file at `path` and prints their numbers.
int registerAsAnotherPc(const QString &path, qint64 custodianId, qint64 typeId, qint64 archiveId, int count)
{
    ContractsArea::define();
    auto db = CompanyDatabase::open(path);
    if (!db)
        return 2;
    const Clock clock;
    ContractRegister book(**db, clock);
    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        auto made = book.registerContract(custodianOf(custodianId),
                                          contract(typeId, archiveId, QDate(2026, 3, 1), QStringLiteral("并发登记")));
        if (!made) {
            QTextStream(stderr) << made.error() << '\n';
            return 1;
        }
        out << made->number << '\n';
    }
    return 0;
}
} // namespace

int runLoansTest(int argc, char **argv);
int runAuditsTest(int argc, char **argv);
int runFilesTest(int argc, char **argv);
int runContractLabelsTest(int argc, char **argv);
int runContractsCliTest(int argc, char **argv);

class RegisterTest : public QObject
{
    Q_OBJECT

    struct Archive
    {
        Org org;
        Actor custodian = custodianOf(org.clerk.userId);
        qint64 purchase = 0, sales = 0, office = 0;
        ContractRegister book() { return ContractRegister(*org.company.db, org.company.clock); }
        Archive()
        {
            ContractsArea::define();
            purchase = *book().addType(org.admin, {0, QStringLiteral("CG"), QStringLiteral("采购合同")});
            sales = *book().addType(org.admin, {0, QStringLiteral("XS"), QStringLiteral("销售合同")});
            office = *book().addArchive(
                org.admin, {0, QStringLiteral("行政部档案室"), QStringLiteral("三楼 302"), org.clerk.userId, {}});
        }
    };

private slots:
    void con01_numbersCountPerSigningYearAndTypeAndAreNeverEdited()
    {
        Archive a;
        auto first = a.book().registerContract(
            a.custodian, contract(a.purchase, a.office, QDate(2026, 3, 1), QStringLiteral("打印纸年度采购")));
        QVERIFY2(first, first ? "" : qPrintable(first.error()));
        QCOMPARE(first->number, QStringLiteral("2026-CG-0001"));
        QCOMPARE(first->typeName, QStringLiteral("采购合同"));
        QCOMPARE(first->archiveName, QStringLiteral("行政部档案室"));
        QCOMPARE(
            a.book()
                .registerContract(a.custodian, contract(a.purchase, a.office, QDate(2026, 3, 2), QStringLiteral("b")))
                ->number,
            QStringLiteral("2026-CG-0002"));
        QCOMPARE(a.book()
                     .registerContract(a.custodian, contract(a.sales, a.office, QDate(2026, 2, 1), QStringLiteral("c")))
                     ->number,
                 QStringLiteral("2026-XS-0001"));
        // Numbered by the year it was signed, not the day it was registered.
        QCOMPARE(
            a.book()
                .registerContract(a.custodian, contract(a.purchase, a.office, QDate(2025, 12, 30), QStringLiteral("d")))
                ->number,
            QStringLiteral("2025-CG-0001"));
        QCOMPARE(a.book().contracts(a.custodian)->size(), 4);
        QVERIFY(!a.book().contracts(a.org.lone)); // outside the contracts scope
        // The number is part of the record: the file refuses a change, a removal, a serial counted back.
        QSqlQuery q = a.org.company.db->query();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'contracts.register'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QVERIFY(!q.exec(QStringLiteral("UPDATE contracts SET number = '2026-CG-0009' WHERE id = %1").arg(first->id)));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM contracts")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE contract_serials SET last_serial = 1")));
        QVERIFY(q.exec(QStringLiteral("UPDATE contracts SET notes = '复印件已归档' WHERE id = %1").arg(first->id)));
    }

    void con01_aRefusedRegistrationUsesUpNoNumber()
    {
        Archive a;
        Contract backwards = contract(a.purchase, a.office, QDate(2026, 3, 1), QStringLiteral("倒签"));
        backwards.endsOn = backwards.startsOn.addDays(-1);
        QVERIFY(!a.book().registerContract(a.custodian, backwards));
        Contract gone = contract(a.purchase, 999, QDate(2026, 3, 1), QStringLiteral("无档案室"));
        auto noArchive = a.book().registerContract(a.custodian, gone);
        QVERIFY(!noArchive);
        Contract unknownType = contract(999, a.office, QDate(2026, 3, 1), QStringLiteral("无类型"));
        QVERIFY(!a.book().registerContract(a.custodian, unknownType));
        // Refused by the file after its serial was taken: the whole write, serial too, is undone.
        Contract nobody = contract(a.purchase, a.office, QDate(2026, 3, 1), QStringLiteral("经办人不存在"));
        nobody.responsibleEmployeeId = 999;
        QVERIFY(!a.book().registerContract(a.custodian, nobody));
        QVERIFY(!a.book().registerContract(a.custodian,
                                           contract(a.purchase, a.office, QDate(2027, 1, 4), QStringLiteral("未来"))));
        QCOMPARE(
            a.book()
                .registerContract(a.custodian, contract(a.purchase, a.office, QDate(2026, 3, 1), QStringLiteral("a")))
                ->number,
            QStringLiteral("2026-CG-0001"));
    }

    void con06_onlyTheArchivesCustodianRegistersAndTheAdministratorKeepsTypesAndArchives()
    {
        Archive a;
        const Actor other = custodianOf(a.org.clerk2.userId);
        auto refused =
            a.book().registerContract(other, contract(a.purchase, a.office, QDate(2026, 3, 1), QStringLiteral("x")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("CON-06"))
                     && refused.error().contains(QStringLiteral("clerk")),
                 qPrintable(refused.error()));
        QVERIFY(!a.book().registerContract(a.org.lone,
                                           contract(a.purchase, a.office, QDate(2026, 3, 1), QStringLiteral("x"))));
        const qint64 sales = *a.book().addArchive(
            a.org.admin, {0, QStringLiteral("运营部资料柜"), QStringLiteral("二楼"), a.org.clerk2.userId, {}});
        QVERIFY(a.book().registerContract(other, contract(a.purchase, sales, QDate(2026, 3, 1), QStringLiteral("y"))));
        // The administrator keeps the lists: codes well formed and unique, an archive with a custodian.
        QVERIFY(!a.book().addType(a.custodian, {0, QStringLiteral("ZL"), QStringLiteral("租赁合同")}));
        QVERIFY(!a.book().addType(a.org.admin, {0, QStringLiteral("zl"), QStringLiteral("租赁合同")}));
        auto twice = a.book().addType(a.org.admin, {0, QStringLiteral("CG"), QStringLiteral("另一种")});
        QVERIFY(!twice);
        QVERIFY(twice.error().contains(QStringLiteral("采购合同")));
        QVERIFY(!a.book().addArchive(a.org.admin, {0, QStringLiteral("无人柜"), {}, 0, {}}));
        QCOMPARE(a.book().types(a.custodian)->size(), 2);
        const auto archives = *a.book().archives(a.custodian);
        QCOMPARE(archives.size(), 2);
        QCOMPARE(archives.first().custodianName, QStringLiteral("clerk")); // 行政部档案室, by name
    }

    void con04_searchFindsChineseOfOneTwoAndMoreCharactersWithinTheFilters()
    {
        Archive a;
        Contract logistics = contract(a.purchase, a.office, QDate(2025, 7, 1), QStringLiteral("仓储服务"));
        logistics.notes = QStringLiteral("含 100% 保险");
        QVERIFY(a.book().registerContract(a.custodian, logistics));
        Contract printer = contract(a.sales, a.office, QDate(2026, 2, 1), QStringLiteral("打印机租赁"));
        printer.counterparties = QStringLiteral("北京办公设备有限公司");
        QVERIFY(a.book().registerContract(a.custodian, printer));
        auto found = [&](const QString &text, qint64 type = 0, int year = 0) {
            ContractFilter f;
            f.text = text;
            f.typeId = type;
            f.year = year;
            QStringList titles;
            for (const Contract &c : *a.book().find(a.custodian, f))
                titles << c.title;
            return titles;
        };
        for (const char *query : {"物", "物流", "物流有限", "上海物流有限公司"})
            QCOMPARE(found(QString::fromUtf8(query)), QStringList{QStringLiteral("仓储服务")});
        QCOMPARE(found(QStringLiteral("有限")).size(), 2);
        QCOMPARE(found(QStringLiteral("2026-XS")), QStringList{QStringLiteral("打印机租赁")}); // by number
        QCOMPARE(found(QStringLiteral("100%")), QStringList{QStringLiteral("仓储服务")}); // notes; % is a character
        QVERIFY(found(QStringLiteral("0%保")).isEmpty());
        QVERIFY(found(QStringLiteral("_")).isEmpty());
        QCOMPARE(found(QString()).size(), 2);
        QCOMPARE(found(QString(), a.sales), QStringList{QStringLiteral("打印机租赁")});
        QCOMPARE(found(QStringLiteral("有限"), 0, 2025), QStringList{QStringLiteral("仓储服务")});
        ContractFilter ended;
        ended.status = ContractStatus::Terminated;
        QVERIFY(a.book().find(a.custodian, ended)->isEmpty());
        QVERIFY(!a.book().find(a.org.lone, {}));
        // The same party, title and signing day again is probably a duplicate: its number is named.
        QCOMPARE(*a.book().sameAs(a.custodian, logistics), QStringList{QStringLiteral("2025-CG-0001")});
        logistics.signedOn = logistics.signedOn.addDays(1);
        QVERIFY(a.book().sameAs(a.custodian, logistics)->isEmpty());
    }

    void con01_theCustodianCorrectsAContractAndRecordsItsEndButNeverItsNumber()
    {
        Archive a;
        Contract c = contract(a.purchase, a.office, QDate(2026, 3, 2), QStringLiteral("仓储服务"));
        const Contract made = *a.book().registerContract(a.custodian, c);
        Contract changed = made;
        changed.title = QStringLiteral("仓储及配送服务");
        changed.status = ContractStatus::Terminated;
        changed.cabinet = QStringLiteral("2号柜");
        auto saved = a.book().update(a.custodian, changed);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved->number, made.number);
        QCOMPARE(saved->title, QStringLiteral("仓储及配送服务"));
        QCOMPARE(saved->status, ContractStatus::Terminated);
        QCOMPARE(saved->version, made.version + 1);
        // Another PC saved first: the stale copy is refused, and what was saved stays.
        Contract stale = made;
        stale.notes = QStringLiteral("旧的副本");
        auto late = a.book().update(a.custodian, stale);
        QVERIFY(!late);
        QVERIFY(late.error().contains(made.number));
        QCOMPARE(a.book().contract(a.custodian, made.id)->title, QStringLiteral("仓储及配送服务"));
        // The number's type and year, and the archive's custodian, stay.
        Contract retyped = *saved;
        retyped.typeId = a.sales;
        QVERIFY(!a.book().update(a.custodian, retyped));
        Contract redated = *saved;
        redated.signedOn = QDate(2025, 12, 30);
        QVERIFY(!a.book().update(a.custodian, redated));
        Contract backwards = *saved;
        backwards.endsOn = backwards.startsOn.addDays(-1);
        QVERIFY(!a.book().update(a.custodian, backwards));
        Actor other = custodianOf(a.org.clerk2.userId);
        QVERIFY(!a.book().update(other, *saved)); // CON-06: not this archive's custodian
        QSqlQuery q = a.org.company.db->query();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'contracts.update'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void con04_filtersByOtherPartyValueRangeAndEndingWithinDays()
    {
        Archive a;
        const QDate today = a.org.company.clock.nowUtc().toLocalTime().date();
        auto make = [&](const QString &title, const QString &party, qint64 fen, const QDate &ends) {
            Contract c = contract(a.purchase, a.office, today.addDays(-60), title);
            c.counterparties = party;
            c.valueFen = fen;
            c.startsOn = c.signedOn;
            c.endsOn = ends;
            QVERIFY(a.book().registerContract(a.custodian, c));
        };
        make(QStringLiteral("甲"), QStringLiteral("上海物流有限公司"), 100'000, today.addDays(10));
        make(QStringLiteral("乙"), QStringLiteral("北京办公设备有限公司"), 500'000, today.addDays(45));
        make(QStringLiteral("丙"), QStringLiteral("上海万达物业"), 900'000, today.addDays(-5)); // already past its end
        make(QStringLiteral("丁"), QStringLiteral("上海物流有限公司"), 300'000, QDate()); // open-ended
        auto titles = [&](const ContractFilter &f) {
            QStringList list;
            for (const Contract &c : *a.book().find(a.custodian, f))
                list << c.title;
            list.sort();
            return list;
        };
        ContractFilter party;
        party.party = QStringLiteral("上海");
        QCOMPARE(titles(party), (QStringList{QStringLiteral("丁"), QStringLiteral("丙"), QStringLiteral("甲")}));
        party.party = QStringLiteral("%");
        QVERIFY(titles(party).isEmpty()); // a character, not a wildcard
        ContractFilter value;
        value.minFen = 300'000;
        value.maxFen = 500'000;
        QCOMPARE(titles(value), (QStringList{QStringLiteral("丁"), QStringLiteral("乙")})); // both bounds included
        ContractFilter ending;
        ending.endingFrom = today;
        ending.endingBy = today.addDays(30);
        QCOMPARE(titles(ending), QStringList{QStringLiteral("甲")}); // not past, not open-ended, not day 45
        ending.endingBy = today.addDays(60);
        QCOMPARE(titles(ending), (QStringList{QStringLiteral("乙"), QStringLiteral("甲")}));
    }

    void con03_theStatisticsReportSumsItsRowsForTheYearAsked()
    {
        Archive a;
        for (auto [year, fen] : {std::pair{2025, 100'00}, std::pair{2026, 200'00}, std::pair{2026, 300'00}}) {
            Contract c = contract(a.purchase, a.office, QDate(year, 2, 1), QStringLiteral("采购"));
            c.valueFen = fen;
            QVERIFY(a.book().registerContract(a.custodian, c));
        }
        auto report = a.book().statistics(a.custodian, 2026, QStringLiteral("测试公司"));
        QVERIFY2(report, report ? "" : qPrintable(report.error()));
        QCOMPARE(report->tables.size(), 5);
        const ReportTable &byYear = report->tables.first();
        QCOMPARE(byYear.rows.size(), 2); // 2026 and the total
        QCOMPARE(byYear.rows.last().at(1), QStringLiteral("2"));
        QCOMPARE(byYear.rows.last().at(2), Money::fromFen(500'00).toPlainString());
        QCOMPARE(a.book().statistics(a.custodian, 0, {})->tables.first().rows.size(), 3); // both years, total
        QVERIFY(!a.book().statistics(a.org.lone, 0, {}));
    }

    void con01_twoPcsRegisteringAtOnceNeverGetOneNumber()
    {
        Archive a;
        const int each = 25;
        QList<QProcess *> pcs;
        for (int pc = 0; pc < 2; ++pc) {
            auto *p = new QProcess(this);
            p->start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--register-as-another-pc"), a.org.company.path(),
                      QString::number(a.custodian.userId), QString::number(a.purchase), QString::number(a.office),
                      QString::number(each)});
            pcs.append(p);
        }
        QStringList numbers;
        for (QProcess *p : pcs) {
            QVERIFY(p->waitForFinished(120'000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
            numbers += QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        }
        QCOMPARE(numbers.size(), 2 * each);
        QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), 2 * each); // none given twice
        numbers.sort();
        QCOMPARE(numbers.first(), QStringLiteral("2026-CG-0001"));
        QCOMPARE(numbers.last(), QStringLiteral("2026-CG-0050")); // and none skipped
        QCOMPARE(a.book().contracts(a.custodian)->size(), 2 * each);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // labels are drawn with fonts
    const QStringList args = app.arguments();
    if (args.value(1) == QStringLiteral("--register-as-another-pc"))
        return registerAsAnotherPc(args.value(2), args.value(3).toLongLong(), args.value(4).toLongLong(),
                                   args.value(5).toLongLong(), args.value(6).toInt());
    QStandardPaths::setTestModeEnabled(true);
    RegisterTest t;
    return QTest::qExec(&t, argc, argv) + runLoansTest(argc, argv) + runAuditsTest(argc, argv)
        + runFilesTest(argc, argv) + runContractLabelsTest(argc, argv) + runContractsCliTest(argc, argv);
}

#include "RegisterTest.moc"
