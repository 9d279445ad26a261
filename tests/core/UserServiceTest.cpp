#include "users/UserService.h"
#include "TestSupport.h"
#include "audit/AuditLogService.h"
#include "users/AuthService.h"

using namespace shopdesk;
using namespace shopdesk::test;

// Administration of users: permission first, one transaction, one audit record (DB-01).
class UserServiceTest : public QObject
{
    Q_OBJECT

    static NewUser clerk(const QString &name)
    {
        NewUser n;
        n.userName = name;
        n.level = Level::Clerk;
        n.scopes = {QStringLiteral("supplies")};
        n.roles = {Role::Custodian};
        n.password = QStringLiteral("Start2026");
        return n;
    }

private slots:
    void createdUserIsStoredAndAudited()
    {
        Company c;
        UserService users(*c.db, c.clock);
        auto id = users.create(c.admin, clerk(QStringLiteral("wangfang")));
        QVERIFY2(id, qPrintable(id.error()));
        auto all = users.list(c.admin);
        QVERIFY(all);
        auto it = std::find_if(all->begin(), all->end(), [&](const UserRecord &u) { return u.id == *id; });
        QVERIFY(it != all->end());
        QCOMPARE(it->level, Level::Clerk);
        QCOMPARE(it->scopes, QSet<QString>{QStringLiteral("supplies")});
        QVERIFY(it->mustChangePassword);

        AuditFilter f;
        f.text = QStringLiteral("user.create");
        auto records = AuditLogService(*c.db).page(c.admin, f);
        QVERIFY(records);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().entityId, QString::number(*id));
        QVERIFY(records->first().after.contains(QStringLiteral("wangfang")));
        QVERIFY(!records->first().after.contains(QStringLiteral("Start2026"))); // never the password
    }

    void db01_clerkCannotManageUsers()
    {
        Company c;
        Actor someClerk;
        someClerk.userId = 99;
        someClerk.userName = QStringLiteral("clerk");
        someClerk.level = Level::Clerk;
        auto id = UserService(*c.db, c.clock).create(someClerk, clerk(QStringLiteral("intruder")));
        QVERIFY(!id);
        QVERIFY(id.error().contains(Action::ManageUsers));
    }

    void badNamesAndDuplicatesAreRefused()
    {
        Company c;
        UserService users(*c.db, c.clock);
        QVERIFY(users.create(c.admin, clerk(QStringLiteral("li"))));
        QVERIFY(!users.create(c.admin, clerk(QStringLiteral("LI")))); // names ignore case
        QVERIFY(!users.create(c.admin, clerk(QStringLiteral("1abc"))));
        QVERIFY(!users.create(c.admin, clerk(QStringLiteral("has space"))));
    }

    void staleEditIsAConflictNamingWhoSaved()
    {
        Company c;
        UserService users(*c.db, c.clock);
        const qint64 id = *users.create(c.admin, clerk(QStringLiteral("zhangwei")));
        const UserRecord opened = *UserRepository(*c.db).findById(id);
        UserRecord first = opened;
        first.displayName = QStringLiteral("张伟");
        QVERIFY(users.update(c.admin, first));
        UserRecord second = opened; // opened before the first save
        second.level = Level::Reader;
        auto conflict = users.update(c.admin, second);
        QVERIFY(!conflict);
        QVERIFY2(conflict.error().contains(QStringLiteral("admin")), qPrintable(conflict.error()));
        auto after = UserRepository(*c.db).findById(id);
        QCOMPARE(after->displayName, QStringLiteral("张伟"));
        QCOMPARE(after->level, Level::Clerk); // the stale change did not land
    }

    void lastAdministratorCannotBeDisabled()
    {
        Company c;
        UserService users(*c.db, c.clock);
        UserRecord admin = *UserRepository(*c.db).findById(1);
        admin.level = Level::Clerk;
        QVERIFY(!users.update(c.admin, admin));
        QVERIFY(!users.setDisabled(c.admin, 1, true)); // not yourself either
    }

    void disabledUserCannotSignIn()
    {
        Company c;
        UserService users(*c.db, c.clock);
        const qint64 id = *users.create(c.admin, clerk(QStringLiteral("leaver")));
        QVERIFY(users.setDisabled(c.admin, id, true));
        auto login = AuthService(*c.db, c.clock).login(QStringLiteral("leaver"), QStringLiteral("Start2026"));
        QVERIFY(!login);
        QVERIFY(login.error().contains(QStringLiteral("disabled")));
    }

    void resetPasswordMustBeChangedAtNextLogin()
    {
        Company c;
        UserService users(*c.db, c.clock);
        const qint64 id = *users.create(c.admin, clerk(QStringLiteral("forgetful")));
        QVERIFY(!users.resetPassword(c.admin, id, QStringLiteral("abc12")));
        QVERIFY(!users.resetPassword(c.admin, id, QStringLiteral("nodigits")));
        QVERIFY(users.resetPassword(c.admin, id, QStringLiteral("Fresh2026")));
        auto login = AuthService(*c.db, c.clock).login(QStringLiteral("forgetful"), QStringLiteral("Fresh2026"));
        QVERIFY(login && login->mustChangePassword);
    }
};

int runUserServiceTest(int argc, char **argv)
{
    UserServiceTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "UserServiceTest.moc"
