// Contract search benchmark (issue 14, CON-04), against a reference measured in the same run: on
// an archive of 50,000 contracts, each with a two-page file whose text has been read, the
// custodian's search for 1, 2, 3 and 4 Chinese characters, a number, and the unfiltered first
// page, through the service (fields by LIKE, the files' text through the FTS5 index of character
// pairs), against the sqlite3 tool running a plain LIKE scan over the same fields and page text
// (its own `.timer`, so no process start-up is counted).
// Prints FIGURE lines. Usage: contracts_bench [WORK_DIR] [PER_MONTH]
#include "BenchSupport.h"
#include "ContractRegister.h"
#include "ContractsDemo.h"
#include "common/Clock.h"
#include "data/ContractAttachmentRepository.h"
#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "demo/DemoCompany.h"
#include "users/data/UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace shopdesk;
using namespace shopdesk::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir scratch;
    const QString work = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path();
    const int perMonth = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3847; // 13 months: 50,011
    QDir().mkpath(work);
    const Clock clock;
    const QString path = QDir(work).filePath(QStringLiteral("contracts-bench.db"));
    QFile::remove(path);
    DemoOptions options;
    options.employees = 40;
    if (auto made = DemoCompany::create(path, options, clock); !made)
        qFatal("demo: %s", qPrintable(made.error()));
    auto db = CompanyDatabase::open(path);
    if (!db)
        qFatal("open: %s", qPrintable(db.error()));
    (*db)->setWaitForDisk(false); // a new file
    QElapsedTimer filling;
    filling.start();
    auto filled = ContractsDemo::create(**db, clock, options.seed, perMonth);
    if (!filled)
        qFatal("contracts demo: %s", qPrintable(filled.error()));
    (*db)->setWaitForDisk(true);
    figure("contracts_demo",
           QStringLiteral("%1 contracts registered in %2 s").arg(*filled).arg(filling.elapsed() / 1000.0, 0, 'f', 1));

    const UserRecord clerk = *UserRepository(**db).findByName(QStringLiteral("clerk"));
    const Actor custodian{clerk.id,         clerk.userName, clerk.level, clerk.disabled,
                          clerk.employeeId, clerk.scopes,   clerk.roles, {}};
    ContractRegister book(**db, clock);

    // Every contract's signed original, two pages of clauses read from it; one in a hundred
    // names a warehouse company no contract's fields name.
    filling.restart();
    const QList<Contract> all = *book.contracts(custodian);
    const QStringList clauses{
        QStringLiteral("第一条 合同标的：双方就%1事宜达成如下协议。"),
        QStringLiteral("第二条 合同价款：人民币%2元，含增值税，甲方验收合格后三十日内支付。"),
        QStringLiteral("第三条 交付地点：乙方应将货物送至甲方指定仓库，运输费用由乙方承担。"),
        QStringLiteral("第四条 违约责任：任何一方违约，应向守约方支付合同总价款百分之五的违约金。"),
        QStringLiteral("第五条 保密条款：双方对履行本合同知悉的商业秘密负有保密义务，期限三年。"),
        QStringLiteral("第六条 争议解决：协商不成的，提交甲方所在地人民法院诉讼解决。"),
        QStringLiteral("第七条 不可抗力：因地震、台风、疫情等不可抗力致使合同不能履行的，互不承担责任。"),
        QStringLiteral("第八条 其他：本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。")};
    QRandomGenerator rng(7);
    ContractAttachmentRepository files(**db);
    (*db)->setWaitForDisk(false);
    const QString at = toStoredInstant(clock.nowUtc());
    for (int from = 0; from < all.size(); from += 2000) {
        const Status written = (*db)->write([&]() -> Status {
            for (const Contract &c : all.mid(from, 2000)) {
                ContractAttachment a;
                a.contractId = c.id;
                a.document = QStringLiteral("正本扫描件");
                a.fileName = c.number + QStringLiteral(".pdf");
                a.sha256 = QString(64, QLatin1Char('0'));
                auto id = files.insert(a, QByteArray("%PDF-1.4 bench"), clerk.id, at);
                if (!id)
                    return id.failure();
                QList<PageText> pages;
                for (int p = 1; p <= 2; ++p) {
                    QStringList lines{QStringLiteral("合同编号：%1").arg(c.number),
                                      QStringLiteral("乙方：%1").arg(c.counterparties)};
                    for (int i = 0; i < 5; ++i)
                        lines << QString(clauses.at(int(rng.bounded(int(clauses.size())))))
                                     .replace(QStringLiteral("%1"), c.title)
                                     .replace(QStringLiteral("%2"), QString::number(c.valueFen / 100));
                    if (p == 2 && rng.bounded(100) == 0)
                        lines << QStringLiteral("仓储方：杭州云仓科技有限公司");
                    pages.append({p, lines.join(QLatin1Char('\n')), true});
                }
                if (Status s = files.storePages(*id, pages, QStringLiteral("bench")); !s)
                    return s;
            }
            return success();
        });
        if (!written)
            qFatal("files: %s", qPrintable(written.error()));
    }
    (*db)->setWaitForDisk(true);
    figure("contracts_files",
           QStringLiteral("%1 files of 2 pages read and indexed in %2 s")
               .arg(all.size())
               .arg(filling.elapsed() / 1000.0, 0, 'f', 1));

    const QList<std::pair<const char *, QString>> queries{{"one_character", QStringLiteral("物")},
                                                          {"two_characters", QStringLiteral("物流")},
                                                          {"four_characters", QStringLiteral("物流有限")},
                                                          {"in_files_one_character", QStringLiteral("仓")},
                                                          {"in_files_two_characters", QStringLiteral("云仓")},
                                                          {"in_files_three_characters", QStringLiteral("违约金")},
                                                          {"in_files_four_characters", QStringLiteral("杭州云仓")},
                                                          {"number", QStringLiteral("2026-ZL-0100")},
                                                          {"everything", QString()}};
    for (const auto &[name, text] : queries) {
        ContractFilter filter;
        filter.text = text;
        int found = 0;
        const double ms = bestMs(5, [&] { found = int(book.find(custodian, filter)->size()); });
        const QString like = QStringLiteral("%") + text + QStringLiteral("%");
        const double reference =
            sqliteMs(path,
                     QStringLiteral(
                         "SELECT c.number, c.title, c.counterparties FROM contracts c WHERE c.number LIKE '%1' OR "
                         "c.title LIKE '%1' OR c.counterparties LIKE '%1' OR c.notes LIKE '%1' OR c.id IN "
                         "(SELECT p.contract_id FROM contract_attachment_pages p JOIN contract_attachment_page_text t "
                         "ON t.page_id = p.id WHERE t.text LIKE '%1') "
                         "ORDER BY c.signed_on DESC, c.number DESC LIMIT %2;")
                         .arg(like)
                         .arg(filter.limit),
                     5);
        // sqlite3's timer counts whole milliseconds: below one, there is no ratio to give.
        const QString against = reference >= 1.0
            ? QStringLiteral("%1x the sqlite3 LIKE scan, %2 ms")
                  .arg(ms / reference, 0, 'f', 2)
                  .arg(reference, 0, 'f', 2)
            : QStringLiteral("the sqlite3 LIKE scan under its 1 ms timer resolution");
        figure(qPrintable(QStringLiteral("contracts_search_%1").arg(QString::fromLatin1(name))),
               QStringLiteral("%1 ms (%2), %3 shown").arg(ms, 0, 'f', 2).arg(against).arg(found));
        if (!text.isEmpty() && found == 0)
            qFatal("nothing found for %s", qPrintable(text));
    }
    return 0;
}
