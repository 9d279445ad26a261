#include "domain/ChannelOrderRows.h"

#include "common/domain/Money.h"
#include "domain/ShopTime.h"

#include <QHash>

namespace shopdesk {

namespace {
const CsvColumns kTaobaoColumns{
    {"number", {QStringLiteral("订单编号")}},       {"buyer", {QStringLiteral("买家会员名")}},
    {"goods", {QStringLiteral("买家应付货款")}},    {"shipping", {QStringLiteral("买家应付邮费")}},
    {"paid", {QStringLiteral("买家实际支付金额")}}, {"status", {QStringLiteral("订单状态")}},
    {"name", {QStringLiteral("收货人姓名")}},       {"address", {QStringLiteral("收货地址")}},
    {"phone", {QStringLiteral("联系电话")}},        {"mobile", {QStringLiteral("联系手机")}},
    {"created", {QStringLiteral("订单创建时间")}},  {"title", {QStringLiteral("宝贝标题")}},
    {"quantity", {QStringLiteral("宝贝总数量")}}};

const CsvColumns kShopifyColumns{{"name", {QStringLiteral("Name")}},
                                 {"email", {QStringLiteral("Email")}},
                                 {"financial", {QStringLiteral("Financial Status")}},
                                 {"fulfillment", {QStringLiteral("Fulfillment Status")}},
                                 {"currency", {QStringLiteral("Currency")}},
                                 {"total", {QStringLiteral("Total")}},
                                 {"discount", {QStringLiteral("Discount Amount")}},
                                 {"created", {QStringLiteral("Created at")}},
                                 {"quantity", {QStringLiteral("Lineitem quantity")}},
                                 {"item", {QStringLiteral("Lineitem name")}},
                                 {"price", {QStringLiteral("Lineitem price")}},
                                 {"sku", {QStringLiteral("Lineitem sku")}},
                                 {"billing_name", {QStringLiteral("Billing Name")}},
                                 {"billing_phone", {QStringLiteral("Billing Phone")}},
                                 {"shipping_name", {QStringLiteral("Shipping Name")}},
                                 {"address1", {QStringLiteral("Shipping Address1")}},
                                 {"city", {QStringLiteral("Shipping City")}},
                                 {"province", {QStringLiteral("Shipping Province")}},
                                 {"country", {QStringLiteral("Shipping Country")}},
                                 {"shipping_phone", {QStringLiteral("Shipping Phone")}},
                                 {"cancelled", {QStringLiteral("Cancelled at")}}};

// The most of one item an order can hold, and the largest amount (ten billion in the minor
// unit): beyond them a column is mapped wrong, and the sums would overflow.
constexpr qint64 kMostPieces = 1'000'000;
constexpr qint64 kLargestMinor = 1'000'000'000'000;

// Excel's leading ' that keeps a long number as text.
QString unquoted(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) ? text.mid(1).trimmed() : text;
}
} // namespace

namespace {
// The number of `least` to `most` ASCII digits at `i` (and `i` past them); -1 when fewer.
int digitsAt(QStringView text, qsizetype &i, int least, int most)
{
    int value = 0;
    int count = 0;
    for (; count < most && i < text.size() && text[i] >= u'0' && text[i] <= u'9'; ++count, ++i)
        value = value * 10 + (text[i].unicode() - u'0');
    return count >= least ? value : -1;
}
} // namespace

QDateTime ChannelOrderRows::parseTime(const QString &given)
{
    // 2026-10-12 09:00[:00] (or 2026/10/12, or a T), then maybe Z, +08:00 or -0500. A scan, not a
    // regular expression: an import reads one a row.
    const QStringView text = QStringView(given).trimmed();
    qsizetype i = 0;
    const auto takeOneOf = [&](std::initializer_list<char16_t> marks) {
        if (i >= text.size() || std::find(marks.begin(), marks.end(), text[i].unicode()) == marks.end())
            return false;
        ++i;
        return true;
    };
    const int year = digitsAt(text, i, 4, 4);
    const int month = takeOneOf({u'-', u'/'}) ? digitsAt(text, i, 1, 2) : -1;
    const int day = takeOneOf({u'-', u'/'}) ? digitsAt(text, i, 1, 2) : -1;
    const int hour = takeOneOf({u' ', u'T'}) ? digitsAt(text, i, 1, 2) : -1;
    const int minute = takeOneOf({u':'}) ? digitsAt(text, i, 2, 2) : -1;
    const int second = takeOneOf({u':'}) ? digitsAt(text, i, 2, 2) : 0;
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    while (i < text.size() && text[i].isSpace())
        ++i;
    int offset = ShopTime::kChinaOffsetSeconds; // the channel's day is China's
    if (takeOneOf({u'Z'})) {
        offset = 0;
    } else if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) {
        const int sign = text[i++] == u'-' ? -1 : 1;
        const int hours = digitsAt(text, i, 2, 2);
        takeOneOf({u':'});
        const int minutes = digitsAt(text, i, 2, 2);
        if (hours < 0 || minutes < 0)
            return {};
        offset = sign * (hours * 3600 + minutes * 60);
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (i != text.size() || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

std::optional<qint64> ChannelOrderRows::parseAmount(const QString &text)
{
    const auto money = Money::parse(unquoted(text.trimmed()));
    if (!money || money->fen() > kLargestMinor || money->fen() < -kLargestMinor)
        return std::nullopt;
    return money->fen();
}

Result<ImportedRows<ChannelOrderRow>> ChannelOrderRows::taobao(const QList<CsvRecord> &records)
{
    QHash<QString, int> column;
    const int header = CsvTable::findColumns(
        records, kTaobaoColumns,
        {QStringLiteral("number"), QStringLiteral("paid"), QStringLiteral("created"), QStringLiteral("title")}, column);
    if (header < 0)
        return fail(tr("no header row names the order number, the amount paid, the creation time and the item "
                       "(订单编号, 买家实际支付金额, 订单创建时间, 宝贝标题)"));
    ImportedRows<ChannelOrderRow> list;
    list.rows.reserve(records.size() - header - 1);
    QHash<QString, int> firstLine;
    // Each column's place looked up once, not once a row (a file of 100,000 orders).
    const auto placeOf = [&](const char *key) { return column.value(QLatin1String(key), -1); };
    const int numberColumn = placeOf("number"), buyerColumn = placeOf("buyer"), nameColumn = placeOf("name"),
              addressColumn = placeOf("address"), mobileColumn = placeOf("mobile"), phoneColumn = placeOf("phone"),
              statusColumn = placeOf("status"), createdColumn = placeOf("created"), paidColumn = placeOf("paid"),
              shippingColumn = placeOf("shipping"), goodsColumn = placeOf("goods"),
              quantityColumn = placeOf("quantity"), titleColumn = placeOf("title");
    for (int i = header + 1; i < records.size(); ++i) {
        const CsvRow f{records.at(i), column};
        if (f.blank())
            continue;
        const auto text = [&](int place) { return records.at(i).fields.value(place).trimmed(); };
        ++list.rowsRead;
        ChannelOrderRow row;
        row.line = records.at(i).line;
        Order &o = row.order;
        o.channel = QStringLiteral("taobao");
        o.currency = QStringLiteral("CNY");
        o.number = unquoted(text(numberColumn));
        o.customer = text(buyerColumn);
        o.contactName = text(nameColumn);
        o.address = text(addressColumn);
        o.phone = unquoted(text(mobileColumn));
        if (o.phone.isEmpty())
            o.phone = unquoted(text(phoneColumn));
        o.channelStatus = text(statusColumn);
        QList<ImportProblem> problems;
        auto problem = [&](const char *field, const QString &value, const QString &reason) {
            problems.append({row.line, QString::fromUtf8(field), value, reason});
        };
        if (o.number.isEmpty())
            problem("订单编号", {}, tr("required"));
        else if (firstLine.contains(o.number))
            problem("订单编号", o.number, tr("appears twice in the file (first on line %1)").arg(firstLine[o.number]));
        else
            firstLine.insert(o.number, row.line);
        // Each amount read once (a file of 100,000 orders).
        const QString createdText = text(createdColumn);
        const QString paidText = text(paidColumn);
        const QString shippingText = text(shippingColumn);
        const QString goodsText = text(goodsColumn);
        o.createdAt = parseTime(createdText);
        if (!o.createdAt.isValid())
            problem("订单创建时间", createdText, tr("not a date and time such as 2026-10-12 09:00:00"));
        const auto paid = parseAmount(paidText);
        if (!paid || *paid < 0)
            problem("买家实际支付金额", paidText, tr("not an amount of 0 or more"));
        const auto shipping = shippingText.isEmpty() ? std::optional<qint64>(0) : parseAmount(shippingText);
        if (!shipping || *shipping < 0)
            problem("买家应付邮费", shippingText, tr("not an amount of 0 or more"));
        // The goods as the buyer owes them; without the column, what was paid less the shipping.
        const auto goods = goodsText.isEmpty()
            ? (paid && shipping ? std::optional<qint64>(*paid - *shipping) : std::nullopt)
            : parseAmount(goodsText);
        if ((!goods || *goods < 0) && !goodsText.isEmpty())
            problem("买家应付货款", goodsText, tr("not an amount of 0 or more"));
        else if (goods && *goods < 0) // no goods column: paid less than the shipping
            problem("买家实际支付金额", paidText, tr("less than the shipping"));
        qint64 quantity = 1;
        if (const QString q = text(quantityColumn); !q.isEmpty()) {
            bool ok = false;
            quantity = q.toLongLong(&ok);
            if (!ok || quantity <= 0 || quantity > kMostPieces)
                problem("宝贝总数量", q, tr("not a whole number from 1 to 1,000,000"));
        }
        if (problems.isEmpty()) {
            o.shippingMinor = *shipping;
            o.goodsMinor = *goods;
            o.totalMinor = *paid;
            o.discountMinor = o.goodsMinor + o.shippingMinor - o.totalMinor; // coupons and the shop's discounts
            if (o.discountMinor < 0)
                problem("买家实际支付金额", paidText,
                        tr("more than the goods and the shipping (%1)")
                            .arg(Money::fromFen(o.goodsMinor + o.shippingMinor).toPlainString()));
            // One line: the report gives the item and how many; the price is the goods' share.
            const qint64 unit = (o.goodsMinor + quantity - 1) / quantity;
            o.lines = {{QString(), text(titleColumn), quantity, unit, unit * quantity - o.goodsMinor}};
        }
        if (problems.isEmpty())
            list.rows.append(std::move(row));
        list.problems += problems;
    }
    return list;
}

Result<ImportedRows<ChannelOrderRow>> ChannelOrderRows::shopify(const QList<CsvRecord> &records)
{
    QHash<QString, int> column;
    const int header = CsvTable::findColumns(
        records, kShopifyColumns,
        {QStringLiteral("name"), QStringLiteral("total"), QStringLiteral("quantity"), QStringLiteral("price")}, column);
    if (header < 0)
        return fail(tr("no header row names the order, its total and its line items (Name, Total, Lineitem "
                       "quantity, Lineitem price)"));
    ImportedRows<ChannelOrderRow> list;
    // An order's rows, in the file's order: the first carries the order's fields.
    QStringList names;
    QHash<QString, QList<int>> rowsOf;
    for (int i = header + 1; i < records.size(); ++i) {
        const CsvRow f{records.at(i), column};
        if (f.blank())
            continue;
        const QString name = f.text("name");
        if (name.isEmpty()) {
            ++list.rowsRead;
            list.problems.append({records.at(i).line, QStringLiteral("Name"), {}, tr("required")});
            continue;
        }
        if (!rowsOf.contains(name)) {
            ++list.rowsRead;
            names << name;
        }
        rowsOf[name].append(i);
    }
    for (const QString &name : std::as_const(names)) {
        const QList<int> &rows = rowsOf[name];
        const CsvRow f{records.at(rows.first()), column};
        ChannelOrderRow row;
        row.line = records.at(rows.first()).line;
        Order &o = row.order;
        o.channel = QStringLiteral("shopify");
        o.number = name;
        o.customer = f.text("email");
        o.currency = f.text("currency").toUpper();
        o.contactName = f.text("shipping_name").isEmpty() ? f.text("billing_name") : f.text("shipping_name");
        o.phone = f.text("shipping_phone").isEmpty() ? f.text("billing_phone") : f.text("shipping_phone");
        QStringList address;
        for (const char *part : {"address1", "city", "province", "country"})
            if (!f.text(part).isEmpty())
                address << f.text(part);
        o.address = address.join(QStringLiteral(", "));
        o.channelStatus = f.text("cancelled").isEmpty()
            ? QStringList{f.text("financial"), f.text("fulfillment")}.join(QLatin1Char('/'))
            : QStringLiteral("cancelled");
        QList<ImportProblem> problems;
        auto problem = [&](int line, const char *field, const QString &value, const QString &reason) {
            problems.append({line, QString::fromLatin1(field), value, reason});
        };
        o.createdAt = parseTime(f.text("created"));
        if (!o.createdAt.isValid())
            problem(row.line, "Created at", f.text("created"),
                    tr("not a date and time such as 2026-10-12 10:00:00 +0800"));
        if (o.currency.size() != 3)
            problem(row.line, "Currency", f.text("currency"), tr("not a currency code such as USD"));
        const auto total = parseAmount(f.text("total"));
        if (!total || *total < 0)
            problem(row.line, "Total", f.text("total"), tr("not an amount of 0 or more"));
        const auto discount = f.text("discount").isEmpty() ? std::optional<qint64>(0) : parseAmount(f.text("discount"));
        if (!discount || *discount < 0)
            problem(row.line, "Discount Amount", f.text("discount"), tr("not an amount of 0 or more"));
        for (int r : rows) {
            const CsvRow item{records.at(r), column};
            const int line = records.at(r).line;
            bool ok = false;
            const qint64 quantity = item.text("quantity").toLongLong(&ok);
            const auto price = parseAmount(item.text("price"));
            if (!ok || quantity <= 0 || quantity > kMostPieces)
                problem(line, "Lineitem quantity", item.text("quantity"), tr("not a whole number from 1 to 1,000,000"));
            else if (!price || *price < 0)
                problem(line, "Lineitem price", item.text("price"), tr("not an amount of 0 or more"));
            else {
                o.lines.append({item.text("sku"), item.text("item"), quantity, *price, 0});
                o.goodsMinor += quantity * *price;
            }
        }
        if (problems.isEmpty()) {
            // Shipping and taxes together: the total less the goods, as the discount leaves them.
            o.totalMinor = *total;
            o.discountMinor = *discount;
            o.shippingMinor = o.totalMinor - o.goodsMinor + o.discountMinor;
            if (o.shippingMinor < 0)
                problem(row.line, "Total", f.text("total"),
                        tr("less than its line items (%1) after the discount")
                            .arg(Money::fromFen(o.goodsMinor - o.discountMinor).toPlainString()));
        }
        if (problems.isEmpty())
            list.rows.append(std::move(row));
        list.problems += problems;
    }
    std::stable_sort(list.problems.begin(), list.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    return list;
}

namespace {
// The header row: among the first rows (title rows may come first), the first that has every
// required column the mapping names; with none named yet, the first in which the usual names
// find them, else the one with the most cells filled.
int mappedHeader(const QList<CsvRecord> &records, const OrderColumns &columns)
{
    const int lookAt = int(qMin<qsizetype>(records.size(), 10));
    auto trimmed = [&](int i) {
        QStringList fields = records.at(i).fields;
        for (QString &f : fields)
            f = f.trimmed();
        return fields;
    };
    bool named = false;
    for (const QString &field : OrderColumns::fields())
        named = named || (OrderColumns::required(field) && !columns.headers.value(field).isEmpty());
    int fullest = -1;
    qsizetype most = 0;
    for (int i = 0; i < lookAt; ++i) {
        const QStringList fields = trimmed(i);
        const OrderColumns found = named ? columns : columns.filledFrom(fields);
        bool all = true;
        for (const QString &field : OrderColumns::fields())
            if (OrderColumns::required(field)
                && (found.headers.value(field).isEmpty() || !fields.contains(found.headers.value(field))))
                all = false;
        if (all)
            return i;
        const qsizetype filled = fields.size() - fields.count(QString());
        if (!named && filled > most) {
            most = filled;
            fullest = i;
        }
    }
    return fullest;
}
} // namespace

QStringList ChannelOrderRows::headerOf(const QList<CsvRecord> &records, const OrderColumns &columns)
{
    const int header = mappedHeader(records, columns);
    QStringList fields = header < 0 ? QStringList() : records.at(header).fields;
    for (QString &f : fields)
        f = f.trimmed();
    return fields;
}

Result<ImportedRows<ChannelOrderRow>> ChannelOrderRows::mapped(const QList<CsvRecord> &records,
                                                               const OrderColumns &columns)
{
    for (const QString &field : OrderColumns::fields())
        if (OrderColumns::required(field) && columns.headers.value(field).isEmpty())
            return fail(tr("choose the column that holds \"%1\"").arg(OrderColumns::title(field)));
    if (columns.channel.trimmed().isEmpty())
        return fail(tr("name the channel the orders come from"));
    const int header = mappedHeader(records, columns);
    if (header < 0)
        return fail(tr("no header row names the columns %1, %2 and %3")
                        .arg(columns.headers.value(QStringLiteral("number")),
                             columns.headers.value(QStringLiteral("created")),
                             columns.headers.value(QStringLiteral("title"))));
    const QStringList headerFields = headerOf(records, columns);
    QHash<QString, int> column;
    for (auto it = columns.headers.cbegin(); it != columns.headers.cend(); ++it)
        if (const int at = int(headerFields.indexOf(it.value())); !it.value().isEmpty() && at >= 0)
            column.insert(it.key(), at);
    for (const QString &field : OrderColumns::fields()) // the first missing in the dialog's order
        if (const QString h = columns.headers.value(field); !h.isEmpty() && !column.contains(field))
            return fail(tr("the file has no column \"%1\" (%2)").arg(h, OrderColumns::title(field)));
    auto headerName = [&](const char *key) { return columns.headers.value(QLatin1String(key)); };

    ImportedRows<ChannelOrderRow> list;
    QStringList numbers; // in the file's order
    QHash<QString, QList<int>> rowsOf;
    for (int i = header + 1; i < records.size(); ++i) {
        const CsvRow f{records.at(i), column};
        if (f.blank())
            continue;
        const QString number = unquoted(f.text("number"));
        if (number.isEmpty()) {
            ++list.rowsRead;
            list.problems.append({records.at(i).line, headerName("number"), {}, tr("required")});
            continue;
        }
        if (!rowsOf.contains(number)) {
            ++list.rowsRead;
            numbers << number;
        }
        rowsOf[number].append(i);
    }
    for (const QString &number : std::as_const(numbers)) {
        const QList<int> &rows = rowsOf[number];
        const CsvRow f{records.at(rows.first()), column};
        ChannelOrderRow row;
        row.line = records.at(rows.first()).line;
        Order &o = row.order;
        o.channel = columns.channel.trimmed().toLower();
        o.currency = columns.currency.trimmed().toUpper();
        o.number = number;
        o.customer = f.text("buyer");
        o.contactName = f.text("name");
        o.phone = unquoted(f.text("phone"));
        o.address = f.text("address");
        o.channelStatus = f.text("status");
        QList<ImportProblem> problems;
        auto problem = [&](int line, const char *key, const QString &value, const QString &reason) {
            problems.append({line, headerName(key), value, reason});
        };
        o.createdAt = parseTime(f.text("created"));
        if (!o.createdAt.isValid())
            problem(row.line, "created", f.text("created"), tr("not a date and time such as 2026-10-12 09:00:00"));
        auto amountOf = [&](const CsvRow &r, int line, const char *key) -> std::optional<qint64> {
            if (!r.has(key) || r.text(key).isEmpty())
                return std::optional<qint64>(0);
            const auto a = parseAmount(r.text(key));
            if (!a || *a < 0) {
                problem(line, key, r.text(key), tr("not an amount of 0 or more"));
                return std::nullopt;
            }
            return a;
        };
        for (int r : rows) {
            const CsvRow item{records.at(r), column};
            const int line = records.at(r).line;
            if (item.text("title").isEmpty()) {
                problem(line, "title", {}, tr("required"));
                continue;
            }
            qint64 quantity = 1;
            if (const QString q = item.text("quantity"); !q.isEmpty()) {
                bool ok = false;
                quantity = q.toLongLong(&ok);
                if (!ok || quantity <= 0 || quantity > kMostPieces) {
                    problem(line, "quantity", q, tr("not a whole number from 1 to 1,000,000"));
                    continue;
                }
            }
            OrderLine l{item.text("sku"), item.text("title"), quantity, 0, 0};
            if (item.has("price") && !item.text("price").isEmpty()) {
                const auto price = amountOf(item, line, "price");
                if (!price)
                    continue;
                l.unitPriceMinor = *price;
                if (item.has("amount") && !item.text("amount").isEmpty()) { // the line's own discount
                    const auto amount = amountOf(item, line, "amount");
                    if (!amount)
                        continue;
                    l.discountMinor = quantity * *price - *amount;
                    if (l.discountMinor < 0) {
                        problem(line, "amount", item.text("amount"), tr("more than the quantity at the unit price"));
                        continue;
                    }
                }
            } else if (item.has("amount") && !item.text("amount").isEmpty()) {
                const auto amount = amountOf(item, line, "amount");
                if (!amount)
                    continue;
                l.unitPriceMinor = (*amount + quantity - 1) / quantity;
                l.discountMinor = l.unitPriceMinor * quantity - *amount;
            } else {
                problem(line, "title", item.text("title"), tr("the line has no unit price and no amount"));
                continue;
            }
            o.lines.append(l);
            o.goodsMinor += l.amountMinor();
        }
        const auto shipping = amountOf(f, row.line, "shipping");
        const auto discount = amountOf(f, row.line, "discount");
        const auto total = amountOf(f, row.line, "total");
        if (problems.isEmpty() && shipping && discount && total) {
            o.shippingMinor = *shipping;
            o.discountMinor = *discount;
            o.totalMinor = o.goodsMinor + o.shippingMinor - o.discountMinor;
            if (f.has("total") && !f.text("total").isEmpty() && *total != o.totalMinor) {
                if (f.has("discount") && !f.text("discount").isEmpty())
                    problem(row.line, "total", f.text("total"),
                            tr("not the goods %1 and shipping %2 less the discount %3")
                                .arg(Money::fromFen(o.goodsMinor).toPlainString(),
                                     Money::fromFen(o.shippingMinor).toPlainString(),
                                     Money::fromFen(o.discountMinor).toPlainString()));
                else if (*total > o.goodsMinor + o.shippingMinor)
                    problem(row.line, "total", f.text("total"),
                            tr("more than the goods and the shipping (%1)")
                                .arg(Money::fromFen(o.goodsMinor + o.shippingMinor).toPlainString()));
                else { // the coupons and the shop's discounts
                    o.discountMinor = o.goodsMinor + o.shippingMinor - *total;
                    o.totalMinor = *total;
                }
            }
        }
        if (problems.isEmpty())
            list.rows.append(std::move(row));
        list.problems += problems;
    }
    return list;
}

} // namespace shopdesk
