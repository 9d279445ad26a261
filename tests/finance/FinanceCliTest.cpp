#include "FinanceFixture.h"
#include "users/data/UserRepository.h"

#include <QProcess>

using namespace shopdesk;
using namespace shopdesk::test;

// shopdeskctl finance ..., run as separate processes: several PCs on one file while the chief
// accountant closes the month (FIN-03).
class FinanceCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // the CLI's settings (audit anchors) live here

    QProcess *start(const QString &db, const QString &user, const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("SHOPDESK_FAST_HASH"), QStringLiteral("1"));
        env.insert(QStringLiteral("SHOPDESK_PASSWORD"), QStringLiteral("Start2026"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(SHOPDESKCTL_PATH),
                 QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user, QStringLiteral("finance")}
                     + args);
        p->waitForStarted();
        return p;
    }

private slots:
    void fin03_theMonthCloseHoldsWhilePcsKeepEnteringBills()
    {
        FinanceCompany f;
        // The clerks as stored: the office clerk keeps the allowances, the second clerk is the
        // chief accountant (the CLI signs them in from the file).
        QVERIFY(f.db().write([&]() -> Status {
            UserRepository users(f.db());
            Status s = users.setScopes(f.cashier.userId, f.cashier.scopes);
            if (s)
                s = users.setRoles(f.cashier.userId, f.cashier.roles);
            if (s)
                s = users.setScopes(f.chief.userId, f.chief.scopes);
            if (s)
                s = users.setRoles(f.chief.userId, f.chief.roles);
            return s;
        }));
        QSqlQuery q = f.db().query();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO positions(id, name) VALUES (1, '销售')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE employees SET position_id = 1")));
        q.finish();
        QVERIFY(f.allowances().saveRule(f.chief, {QStringLiteral("销售"), 8000, 1000, 30, 1}));
        // The CLI runs on today's clock: last month has ended.
        const QString month = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        const QString db = f.db().path();
        int entered = 0, refusedClosed = 0, closes = 0;
        for (int wave = 0; wave < 6; ++wave) {
            QList<QProcess *> pcs;
            for (int i = 0; i < 5; ++i)
                pcs << start(db, QStringLiteral("clerk"),
                             {QStringLiteral("bill"), month, QStringLiteral("E%1").arg(1 + i),
                              QString::number(50 + wave * 5 + i)});
            QProcess *closer =
                wave == 2 ? start(db, QStringLiteral("clerk2"), {QStringLiteral("close"), month}) : nullptr;
            for (QProcess *p : pcs) {
                QVERIFY(p->waitForFinished(60000));
                const QString text = QString::fromUtf8(p->readAllStandardError());
                if (p->exitCode() == 0)
                    ++entered;
                else if (text.contains(QStringLiteral("FIN-03")))
                    ++refusedClosed;
                else
                    QFAIL(qPrintable(QStringLiteral("unexpected refusal: ") + text));
                delete p;
            }
            if (closer) {
                QVERIFY(closer->waitForFinished(60000));
                QVERIFY2(closer->exitCode() == 0, closer->readAllStandardError().constData());
                ++closes;
                delete closer;
            }
        }
        QCOMPARE(closes, 1);
        QVERIFY(entered >= 10); // the first two waves at least
        QVERIFY(refusedClosed >= 15); // the last three waves at least
        QCOMPARE(entered + refusedClosed, 30);
        // Nothing was entered after the lock: every bill's audit record is older than the lock.
        QVERIFY(q.exec(
            QStringLiteral("SELECT locked_at FROM period_locks WHERE kind = 'finance' AND month = '%1'").arg(month)));
        QVERIFY(q.next());
        const QString lockedAt = q.value(0).toString();
        q.finish();
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'finance.allowance.bill'")),
                 entered);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'finance.allowance.bill' "
                                        "AND at > '%1'")
                             .arg(lockedAt)),
                 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM allowance_bills WHERE entered_at > '%1'").arg(lockedAt)),
                 0);
    }
};

int runFinanceCliTest(int argc, char **argv)
{
    FinanceCliTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "FinanceCliTest.moc"
