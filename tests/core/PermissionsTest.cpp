#include "users/domain/Permissions.h"
#include "audit/domain/AuditRecord.h"

#include <QTest>

using namespace shopdesk;

class PermissionsTest : public QObject
{
    Q_OBJECT

    static Actor actor(Level level, QSet<QString> scopes = {}, QSet<QString> roles = {})
    {
        Actor a;
        a.userId = 7;
        a.userName = QStringLiteral("someone");
        a.level = level;
        a.scopes = std::move(scopes);
        a.roles = std::move(roles);
        return a;
    }

private slots:
    void initTestCase()
    {
        Permissions::define({QStringLiteral("supplies.stock.edit"), Level::Clerk, QStringLiteral("supplies"), false});
        Permissions::define({QStringLiteral("supplies.stock.view"), Level::Reader, {}, false});
    }

    void db01_threeLevelsEachAddsToTheOneBelow()
    {
        const Actor reader = actor(Level::Reader, {QStringLiteral("supplies")});
        const Actor clerk = actor(Level::Clerk, {QStringLiteral("supplies")});
        const Actor admin = actor(Level::DatabaseAdmin);
        QVERIFY(Permissions::can(reader, QStringLiteral("supplies.stock.view")));
        QVERIFY(!Permissions::can(reader, QStringLiteral("supplies.stock.edit")));
        QVERIFY(Permissions::can(clerk, QStringLiteral("supplies.stock.edit")));
        QVERIFY(!Permissions::can(clerk, Action::Backup));
        QVERIFY(Permissions::can(admin, Action::Backup));
        QVERIFY(Permissions::can(admin, QStringLiteral("supplies.stock.edit")));
    }

    void db01_clerkWorksOnlyWithinScope()
    {
        QVERIFY(!Permissions::can(actor(Level::Clerk, {QStringLiteral("hr")}), QStringLiteral("supplies.stock.edit")));
    }

    void db01_denyByDefault()
    {
        QVERIFY(!Permissions::can(actor(Level::DatabaseAdmin), QStringLiteral("no.such.action")));
        Actor disabled = actor(Level::DatabaseAdmin);
        disabled.disabled = true;
        QVERIFY(!Permissions::can(disabled, Action::ManageUsers));
        QVERIFY(!Permissions::can(Actor{}, Action::HomeView)); // nobody signed in
    }

    void db04_exportIsAPermissionOfItsOwn()
    {
        QVERIFY(!Permissions::can(actor(Level::Clerk, {QStringLiteral("supplies")}), Action::Export));
        QVERIFY(Permissions::can(actor(Level::Clerk, {QStringLiteral("export")}), Action::Export));
        QVERIFY(!Permissions::can(actor(Level::Reader, {QStringLiteral("export")}), Action::Export));
    }

    void db04_personalDataOnlyForHrThePersonAndTheirManagers()
    {
        Actor colleague = actor(Level::Clerk);
        colleague.employeeId = 10;
        Actor manager = actor(Level::Clerk);
        manager.employeeId = 11;
        manager.managedEmployeeIds = {20};
        const Actor hr = actor(Level::Clerk, {}, {Role::Hr});
        Actor self = actor(Level::Reader);
        self.employeeId = 20;
        const Subject person{20};
        QVERIFY(!Permissions::can(colleague, Action::ViewPersonalData, person));
        QVERIFY(Permissions::can(manager, Action::ViewPersonalData, person));
        QVERIFY(Permissions::can(hr, Action::ViewPersonalData, person));
        QVERIFY(Permissions::can(self, Action::ViewPersonalData, person));
    }

    void auditChainNamesTheChangedRecord()
    {
        AuditChain::Verifier ok;
        QList<AuditRecord> records;
        QByteArray prev = AuditChain::kGenesis;
        for (int i = 1; i <= 3; ++i) {
            AuditRecord r;
            r.id = i;
            r.at = QStringLiteral("2026-03-02T01:00:0%1Z").arg(i);
            r.userName = QStringLiteral("admin");
            r.action = QStringLiteral("user.create");
            r.prevHash = prev;
            r.hash = AuditChain::hashOf(r, prev);
            prev = r.hash;
            records.append(r);
        }
        for (const AuditRecord &r : records)
            QVERIFY(ok.add(r));
        QCOMPARE(ok.count(), 3);

        records[1].action = QStringLiteral("user.delete");
        AuditChain::Verifier altered;
        QVERIFY(altered.add(records[0]));
        QVERIFY(!altered.add(records[1]));
        QCOMPARE(altered.brokenId(), 2);

        AuditChain::Verifier removed;
        QVERIFY(removed.add(records[0]));
        QVERIFY(!removed.add(records[2]));
        QCOMPARE(removed.brokenId(), 3);
    }
};

int runPermissionsTest(int argc, char **argv)
{
    PermissionsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "PermissionsTest.moc"
