// The contract archive's rules (CON-01): no database, no clock.
#include "domain/Contract.h"
#include "domain/ContractAttachment.h"
#include "domain/ContractAudit.h"
#include "domain/ContractLoan.h"
#include "domain/ContractTally.h"
#include "domain/ContractText.h"

#include <QTest>

using namespace shopdesk;

class ContractRulesTest : public QObject
{
    Q_OBJECT

    static Contract typed()
    {
        Contract c;
        c.typeId = 1;
        c.archiveId = 1;
        c.title = QStringLiteral("仓储服务合同");
        c.counterparties = QStringLiteral("上海物流有限公司");
        c.signedOn = QDate(2026, 3, 2);
        c.startsOn = QDate(2026, 4, 1);
        c.endsOn = QDate(2027, 3, 31);
        c.valueFen = 12'000'000;
        return c;
    }

private slots:
    void con01_aNumberIsYearTypeCodeAndFourDigitSerial()
    {
        QCOMPARE(ContractRules::number(2026, QStringLiteral("CG"), 7), QStringLiteral("2026-CG-0007"));
        QCOMPARE(ContractRules::number(2027, QStringLiteral("XS2"), 1234), QStringLiteral("2027-XS2-1234"));
        QCOMPARE(ContractRules::number(2026, QStringLiteral("CG"), 12345), QStringLiteral("2026-CG-12345"));
    }

    void con01_aTypeCodeIsShortCapitalsStartingWithALetter()
    {
        for (const char *good : {"CG", "XS2", "ZLHT01"})
            QVERIFY2(ContractRules::typeCodeProblem(QString::fromLatin1(good)).isEmpty(), good);
        for (const char *bad : {"", "C", "cg", "2CG", "CG-1", "ABCDEFG", "采购"})
            QVERIFY2(!ContractRules::typeCodeProblem(QString::fromUtf8(bad)).isEmpty(), bad);
    }

    void con01_aContractEndsOnOrAfterItStartsAndNamesItsParty()
    {
        QVERIFY(ContractRules::contractProblem(typed()).isEmpty());
        Contract c = typed();
        c.endsOn = c.startsOn; // a one-day contract
        QVERIFY(ContractRules::contractProblem(c).isEmpty());
        c.endsOn = c.startsOn.addDays(-1);
        QVERIFY(ContractRules::contractProblem(c).contains(QStringLiteral("2026-03-31")));
        c.endsOn = QDate(); // open-ended
        QVERIFY(ContractRules::contractProblem(c).isEmpty());
        c = typed();
        c.counterparties = QStringLiteral("  ");
        QVERIFY(!ContractRules::contractProblem(c).isEmpty());
        c = typed();
        c.valueFen = -1;
        QVERIFY(!ContractRules::contractProblem(c).isEmpty());
        c = typed();
        c.typeId = 0;
        QVERIFY(!ContractRules::contractProblem(c).isEmpty());
        c = typed();
        c.archiveId = 0;
        QVERIFY(!ContractRules::contractProblem(c).isEmpty());
    }

    void con05_aLoansStateFollowsItsSignatureThenTheCustodian()
    {
        ContractLoan l;
        l.dueOn = QDate(2026, 3, 10);
        QCOMPARE(l.state(), LoanState::Pending);
        l.approvalState = RequestState::Rejected;
        QCOMPARE(l.state(), LoanState::Refused);
        l.approvalState = RequestState::Withdrawn;
        QCOMPARE(l.state(), LoanState::Withdrawn);
        l.approvalState = RequestState::Approved;
        QCOMPARE(l.state(), LoanState::Approved);
        QCOMPARE(LoanRules::daysOverdue(l, QDate(2026, 3, 20)), 0); // not out: nothing overdue
        l.lentOn = QDate(2026, 3, 2);
        QCOMPARE(l.state(), LoanState::Out);
        QCOMPARE(LoanRules::daysOverdue(l, QDate(2026, 3, 10)), 0); // due today
        QCOMPARE(LoanRules::daysOverdue(l, QDate(2026, 3, 11)), 1);
        l.returnedOn = QDate(2026, 3, 12);
        QCOMPARE(l.state(), LoanState::Returned);
        QCOMPARE(LoanRules::daysOverdue(l, QDate(2026, 3, 20)), 0);
    }

    void con05_aLoanNamesItsPurposeAndAReturnDayAndAnOriginalItsSpecialCase()
    {
        const QDate today(2026, 3, 2);
        QVERIFY(LoanRules::requestProblem(LoanKind::Copy, QStringLiteral("查阅"), today, today).isEmpty());
        QVERIFY(!LoanRules::requestProblem(LoanKind::Copy, QStringLiteral(" "), today, today).isEmpty());
        QVERIFY(!LoanRules::requestProblem(LoanKind::Copy, QStringLiteral("查阅"), today.addDays(-1), today).isEmpty());
        QVERIFY(!LoanRules::requestProblem(LoanKind::Copy, QStringLiteral("查阅"), QDate(), today).isEmpty());
        QVERIFY(!LoanRules::requestProblem(LoanKind::Original, QStringLiteral("查阅"), today, today).isEmpty());
        QVERIFY(LoanRules::requestProblem(LoanKind::Original, QStringLiteral("法院诉讼"), today, today).isEmpty());
        for (LoanKind k : {LoanKind::Copy, LoanKind::Original})
            QCOMPARE(loanKindFromKey(loanKindKey(k)), std::optional<LoanKind>(k));
    }

    void con02_aSessionClosesWhenEveryLineIsMarkedAndEachLossExplained()
    {
        ContractAuditSession s;
        s.archiveName = QStringLiteral("行政部档案室");
        s.lines = {{1, QStringLiteral("2026-CG-0001"), {}, {}, {}, AuditMark::Present, {}, 0, {}},
                   {2, QStringLiteral("2026-CG-0002"), {}, {}, {}, AuditMark::Unchecked, {}, 0, {}}};
        QCOMPARE(AuditRules::closeProblems(s).size(), 1);
        s.lines[1].mark = AuditMark::Damaged;
        QCOMPARE(AuditRules::closeProblems(s).size(), 2); // its note and its person
        s.lines[1].note = QStringLiteral("受潮");
        QCOMPARE(AuditRules::closeProblems(s).size(), 1);
        s.lines[1].responsibleEmployeeId = 7;
        QVERIFY(AuditRules::closeProblems(s).isEmpty());
        // An original out on loan is accounted for by its loan.
        s.lines.append(
            {3, QStringLiteral("2026-CG-0003"), {}, {}, QStringLiteral("clerk2"), AuditMark::Unchecked, {}, 0, {}});
        QVERIFY(AuditRules::closeProblems(s).isEmpty());
        s.closedOn = QDate(2026, 3, 2);
        QCOMPARE(AuditRules::closeProblems(s).size(), 1); // once
        QVERIFY(!AuditRules::markProblem(AuditMark::Unchecked).isEmpty());
        QCOMPARE(AuditRules::nextDue(QDate(2026, 3, 31)), QDate(2026, 9, 30));
        QVERIFY(!AuditRules::nextDue(QDate()).isValid()); // never checked: at once
    }

    void con03_theStatisticsCountAndValueTheRecordsAndTheirTotalsAreTheSumOfTheRows()
    {
        auto make = [](const char *type, const char *party, int year, qint64 fen, ContractStatus status,
                       const QDate &ends) {
            Contract c = typed();
            c.typeName = QString::fromUtf8(type);
            c.counterparties = QString::fromUtf8(party);
            c.signedOn = QDate(year, 6, 1);
            c.valueFen = fen;
            c.status = status;
            c.endsOn = ends;
            return c;
        };
        const QDate today(2026, 3, 2);
        const QList<Contract> all{
            make("采购合同", "上海物流有限公司\n上海仓储有限公司", 2026, 100'00, ContractStatus::Active, today),
            make("采购合同", "杭州得力文具有限公司", 2025, 250'00, ContractStatus::Active, today.addDays(30)),
            make("租赁合同", "上海物流有限公司", 2026, 900'00, ContractStatus::Active, today.addDays(91)),
            make("租赁合同", "上海物流有限公司", 2025, 50'00, ContractStatus::Completed, today.addDays(10)),
            make("服务合同", "顺丰速运有限公司", 2024, 70'00, ContractStatus::Active, QDate()), // open-ended
        };
        const ContractTally t = ContractTally::of(all, today);
        QCOMPARE(t.byYear.size(), 3);
        QCOMPARE(t.byYear.first().key, QStringLiteral("2026")); // newest first
        QCOMPARE(t.byType.first().key, QStringLiteral("租赁合同")); // largest value first
        QCOMPARE(t.byType.first().count, 2);
        QCOMPARE(t.byType.first().valueFen, 950'00);
        QCOMPARE(t.byParty.first().key, QStringLiteral("上海物流有限公司")); // the first party named
        QCOMPARE(t.byParty.first().count, 3);
        for (const QList<TallyRow> &rows : {t.byYear, t.byType, t.byParty, t.byStatus}) {
            QCOMPARE(ContractTally::total(rows).count, all.size());
            QCOMPARE(ContractTally::total(rows).valueFen, 1370'00);
        }
        // In force and ending today or within 90 days: not the completed one, not day 91.
        QCOMPARE(t.expiring.size(), 2);
        QCOMPARE(t.expiring.first().endsOn, today);
        QCOMPARE(t.expiring.last().endsOn, today.addDays(30));
    }

    void con01_aStatusIsStoredByKeyAndShownByTitle()
    {
        for (ContractStatus s : {ContractStatus::Active, ContractStatus::Completed, ContractStatus::Terminated}) {
            QCOMPARE(contractStatusFromKey(contractStatusKey(s)), std::optional<ContractStatus>(s));
            QVERIFY(!contractStatusTitle(s).isEmpty());
        }
        QVERIFY(!contractStatusFromKey(QStringLiteral("lost")));
    }

    void con02_aPlaceIsItsKnownPartsAndABoxCodeIsNeverAContractNumber()
    {
        Contract c = typed();
        QCOMPARE(ContractRules::place(c), QString());
        c.cabinet = QStringLiteral("1号柜");
        c.box = QStringLiteral(" 2026-03 ");
        QCOMPARE(ContractRules::place(c), QStringLiteral("1号柜 / 2026-03"));
        QCOMPARE(ContractRules::boxCode(c), QStringLiteral("BOX 1号柜 / 2026-03"));
        QVERIFY(ContractRules::isBoxCode(QStringLiteral(" box 1号柜")));
        QVERIFY(!ContractRules::isBoxCode(QStringLiteral("2026-CG-0001")));
    }

    void con04_textIsIndexedAsOverlappingPairsEndingWithTheLastCharacter()
    {
        QCOMPARE(ContractText::grams(QStringLiteral("上海物流")), QStringLiteral("上海 海物 物流 流"));
        // Runs break at spaces and punctuation; Latin is lower case; one character is itself.
        QCOMPARE(ContractText::grams(QStringLiteral("甲方：ABC 乙")), QStringLiteral("甲方 方 ab bc c 乙"));
        QCOMPARE(ContractText::grams(QStringLiteral("，。 ")), QString());
        // Everyday forms: full-width letters, a Kangxi radical (⽅) and a simplified radical (⻚).
        QCOMPARE(ContractText::grams(QStringLiteral("ＡＢ甲⽅第2⻚")), QStringLiteral("ab b甲 甲方 方第 第2 2页 页"));
        // A PDF's text is stored with the characters, its full-width punctuation kept.
        QCOMPARE(ContractText::everydayCharacters(QStringLiteral("甲⽅：违约⾦，第2⻚")),
                 QStringLiteral("甲方：违约金，第2页"));
        // A rare ideograph outside the basic plane is one character, not two halves.
        const QString rare = QString::fromUcs4(U"𠀀");
        QCOMPARE(ContractText::grams(rare + QStringLiteral("字")), rare + QStringLiteral("字 字"));
        // A lone half of a pair is no letter: a quote after it stays out of the terms.
        QCOMPARE(ContractText::matchQuery(QString(QChar(0xD840)) + QStringLiteral("\"物")), QStringLiteral("\"物\"*"));
        // Chinese wrapped onto the next line, or spaced out to justify it, is still one word;
        // Latin words keep their spaces.
        QCOMPARE(ContractText::grams(QStringLiteral("有\n限 公")), QStringLiteral("有限 限公 公"));
        QCOMPARE(ContractText::grams(QStringLiteral("ab\ncd")), QStringLiteral("ab b cd d"));
    }

    void con04_aQueryOfOneTwoOrMoreCharactersBecomesPairsThatStandTogether()
    {
        QCOMPARE(ContractText::matchQuery(QStringLiteral("物")), QStringLiteral("\"物\"*"));
        QCOMPARE(ContractText::matchQuery(QStringLiteral("物流")), QStringLiteral("\"物流\""));
        QCOMPARE(ContractText::matchQuery(QStringLiteral("物流有限")), QStringLiteral("\"物流 流有 有限\""));
        // Every word must be found; quotes and FTS5 operators typed by the user are only punctuation.
        QCOMPARE(ContractText::matchQuery(QStringLiteral("物流 \"NEAR\" 甲")),
                 QStringLiteral("\"物流\" AND \"ne ea ar\" AND \"甲\"*"));
        QCOMPARE(ContractText::matchQuery(QStringLiteral(" *-\" ")), QString());
    }

    void con04_onPostgresTheSamePairsAreATsvectorAndATsquery()
    {
        // Issue 20: each term at its place, so that pairs must stand next to each other there too.
        QCOMPARE(ContractText::gramsVector(QStringLiteral("上海物流, AB")),
                 QStringLiteral("'上海':1 '海物':2 '物流':3 '流':4 'ab':5 'b':6"));
        QCOMPARE(ContractText::tsQuery(QStringLiteral("物")), QStringLiteral("'物':*"));
        QCOMPARE(ContractText::tsQuery(QStringLiteral("物流有限")), QStringLiteral("('物流' <-> '流有' <-> '有限')"));
        // Quotes, colons and operators typed by the user are only punctuation.
        QCOMPARE(ContractText::tsQuery(QStringLiteral("物流 'x':* & !甲")),
                 QStringLiteral("('物流') & 'x':* & '甲':*"));
        QCOMPARE(ContractText::tsQuery(QStringLiteral(" *-\"' ")), QString());
        // PostgreSQL keeps places up to 16383: a longer page puts its last terms there.
        const QString vector = ContractText::gramsVector(QString(20000, QChar(u'字')));
        QVERIFY(vector.startsWith(QStringLiteral("'字字':1 '字字':2 ")));
        QVERIFY(vector.endsWith(QStringLiteral("'字字':16383 '字':16383")));
    }

    void con04_recognisedChineseLosesTheSpacesTesseractPutsBetweenCharacters()
    {
        QCOMPARE(
            ContractText::tidyRecognised(QStringLiteral("上 海 物 流  有 限 公 司  \n\n甲方 Shanghai Co. 乙 方\n\n")),
            QStringLiteral("上海物流有限公司\n甲方 Shanghai Co. 乙方"));
    }

    void con04_theLineOfAHitIsTheFirstHoldingTheFirstWord()
    {
        const QString page = QStringLiteral("仓储服务合同\n  甲方：上海物流有限公司，\n乙方：北京");
        const ContractText::LineHit hit = ContractText::firstLine(page, QStringLiteral("物流 北京"));
        QCOMPARE(hit.line, 2);
        QCOMPARE(hit.text, QStringLiteral("甲方：上海物流有限公司，"));
        QCOMPARE(ContractText::firstLine(page, QStringLiteral("北京")).line, 3);
        QCOMPARE(ContractText::firstLine(page, QStringLiteral("广州")).line, 0);
        // A word wrapped at the line's end is found on the line where it starts.
        QCOMPARE(ContractText::firstLine(QStringLiteral("第一行\n上海物流有\n限公司"), QStringLiteral("有限公司")).line,
                 2);
    }

    void con01_aFileIsAPdfOrAPictureByItsFirstBytesAndWithinTheLimit()
    {
        QCOMPARE(AttachmentRules::kindOf("%PDF-1.7\n..."), std::optional<AttachmentKind>(AttachmentKind::Pdf));
        QCOMPARE(AttachmentRules::kindOf(QByteArray("\x89PNG\r\n\x1a\n....", 12)),
                 std::optional<AttachmentKind>(AttachmentKind::Image));
        QCOMPARE(AttachmentRules::kindOf("\xff\xd8\xff\xe0"), std::optional<AttachmentKind>(AttachmentKind::Image));
        QVERIFY(!AttachmentRules::kindOf("PK\x03\x04 a .docx renamed to .pdf"));
        QVERIFY(!AttachmentRules::kindOf(QByteArray("II*\0 a TIFF", 11))); // Qt reads none without a plugin
        QVERIFY(AttachmentRules::problem(QStringLiteral("a.pdf"), "%PDF-1.4", 100).isEmpty());
        QVERIFY(AttachmentRules::problem(QStringLiteral("big.pdf"), "%PDF-1.4", 5).contains(QStringLiteral("big.pdf")));
        QVERIFY(!AttachmentRules::problem(QStringLiteral("a.docx"), "PK\x03\x04", 100).isEmpty());
        QVERIFY(!AttachmentRules::problem(QStringLiteral("empty.pdf"), {}, 100).isEmpty());
        for (AttachmentText t : {AttachmentText::Pending, AttachmentText::Read, AttachmentText::Failed})
            QCOMPARE(attachmentTextFromKey(attachmentTextKey(t)), std::optional<AttachmentText>(t));
    }
};

QTEST_GUILESS_MAIN(ContractRulesTest)
#include "ContractRulesTest.moc"
