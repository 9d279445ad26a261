// The files kept with a contract and search inside them (CON-01, CON-04, CON-06) on a real
// database file. Reading the text of a scan is ScanReaderTest's; here the text is given.
#include "ContractFiles.h"
#include "ContractsFixture.h"
#include "audit/domain/AuditActionTitles.h"
#include "domain/ContractText.h"
#include "settings/data/SettingsStore.h"

#include <QCryptographicHash>

using namespace shopdesk;
using namespace shopdesk::test;

class FilesTest : public QObject
{
    Q_OBJECT

    struct Archive : ContractArchiveCompany
    {
        Contract lease = add(QStringLiteral("仓库租赁"));
        Contract printer = add(QStringLiteral("打印机维护"));
        ContractFiles files() { return ContractFiles(db(), clock()); }
        int count(const QString &sql)
        {
            QSqlQuery q = db().query();
            if (!q.exec(sql) || !q.next())
                qFatal("%s", qPrintable(sql));
            return q.value(0).toInt();
        }
        QStringList found(const QString &text)
        {
            ContractFilter f;
            f.text = text;
            QStringList titles;
            for (const Contract &c : *book().find(custodian, f))
                titles << c.title;
            return titles;
        }
    };
    static QByteArray pdf(const char *tail) { return QByteArray("%PDF-1.4\n") + tail; }

private slots:
    void con01_aNewScanOfADocumentIsItsNextVersionAndTheOldOneStays()
    {
        Archive a;
        auto first = a.files().attach(a.custodian, a.lease.id, QStringLiteral("正本扫描件"),
                                      QStringLiteral("lease.pdf"), pdf("first"));
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->version, 1);
        QCOMPARE(first->kind, AttachmentKind::Pdf);
        QCOMPARE(first->text, AttachmentText::Pending);
        auto second = a.files().attach(a.custodian, a.lease.id, QStringLiteral(" 正本扫描件 "),
                                       QStringLiteral("lease-rescan.pdf"), pdf("second"));
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(second->version, 2);
        const QByteArray png("\x89PNG\r\n\x1a\nnot really", 18);
        auto amendment =
            a.files().attach(a.custodian, a.lease.id, QStringLiteral("补充协议"), QStringLiteral("a.png"), png);
        QVERIFY2(amendment, qPrintable(amendment.error()));
        QCOMPARE(amendment->version, 1);
        QCOMPARE(amendment->kind, AttachmentKind::Image);

        auto listed = a.files().files(a.custodian, a.lease.id);
        QVERIFY2(listed, qPrintable(listed.error()));
        const QList<ContractAttachment> kept = *listed;
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.at(0).document, QStringLiteral("正本扫描件")); // by document, newest version first
        QCOMPARE(kept.at(0).version, 2);
        QCOMPARE(kept.at(1).version, 1);
        QCOMPARE(kept.at(2).document, QStringLiteral("补充协议"));
        QCOMPARE(*a.files().content(a.custodian, first->id), pdf("first"));
        QVERIFY(!a.files().content(a.org.lone, first->id)); // no contracts scope: no look
        QCOMPARE(first->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(pdf("first"), QCryptographicHash::Sha256).toHex()));
        QVERIFY(a.files().files(a.custodian, a.printer.id)->isEmpty());
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'contracts.file.add'")), 3);
        // The audit log names the record in words, not its code.
        QCOMPARE(AuditActionTitles::title(QStringLiteral("contracts.file.add")), QStringLiteral("Contract file added"));

        // Never changed, never removed: a new version instead.
        QSqlQuery q = a.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE contract_attachment_content SET content = x'00'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE contract_attachments SET file_name = 'x.pdf'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM contract_attachments")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM contract_attachment_content")));
        QCOMPARE(*a.files().content(a.custodian, first->id), pdf("first"));
    }

    void con01_aFileOverTheLimitNotAPdfOrPictureOrFromAnotherIsRefusedAndNothingIsWritten()
    {
        Archive a;
        QVERIFY(a.db().write(
            [&] { return SettingsStore(a.db()).set(ContractFiles::MaxMegabytesSetting, QStringLiteral("1")); }));
        QCOMPARE(a.files().maxBytes(), 1024 * 1024);
        auto big = a.files().attach(a.custodian, a.lease.id, QStringLiteral("正本"), QStringLiteral("big.pdf"),
                                    pdf(QByteArray(1024 * 1024, 'x').constData()));
        QVERIFY(!big);
        QVERIFY2(big.error().contains(QStringLiteral("big.pdf")), qPrintable(big.error()));
        auto word = a.files().attach(a.custodian, a.lease.id, QStringLiteral("正本"), QStringLiteral("lease.pdf"),
                                     "PK\x03\x04 a .docx renamed");
        QVERIFY(!word);
        QVERIFY(word.error().contains(QStringLiteral("lease.pdf")));
        QVERIFY(!a.files().attach(a.custodian, a.lease.id, QStringLiteral("  "), QStringLiteral("a.pdf"), pdf("")));
        QVERIFY(!a.files().attach(a.custodian, 999, QStringLiteral("正本"), QStringLiteral("a.pdf"), pdf("")));
        // RULE CON-06: the custodian adds; another clerk with the contracts scope cannot.
        Actor other = a.org.clerk2;
        other.scopes = {QStringLiteral("contracts")};
        auto foreign = a.files().attach(other, a.lease.id, QStringLiteral("正本"), QStringLiteral("a.pdf"), pdf(""));
        QVERIFY(!foreign);
        QVERIFY(foreign.error().contains(QStringLiteral("CON-06")));
        QVERIFY(!a.files().attach(a.org.lone, a.lease.id, QStringLiteral("正本"), QStringLiteral("a.pdf"), pdf("")));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM contract_attachments")), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM contract_attachment_content")), 0);
    }

    void con04_searchFindsWordsInsideAScanOfOneTwoAndMoreCharactersWithPageAndLine()
    {
        Archive a;
        auto scan = a.files().attach(a.custodian, a.printer.id, QStringLiteral("正本扫描件"),
                                     QStringLiteral("scan.pdf"), pdf("scan"));
        QVERIFY(scan);
        QCOMPARE(a.files().waitingForText(a.custodian)->size(), 1);
        // Nothing in the printer contract's own fields names the warehouse company.
        QVERIFY(!a.found(QStringLiteral("仓储")).contains(QStringLiteral("打印机维护")));
        const QList<PageText> pages{{1, QStringLiteral("设备维护合同\n甲方：某某公司"), true},
                                    {2, QStringLiteral("第二页\n乙方：上海仓储有限公司\n签字"), true}};
        QVERIFY(a.files().storeText(a.custodian, scan->id, pages));
        QVERIFY(a.files().waitingForText(a.custodian)->isEmpty());
        const ContractAttachment read = a.files().files(a.custodian, a.printer.id)->first();
        QCOMPARE(read.text, AttachmentText::Read);
        QCOMPARE(read.pages, 2);

        for (const char *query : {"储", "仓储", "仓储有限", "上海仓储有限公司", "仓储 签字"})
            QCOMPARE(a.found(QString::fromUtf8(query)), QStringList{QStringLiteral("打印机维护")});
        QVERIFY(a.found(QStringLiteral("仓储 北京")).isEmpty()); // every word
        QVERIFY(a.found(QStringLiteral("储有上")).isEmpty()); // pairs stand together, in order
        // Found both in a contract's fields (仓库租赁) and in the other's scan (仓储...): "仓".
        QCOMPARE(a.found(QStringLiteral("仓")).size(), 2);

        const QList<TextHit> hits =
            *a.files().hits(a.custodian, QStringLiteral("仓储有限"), {a.lease.id, a.printer.id});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().contractId, a.printer.id);
        QCOMPARE(hits.first().document, QStringLiteral("正本扫描件"));
        QCOMPARE(hits.first().page, 2);
        QCOMPARE(ContractText::firstLine(hits.first().pageText, QStringLiteral("仓储有限")).line, 2);

        // Read once: a second reading (another PC's) changes nothing.
        QVERIFY(a.files().storeText(a.custodian, scan->id, QList<PageText>{{1, QStringLiteral("别的"), true}}));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM contract_attachment_pages")), 2);
        QSqlQuery q = a.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE contract_attachment_page_text SET text = ''")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE contract_attachments SET text_state = 'pending'")));
    }

    void con04_aFileThatCannotBeReadIsMarkedWithTheReasonAndLeavesTheQueue()
    {
        Archive a;
        auto scan = a.files().attach(a.custodian, a.lease.id, QStringLiteral("正本扫描件"), QStringLiteral("bad.pdf"),
                                     pdf("damaged"));
        QVERIFY(scan);
        QVERIFY(
            a.files().storeText(a.custodian, scan->id, Result<QList<PageText>>(fail(QStringLiteral("damaged PDF")))));
        const ContractAttachment failed = a.files().files(a.custodian, a.lease.id)->first();
        QCOMPARE(failed.text, AttachmentText::Failed);
        QCOMPARE(failed.textNote, QStringLiteral("damaged PDF"));
        QVERIFY(a.files().waitingForText(a.custodian)->isEmpty());
        QCOMPARE(a.found(QStringLiteral("仓库")), QStringList{QStringLiteral("仓库租赁")}); // its fields still found

        // Once the reason is put right, the custodian has it read again; no one else, and not a read one.
        Actor other = a.org.clerk2;
        other.scopes = {QStringLiteral("contracts")};
        QVERIFY(!a.files().readAgain(other, scan->id));
        QVERIFY(a.files().readAgain(a.custodian, scan->id));
        QCOMPARE(a.files().waitingForText(a.custodian)->size(), 1);
        QVERIFY(a.files().storeText(a.custodian, scan->id, QList<PageText>{{1, QStringLiteral("仓储合同"), false}}));
        QCOMPARE(a.files().files(a.custodian, a.lease.id)->first().text, AttachmentText::Read);
        QVERIFY(!a.files().readAgain(a.custodian, scan->id));
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'contracts.file.read_again'")),
                 1);
    }
};

int runFilesTest(int argc, char **argv)
{
    FilesTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "FilesTest.moc"
