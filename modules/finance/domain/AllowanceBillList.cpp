#include "domain/AllowanceBillList.h"

#include "common/domain/Money.h"

#include <cmath>

namespace shopdesk {

namespace {
const CsvColumns kColumns{{"staff_no",
                           {QStringLiteral("工号"), QStringLiteral("员工编号"), QStringLiteral("staff no"),
                            QStringLiteral("staff number"), QStringLiteral("employee no")}},
                          {"name", {QStringLiteral("姓名"), QStringLiteral("员工姓名"), QStringLiteral("name")}},
                          {"bill",
                           {QStringLiteral("话费"), QStringLiteral("电话费"), QStringLiteral("话费(元)"),
                            QStringLiteral("话费金额"), QStringLiteral("金额"), QStringLiteral("金额(元)"),
                            QStringLiteral("phone bill"), QStringLiteral("bill"), QStringLiteral("amount")}}};

// A month's phone bill is never above this: a figure beyond it is a typing slip (or fen as yuan).
constexpr qint64 kMaxBillFen = 10'000'00;
// "86.5", "¥1,234.50", or a spreadsheet's float such as 77.805000000000007 from a formula,
// rounded to the fen.
std::optional<Money> amountOf(const QString &text)
{
    if (auto money = Money::parse(text))
        return money;
    bool ok = false;
    const double yuan = text.toDouble(&ok);
    if (!ok || !std::isfinite(yuan) || std::abs(yuan) > 1e12)
        return std::nullopt;
    return Money::fromFen(qRound64(yuan * 100));
}
} // namespace

Result<AllowanceBillList> AllowanceBillRows::read(const QList<CsvRecord> &records)
{
    QHash<QString, int> column;
    int header = CsvTable::findColumns(records, kColumns, {QStringLiteral("bill"), QStringLiteral("staff_no")}, column);
    if (header < 0)
        header = CsvTable::findColumns(records, kColumns, {QStringLiteral("bill"), QStringLiteral("name")}, column);
    if (header < 0)
        return fail(tr("no header row names the bill and the employee (话费, and 工号 or 姓名)"));
    AllowanceBillList list;
    QHash<QString, int> firstLine; // staff number or name -> the line it first appears on
    for (int i = header + 1; i < records.size(); ++i) {
        const CsvRow f{records.at(i), column};
        if (f.blank())
            continue;
        ++list.rowsRead;
        AllowanceBillRow row{records.at(i).line, f.text("staff_no"), f.text("name"), 0};
        QList<ImportProblem> problems;
        auto problem = [&](const QString &field, const QString &value, const QString &reason) {
            problems.append({row.line, field, value, reason});
        };
        const QString who = row.staffNo.isEmpty() ? row.name : row.staffNo;
        if (who.isEmpty())
            problem(f.has("staff_no") ? tr("staff number") : tr("name"), {}, tr("required"));
        else if (firstLine.contains(who))
            problem(row.staffNo.isEmpty() ? tr("name") : tr("staff number"), who,
                    tr("appears twice in the file (first on line %1)").arg(firstLine[who]));
        else
            firstLine.insert(who, row.line);
        const QString bill = f.text("bill");
        const auto money = amountOf(bill);
        if (bill.isEmpty())
            problem(tr("bill"), {}, tr("required"));
        else if (!money || money->fen() < 0 || money->fen() > kMaxBillFen)
            problem(tr("bill"), bill, tr("not an amount in yuan from 0 to 10,000 (such as 86.50)"));
        else
            row.billFen = money->fen();
        if (problems.isEmpty())
            list.rows.append(row);
        list.problems += problems;
    }
    return list;
}

} // namespace shopdesk
