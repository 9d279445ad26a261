#include "AttendanceMonth.h"
#include "EmployeeArchive.h"
#include "EmployeeImport.h"
#include "HrActions.h"
#include "HrArea.h"
#include "Offboarding.h"
#include "OrgChart.h"
#include "TestSupport.h"
#include "domain/IdCardNumber.h"
#include "organisation/data/OrgRepository.h"

#include <algorithm>
#include <functional>

using namespace shopdesk;
using namespace shopdesk::test;

// The employee archive and offboarding (HR-01, HR-02, HR-04, DB-04). The office head plays HR.
class PeopleTest : public QObject
{
    Q_OBJECT

    static Actor hr(const Org &org)
    {
        Actor a = org.head;
        a.roles = {Role::Hr, Role::DepartmentHead};
        a.scopes = {QStringLiteral("hr")};
        a.managedEmployeeIds = {org.clerkEmployee, org.clerk2Employee};
        return a;
    }
    static Actor withHrScope(Actor a)
    {
        a.scopes = {QStringLiteral("hr")};
        return a;
    }
    static IssuedProperty item(qint64 employee, const QString &name, const QString &kind)
    {
        IssuedProperty p;
        p.employeeId = employee;
        p.item = name;
        p.kind = kind;
        p.issuedOn = QDate(2025, 5, 6);
        return p;
    }
    static EmployeeRecord find(const QList<EmployeeRecord> &list, qint64 id)
    {
        for (const EmployeeRecord &r : list)
            if (r.summary.id == id)
                return r;
        return {};
    }

    // Every page of the archive's list for this reader, query and page size.
    static QList<EmployeeRecord> allPages(EmployeeArchive &archive, const Actor &reader, const EmployeeListQuery &query,
                                          int pageSize, int *pages = nullptr, const QString &file = {})
    {
        QList<EmployeeRecord> read;
        PageCursor after;
        int count = 0;
        for (bool more = true; more; ++count) {
            auto page = archive.page(reader, query, after, pageSize);
            if (!page)
                qWarning("%s", qPrintable(page.error()));
            if (!page || (!file.isEmpty() && !anotherPcCanCommit(file)))
                return {};
            read += page->rows;
            after = page->next;
            more = page->more;
        }
        if (pages)
            *pages = count;
        return read;
    }
    static QStringList names(const QList<EmployeeRecord> &records)
    {
        QStringList list;
        for (const EmployeeRecord &r : records)
            list << r.summary.name;
        return list;
    }

private slots:
    void initTestCase() { HrArea::define(); }

    void issue12_theArchiveListsAPageAtATimeFilteredAndOrderedInTheQuery()
    {
        Org org;
        org.addPeople(244); // 250 in all
        EmployeeArchive archive(*org.company.db, org.company.clock);
        // By staff number, 100 at a time: the whole list's people in its order, each page a
        // query finished before the next (STYLE 3: another PC can commit in between).
        int pages = 0;
        const QList<EmployeeRecord> read = allPages(archive, hr(org), {}, 100, &pages, org.company.path());
        QCOMPARE(pages, 3);
        QCOMPARE(names(read), names(*archive.list(hr(org))));
        QCOMPARE(read.size(), 250);
        QVERIFY(read.at(249).personalVisible); // HR sees the hire dates
        QCOMPARE(read.at(249).summary.hireDate, QDate(2020, 1, 1));

        // The filter is the query's: the last person is found before a page reached them.
        EmployeeListQuery query;
        query.text = QStringLiteral("员工244");
        auto found = archive.page(hr(org), query, {}, 100);
        QVERIFY2(found, qPrintable(found.error()));
        QCOMPARE(names(found->rows), QStringList{QStringLiteral("员工244")});
        QVERIFY(!found->more);
        query.text = QStringLiteral("p24"); // the staff number, in any case
        QCOMPARE(allPages(archive, hr(org), query, 100).size(), 5); // P240 .. P244
        query.text = QStringLiteral("电商运营部"); // the department's name
        QCOMPARE(names(allPages(archive, hr(org), query, 100)),
                 (QStringList{QStringLiteral("运营经理"), QStringLiteral("新人")}));
        query.text = QStringLiteral("Regular"); // a status, by the title the list shows: the panel hands its code
        query.statuses = {EmployeeStatus::Regular};
        QCOMPARE(allPages(archive, hr(org), query, 100).size(), 250);
        query.statuses = {EmployeeStatus::Candidate};
        QCOMPARE(allPages(archive, hr(org), query, 100).size(), 0);

        // Another order holds across pages: names from the last, 30 at a time, nobody twice.
        query = {};
        query.order = EmployeeListQuery::ByName;
        query.descending = true;
        const QStringList descending = names(allPages(archive, hr(org), query, 30, &pages));
        QCOMPARE(pages, 9);
        QStringList expected = names(read);
        std::sort(expected.begin(), expected.end(), std::greater<QString>());
        QCOMPARE(descending, expected);

        // RULE DB-04: hire dates the reader may not see neither match nor order the list.
        query = {};
        query.text = QStringLiteral("2020-");
        QCOMPARE(allPages(archive, hr(org), query, 100).size(), 244);
        const Actor colleague = withHrScope(org.clerk2); // no HR role, manages nobody
        QCOMPARE(allPages(archive, colleague, query, 100).size(), 0);
        query = {};
        query.order = EmployeeListQuery::ByHireDate;
        QCOMPARE(archive.page(hr(org), query, {}, 100)->rows.at(6).summary.staffNo,
                 QStringLiteral("P244")); // hired first
        const auto blind = archive.page(colleague, query, {}, 100);
        QCOMPARE(blind->rows.at(6).summary.staffNo, QStringLiteral("P001")); // the staff number's order: nothing told
        QVERIFY(!blind->rows.at(6).personalVisible);
        QVERIFY(!blind->rows.at(6).summary.hireDate.isValid());

        // Whoever may not list the archive may not page through it.
        QVERIFY(!archive.page(org.lone, {}, {}, 100));
    }

    void hr01_idCardNumbersAreChecked()
    {
        QCOMPARE(*IdCardNumber::check(QStringLiteral("11010519491231002X")), QDate(1949, 12, 31));
        QCOMPARE(*IdCardNumber::check(QStringLiteral("11010519491231002x")), QDate(1949, 12, 31)); // lower-case x
        QVERIFY(IdCardNumber::check(QStringLiteral("440304199001010011")));
        QVERIFY(!IdCardNumber::check(QStringLiteral("440304199001010012"))); // wrong check character
        QVERIFY(!IdCardNumber::check(QStringLiteral("440304199002300015"))); // 30 February
        QVERIFY(!IdCardNumber::check(QStringLiteral("4403041990010100"))); // too short
        QVERIFY(IdCardNumber::check(QStringLiteral("44030419900101001A"))
                    .error()
                    .contains(QStringLiteral("44030419900101001A")));
    }

    void db04_personalDataOnlyForHrThePersonAndTheirManagers()
    {
        Org org;
        EmployeeArchive archive(*org.company.db, org.company.clock);
        EmployeeRecord clerk = find(*archive.list(hr(org)), org.clerkEmployee);
        clerk.idCardNo = QStringLiteral("440304199001010011");
        clerk.address = QStringLiteral("深圳市南山区");
        QVERIFY(!archive.save(hr(org), [&] {
            EmployeeRecord bad = clerk;
            bad.idCardNo = QStringLiteral("440304199001010012");
            return bad;
        }()));
        auto saved = archive.save(hr(org), clerk);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(find(*archive.list(hr(org)), org.clerkEmployee).idCardNo, QStringLiteral("440304199001010011"));
        // The person sees their own; a colleague with the hr area but no HR role does not.
        const EmployeeRecord self = find(*archive.list(withHrScope(org.clerk)), org.clerkEmployee);
        QVERIFY(self.personalVisible);
        QCOMPARE(self.address, QStringLiteral("深圳市南山区"));
        const EmployeeRecord other = find(*archive.list(withHrScope(org.clerk2)), org.clerkEmployee);
        QVERIFY(!other.personalVisible);
        QVERIFY(other.idCardNo.isEmpty());
        QCOMPARE(other.summary.name, clerk.summary.name); // name, department, position, phone stay
        // The audit never holds the personal data.
        QVERIFY(!sqlite3(org.company.path(),
                         QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'employee.change'"))
                     .contains(QStringLiteral("440304")));
    }

    void hr01_onlyHrMarksARecordVerified()
    {
        Org org;
        EmployeeArchive archive(*org.company.db, org.company.clock);
        QVERIFY(!archive.verify(org.admin, org.clerkEmployee)); // the GM is not HR
        QVERIFY(archive.verify(hr(org), org.clerkEmployee));
        const EmployeeRecord r = find(*archive.list(hr(org)), org.clerkEmployee);
        QCOMPARE(r.verifiedByName, QStringLiteral("head"));
        QVERIFY(!r.verifiedAt.isEmpty());
    }

    void hr04_aSpecialHireStartsProbationOnlyAfterAPass()
    {
        Org org;
        EmployeeArchive archive(*org.company.db, org.company.clock);
        EmployeeRecord candidate;
        candidate.summary.staffNo = QStringLiteral("E9");
        candidate.summary.name = QStringLiteral("应聘者");
        candidate.status = EmployeeStatus::Probation;
        candidate.specialHire = true;
        QVERIFY(!archive.save(hr(org), candidate)); // straight into probation: no
        candidate.status = EmployeeStatus::Candidate;
        auto id = archive.save(hr(org), candidate);
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(!archive.startProbation(hr(org), *id, QDate(2026, 6, 1)));
        QVERIFY(archive.addAssessment(hr(org), {0, *id, 55, 70, false, QStringLiteral("技术主管"), QDate(2026, 3, 1)}));
        QVERIFY(!archive.startProbation(hr(org), *id, QDate(2026, 6, 1))); // failed once
        QVERIFY(!archive.addAssessment(
            hr(org), {0, *id, 120, 70, true, QStringLiteral("技术主管"), QDate(2026, 3, 2)})); // no such score
        QVERIFY(archive.addAssessment(hr(org), {0, *id, 82, 90, true, QStringLiteral("技术主管"), QDate(2026, 3, 2)}));
        QVERIFY(archive.startProbation(hr(org), *id, QDate(2026, 6, 1)));
        const EmployeeRecord r = find(*archive.list(hr(org)), *id);
        QCOMPARE(r.status, EmployeeStatus::Probation);
        QCOMPARE(r.probationEnd, QDate(2026, 6, 1));
        QCOMPARE(archive.assessments(hr(org), *id)->size(), 2);
    }

    void hr02_shortNoticeWithholdsAndPropertyBlocksTheSettlement()
    {
        Org org;
        Offboarding off(*org.company.db, org.company.clock);
        auto laptop = off.issue(
            hr(org), item(org.clerkEmployee, QStringLiteral("笔记本电脑 ThinkPad E14"), QStringLiteral("equipment")));
        auto key =
            off.issue(hr(org), item(org.clerkEmployee, QStringLiteral("办公室钥匙 3 号"), QStringLiteral("key")));
        QVERIFY(laptop && key);
        // Regular staff, 20 days' notice: warned, settlement withheld, and blocked by the items.
        auto resigned = off.resign(hr(org), org.clerkEmployee, QDate(2026, 3, 2), QDate(2026, 3, 22));
        QVERIFY2(resigned, qPrintable(resigned.error()));
        QCOMPARE(resigned->settlement, Settlement::Blocked);
        QCOMPARE(resigned->outstanding, 2);
        QCOMPARE(resigned->warnings.size(), 2);
        QCOMPARE(resigned->employee.status, EmployeeStatus::Leaving);
        QVERIFY(off.close(hr(org), *laptop, true, QStringLiteral("交还行政部")));
        QVERIFY(!off.close(hr(org), *key, false, QString())); // written off needs a reason
        QVERIFY(off.close(hr(org), *key, false, QStringLiteral("钥匙丢失，已换锁")));
        QVERIFY(!off.close(hr(org), *key, true, {})); // already closed
        QCOMPARE(off.state(hr(org), org.clerkEmployee)->settlement, Settlement::Withheld);
        QVERIFY(!off.waiveNotice(withHrScope(org.clerk2), org.clerkEmployee)); // not their manager
        QVERIFY(off.waiveNotice(hr(org), org.clerkEmployee));
        QCOMPARE(off.state(hr(org), org.clerkEmployee)->settlement, Settlement::Released);
        // After the last day attendance expects nothing of the leaver.
        org.company.clock.set(QDateTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC));
        const auto march = AttendanceMonth(*org.company.db, org.company.clock).sheet(org.admin, QDate(2026, 3, 1));
        for (const EmployeeMonth &e : march->employees)
            if (e.employee.id == org.clerkEmployee) {
                QCOMPARE(e.outcome.days.at(19).halfDays[0],
                         AttendanceStatus::Absent); // the 20th, still employed, no punch
                QCOMPARE(e.outcome.days.at(22).halfDays[0], AttendanceStatus::NotEmployed); // Monday the 23rd
            }
        org.company.clock.set(QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC));

        // A full month's notice withholds nothing.
        auto month = off.resign(hr(org), org.clerk2Employee, QDate(2026, 3, 2), QDate(2026, 4, 2));
        QCOMPARE(month->settlement, Settlement::Released);
        QVERIFY(month->warnings.isEmpty());
    }

    // Issue 11 (11): "one month's notice" is 30 days, not a calendar month (28 days in February
    // passed before).
    void hr02_noticeUnderThirtyDaysIsShortEvenAcrossFebruary()
    {
        Org org;
        Offboarding off(*org.company.db, org.company.clock);
        auto february = off.resign(hr(org), org.clerkEmployee, QDate(2026, 2, 1), QDate(2026, 3, 1)); // 28 days
        QVERIFY2(february, qPrintable(february.error()));
        QCOMPARE(february->settlement, Settlement::Withheld);
        QVERIFY(february->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("28 days")));
        auto thirty = off.resign(hr(org), org.clerk2Employee, QDate(2026, 2, 1), QDate(2026, 3, 3)); // 30 days
        QVERIFY2(thirty, qPrintable(thirty.error()));
        QCOMPARE(thirty->settlement, Settlement::Released);
        auto oneShort = off.resign(hr(org), org.salesHeadEmployee, QDate(2026, 2, 1), QDate(2026, 3, 2)); // 29 days
        QVERIFY2(oneShort, qPrintable(oneShort.error()));
        QCOMPARE(oneShort->settlement, Settlement::Withheld);
    }

    // Issue 11 (11), HR-04: a special hire becomes regular staff only after passing, through the
    // form (save) and through any other path (the database refuses it).
    void hr04_aSpecialHireIsNeverRegularBeforePassing()
    {
        Org org;
        EmployeeArchive archive(*org.company.db, org.company.clock);
        EmployeeRecord hire;
        hire.summary.staffNo = QStringLiteral("E20");
        hire.summary.name = QStringLiteral("特招者");
        hire.specialHire = true;
        hire.status = EmployeeStatus::Regular;
        QVERIFY(!archive.save(hr(org), hire)); // straight to regular: no
        hire.status = EmployeeStatus::Candidate;
        auto id = archive.save(hr(org), hire);
        QVERIFY2(id, qPrintable(id.error()));
        hire = find(*archive.list(hr(org)), *id);
        hire.status = EmployeeStatus::Regular;
        auto refused = archive.save(hr(org), hire);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("HR-04")));
        // Behind the program's back: refused too, for a new record and for a change.
        QVERIFY(sqlite3(org.company.path(),
                        QStringLiteral("UPDATE employees SET status = 'regular' WHERE id = %1").arg(*id))
                    .contains(QStringLiteral("HR-04")));
        QVERIFY(sqlite3(org.company.path(),
                        QStringLiteral("INSERT INTO employees(staff_no, name, status, special_hire) "
                                       "VALUES ('E21', '又一个', 'probation', 1)"))
                    .contains(QStringLiteral("HR-04")));
        QVERIFY(archive.addAssessment(hr(org), {0, *id, 85, 88, true, QStringLiteral("技术主管"), QDate(2026, 3, 2)}));
        hire = find(*archive.list(hr(org)), *id);
        hire.status = EmployeeStatus::Regular;
        auto passed = archive.save(hr(org), hire);
        QVERIFY2(passed, qPrintable(passed.error()));
        QCOMPARE(find(*archive.list(hr(org)), *id).status, EmployeeStatus::Regular);
    }

    void hr01_anEmployeeListIsImportedWithAPreview()
    {
        Org org;
        const QByteArray csv =
            "\xEF\xBB\xBF\xE5\xB7\xA5\xE5\x8F\xB7,\xE5\xA7\x93\xE5\x90\x8D,\xE9\x83\xA8\xE9\x97\xA8,"
            "\xE7\x94\xB5\xE8\xAF\x9D,\xE8\xBA\xAB\xE4\xBB\xBD\xE8\xAF\x81\xE5\x8F\xB7\r\n" // 工号,姓名,部门,电话,身份证号
            + QStringLiteral("E3,行政专员,行政部,13800000003,\r\n"
                             "E9,新同事,电商运营部,13800000009,440304199001010011\r\n"
                             "E10,无部门,火星部,,\r\n"
                             "E11,错身份证,行政部,,440304199001010012\r\n"
                             "E9,又一个,行政部,,\r\n")
                  .toUtf8();
        EmployeeImport importer(*org.company.db, org.company.clock);
        QVERIFY(!importer.preview(withHrScope(org.lone), csv, QStringLiteral("staff.csv"))); // a reader may not
        auto preview = importer.preview(hr(org), csv, QStringLiteral("staff.csv"));
        QVERIFY2(preview, qPrintable(preview.error()));
        QCOMPARE(preview->rowsRead, 5);
        QCOMPARE(preview->added.size(), 1);
        QCOMPARE(preview->changed.size(), 1); // the clerk's phone
        QCOMPARE(preview->problems.size(), 3);
        QCOMPARE(preview->problems.at(0).line, 4);
        QCOMPARE(preview->problems.at(0).value, QStringLiteral("火星部"));
        QCOMPARE(preview->problems.at(1).line, 5); // the ID card's check character
        QCOMPARE(preview->problems.at(2).line, 6); // E9 twice
        QCOMPARE(*importer.import(hr(org), *preview), 2);
        const auto everyone = EmployeeArchive(*org.company.db, org.company.clock).list(hr(org));
        EmployeeRecord added;
        for (const EmployeeRecord &r : *everyone)
            if (r.summary.staffNo == QLatin1String("E9"))
                added = r;
        QCOMPARE(added.summary.name, QStringLiteral("新同事"));
        QCOMPARE(added.idCardNo, QStringLiteral("440304199001010011"));
        auto again = importer.preview(hr(org), csv, QStringLiteral("staff.csv"));
        QCOMPARE(again->added.size() + again->changed.size(), 0); // the same file again changes nothing
        QCOMPARE(again->unchanged, 2);
        QVERIFY(!importer.preview(hr(org), QByteArray("a,b\n1,2\n"), QStringLiteral("other.csv")));
    }

    void firstDay_aNewCompanySetsUpItsDepartmentsAndTheirHeads()
    {
        // Issue 19: the departments an employee list names, and the heads approvals go to
        // (LEAVE-02), are set up in the program, by HR only, each change audited.
        Org org;
        Database &db = *org.company.db;
        OrgChart chart(db, org.company.clock);
        QVERIFY(!chart.departments(withHrScope(org.lone))); // nor may a reader list them
        QVERIFY(!chart.people(withHrScope(org.lone)));
        const int before = chart.departments(hr(org))->size();
        QVERIFY(!chart.add(withHrScope(org.lone), QStringLiteral("财务部"))); // a reader may not
        auto finance = chart.add(hr(org), QStringLiteral("  财务部 "));
        QVERIFY2(finance, qPrintable(finance.error()));
        auto twice = chart.add(hr(org), QStringLiteral("财务部"));
        QVERIFY(!twice);
        QVERIFY2(twice.error().contains(QStringLiteral("财务部")), qPrintable(twice.error()));
        QVERIFY(!chart.add(hr(org), QStringLiteral("   ")));
        QVERIFY(!chart.add(hr(org), QString(61, QChar(u'部'))));
        QCOMPARE(chart.departments(hr(org))->size(), before + 1);

        // A rename may not take another department's name; its own is fine.
        QVERIFY(!chart.rename(hr(org), *finance, QStringLiteral("行政部")));
        QVERIFY(chart.rename(hr(org), *finance, QStringLiteral("财务中心")));
        QVERIFY(!chart.rename(hr(org), 9999, QStringLiteral("无此部门")));

        // Its head manages everyone in it from then on.
        EmployeeRecord person;
        person.summary.staffNo = QStringLiteral("F1");
        person.summary.name = QStringLiteral("会计甲");
        person.summary.departmentId = *finance;
        auto member = EmployeeArchive(db, org.company.clock).save(hr(org), person);
        QVERIFY2(member, qPrintable(member.error()));
        QVERIFY(!chart.setHead(hr(org), *finance, 424242)); // no such employee
        QVERIFY(!OrgRepository(db).managedBy(org.salesHeadEmployee)->contains(*member));
        QVERIFY(chart.setHead(hr(org), *finance, org.salesHeadEmployee));
        QVERIFY(OrgRepository(db).managedBy(org.salesHeadEmployee)->contains(*member));
        const auto rows = *chart.departments(hr(org));
        const auto it =
            std::find_if(rows.cbegin(), rows.cend(), [&](const auto &r) { return r.department.id == *finance; });
        QCOMPARE(it->department.name, QStringLiteral("财务中心"));
        QCOMPARE(it->people, 1);
        QVERIFY(!it->headName.isEmpty());
        QCOMPARE(sqlite3(org.company.path(),
                         QStringLiteral("SELECT action FROM audit_log WHERE entity = 'departments' ORDER BY id")),
                 QStringLiteral("department.add\ndepartment.rename\ndepartment.head"));

        // Someone who has left, or a candidate not yet joined, is neither counted, nor offered, nor
        // taken as a head.
        for (const QString status : {QStringLiteral("left"), QStringLiteral("candidate")}) {
            EmployeeRecord other = person;
            other.summary.staffNo = QStringLiteral("F-") + status;
            other.summary.name = QStringLiteral("会计") + status;
            auto id = EmployeeArchive(db, org.company.clock).save(hr(org), other);
            QVERIFY2(id, qPrintable(id.error()));
            sqlite3(org.company.path(),
                    QStringLiteral("UPDATE employees SET status = '%1' WHERE id = %2").arg(status).arg(*id));
            const auto after = *chart.departments(hr(org));
            QCOMPARE(
                std::find_if(after.cbegin(), after.cend(), [&](const auto &r) { return r.department.id == *finance; })
                    ->people,
                1);
            const auto offered = *chart.people(hr(org));
            QVERIFY(std::none_of(offered.cbegin(), offered.cend(), [&](const auto &e) { return e.id == *id; }));
            const Status refused = chart.setHead(hr(org), *finance, *id);
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(other.summary.name), qPrintable(refused.error()));
        }
    }

    void hr02_accountsOfALeaverAreDisabledOnTheirLastDay()
    {
        Org org;
        Offboarding off(*org.company.db, org.company.clock);
        QVERIFY(off.resign(hr(org), org.clerkEmployee, QDate(2026, 2, 1), QDate(2026, 3, 3)));
        QCOMPARE(*off.disableAccountsOfLeavers(org.admin), 0); // the last day is tomorrow
        org.company.clock.set(QDateTime(QDate(2026, 3, 3), QTime(1, 0), Qt::UTC));
        QCOMPARE(*off.disableAccountsOfLeavers(org.admin), 0); // still working today
        org.company.clock.set(QDateTime(QDate(2026, 3, 4), QTime(1, 0), Qt::UTC));
        QCOMPARE(*off.disableAccountsOfLeavers(org.admin), 1);
        QCOMPARE(sqlite3(org.company.path(),
                         QStringLiteral("SELECT disabled FROM users WHERE id = %1").arg(org.clerk.userId)),
                 QStringLiteral("1"));
        QCOMPARE(*off.disableAccountsOfLeavers(org.admin), 0);
    }
};

int runPeopleTest(int argc, char **argv)
{
    PeopleTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "PeopleTest.moc"
