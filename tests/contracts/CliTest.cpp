// shopdeskctl contracts ..., run as a separate process on the company file (CON-01, CON-02,
// CON-04, CON-06): a scan added, its text read overnight, found by a word inside, labelled.
#include "ContractFiles.h"
#include "ContractsFixture.h"
#include "users/data/UserRepository.h"

#include <QPainter>
#include <QPdfWriter>
#include <QProcess>

using namespace shopdesk;
using namespace shopdesk::test;

class ContractsCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // the CLI's settings (audit anchors) live here
    QString m_stdout; // the last run's standard output alone: what a script reads

    std::pair<int, QString> run(const QString &db, const QStringList &args, const QString &user,
                                const QString &password = QStringLiteral("Start2026"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("SHOPDESK_FAST_HASH"), QStringLiteral("1"));
        env.insert(QStringLiteral("SHOPDESK_PASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SHOPDESKCTL_PATH),
                QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user, QStringLiteral("contracts")}
                    + args);
        p.waitForFinished(120000);
        m_stdout = QString::fromUtf8(p.readAllStandardOutput());
        // Messages (and any warning Qt prints on a new machine) come on standard error.
        return {p.exitCode(), m_stdout + QString::fromUtf8(p.readAllStandardError())};
    }

    // A typed contract page: a PDF with its own text.
    static void writeContractPdf(const QString &path)
    {
        QPdfWriter writer(path);
        writer.setResolution(150);
        QPainter painter(&writer);
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPixelSize(30);
        painter.setFont(font);
        painter.drawText(100, 200, QStringLiteral("仓库租赁合同"));
        painter.drawText(100, 300, QStringLiteral("第五条 违约责任：违约方支付百分之五的违约金。"));
    }

private slots:
    void con01_con04_aScanAddedByTheCustodianIsReadAndFoundByAWordInside()
    {
        ContractArchiveCompany a;
        QVERIFY(a.db().write(
            [&] { return UserRepository(a.db()).setScopes(a.custodian.userId, {QStringLiteral("contracts")}); }));
        const Contract lease = a.add(QStringLiteral("仓库租赁"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("lease.pdf"));
        writeContractPdf(pdf);
        const QString db = a.db().path();

        auto [code, out] =
            run(db, {QStringLiteral("attach"), lease.number, pdf, QStringLiteral("--as"), QStringLiteral("正本扫描件")},
                QStringLiteral("clerk"));
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(out.contains(lease.number));
        // Not a PDF or a picture, or not the custodian: refused, nothing kept.
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("plain text") > 0);
        text.close();
        std::tie(code, out) =
            run(db, {QStringLiteral("attach"), lease.number, notes, QStringLiteral("--as"), QStringLiteral("说明")},
                QStringLiteral("clerk"));
        QVERIFY(code != 0);
        QVERIFY2(out.contains(QStringLiteral("notes.txt")), qPrintable(out));
        std::tie(code, out) =
            run(db, {QStringLiteral("attach"), lease.number, pdf, QStringLiteral("--as"), QStringLiteral("正本扫描件")},
                QStringLiteral("admin"), QStringLiteral("Admin2026"));
        QVERIFY(code != 0);
        QCOMPARE(ContractFiles(a.db(), a.clock()).files(a.custodian, lease.id)->size(), 1);

        std::tie(code, out) = run(db, {QStringLiteral("read-scans")}, QStringLiteral("clerk"));
        QVERIFY2(code == 0, qPrintable(out));
        QCOMPARE(ContractFiles(a.db(), a.clock()).files(a.custodian, lease.id)->first().text, AttachmentText::Read);

        std::tie(code, out) = run(db, {QStringLiteral("search"), QStringLiteral("违约金")}, QStringLiteral("clerk"));
        QVERIFY2(code == 0, qPrintable(out));
        const QStringList lines = m_stdout.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(lease.number) && lines.first().contains(QStringLiteral("违约金")),
                 qPrintable(out));

        // DB-04: labels leave as a PDF with the export right (the administrator's).
        const QString labels = dir.filePath(QStringLiteral("labels.pdf"));
        std::tie(code, out) = run(db,
                                  {QStringLiteral("labels"), QStringLiteral("folders"), QStringLiteral("--pdf"), labels,
                                   QStringLiteral("--numbers"), lease.number},
                                  QStringLiteral("admin"), QStringLiteral("Admin2026"));
        QVERIFY2(code == 0, qPrintable(out));
        QFile written(labels);
        QVERIFY(written.open(QIODevice::ReadOnly) && written.read(5) == "%PDF-");
        std::tie(code, out) = run(db,
                                  {QStringLiteral("labels"), QStringLiteral("folders"), QStringLiteral("--pdf"), labels,
                                   QStringLiteral("--numbers"), QStringLiteral("2026-CG-9999")},
                                  QStringLiteral("admin"), QStringLiteral("Admin2026"));
        QVERIFY(code != 0);
        QVERIFY(out.contains(QStringLiteral("2026-CG-9999")));
    }
};

int runContractsCliTest(int argc, char **argv)
{
    ContractsCliTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "CliTest.moc"
