#include "domain/SupplyListRows.h"

#include <QHash>

#include <algorithm>

#include <cmath>

namespace shopdesk {

namespace {
using Columns = CsvColumns;

// Each column by its Chinese or English headers, as people title them in Excel.
const Columns kItemColumns{
    {"code",
     {QStringLiteral("编码"), QStringLiteral("物品编码"), QStringLiteral("条码"), QStringLiteral("code"),
      QStringLiteral("item code")}},
    {"name", {QStringLiteral("名称"), QStringLiteral("物品名称"), QStringLiteral("品名"), QStringLiteral("name")}},
    {"category", {QStringLiteral("类别"), QStringLiteral("分类"), QStringLiteral("category")}},
    {"unit", {QStringLiteral("单位"), QStringLiteral("unit")}},
    {"specification", {QStringLiteral("规格"), QStringLiteral("规格型号"), QStringLiteral("specification")}},
    {"location", {QStringLiteral("存放位置"), QStringLiteral("位置"), QStringLiteral("location")}},
    {"reorder_point", {QStringLiteral("再订货点"), QStringLiteral("订货点"), QStringLiteral("reorder point")}},
    {"lead_time_days",
     {QStringLiteral("采购周期(天)"), QStringLiteral("采购周期"), QStringLiteral("lead time days"),
      QStringLiteral("lead time (days)")}},
    {"preferred_supplier", {QStringLiteral("首选供应商"), QStringLiteral("preferred supplier")}}};

const Columns kSupplierColumns{{"name",
                                {QStringLiteral("名称"), QStringLiteral("供应商"), QStringLiteral("供应商名称"),
                                 QStringLiteral("name"), QStringLiteral("supplier")}},
                               {"contact", {QStringLiteral("联系人"), QStringLiteral("contact")}},
                               {"phone", {QStringLiteral("电话"), QStringLiteral("联系电话"), QStringLiteral("phone")}},
                               {"notes", {QStringLiteral("备注"), QStringLiteral("notes")}}};

// "20", or "20.0" from a spreadsheet, which keeps every number as a double.
std::optional<qint64> wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (ok)
        return n;
    const double d = text.toDouble(&ok);
    if (ok && std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
        return qint64(d);
    return std::nullopt;
}

std::optional<QString> textIfColumn(const CsvRow &f, const char *key)
{
    return f.has(key) ? std::optional<QString>(f.text(key)) : std::nullopt;
}
} // namespace

SupplyItem SupplyItemRow::appliedTo(SupplyItem card, qint64 preferredSupplierId) const
{
    card.code = code;
    card.name = name;
    card.category = category;
    card.unit = unit;
    card.specification = specification.value_or(card.specification);
    card.location = location.value_or(card.location);
    card.reorderPoint = reorderPoint.value_or(card.reorderPoint);
    card.leadTimeDays = leadTimeDays.value_or(card.leadTimeDays);
    if (!preferredSupplier.isEmpty())
        card.preferredSupplierId = preferredSupplierId;
    return card;
}

Supplier SupplierRow::appliedTo(Supplier card) const
{
    card.name = name;
    card.contact = contact.value_or(card.contact);
    card.phone = phone.value_or(card.phone);
    card.notes = notes.value_or(card.notes);
    return card;
}

Result<SupplyList<SupplyItemRow>> SupplyListRows::items(const QList<CsvRecord> &records)
{
    QHash<QString, int> column;
    const int header =
        CsvTable::findColumns(records, kItemColumns, {QStringLiteral("code"), QStringLiteral("name")}, column);
    if (header < 0)
        return fail(tr("no header row names the code and the name (编码 and 名称)"));
    SupplyList<SupplyItemRow> list;
    QHash<QString, int> firstLine; // code -> the line it first appears on
    for (int i = header + 1; i < records.size(); ++i) {
        const CsvRow f{records.at(i), column};
        if (f.blank())
            continue;
        ++list.rowsRead;
        SupplyItemRow row{records.at(i).line, f.text("code"), f.text("name"), f.text("category"), f.text("unit")};
        QList<ImportProblem> problems;
        auto problem = [&](const QString &field, const QString &value, const QString &reason) {
            problems.append({row.line, field, value, reason});
        };
        if (row.code.isEmpty())
            problem(tr("code"), {}, tr("required"));
        else if (firstLine.contains(row.code))
            problem(tr("code"), row.code, tr("appears twice in the file (first on line %1)").arg(firstLine[row.code]));
        else
            firstLine.insert(row.code, row.line);
        if (row.name.isEmpty())
            problem(tr("name"), {}, tr("required"));
        if (row.category.isEmpty()) // RULE SUP-08: items are kept by category
            problem(tr("category"), {}, tr("required: items are kept by category (SUP-08)"));
        if (row.unit.isEmpty())
            problem(tr("unit"), {}, tr("required"));
        row.specification = textIfColumn(f, "specification");
        row.location = textIfColumn(f, "location");
        if (const QString t = f.text("reorder_point"); !t.isEmpty()) {
            const auto n = wholeNumber(t);
            if (n && *n >= 0 && *n <= 1'000'000)
                row.reorderPoint = *n;
            else
                problem(tr("reorder point"), t, tr("not a whole number from 0 to 1,000,000"));
        }
        if (const QString t = f.text("lead_time_days"); !t.isEmpty()) {
            const auto n = wholeNumber(t);
            if (n && *n >= 0 && *n <= 365)
                row.leadTimeDays = int(*n);
            else
                problem(tr("lead time days"), t, tr("not a whole number of days from 0 to 365"));
        }
        row.preferredSupplier = f.text("preferred_supplier");
        if (problems.isEmpty())
            list.rows.append(row);
        list.problems += problems;
    }
    return list;
}

Result<SupplyList<SupplierRow>> SupplyListRows::suppliers(const QList<CsvRecord> &records)
{
    QHash<QString, int> column;
    const int header = CsvTable::findColumns(records, kSupplierColumns, {QStringLiteral("name")}, column);
    if (header < 0)
        return fail(tr("no header row names the supplier (名称 or 供应商)"));
    SupplyList<SupplierRow> list;
    QHash<QString, int> firstLine; // name -> the line it first appears on
    for (int i = header + 1; i < records.size(); ++i) {
        const CsvRow f{records.at(i), column};
        if (f.blank())
            continue;
        ++list.rowsRead;
        const SupplierRow row{records.at(i).line, f.text("name"), textIfColumn(f, "contact"), textIfColumn(f, "phone"),
                              textIfColumn(f, "notes")};
        if (row.name.isEmpty()) {
            list.problems.append({row.line, tr("name"), {}, tr("required")});
        } else if (firstLine.contains(row.name)) {
            list.problems.append({row.line, tr("name"), row.name,
                                  tr("appears twice in the file (first on line %1)").arg(firstLine[row.name])});
        } else {
            firstLine.insert(row.name, row.line);
            list.rows.append(row);
        }
    }
    return list;
}

bool SupplyListRows::sameCard(const SupplyItem &a, const SupplyItem &b)
{
    return a.code == b.code && a.name == b.name && a.category == b.category && a.unit == b.unit
        && a.specification == b.specification && a.location == b.location && a.reorderPoint == b.reorderPoint
        && a.leadTimeDays == b.leadTimeDays && a.preferredSupplierId == b.preferredSupplierId;
}

bool SupplyListRows::sameCard(const Supplier &a, const Supplier &b)
{
    return a.name == b.name && a.contact == b.contact && a.phone == b.phone && a.notes == b.notes;
}

} // namespace shopdesk
