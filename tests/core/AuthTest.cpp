#include "TestSupport.h"
#include "settings/CompanySettings.h"
#include "users/AuthService.h"
#include "users/UserService.h"

using namespace shopdesk;
using namespace shopdesk::test;

// RULE DB-03 at sign-in, and the lock-out of the foundation issue.
class AuthTest : public QObject
{
    Q_OBJECT

    static qint64 addUser(Company &c, const QString &name, const QString &password, bool mustChange = false)
    {
        NewUser n;
        n.userName = name;
        n.level = Level::Clerk;
        n.password = password;
        n.mustChangePassword = mustChange;
        auto id = UserService(*c.db, c.clock).create(c.admin, n);
        if (!id)
            qWarning() << id.error();
        return id ? *id : 0;
    }

private slots:
    void signsInWithTheRightPassword()
    {
        Company c;
        auto outcome = AuthService(*c.db, c.clock).login(QStringLiteral("ADMIN"), QStringLiteral("Admin2026"));
        QVERIFY2(outcome, qPrintable(outcome.error()));
        QCOMPARE(outcome->actor.userName, QStringLiteral("admin"));
        QCOMPARE(outcome->actor.level, Level::DatabaseAdmin);
        QVERIFY(outcome->actor.roles.contains(Role::GeneralManager));
        QVERIFY(!outcome->mustChangePassword);
    }

    void unknownUserAndWrongPasswordSayTheSame()
    {
        Company c;
        AuthService auth(*c.db, c.clock);
        auto unknown = auth.login(QStringLiteral("nobody"), QStringLiteral("x"));
        auto wrong = auth.login(QStringLiteral("admin"), QStringLiteral("x"));
        QVERIFY(!unknown && !wrong);
        QVERIFY(wrong.error().startsWith(unknown.error())); // no hint that the user exists
    }

    void fiveWrongPasswordsLockForFifteenMinutesOnEveryPc()
    {
        Company c;
        addUser(c, QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        AuthService auth(*c.db, c.clock);
        for (int i = 1; i <= 4; ++i) {
            auto r = auth.login(QStringLiteral("clerk"), QStringLiteral("guess%1x").arg(i));
            QVERIFY(!r);
            QVERIFY2(r.error().contains(QString::number(5 - i)), qPrintable(r.error()));
        }
        auto fifth = auth.login(QStringLiteral("clerk"), QStringLiteral("guess5x"));
        QVERIFY(!fifth);
        QVERIFY2(fifth.error().contains(QStringLiteral("locked")), qPrintable(fifth.error()));
        // Another PC: a second connection to the same file sees the lock, even with the right password.
        auto otherPc = Database::open(c.path());
        QVERIFY(otherPc);
        FixedClock later(testNow().addSecs(14 * 60 + 59));
        auto stillLocked = AuthService(**otherPc, later).login(QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        QVERIFY(!stillLocked);
        QVERIFY(stillLocked.error().contains(QStringLiteral("locked")));
        FixedClock after(testNow().addSecs(15 * 60));
        QVERIFY(AuthService(**otherPc, after).login(QStringLiteral("clerk"), QStringLiteral("Clerk2026")));
    }

    void lockoutLimitIsASetting()
    {
        Company c;
        addUser(c, QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        QVERIFY(CompanySettings(*c.db, c.clock).setLockoutPolicy(c.admin, {2, 30}));
        AuthService auth(*c.db, c.clock);
        QVERIFY(!auth.login(QStringLiteral("clerk"), QStringLiteral("bad1")));
        auto second = auth.login(QStringLiteral("clerk"), QStringLiteral("bad2"));
        QVERIFY(second.error().contains(QStringLiteral("30")));
    }

    void db03_expiredPasswordMustBeChanged()
    {
        Company c;
        addUser(c, QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        FixedClock day89(testNow().addDays(89));
        auto early = AuthService(*c.db, day89).login(QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        QVERIFY(early && !early->mustChangePassword);
        FixedClock day90(testNow().addDays(90));
        auto late = AuthService(*c.db, day90).login(QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        QVERIFY(late);
        QVERIFY(late->mustChangePassword);
        QVERIFY(AuthService(*c.db, day90)
                    .changeOwnPassword(late->actor, QStringLiteral("Clerk2026"), QStringLiteral("Winter2026")));
        auto changed = AuthService(*c.db, day90).login(QStringLiteral("clerk"), QStringLiteral("Winter2026"));
        QVERIFY(changed && !changed->mustChangePassword);
    }

    void db03_passwordSetBySomeoneElseMustBeChanged()
    {
        Company c;
        addUser(c, QStringLiteral("clerk"), QStringLiteral("Clerk2026"), true);
        auto outcome = AuthService(*c.db, c.clock).login(QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        QVERIFY(outcome && outcome->mustChangePassword);
    }

    void db03_recordedHandoverForcesAChange()
    {
        Company c;
        const qint64 id = addUser(c, QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        UserService users(*c.db, c.clock);
        QVERIFY(!users.recordHandover(c.admin, id, QStringLiteral("王芳"), QString(), QStringLiteral("李经理")));
        QVERIFY(users.recordHandover(c.admin, id, QStringLiteral("王芳"), QStringLiteral("休假期间代班"),
                                     QStringLiteral("李经理")));
        auto outcome = AuthService(*c.db, c.clock).login(QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        QVERIFY(outcome && outcome->mustChangePassword);
    }

    void db03_lastThreePasswordsAreNotReused()
    {
        Company c;
        addUser(c, QStringLiteral("clerk"), QStringLiteral("First2026"));
        AuthService auth(*c.db, c.clock);
        auto signedIn = auth.login(QStringLiteral("clerk"), QStringLiteral("First2026"));
        QVERIFY(signedIn);
        const Actor me = signedIn->actor;
        QVERIFY(auth.changeOwnPassword(me, QStringLiteral("First2026"), QStringLiteral("Second2026")));
        QVERIFY(auth.changeOwnPassword(me, QStringLiteral("Second2026"), QStringLiteral("Third2026")));
        auto reuse = auth.changeOwnPassword(me, QStringLiteral("Third2026"), QStringLiteral("First2026"));
        QVERIFY(!reuse);
        QVERIFY(reuse.error().contains(QStringLiteral("3")));
        QVERIFY(!auth.changeOwnPassword(me, QStringLiteral("Third2026"), QStringLiteral("Third2026")));
        QVERIFY(auth.changeOwnPassword(me, QStringLiteral("Third2026"), QStringLiteral("Fourth2026")));
        // First2026 is now the fourth most recent: allowed again.
        QVERIFY(auth.changeOwnPassword(me, QStringLiteral("Fourth2026"), QStringLiteral("First2026")));
    }

    void db03_changeChecksTheCurrentPasswordAndThePolicy()
    {
        Company c;
        addUser(c, QStringLiteral("clerk"), QStringLiteral("Clerk2026"));
        AuthService auth(*c.db, c.clock);
        const Actor me = auth.login(QStringLiteral("clerk"), QStringLiteral("Clerk2026"))->actor;
        QVERIFY(!auth.changeOwnPassword(me, QStringLiteral("wrong"), QStringLiteral("Valid2026")));
        QVERIFY(!auth.changeOwnPassword(me, QStringLiteral("Clerk2026"), QStringLiteral("9starts")));
    }

    void db03_minimumLengthMayOnlyBeRaised()
    {
        Company c;
        CompanySettings settings(*c.db, c.clock);
        PasswordPolicy p = settings.passwordPolicy();
        p.minLength = 8;
        QVERIFY(settings.setPasswordPolicy(c.admin, p));
        p.minLength = 7;
        auto lowered = settings.setPasswordPolicy(c.admin, p);
        QVERIFY(!lowered);
        QCOMPARE(settings.passwordPolicy().minLength, 8);
        NewUser n;
        n.userName = QStringLiteral("shorty");
        n.password = QStringLiteral("abc1234"); // 7 characters
        QVERIFY(!UserService(*c.db, c.clock).create(c.admin, n));
    }
};

int runAuthTest(int argc, char **argv)
{
    AuthTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "AuthTest.moc"
