#include "domain/ProductListRows.h"

#include "common/domain/Money.h"

#include <QHash>

namespace shopdesk {

namespace {
// Each column by its Chinese or English headers, as shop back offices title them.
const CsvColumns kColumns{
    {"code",
     {QStringLiteral("编码"), QStringLiteral("商品编码"), QStringLiteral("SKU编码"), QStringLiteral("SKU"),
      QStringLiteral("货号"), QStringLiteral("code"), QStringLiteral("sku code")}},
    {"title",
     {QStringLiteral("标题"), QStringLiteral("商品标题"), QStringLiteral("商品名称"), QStringLiteral("名称"),
      QStringLiteral("title"), QStringLiteral("name")}},
    {"specification",
     {QStringLiteral("规格"), QStringLiteral("规格型号"), QStringLiteral("销售属性"), QStringLiteral("specification")}},
    {"barcode", {QStringLiteral("条码"), QStringLiteral("条形码"), QStringLiteral("barcode")}},
    {"cost", {QStringLiteral("成本"), QStringLiteral("成本价"), QStringLiteral("进价"), QStringLiteral("cost")}},
    {"price",
     {QStringLiteral("价格"), QStringLiteral("售价"), QStringLiteral("销售价"), QStringLiteral("一口价"),
      QStringLiteral("price")}},
    {"category", {QStringLiteral("类目"), QStringLiteral("类别"), QStringLiteral("分类"), QStringLiteral("category")}}};
} // namespace

Product ProductRow::appliedTo(Product card) const
{
    card.code = code;
    card.title = title;
    card.category = category.isEmpty() ? card.category : category;
    card.specification = specification.value_or(card.specification);
    card.barcode = barcode.value_or(card.barcode);
    card.costFen = costFen.value_or(card.costFen);
    if (card.id == 0)
        card.priceFen = priceFen.value_or(0);
    return card;
}

QStringList ProductListRows::exportHeader()
{
    return {QStringLiteral("编码"), QStringLiteral("标题"), QStringLiteral("规格"), QStringLiteral("条码"),
            QStringLiteral("成本"), QStringLiteral("价格"), QStringLiteral("类目")};
}

Result<ImportedRows<ProductRow>> ProductListRows::read(const QList<CsvRecord> &records)
{
    QHash<QString, int> column;
    const int header =
        CsvTable::findColumns(records, kColumns, {QStringLiteral("code"), QStringLiteral("title")}, column);
    if (header < 0)
        return fail(tr("no header row names the SKU code and the title (编码 and 标题)"));
    ImportedRows<ProductRow> list;
    QHash<QString, int> codeLine, barcodeLine; // where each first appears
    for (int i = header + 1; i < records.size(); ++i) {
        const CsvRow f{records.at(i), column};
        if (f.blank())
            continue;
        ++list.rowsRead;
        ProductRow row;
        row.line = records.at(i).line;
        row.code = f.text("code");
        row.title = f.text("title");
        row.category = f.text("category");
        QList<ImportProblem> problems;
        auto problem = [&](const QString &field, const QString &value, const QString &reason) {
            problems.append({row.line, field, value, reason});
        };
        if (row.code.isEmpty())
            problem(tr("code"), {}, tr("required"));
        else if (codeLine.contains(row.code))
            problem(tr("code"), row.code, tr("appears twice in the file (first on line %1)").arg(codeLine[row.code]));
        else
            codeLine.insert(row.code, row.line);
        if (row.title.isEmpty())
            problem(tr("title"), {}, tr("required"));
        if (f.has("specification"))
            row.specification = f.text("specification");
        if (f.has("barcode")) {
            const QString barcode = f.text("barcode");
            if (const QString why = ProductRules::barcodeProblem(barcode); !why.isEmpty())
                problem(tr("barcode"), barcode, why);
            else if (!barcode.isEmpty() && barcodeLine.contains(barcode))
                problem(tr("barcode"), barcode,
                        tr("appears twice in the file (first on line %1)").arg(barcodeLine[barcode]));
            else if (!barcode.isEmpty())
                barcodeLine.insert(barcode, row.line);
            row.barcode = barcode;
        }
        auto amount = [&](const char *key, const QString &field, std::optional<qint64> &into) {
            const QString t = f.text(key);
            if (t.isEmpty())
                return;
            const auto money = Money::parse(t);
            if (!money || money->fen() < 0)
                problem(field, t, tr("not an amount in yuan of 0 or more"));
            else
                into = money->fen();
        };
        amount("cost", tr("cost"), row.costFen);
        amount("price", tr("price"), row.priceFen);
        if (problems.isEmpty())
            list.rows.append(row);
        list.problems += problems;
    }
    return list;
}

bool ProductListRows::sameCard(const Product &a, const Product &b)
{
    return a.code == b.code && a.title == b.title && a.specification == b.specification && a.barcode == b.barcode
        && a.category == b.category && a.costFen == b.costFen && a.priceFen == b.priceFen;
}

} // namespace shopdesk
