#include "users/domain/PasswordPolicy.h"

#include <QTest>

using namespace shopdesk;

// RULE DB-03, each clause on its own, with its edges.
class PasswordPolicyTest : public QObject
{
    Q_OBJECT

private slots:
    void db03_lengthAtLeastSix()
    {
        const PasswordPolicy p;
        QVERIFY(!p.check(QStringLiteral("abc12")).isEmpty()); // 5
        QVERIFY(p.check(QStringLiteral("abc123")).isEmpty()); // exactly 6
    }

    void db03_raisedLengthApplies()
    {
        PasswordPolicy p;
        p.minLength = 10;
        QVERIFY(!p.check(QStringLiteral("abcdef123")).isEmpty());
        QVERIFY(p.check(QStringLiteral("abcdefg123")).isEmpty());
    }

    void db03_firstCharacterNotADigit()
    {
        const PasswordPolicy p;
        QVERIFY(!p.check(QStringLiteral("1abcdef")).isEmpty());
        QVERIFY(p.check(QStringLiteral("a1bcdef")).isEmpty());
    }

    void db03_lettersAndDigitsBoth()
    {
        const PasswordPolicy p;
        QVERIFY(!p.check(QStringLiteral("abcdefgh")).isEmpty());
        QVERIFY(!p.check(QStringLiteral("!!!!!!12")).isEmpty());
        QVERIFY(p.check(QStringLiteral("密码abc9")).isEmpty()); // Chinese letters count as letters
    }

    void db03_expiresAfterNinetyDays()
    {
        const PasswordPolicy p;
        const QDate changed(2026, 1, 1);
        QVERIFY(!p.isExpired(changed, changed.addDays(89)));
        QVERIFY(p.isExpired(changed, changed.addDays(90)));
        QVERIFY(p.isExpired(QDate(), changed)); // never recorded: change now
    }

    void db03_lastThreeNotReused()
    {
        const PasswordPolicy p;
        const QStringList earlier = {QStringLiteral("Spring2026"), QStringLiteral("Summer2026")};
        auto used = [&](const QString &candidate) { return earlier.contains(candidate); };
        QVERIFY(!p.checkNew(QStringLiteral("Summer2026"), used).isEmpty());
        QVERIFY(p.checkNew(QStringLiteral("Autumn2026"), used).isEmpty());
        PasswordPolicy none = p;
        none.historyCount = 0;
        QVERIFY(none.checkNew(QStringLiteral("Summer2026"), used).isEmpty());
    }
};

int runPasswordPolicyTest(int argc, char **argv)
{
    PasswordPolicyTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "PasswordPolicyTest.moc"
