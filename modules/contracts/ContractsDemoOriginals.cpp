#include "ContractFiles.h"
#include "ContractRegister.h"
#include "ContractsDemo.h"
#include "ScanReader.h"
#include "common/domain/Money.h"
#include "settings/CompanySettings.h"
#include "users/data/UserRepository.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace shopdesk {

namespace {
// One A4 page of a contract as the office types it: number, parties, the usual clauses.
QByteArray originalPdf(const Contract &c, const QString &company)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(c.title);
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(40);
    font.setBold(true);
    painter.setFont(font);
    const int width = writer.width();
    painter.drawText(QRect(0, 80, width, 80), Qt::AlignCenter, c.title + QStringLiteral("合同"));
    font.setPixelSize(24);
    font.setBold(false);
    painter.setFont(font);
    const QString end =
        c.endsOn.isValid() ? c.endsOn.toString(QStringLiteral("yyyy年M月d日")) : QStringLiteral("双方另行约定之日");
    const QStringList lines{
        QStringLiteral("合同编号：%1").arg(c.number),
        QStringLiteral("甲方：%1").arg(company),
        QStringLiteral("乙方：%1").arg(c.counterparties.section(QLatin1Char('\n'), 0, 0)),
        QString(),
        QStringLiteral("第一条 合同标的：%1。").arg(c.title),
        QStringLiteral("第二条 合同价款：人民币 %1 元（含税）。").arg(Money::fromFen(c.valueFen).toPlainString()),
        QStringLiteral("第三条 履行期限：自%1起至%2止。").arg(c.startsOn.toString(QStringLiteral("yyyy年M月d日")), end),
        QStringLiteral("第四条 付款方式：验收合格后三十日内凭正式发票付款。"),
        QStringLiteral("第五条 违约责任：任何一方违约，应向守约方支付合同总价款百分之五的违约金。"),
        QStringLiteral("第六条 争议解决：协商不成的，提交甲方所在地人民法院诉讼解决。"),
        QStringLiteral("第七条 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。"),
        QString(),
        QStringLiteral("甲方（盖章）：%1        签订日期：%2")
            .arg(company, c.signedOn.toString(QStringLiteral("yyyy年M月d日"))),
        QStringLiteral("乙方（盖章）：%1").arg(c.counterparties.section(QLatin1Char('\n'), 0, 0)),
    };
    int y = 260;
    for (const QString &line : lines) {
        painter.drawText(140, y, line);
        y += 56;
    }
    painter.end();
    return bytes;
}
} // namespace

Result<int> ContractsDemo::addOriginals(Database &db, const Clock &clock, int count)
{
    auto clerk = UserRepository(db).findByName(QStringLiteral("clerk"));
    if (!clerk || clerk->id == 0)
        return 0;
    const Actor custodian{clerk->id,         clerk->userName, clerk->level, clerk->disabled,
                          clerk->employeeId, clerk->scopes,   clerk->roles, {}};
    auto contracts = ContractRegister(db, clock).contracts(custodian);
    if (!contracts)
        return contracts.failure();
    const QString company = CompanySettings(db, clock).companyName();
    ContractFiles files(db, clock);
    int kept = 0;
    for (const Contract &c : contracts->mid(0, count)) {
        const QByteArray pdf = originalPdf(c, company);
        auto added = files.attach(custodian, c.id, QStringLiteral("合同正本"), c.number + QStringLiteral(".pdf"), pdf);
        if (!added)
            return added.failure();
        if (Status s = files.storeText(custodian, added->id, ScanReader::read(pdf)); !s)
            return s.failure();
        ++kept;
    }
    return kept;
}

} // namespace shopdesk
