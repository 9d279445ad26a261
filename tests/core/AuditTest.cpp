#include "TestSupport.h"
#include "audit/AuditLogService.h"
#include "audit/data/AuditRepository.h"
#include "database/DatabaseCheck.h"
#include "users/UserService.h"

using namespace shopdesk;
using namespace shopdesk::test;

// The audit trail's hash chain, tampered with by the sqlite3 tool as someone holding the file would.
class AuditTest : public QObject
{
    Q_OBJECT

    // A company with a few audited changes; returns the anchor a PC would have kept.
    static AuditAnchor::Mark fill(Company &c)
    {
        UserService users(*c.db, c.clock);
        for (const char *name : {"alpha", "bravo", "charlie"}) {
            NewUser n;
            n.userName = QString::fromLatin1(name);
            n.password = QStringLiteral("Start2026");
            users.create(c.admin, n);
        }
        auto report = DatabaseCheck(*c.db).run({});
        return report->newest;
    }

    static CheckReport check(const QString &path, const AuditAnchor::Mark &anchor)
    {
        auto db = Database::open(path);
        return *DatabaseCheck(**db).run(anchor);
    }

private slots:
    void soundDatabasePasses()
    {
        Company c;
        const auto anchor = fill(c);
        const CheckReport r = check(c.path(), anchor);
        QVERIFY2(r.ok, qPrintable(r.lines.join('\n')));
        QCOMPARE(r.auditRecords, 4); // company.create + three users
    }

    void triggersRefuseChangesToTheLog()
    {
        Company c;
        fill(c);
        QVERIFY(sqlite3(c.path(), QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 2"))
                    .contains(QStringLiteral("append-only")));
        QVERIFY(sqlite3(c.path(), QStringLiteral("DELETE FROM audit_log WHERE id = 2"))
                    .contains(QStringLiteral("append-only")));
    }

    void alteredRecordIsNamed()
    {
        Company c;
        const auto anchor = fill(c);
        sqlite3(c.path(),
                QStringLiteral("DROP TRIGGER audit_log_no_update;\n"
                               "UPDATE audit_log SET after_json = '{}' WHERE id = 3"));
        const CheckReport r = check(c.path(), anchor);
        QVERIFY(!r.ok);
        const QString all = r.lines.join('\n');
        QVERIFY2(all.contains(QStringLiteral("record 3")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("audit_log_no_update")));
    }

    void removedRecordIsNamed()
    {
        Company c;
        const auto anchor = fill(c);
        sqlite3(c.path(), QStringLiteral("DROP TRIGGER audit_log_no_delete;\nDELETE FROM audit_log WHERE id = 2"));
        const CheckReport r = check(c.path(), anchor);
        QVERIFY(!r.ok);
        QVERIFY2(r.lines.join('\n').contains(QStringLiteral("record 3")), qPrintable(r.lines.join('\n')));
    }

    void removedNewestRecordIsCaughtByTheAnchor()
    {
        Company c;
        const auto anchor = fill(c);
        sqlite3(c.path(),
                QStringLiteral("DROP TRIGGER audit_log_no_delete;\nDELETE FROM audit_log WHERE id = 4;\n"
                               "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"));
        const CheckReport r = check(c.path(), anchor);
        QVERIFY(!r.ok);
        QVERIFY2(r.lines.join('\n').contains(QStringLiteral("4")), qPrintable(r.lines.join('\n')));
    }

    void rewrittenChainIsCaughtByTheAnchor()
    {
        Company c;
        const auto anchor = fill(c);
        // Rewrite record 4 and recompute its hash as a careful forger would.
        AuditRecord r4 = AuditRepository(*c.db).page({})->first();
        r4.after = QStringLiteral("{\"forged\":true}");
        const QString hash = QString::fromLatin1(AuditChain::hashOf(r4, r4.prevHash));
        sqlite3(c.path(),
                QStringLiteral("DROP TRIGGER audit_log_no_update;\nUPDATE audit_log SET after_json = '%1', "
                               "hash = '%2' WHERE id = 4;\nCREATE TRIGGER audit_log_no_update BEFORE UPDATE "
                               "ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;")
                    .arg(r4.after, hash));
        QVERIFY(check(c.path(), {}).ok); // without an anchor the forgery is consistent
        const CheckReport anchored = check(c.path(), anchor);
        QVERIFY(!anchored.ok);
        QVERIFY(anchored.lines.join('\n').contains(QStringLiteral("rewritten")));
    }

    void anchorMovesOnlyOverALinkedChain()
    {
        Company c;
        fill(c);
        QVERIFY(AuditAnchor::rememberNewest(*c.db));
        const auto kept = AuditAnchor::recall(c.path());
        QCOMPARE(kept.id, 4);
        sqlite3(c.path(),
                QStringLiteral("DROP TRIGGER audit_log_no_update;\nUPDATE audit_log SET hash = 'x' WHERE id = 4"));
        QVERIFY(!AuditAnchor::rememberNewest(*c.db));
        QCOMPARE(AuditAnchor::recall(c.path()).hash, kept.hash);
    }
};

int runAuditTest(int argc, char **argv)
{
    AuditTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "AuditTest.moc"
