#include "VaultDemo.h"

#include "AccountVault.h"
#include "users/data/UserRepository.h"

namespace shopdesk::VaultDemo {

Result<int> create(Database &db, const Clock &clock)
{
    auto admin = UserRepository(db).findByName(QStringLiteral("admin"));
    if (!admin)
        return admin.failure();
    if (admin->id == 0)
        return 0;
    // The general manager asking is approved by the office itself (APR-01): in effect at once.
    const Actor gm{
        admin->id, admin->userName, Level::DatabaseAdmin, false, admin->employeeId, {}, {Role::GeneralManager}, {}};
    AccountVault vault(db, clock);
    if (Status s = vault.makeMyKeys(gm, kPassphrase); !s)
        return s.failure();
    if (auto started = vault.askToStart(gm, kPassphrase); !started)
        return started.failure();
    struct Account
    {
        const char *kind, *name, *url, *user, *secret, *notes;
    };
    const Account accounts[] = {
        {"online_banking", "工商银行企业网银", "https://corp.icbc.com.cn", "shiliyidian01", "Icbc#2026-demo",
         "U盾在总经理处"},
        {"payment_account", "支付宝企业账户", "https://b.alipay.com", "finance@example.cn", "Alipay#2026-demo", ""},
        {"site_back_office", "淘宝卖家中心", "https://myseller.taobao.com", "示例电商旗舰店", "Taobao#2026-demo",
         "子账号另行登记"},
        {"domain_registration", "阿里云域名 example.cn", "https://dc.console.aliyun.com", "example-cn",
         "Aliyun#2026-demo", "2027-03-01 到期"},
        {"company_mail", "企业邮箱管理员", "https://exmail.qq.com", "admin@example.cn", "Mail#2026-demo", ""},
        {"server", "官网服务器 root", "ssh://203.0.113.10", "root", "Server#2026-demo", "仅限机房网络"},
        {"trademark", "商标局网上服务系统", "https://wsjs.saic.gov.cn", "示例电商有限公司", "Tm#2026-demo", ""},
    };
    int count = 0;
    for (const Account &a : accounts) {
        VaultEntry e;
        e.kind = QString::fromLatin1(a.kind);
        e.name = QString::fromUtf8(a.name);
        e.url = QString::fromUtf8(a.url);
        e.userName = QString::fromUtf8(a.user);
        e.notes = QString::fromUtf8(a.notes);
        e.keeperIds = {gm.userId};
        if (auto asked = vault.askEntry(gm, kPassphrase, e, QString::fromUtf8(a.secret)); !asked)
            return asked.failure();
        ++count;
    }
    return count;
}

} // namespace shopdesk::VaultDemo
