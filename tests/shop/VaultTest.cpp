// The registry of official accounts (issue 18, RULE ACC-01): secrets open only with a keeper's
// vault passphrase, every look is audited, every change waits for the general manager, and the
// file alone gives away nothing.
#include "AccountVault.h"
#include "ShopArea.h"
#include "TestSupport.h"
#include "VaultCipher.h"
#include "approval/Approvals.h"
#include "data/VaultRepository.h"

#include <QFile>

using namespace shopdesk;
using namespace shopdesk::test;

namespace {
const QString kSitePass = QStringLiteral("青山绿水-site-2026");
const QString kLeaderPass = QStringLiteral("leader passphrase 7");
const QString kBankSecret = QStringLiteral("Bank#Pw-7Hq2-xZ91-k4");

// The office's people as ACC-01 names them: the site manager (the office clerk here), the
// division leader (the sales head) and the general manager, who is also the system administrator.
struct VaultOffice
{
    Org org;
    Actor site, leader, outsider;

    VaultOffice()
    {
        ShopArea::define();
        site = org.clerk;
        site.roles = {Role::SiteManager};
        leader = org.sales;
        leader.roles = {Role::SeniorManager};
        outsider = org.clerk2;
    }
    AccountVault vault() { return AccountVault(*org.company.db, org.company.clock); }
    Approvals approvals() { return Approvals(*org.company.db, org.company.clock); }
    // The general manager's decision on the oldest request waiting for them.
    Status gmDecides(bool approve)
    {
        auto waiting = approvals().waitingFor(org.admin);
        if (!waiting)
            return waiting.failure();
        if (waiting->isEmpty())
            return fail(QStringLiteral("nothing waits for the general manager"));
        return approvals().decide(org.admin, waiting->first().id, approve,
                                  approve ? QString() : QStringLiteral("不行"));
    }
    // The site manager starts the vault, the general manager approves.
    void started()
    {
        QVERIFY(vault().makeMyKeys(site, kSitePass));
        QVERIFY(vault().askToStart(site, kSitePass));
        QVERIFY(gmDecides(true));
    }
    // The bank's entry, kept by the site manager; asked and approved.
    qint64 bankEntry()
    {
        VaultEntry e;
        e.kind = QStringLiteral("online_banking");
        e.name = QStringLiteral("工商银行企业网银");
        e.url = QStringLiteral("https://corp.icbc.com.cn");
        e.userName = QStringLiteral("shopdesk-finance");
        e.keeperIds = {site.userId};
        if (!vault().askEntry(site, kSitePass, e, kBankSecret) || !gmDecides(true))
            return 0;
        auto all = vault().entries(site);
        return all && all->size() == 1 ? all->first().id : 0;
    }
    int audited(const char *action)
    {
        QSqlQuery q = org.company.db->query();
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(QString::fromLatin1(action));
        q.exec();
        return q.next() ? q.value(0).toInt() : -1;
    }
    QByteArray fileBytes()
    {
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(org.company.path() + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }
};
} // namespace

class VaultTest : public QObject
{
    Q_OBJECT

private slots:
    void acc01_theCipherOpensOnlyWithTheRightPassphraseAndUnchangedBytes()
    {
        auto keys = VaultCipher::newKeeperKeys(kSitePass);
        QVERIFY2(keys, qPrintable(keys.error()));
        QVERIFY(!VaultCipher::newKeeperKeys(QStringLiteral("123456789"))); // one short of ten
        QVERIFY(VaultCipher::newKeeperKeys(QStringLiteral("1234567890")));
        QVERIFY(!VaultCipher::unlock(*keys, kSitePass + QLatin1Char(' ')));
        auto secretKey = VaultCipher::unlock(*keys, kSitePass);
        QVERIFY(secretKey);
        const QByteArray vaultKey = VaultCipher::newVaultKey();
        const QByteArray sealed = VaultCipher::sealVaultKey(vaultKey, keys->publicKey);
        QCOMPARE(*VaultCipher::openVaultKey(sealed, *keys, *secretKey), vaultKey);
        const QByteArray encrypted = VaultCipher::encrypt(kBankSecret.toUtf8(), vaultKey);
        QVERIFY(encrypted != VaultCipher::encrypt(kBankSecret.toUtf8(), vaultKey)); // a new nonce each time
        QCOMPARE(*VaultCipher::decrypt(encrypted, vaultKey), kBankSecret.toUtf8());
        QByteArray changed = encrypted;
        changed[changed.size() - 1] = char(changed.at(changed.size() - 1) ^ 1);
        QVERIFY(!VaultCipher::decrypt(changed, vaultKey));
        QVERIFY(!VaultCipher::decrypt(encrypted.left(10), vaultKey));
        // A new passphrase locks the same keys: what was sealed to them still opens.
        auto relocked = VaultCipher::relock(*keys, kSitePass, kLeaderPass);
        QVERIFY(relocked);
        QVERIFY(!VaultCipher::unlock(*relocked, kSitePass));
        QCOMPARE(*VaultCipher::openVaultKey(sealed, *relocked, *VaultCipher::unlock(*relocked, kLeaderPass)), vaultKey);
    }

    void acc01_onlyThePeopleTheRuleNamesKeepTheRegistry()
    {
        VaultOffice o;
        QVERIFY(AccountVault::mayKeep(o.site) && AccountVault::mayKeep(o.leader) && AccountVault::mayKeep(o.org.admin));
        QVERIFY(!AccountVault::mayKeep(o.outsider));
        QVERIFY(!o.vault().makeMyKeys(o.outsider, kSitePass));
        QVERIFY(!o.vault().entries(o.outsider));
        Actor disabled = o.site;
        disabled.disabled = true;
        QVERIFY(!AccountVault::mayKeep(disabled));
    }

    void acc01_anEntryTakesEffectOnlyWhenTheGeneralManagerApproves()
    {
        VaultOffice o;
        QVERIFY(o.vault().makeMyKeys(o.site, kSitePass));
        // Without the vault key nobody can file an entry.
        VaultEntry e;
        e.kind = QStringLiteral("company_mail");
        e.name = QStringLiteral("公司邮箱 admin@");
        e.keeperIds = {o.site.userId};
        QVERIFY(!o.vault().askEntry(o.site, kSitePass, e, QStringLiteral("mail-secret-1")));
        // Two starts asked before either is approved: the first approved starts it, the second is
        // refused then (it would hand out another vault key).
        QVERIFY(o.vault().askToStart(o.site, kSitePass));
        QVERIFY(o.vault().askToStart(o.site, kSitePass));
        QVERIFY(o.gmDecides(true));
        QVERIFY(!o.gmDecides(true));
        QVERIFY(o.gmDecides(false)); // the general manager, told why, refuses it
        QVERIFY(!o.vault().askToStart(o.site, kSitePass)); // started now
        QVERIFY(o.vault().askEntry(o.site, kSitePass, e, QStringLiteral("mail-secret-1")));
        QVERIFY(o.vault().entries(o.site)->isEmpty()); // waits for the general manager
        QVERIFY(o.gmDecides(false));
        QVERIFY(o.vault().entries(o.site)->isEmpty()); // refused: nothing changed
        QVERIFY(o.vault().askEntry(o.site, kSitePass, e, QStringLiteral("mail-secret-1")));
        QVERIFY(o.gmDecides(true));
        auto entries = o.vault().entries(o.site);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().name, e.name);
        // A new secret: the old one stands until the approval.
        VaultEntry changed = entries->first();
        QVERIFY(o.vault().askEntry(o.site, kSitePass, changed, QStringLiteral("mail-secret-2")));
        QCOMPARE(*o.vault().reveal(o.site, changed.id, kSitePass), QStringLiteral("mail-secret-1"));
        QVERIFY(o.gmDecides(true));
        QCOMPARE(*o.vault().reveal(o.site, changed.id, kSitePass), QStringLiteral("mail-secret-2"));
        // Two changes asked from the same state: the second one approved finds the entry changed.
        auto now = o.vault().entries(o.site)->first();
        now.url = QStringLiteral("https://mail.example.cn");
        QVERIFY(o.vault().askEntry(o.site, kSitePass, now, {}));
        now.url = QStringLiteral("https://exmail.qq.com");
        QVERIFY(o.vault().askEntry(o.site, kSitePass, now, {}));
        QVERIFY(o.gmDecides(true));
        QVERIFY(!o.gmDecides(true));
        QVERIFY(o.gmDecides(false));
        QCOMPARE(o.vault().entries(o.site)->first().url, QStringLiteral("https://mail.example.cn"));
        QCOMPARE(*o.vault().reveal(o.site, changed.id, kSitePass), QStringLiteral("mail-secret-2")); // kept
        // The same kind and name twice is refused at once, and when two were asked before either
        // was approved, at the second approval.
        QVERIFY(!o.vault().askEntry(o.site, kSitePass, e, QStringLiteral("x")));
        VaultEntry blog = e;
        blog.kind = QStringLiteral("blog");
        QVERIFY(o.vault().askEntry(o.site, kSitePass, blog, QStringLiteral("b1")));
        QVERIFY(o.vault().askEntry(o.site, kSitePass, blog, QStringLiteral("b2")));
        QVERIFY(o.gmDecides(true));
        const Status twice = o.gmDecides(true);
        QVERIFY(!twice);
        QVERIFY2(twice.error().contains(e.name), qPrintable(twice.error()));
        QCOMPARE(o.vault().entries(o.site)->size(), 2);
    }

    void acc01_aSecretShowsOnlyToItsKeepersWithTheirPassphraseAndEveryLookIsAudited()
    {
        VaultOffice o;
        o.started();
        const qint64 bank = o.bankEntry();
        QVERIFY(bank);
        QVERIFY(!o.vault().reveal(o.site, bank, kSitePass + QStringLiteral("x")));
        QCOMPARE(o.audited("shop.vault.view"), 0);
        auto shown = o.vault().reveal(o.site, bank, kSitePass);
        QVERIFY2(shown, qPrintable(shown.error()));
        QCOMPARE(*shown, kBankSecret);
        QCOMPARE(o.audited("shop.vault.view"), 1);
        QVERIFY(o.vault().reveal(o.site, bank, kSitePass, AccountVault::Use::Copy));
        QCOMPARE(o.audited("shop.vault.copy"), 1);
        // The general manager approves changes but keeps no copy: not a keeper of the entry.
        QVERIFY(!o.vault().reveal(o.org.admin, bank, kSitePass));
        QVERIFY(!o.vault().reveal(o.outsider, bank, kSitePass));
        QCOMPARE(o.audited("shop.vault.view"), 1);
        // The audit trail names the entry and the ciphertext's hash, never the secret.
        QSqlQuery q = o.org.company.db->query();
        QVERIFY(q.exec(QStringLiteral("SELECT before_json || after_json FROM audit_log")));
        QString trail;
        while (q.next())
            trail += q.value(0).toString() + u' ';
        QVERIFY(!trail.contains(kBankSecret));
        QVERIFY(trail.contains(QStringLiteral("secret_sha256")));
    }

    void acc01_aKeeperAddsAnotherWithoutKnowingTheirPassphrase()
    {
        VaultOffice o;
        o.started();
        const qint64 bank = o.bankEntry();
        // The leader makes keys on their own; the site manager cannot add them before that.
        QVERIFY(!o.vault().askKeeper(o.site, kSitePass, o.leader.userId));
        QVERIFY(o.vault().makeMyKeys(o.leader, kLeaderPass));
        QVERIFY(!o.vault().askKeeper(o.site, kLeaderPass, o.leader.userId)); // the asker's own passphrase
        QVERIFY(o.vault().askKeeper(o.site, kSitePass, o.leader.userId));
        QVERIFY(!o.vault().reveal(o.leader, bank, kLeaderPass)); // not yet approved
        QVERIFY(o.gmDecides(true));
        // A keeper of the vault now; a keeper of the bank's entry once that change is approved.
        QVERIFY(!o.vault().reveal(o.leader, bank, kLeaderPass));
        VaultEntry e = *o.vault().entries(o.leader)->constBegin();
        e.keeperIds << o.leader.userId;
        QVERIFY(o.vault().askEntry(o.leader, kLeaderPass, e, {}));
        QVERIFY(o.gmDecides(true));
        QCOMPARE(*o.vault().reveal(o.leader, bank, kLeaderPass), kBankSecret);
        // Their own new passphrase keeps their copy; new keys would take it away.
        QVERIFY(o.vault().changeMyPassphrase(o.leader, kLeaderPass, QStringLiteral("a newer passphrase")));
        QCOMPARE(*o.vault().reveal(o.leader, bank, QStringLiteral("a newer passphrase")), kBankSecret);
        QVERIFY(!o.vault().makeMyKeys(o.leader, kLeaderPass));
    }

    void acc01_removingAKeeperDeletesTheirCopyOfTheVaultKey()
    {
        VaultOffice o;
        o.started();
        QVERIFY(!o.vault().askRemoveKeeper(o.site, o.site.userId)); // the last keeper stays
        QVERIFY(o.vault().makeMyKeys(o.leader, kLeaderPass));
        QVERIFY(o.vault().askKeeper(o.site, kSitePass, o.leader.userId));
        QVERIFY(o.gmDecides(true));
        VaultEntry e;
        e.kind = QStringLiteral("server");
        e.name = QStringLiteral("阿里云服务器 root");
        e.keeperIds = {o.site.userId, o.leader.userId};
        QVERIFY(o.vault().askEntry(o.site, kSitePass, e, QStringLiteral("srv-root-secret")));
        QVERIFY(o.gmDecides(true));
        const qint64 server = o.vault().entries(o.site)->first().id;
        QCOMPARE(*o.vault().reveal(o.leader, server, kLeaderPass), QStringLiteral("srv-root-secret"));
        QVERIFY(o.vault().askRemoveKeeper(o.site, o.leader.userId));
        QVERIFY(o.gmDecides(true));
        auto keepers = o.vault().keepers(o.site);
        const auto leader = std::find_if(keepers->cbegin(), keepers->cend(),
                                         [&](const VaultKeeper &k) { return k.userId == o.leader.userId; });
        QVERIFY(leader != keepers->cend());
        QVERIFY(leader->sealedVaultKey.isEmpty());
        QCOMPARE(o.vault().entries(o.site)->first().keeperIds, QList<qint64>{o.site.userId});
        QVERIFY(!o.vault().reveal(o.leader, server, kLeaderPass));
        QCOMPARE(*o.vault().reveal(o.site, server, kSitePass), QStringLiteral("srv-root-secret"));
    }

    void acc01_aNewVaultKeyAfterAKeeperLeavesLeavesTheOldKeyOpeningNothing()
    {
        VaultOffice o;
        o.started();
        const qint64 bank = o.bankEntry();
        QVERIFY(o.vault().makeMyKeys(o.leader, kLeaderPass));
        QVERIFY(o.vault().askKeeper(o.site, kSitePass, o.leader.userId));
        QVERIFY(o.gmDecides(true));
        // What the leader could take away when they leave: their copy of the vault key.
        auto leaderKeeper = *VaultRepository(*o.org.company.db).keeper(o.leader.userId);
        const QByteArray leaderSecret = *VaultCipher::unlock(leaderKeeper->keys, kLeaderPass);
        const QByteArray oldKey =
            *VaultCipher::openVaultKey(leaderKeeper->sealedVaultKey, leaderKeeper->keys, leaderSecret);
        QVERIFY(o.vault().askRemoveKeeper(o.site, o.leader.userId));
        QVERIFY(o.gmDecides(true));
        // A new secret asked before the rotation is encrypted under the old key.
        VaultEntry e = o.vault().entries(o.site)->first();
        auto stale = o.vault().askEntry(o.site, kSitePass, e, QStringLiteral("Bank#Pw-new-before"));
        QVERIFY(stale);
        auto rotation = o.vault().askRotate(o.site, kSitePass);
        QVERIFY2(rotation, qPrintable(rotation.error()));
        QVERIFY(!o.vault().askRotate(o.site, QStringLiteral("wrong passphrase 1")));
        QVERIFY(o.approvals().decide(o.org.admin, *rotation, true, {}));
        QCOMPARE(*o.vault().reveal(o.site, bank, kSitePass), kBankSecret); // the keeper still opens it
        const QByteArray stored = *VaultRepository(*o.org.company.db).secret(bank);
        QVERIFY(!VaultCipher::decrypt(stored, oldKey)); // the old key does not
        // The secret filed under the old key is refused, and the entry keeps its readable secret.
        QVERIFY(!o.approvals().decide(o.org.admin, *stale, true, {}));
        QCOMPARE(*o.vault().reveal(o.site, bank, kSitePass), kBankSecret);
        QCOMPARE(o.audited("shop.vault.rotate"), 1);
    }

    void acc01_aNewVaultKeyIsRefusedWhenAnEntryChangedMeanwhile()
    {
        VaultOffice o;
        o.started();
        const qint64 bank = o.bankEntry();
        auto rotation = o.vault().askRotate(o.site, kSitePass);
        QVERIFY(rotation);
        VaultEntry e = o.vault().entries(o.site)->first();
        auto change = o.vault().askEntry(o.site, kSitePass, e, QStringLiteral("Bank#Pw-changed"));
        QVERIFY(change);
        QVERIFY(o.approvals().decide(o.org.admin, *change, true, {}));
        QVERIFY(!o.approvals().decide(o.org.admin, *rotation, true, {})); // the entry moved on
        QCOMPARE(*o.vault().reveal(o.site, bank, kSitePass), QStringLiteral("Bank#Pw-changed"));
        QCOMPARE(o.audited("shop.vault.rotate"), 0);
    }

    void acc01_theFileAloneGivesAwayNoSecretAndNoUsableKey()
    {
        SKIP_ON_SERVER("its bytes");
        VaultOffice o;
        o.started();
        QVERIFY(o.bankEntry());
        // The keys themselves, as a keeper's passphrase opens them.
        auto me = o.vault().keepers(o.site)->first();
        const QByteArray secretKey = *VaultCipher::unlock(me.keys, kSitePass);
        const QByteArray vaultKey = *VaultCipher::openVaultKey(me.sealedVaultKey, me.keys, secretKey);
        const QByteArray bytes = o.fileBytes();
        QVERIFY(bytes.size() > 10000);
        const QByteArray utf16(reinterpret_cast<const char *>(kBankSecret.utf16()), kBankSecret.size() * 2);
        for (const QByteArray &needle :
             {kBankSecret.toUtf8(), kBankSecret.toUtf8().toBase64(), utf16, kSitePass.toUtf8(), secretKey,
              secretKey.toBase64(), vaultKey, vaultKey.toBase64()})
            QVERIFY2(!bytes.contains(needle), needle.toHex().constData());
    }
};

QTEST_GUILESS_MAIN(VaultTest)

#include "VaultTest.moc"
