#include "FinanceFixture.h"
#include "GroupDesk.h"
#include "data/GroupRepository.h"
#include "database/data/Migrations.h"

#include <QTemporaryDir>

using namespace shopdesk;
using namespace shopdesk::test;

// Group accounts on a real database (FIN-05..08, FIN-11).
class GroupsTest : public QObject
{
    Q_OBJECT

    struct Groups
    {
        FinanceCompany f;
        Actor desk = f.cashier; // finance staff keep the group accounts
        GroupDesk groups() { return GroupDesk(f.db(), f.clock()); }
        qint64 add(const char *name, qint64 valueFen, GroupKind kind = GroupKind::Group, int departsIn = 3)
        {
            GroupAccount a;
            a.name = QString::fromUtf8(name);
            a.kind = kind;
            a.contractValueFen = valueFen;
            a.signedOn = f.today().addDays(-5);
            a.departureOn = f.today().addDays(departsIn);
            a.returnOn = a.departureOn.addDays(2);
            auto id = groups().save(desk, a);
            if (!id)
                qFatal("group: %s", qPrintable(id.error()));
            if (Status s = groups().addBudgetLine(desk, *id, {0, QStringLiteral("住宿"), valueFen / 2}); !s)
                qFatal("budget line: %s", qPrintable(s.error()));
            return *id;
        }
        GroupAccount find(qint64 id)
        {
            for (const GroupAccount &a : *groups().accounts(desk))
                if (a.id == id)
                    return a;
            qFatal("no group %lld", id);
        }
    };

private slots:
    void fin05_aTravellerListIsImportedOnceAndPeopleAreTakenOffBeforeDeparture()
    {
        Groups g;
        const qint64 id = g.add("千岛湖两日团", 900000);
        QVERIFY(g.groups().addTraveller(g.desk, id, {0, QStringLiteral("李雷"), QStringLiteral("13800000001")}));
        const QByteArray list = QStringLiteral("千岛湖两日团 游客名单\n"
                                               "序号,姓名,手机\n"
                                               "1,李雷,138 0000 0001\n" // already listed
                                               "2,韩梅梅,13900000002\n"
                                               "3,,13900000003\n" // no name
                                               "4,王芳,电话待补\n" // not a number
                                               "5,赵强,\n"
                                               "6,韩梅梅,13900000002\n") // twice
                                    .toUtf8();
        auto preview = g.groups().previewTravellers(g.desk, id, list, QStringLiteral("名单.csv"));
        QVERIFY2(preview, preview ? "" : qPrintable(preview.error()));
        QCOMPARE(preview->rowsRead, 6);
        QCOMPARE(preview->added.size(), 2); // 韩梅梅, 赵强
        QCOMPARE(preview->unchanged, 1);
        QList<int> lines;
        for (const ImportProblem &p : preview->problems)
            lines << p.line;
        QCOMPARE(lines, (QList<int>{5, 6, 8}));
        QCOMPARE(g.find(id).travellers, 1); // a preview writes nothing
        QCOMPARE(*g.groups().importTravellers(g.desk, *preview), 2);
        QCOMPARE(g.find(id).travellers, 3);
        auto again = g.groups().previewTravellers(g.desk, id, list, QStringLiteral("名单.csv"));
        QVERIFY(again);
        QVERIFY(again->added.isEmpty());
        QCOMPARE(again->unchanged, 3);
        // An individual's contract takes one traveller: a list of two adds nobody.
        const qint64 person = g.add("张先生", 50000, GroupKind::Individual);
        auto two =
            g.groups().previewTravellers(g.desk, person, QByteArray("name\nZhang\nLi\n"), QStringLiteral("p.csv"));
        QVERIFY(two);
        QVERIFY(!g.groups().importTravellers(g.desk, *two));
        QCOMPARE(g.find(person).travellers, 0);
        QVERIFY(!g.groups().previewTravellers(g.desk, id, QByteArray("a,b\n1,2\n"), QStringLiteral("x.csv")));
        // Taken off while the group has not left, audited with who it was; not twice, not from another list.
        const GroupTraveller zhao = g.groups().travellers(g.desk, id)->last();
        QVERIFY(!g.groups().removeTraveller(g.desk, person, zhao.id));
        QVERIFY(!g.groups().removeTraveller(g.f.org.lone, id, zhao.id));
        QVERIFY(g.groups().removeTraveller(g.desk, id, zhao.id));
        QVERIFY(!g.groups().removeTraveller(g.desk, id, zhao.id));
        QCOMPARE(g.find(id).travellers, 2);
        QCOMPARE(g.f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'finance.group.traveller.removed' AND before_json LIKE '%赵强%'")),
                 1);
        // A no-show at the coach comes off on the day; once the departure is recorded, the list
        // is what travelled (FIN-07).
        const qint64 gone = g.add("西湖一日游", 300000, GroupKind::Group, 0);
        QVERIFY(g.groups().addTraveller(g.desk, gone, {0, QStringLiteral("周杰"), {}}));
        QVERIFY(g.groups().addTraveller(g.desk, gone, {0, QStringLiteral("没来的"), {}}));
        QVERIFY(g.groups().removeTraveller(g.desk, gone, g.groups().travellers(g.desk, gone)->last().id));
        QVERIFY(g.groups().receive(g.desk, gone, 240000, g.f.today(), {}));
        QVERIFY(g.groups().recordDeparture(g.desk, gone, g.f.today()));
        auto late = g.groups().removeTraveller(g.desk, gone, g.groups().travellers(g.desk, gone)->first().id);
        QVERIFY(!late);
        QVERIFY(late.error().contains(QStringLiteral("what travelled")));
        QVERIFY(!g.groups().addTraveller(g.desk, gone, {0, QStringLiteral("迟到的"), {}}));
        QCOMPARE(g.find(gone).travellers, 1);
    }
    void fin05_receiptsAreBookedAndNeverMoreThanOwed()
    {
        Groups g;
        const qint64 id = g.add("黄山三日团", 1000000);
        QVERIFY(GroupRules::receiptLate(g.find(id), g.f.today(), g.groups().receiptDays())); // signed 5 days ago
        QVERIFY(g.groups().receive(g.desk, id, 600000, g.f.today(), QStringLiteral("工行 0001")));
        QVERIFY(!GroupRules::receiptLate(g.find(id), g.f.today(), g.groups().receiptDays()));
        QVERIFY(!g.groups().receive(g.desk, id, 400001, g.f.today(), {}));
        QVERIFY(!g.groups().receive(g.desk, id, 0, g.f.today(), {}));
        QVERIFY(!g.groups().receive(g.f.org.lone, id, 100, g.f.today(), {}));
        QCOMPARE(g.find(id).receivedFen, 600000);
        QSqlQuery q = g.f.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE group_receipts SET amount_fen = 1")));
    }

    void fin05_theContractListsItsTravellersAndAnIndividualIsOne()
    {
        Groups g;
        const qint64 id = g.add("黄山三日团", 1000000);
        const qint64 person = g.add("张先生", 50000, GroupKind::Individual);
        QVERIFY(g.groups().addTraveller(g.desk, id, {0, QStringLiteral("李雷"), QStringLiteral("13800000001")}));
        QVERIFY(g.groups().addTraveller(g.desk, id, {0, QStringLiteral("韩梅梅"), {}}));
        QVERIFY(!g.groups().addTraveller(g.desk, id, {0, QStringLiteral(" "), {}}));
        QVERIFY(!g.groups().addTraveller(g.f.org.lone, id, {0, QStringLiteral("x"), {}}));
        QCOMPARE(g.find(id).travellers, 2);
        QCOMPARE(g.groups().travellers(g.desk, id)->at(1).name, QStringLiteral("韩梅梅"));
        QVERIFY(g.groups().addTraveller(g.desk, person, {0, QStringLiteral("张先生"), {}}));
        QVERIFY(!g.groups().addTraveller(g.desk, person, {0, QStringLiteral("张太太"), {}}));
        QCOMPARE(g.find(person).travellers, 1);
    }

    void fin07_departureNeedsEightyPercentOrTheGmAndIsListedForTheDay()
    {
        Groups g;
        const qint64 id = g.add("西湖一日游", 100000, GroupKind::Group, 0); // leaves today
        const qint64 person = g.add("张先生", 50000, GroupKind::Individual, 0);
        const auto today = *g.groups().departures(g.desk, g.f.today());
        QCOMPARE(today.size(), 2);
        QVERIFY(g.groups().receive(g.desk, id, 79999, g.f.today(), {}));
        QVERIFY(!GroupRules::departureProblem(g.find(id)).isEmpty());
        QVERIFY(g.groups().receive(g.desk, id, 1, g.f.today(), {}));
        QVERIFY(GroupRules::departureProblem(g.find(id)).isEmpty());
        QVERIFY(g.groups().receive(g.desk, person, 49999, g.f.today(), {}));
        QVERIFY(!GroupRules::departureProblem(g.find(person)).isEmpty());
        QVERIFY(!g.groups().allowDeparture(g.f.chief, person, QStringLiteral("老客户"))); // not the GM
        QVERIFY(!g.groups().allowDeparture(g.f.gm, person, {}));
        QVERIFY(g.groups().allowDeparture(g.f.gm, person, QStringLiteral("老客户，回来付清")));
        QVERIFY(GroupRules::departureProblem(g.find(person)).isEmpty());
        QVERIFY(!g.groups().allowDeparture(g.f.gm, id, QStringLiteral("x"))); // may already go
        QCOMPARE(g.f.count(
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'finance.group.departure_allowed'")),
                 1);
    }

    void fin07_fin11_aDepartureIsRecordedForTheDayItLeftOnceAndOnlyAtTheThresholdOrWithTheGm()
    {
        Groups g;
        const QDate today = g.f.today();
        const qint64 later = g.add("黄山三日团", 1000000, GroupKind::Group, 2);
        QVERIFY(g.groups().receive(g.desk, later, 1000000, today, {}));
        auto tomorrow = g.groups().recordDeparture(g.desk, later, today.addDays(1));
        QVERIFY(!tomorrow); // not before it has left
        QVERIFY(!g.groups().recordDeparture(g.desk, later, today.addDays(-6))); // before its signing
        // 80% of 1,000.00 is due; a fen short is refused, the last fen lets it go.
        const qint64 id = g.add("西湖一日游", 100000, GroupKind::Group, 0);
        QVERIFY(g.groups().receive(g.desk, id, 79999, today, {}));
        auto shortOf = g.groups().recordDeparture(g.desk, id, today);
        QVERIFY(!shortOf);
        QVERIFY(shortOf.error().contains(QStringLiteral("FIN-07")));
        QVERIFY(!g.find(id).departed());
        QVERIFY(g.groups().receive(g.desk, id, 1, today, {}));
        QVERIFY(!g.groups().recordDeparture(g.f.org.lone, id, today)); // not finance
        QVERIFY(g.groups().recordDeparture(g.desk, id, today));
        QCOMPARE(g.find(id).departedOn, today);
        QVERIFY(!g.groups().recordDeparture(g.desk, id, today)); // once
        // Its departure day stays; the rest of the contract can still be corrected.
        GroupAccount moved = g.find(id);
        moved.departureOn = moved.departureOn.addDays(1);
        moved.returnOn = moved.returnOn.addDays(1);
        QVERIFY(!g.groups().save(g.desk, moved));
        GroupAccount renamed = g.find(id);
        renamed.name = QStringLiteral("西湖一日游（改）");
        QVERIFY(g.groups().save(g.desk, renamed));
        // An individual short of paying in full leaves only with the GM's consent, recorded; its
        // departure, reported a day late, is recorded for the day it left.
        const qint64 person = g.add("张先生", 50000, GroupKind::Individual, -1);
        QVERIFY(g.groups().receive(g.desk, person, 40000, today, {}));
        QVERIFY(!g.groups().recordDeparture(g.desk, person, today.addDays(-1)));
        QVERIFY(g.groups().allowDeparture(g.f.gm, person, QStringLiteral("老客户，回来付清")));
        QVERIFY(g.groups().recordDeparture(g.desk, person, today.addDays(-1)));
        QCOMPARE(g.find(person).departedOn, today.addDays(-1));
        // FIN-11: the day's list has the groups planned for it and those that left on it.
        QCOMPARE(g.groups().departures(g.desk, today.addDays(-1))->size(), 1);
        QVERIFY(g.groups().recordDeparture(g.desk, later, today)); // left two days early
        QCOMPARE(g.groups().departures(g.desk, today)->size(), 2);
        QCOMPARE(g.f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'finance.group.departed' "
                                          "AND after_json LIKE '%\"allowed_by_general_manager\":true%'")),
                 1);
        QCOMPARE(
            g.f.count(
                QStringLiteral("SELECT received_fen FROM group_departures WHERE group_account_id = %1").arg(person)),
            40000);
        QSqlQuery q = g.f.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE group_departures SET departed_on = '2000-01-01'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM group_departures")));
        QCOMPARE(g.f.count(QStringLiteral("SELECT count(*) FROM group_departures")), 3);
    }

    void fin06_theBudgetSheetIsItsLinesAndBoundsTheGuidesAdvance()
    {
        Groups g;
        const qint64 id = g.add("黄山三日团", 1000000); // 住宿 5,000.00
        QVERIFY(g.groups().addBudgetLine(g.desk, id, {0, QStringLiteral("旅游大巴"), 200000}));
        QVERIFY(!g.groups().addBudgetLine(g.desk, id, {0, QStringLiteral(" "), 100}));
        QVERIFY(!g.groups().addBudgetLine(g.desk, id, {0, QStringLiteral("门票"), 0}));
        QVERIFY(!g.groups().addBudgetLine(g.f.org.lone, id, {0, QStringLiteral("门票"), 100}));
        QCOMPARE(g.find(id).budgetSheetFen, 700000);
        const auto lines = *g.groups().budgetLines(g.desk, id);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).item, QStringLiteral("旅游大巴"));
        QVERIFY(g.groups().receive(g.desk, id, 1000000, g.f.today(), {}));
        QVERIFY(!g.groups().lendToGuide(g.desk, id, QStringLiteral("导游小李"), 700001, g.f.today()));
        QVERIFY(g.groups().lendToGuide(g.desk, id, QStringLiteral("导游小李"), 600000, g.f.today()));
        // The coach line cannot come off: 5,000.00 would remain and 6,000.00 is lent.
        auto below = g.groups().removeBudgetLine(g.desk, id, lines.at(1).id);
        QVERIFY(!below);
        QVERIFY(below.error().contains(QStringLiteral("FIN-06")));
        QVERIFY(g.groups().addBudgetLine(g.desk, id, {0, QStringLiteral("餐费"), 100000}));
        const qint64 meals = g.groups().budgetLines(g.desk, id)->last().id;
        QVERIFY(g.groups().removeBudgetLine(g.desk, id, meals)); // 7,000.00 remains
        QVERIFY(!g.groups().removeBudgetLine(g.desk, id, meals)); // gone already
        QVERIFY(!g.groups().removeBudgetLine(g.desk, g.add("西湖一日游", 100000), lines.at(0).id)); // another's
        QCOMPARE(g.find(id).budgetSheetFen, 700000);
        QCOMPARE(g.f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'finance.group.budget_line.removed' AND before_json LIKE '%餐费%'")),
                 1);
    }

    void fin06_aBudgetSheetTypedAsOneFigureBecomesItsLineOnUpgrade()
    {
        QTemporaryDir dir;
        Database::Options create;
        create.create = true;
        auto db = Database::open(dir.filePath(QStringLiteral("old.db")), create);
        QVERIFY(db);
        const auto all = Migrations::builtIn();
        const auto upTo22 = all.mid(0, 22);
        QCOMPARE(upTo22.last().version, 22);
        QVERIFY(Migrations(**db, upTo22).migrate());
        QVERIFY((*db)->write([&]() -> Status {
            QSqlQuery q = (*db)->query();
            for (const char *sql :
                 {"INSERT INTO users(id, username, password_hash, password_changed_on, created_at) "
                  "VALUES (7, 'cashier', 'x', '2026-01-01', '2026-01-01T00:00:00Z')",
                  "INSERT INTO group_accounts(id, name, kind, contract_value_fen, signed_on, departure_on, return_on, "
                  "budget_sheet_fen, created_by_user_id, created_at) VALUES "
                  "(1, '黄山三日团', 'group', 1000000, '2026-05-01', '2026-05-10', '2026-05-12', 600000, 7, 'then'), "
                  "(2, '西湖一日游', 'group', 100000, '2026-06-01', '2026-06-10', '2026-06-10', 0, 7, 'then'), "
                  "(3, '年会包场', 'group', 100000, '2026-06-01', '2099-06-10', '2099-06-10', 0, 7, 'then')",
                  "INSERT INTO group_receipts(group_account_id, received_on, amount_fen, recorded_by_user_id, "
                  "recorded_at) VALUES (1, '2026-05-02', 800000, 7, 'then'), (1, '2026-05-14', 200000, 7, 'then')",
                  "UPDATE group_accounts SET settled_by_user_id = 7, settled_at = '2026-05-20T02:00:00Z' WHERE id = 1"})
                if (Status s = Database::execPrepared(q, QString::fromUtf8(sql), {}); !s)
                    return s;
            return success();
        }));
        auto latest = Migrations(**db).bringUpToDate();
        QVERIFY2(latest, qPrintable(latest.error()));
        auto old = GroupRepository(**db).account(1);
        QVERIFY(old && *old);
        QCOMPARE((*old)->budgetSheetFen, 600000);
        QCOMPARE((*old)->departedOn, QDate(2026, 5, 10)); // its day had come: it left then,
        QCOMPARE(GroupRepository(**db).account(2)->value().departedOn, QDate(2026, 6, 10));
        QCOMPARE(GroupRepository(**db).account(2)->value().budgetSheetFen, 0);
        QVERIFY(!GroupRepository(**db).account(3)->value().departed()); // its day still to come
        QSqlQuery q = (*db)->query();
        QVERIFY(q.exec(QStringLiteral("SELECT received_fen FROM group_departures WHERE group_account_id = 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 800000); // with what it had paid by then
        const auto lines = *GroupRepository(**db).budgetLines(1);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().item, QStringLiteral("计调预算单"));
        QCOMPARE(lines.first().amountFen, 600000);
    }

    void fin06_theGuidesAdvanceBeyondWhatWasPaidWaitsForTheGm()
    {
        Groups g;
        const qint64 id = g.add("黄山三日团", 1000000); // budget sheet 5,000.00
        QVERIFY(g.groups().receive(g.desk, id, 200000, g.f.today(), {}));
        auto covered = g.groups().lendToGuide(g.desk, id, QStringLiteral("导游小李"), 150000, g.f.today());
        QVERIFY(covered);
        QCOMPARE(g.f.count(QStringLiteral("SELECT count(*) FROM approval_requests")), 0); // paid for
        auto fronted = g.groups().lendToGuide(g.desk, id, QStringLiteral("导游小李"), 100000, g.f.today());
        QVERIFY(fronted);
        QCOMPARE(g.f.count(QStringLiteral("SELECT fronted_fen FROM group_advances WHERE id = %1").arg(*fronted)),
                 50000);
        const auto waiting = *g.f.approvals().waitingFor(g.f.gm);
        QCOMPARE(waiting.size(), 1);
        QVERIFY(ApprovalTypes::describe(waiting.first()).contains(QStringLiteral("FIN-06")));
        QCOMPARE(g.find(id).advancedFen, 250000); // counts while the GM decides
        QVERIFY(!g.groups().lendToGuide(g.desk, id, QStringLiteral("导游小李"), 250001, g.f.today())); // over the sheet
        // The covered part left the cash box at once; the fronted one waits for the GM.
        QCOMPARE(g.f.count(QStringLiteral("SELECT count(*) FROM cash_entries WHERE source LIKE 'group advance %'")), 1);
        QVERIFY(
            !g.groups().lendToGuide(g.f.chief, id, QStringLiteral("导游小李"), 100, g.f.today())); // not the cashier
        QVERIFY(g.f.approvals().decide(g.f.gm, waiting.first().id, false, QStringLiteral("先收团款")));
        QCOMPARE(g.find(id).advancedFen, 150000); // refused: not lent
        QCOMPARE(g.f.count(QStringLiteral("SELECT count(*) FROM cash_entries WHERE source LIKE 'group advance %'")), 1);
        // Approved, the cash leaves the box the day of the approval.
        auto again = g.groups().lendToGuide(g.desk, id, QStringLiteral("导游小李"), 100000, g.f.today());
        QVERIFY(again);
        QVERIFY(g.f.approvals().decide(g.f.gm, g.f.approvals().waitingFor(g.f.gm)->first().id, true, {}));
        QCOMPARE(g.find(id).advancedFen, 250000);
        QCOMPARE(
            g.f.count(QStringLiteral("SELECT sum(amount_fen) FROM cash_entries WHERE source LIKE 'group advance %'")),
            250000);
    }

    void fin07_aBadDebtNamesWhoIsResponsibleAndTheOverdueListShowsDays()
    {
        Groups g;
        const qint64 id = g.add("黄山三日团", 1000000, GroupKind::Group, -10); // back 8 days ago
        QVERIFY(g.groups().receive(g.desk, id, 800000, g.f.today(), {}));
        const auto late = *g.groups().overdue(g.desk);
        QCOMPARE(late.size(), 1);
        QCOMPARE(GroupRules::daysOverdue(late.first(), g.f.today()), 5); // due 3 days after the return
        QVERIFY(!g.groups().writeOff(g.f.gm, id, 200000, 0)); // nobody named
        QVERIFY(!g.groups().writeOff(g.f.chief, id, 200000, g.f.org.salesHeadEmployee)); // not the GM
        QVERIFY(!g.groups().writeOff(g.f.gm, id, 200001, g.f.org.salesHeadEmployee)); // more than owed
        QVERIFY(g.groups().writeOff(g.f.gm, id, 150000, g.f.org.salesHeadEmployee));
        QVERIFY(g.groups().writeOff(g.f.gm, id, 50000, g.f.org.officeHeadEmployee)); // each charged to its person
        const GroupAccount a = g.find(id);
        QCOMPARE(a.outstandingFen(), 0);
        QVERIFY(a.responsibleName.contains(QStringLiteral("运营经理")));
        QVERIFY(a.responsibleName.contains(QStringLiteral("行政经理")));
        QCOMPARE(g.f.count(QStringLiteral("SELECT count(*) FROM group_write_offs")), 2);
        QVERIFY(g.groups().overdue(g.desk)->isEmpty());
    }

    void fin08_settlementIsRefusedUntilTheThreePapersAreAttached()
    {
        Groups g;
        const qint64 id = g.add("黄山三日团", 1000000);
        auto refused = g.groups().settle(g.desk, id);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("FIN-08")));
        QVERIFY(g.groups().attach(g.desk, id, GroupDocument::Contract, QStringLiteral("合同.pdf"), "%PDF-1.4 a"));
        QVERIFY(g.groups().attach(g.desk, id, GroupDocument::ItemizedList, QStringLiteral("明细.xlsx"), "PK.."));
        QVERIFY(!g.groups().attach(g.desk, id, GroupDocument::ExpenseConfirmation, QStringLiteral("空.pdf"), {}));
        QVERIFY(!g.groups().settle(g.desk, id));
        QVERIFY(
            g.groups().attach(g.desk, id, GroupDocument::ExpenseConfirmation, QStringLiteral("确认.pdf"), "%PDF b"));
        QVERIFY(g.groups().settle(g.desk, id));
        QVERIFY(g.find(id).settled);
        QVERIFY(!g.groups().settle(g.desk, id));
        QVERIFY(!g.groups().receive(g.desk, id, 100, g.f.today(), {})); // settled
        GroupAccount edited = g.find(id);
        edited.name = QStringLiteral("改名");
        QVERIFY(!g.groups().save(g.desk, edited));
    }

    void fin03_aClosedMonthTakesNoGroupReceiptOrAdvance()
    {
        Groups g;
        const qint64 id = g.add("黄山三日团", 1000000);
        QVERIFY(g.f.monthEnd().close(g.f.chief, QDate(2026, 2, 1)));
        QVERIFY(!g.groups().receive(g.desk, id, 100, QDate(2026, 2, 27), {}));
        QVERIFY(!g.groups().lendToGuide(g.desk, id, QStringLiteral("导游"), 100, QDate(2026, 2, 27)));
        QVERIFY(g.groups().receive(g.desk, id, 100, g.f.today(), {}));
    }
};

int runGroupsTest(int argc, char **argv)
{
    GroupsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "GroupsTest.moc"
