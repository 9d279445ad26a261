#include "users/domain/Permissions.h"
#include "audit/domain/AuditRecord.h"

#include <QCryptographicHash>
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

    // The link is SHA-256 of the previous hash and the record's fields joined by U+001F, as every
    // earlier version wrote it: their chains still verify.
    void auditChainLinksAreTheSha256EarlierVersionsWrote()
    {
        AuditRecord r;
        r.id = 42;
        r.at = QStringLiteral("2026-12-05T10:00:00Z");
        r.userId = 3;
        r.userName = QStringLiteral("ops");
        r.action = QStringLiteral("shop.orders.record");
        r.entity = QStringLiteral("orders");
        r.entityId = QStringLiteral("1-1000");
        r.before = QStringLiteral("{}");
        r.after = QStringLiteral("{\"orders\":[[1,\"taobao\",\"3726\",\"张三\"]]}");
        const QByteArray prev = QByteArray(64, 'a');
        const QChar sep(0x1f);
        QCryptographicHash expected(QCryptographicHash::Sha256);
        expected.addData(prev);
        expected.addData(QStringList{QStringLiteral("42"), r.at, QStringLiteral("3"), r.userName, r.action, r.entity,
                                     r.entityId, r.before, r.after}
                             .join(sep)
                             .toUtf8());
        QCOMPARE(AuditChain::hashOf(r, prev), expected.result().toHex());
        QCOMPARE(AuditChain::hashOf(r, prev).size(), 64);
        r.after.replace(u'张', u'李');
        QVERIFY(AuditChain::hashOf(r, prev) != expected.result().toHex());
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
