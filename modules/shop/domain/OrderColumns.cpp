#include "domain/OrderColumns.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace shopdesk {

namespace {
struct Field
{
    const char *key;
    const char *title;
    QStringList usual; // headers channels give it, compared without case or spaces
};

const QList<Field> &all()
{
    static const QList<Field> list{
        {"number",
         QT_TRANSLATE_NOOP("OrderColumns", "Order number"),
         {QStringLiteral("订单号"), QStringLiteral("订单编号"), QStringLiteral("Order ID"),
          QStringLiteral("Order Number"), QStringLiteral("order_number")}},
        {"created",
         QT_TRANSLATE_NOOP("OrderColumns", "Created at"),
         {QStringLiteral("下单时间"), QStringLiteral("订单创建时间"), QStringLiteral("创建时间"),
          QStringLiteral("Order Date"), QStringLiteral("Created at"), QStringLiteral("date_created")}},
        {"title",
         QT_TRANSLATE_NOOP("OrderColumns", "Item"),
         {QStringLiteral("商品名称"), QStringLiteral("商品"), QStringLiteral("宝贝标题"), QStringLiteral("Item Name"),
          QStringLiteral("Product Name"), QStringLiteral("Lineitem name")}},
        {"sku",
         QT_TRANSLATE_NOOP("OrderColumns", "SKU code"),
         {QStringLiteral("商家编码"), QStringLiteral("商品编码"), QStringLiteral("SKU"), QStringLiteral("货号")}},
        {"quantity",
         QT_TRANSLATE_NOOP("OrderColumns", "Quantity"),
         {QStringLiteral("数量"), QStringLiteral("购买数量"), QStringLiteral("商品数量"), QStringLiteral("Quantity"),
          QStringLiteral("Qty")}},
        {"price",
         QT_TRANSLATE_NOOP("OrderColumns", "Unit price"),
         {QStringLiteral("单价"), QStringLiteral("商品单价"), QStringLiteral("Item Cost"), QStringLiteral("Price")}},
        {"amount",
         QT_TRANSLATE_NOOP("OrderColumns", "Line amount"),
         {QStringLiteral("商品金额"), QStringLiteral("小计"), QStringLiteral("Line Total")}},
        {"buyer",
         QT_TRANSLATE_NOOP("OrderColumns", "Buyer account"),
         {QStringLiteral("买家账号"), QStringLiteral("下单账号"), QStringLiteral("用户名"), QStringLiteral("Customer"),
          QStringLiteral("Email")}},
        {"name",
         QT_TRANSLATE_NOOP("OrderColumns", "Consignee"),
         {QStringLiteral("收货人"), QStringLiteral("收货人姓名"), QStringLiteral("客户姓名"),
          QStringLiteral("Shipping Name")}},
        {"phone",
         QT_TRANSLATE_NOOP("OrderColumns", "Phone"),
         {QStringLiteral("手机"), QStringLiteral("联系电话"), QStringLiteral("收货人手机"), QStringLiteral("联系手机"),
          QStringLiteral("Phone")}},
        {"address",
         QT_TRANSLATE_NOOP("OrderColumns", "Address"),
         {QStringLiteral("收货地址"), QStringLiteral("地址"), QStringLiteral("详细地址"),
          QStringLiteral("Shipping Address")}},
        {"shipping",
         QT_TRANSLATE_NOOP("OrderColumns", "Shipping"),
         {QStringLiteral("运费"), QStringLiteral("邮费"), QStringLiteral("Shipping")}},
        {"discount",
         QT_TRANSLATE_NOOP("OrderColumns", "Discount"),
         {QStringLiteral("优惠金额"), QStringLiteral("优惠"), QStringLiteral("Discount")}},
        {"total",
         QT_TRANSLATE_NOOP("OrderColumns", "Total paid"),
         {QStringLiteral("实付金额"), QStringLiteral("订单金额"), QStringLiteral("应付金额"),
          QStringLiteral("Order Total"), QStringLiteral("Total")}},
        {"status",
         QT_TRANSLATE_NOOP("OrderColumns", "Status at the channel"),
         {QStringLiteral("订单状态"), QStringLiteral("状态"), QStringLiteral("Order Status"),
          QStringLiteral("Status")}},
    };
    return list;
}

QString squeezed(const QString &title)
{
    QString s = title.toLower();
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('_'));
    return s;
}
} // namespace

const QStringList &OrderColumns::fields()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const Field &f : all())
            list << QString::fromLatin1(f.key);
        return list;
    }();
    return keys;
}

bool OrderColumns::required(const QString &field)
{
    return field == u"number" || field == u"created" || field == u"title";
}

QString OrderColumns::title(const QString &field)
{
    for (const Field &f : all())
        if (field == QLatin1String(f.key))
            return QCoreApplication::translate("OrderColumns", f.title);
    return field;
}

QString OrderColumns::columnFor(const QString &field, const QStringList &header) const
{
    if (const QString set = headers.value(field); !set.isEmpty())
        return header.contains(set) ? set : QString();
    for (const Field &f : all()) {
        if (field != QLatin1String(f.key))
            continue;
        for (const QString &usual : f.usual)
            for (const QString &h : header)
                if (squeezed(h) == squeezed(usual))
                    return h;
    }
    return {};
}

OrderColumns OrderColumns::filledFrom(const QStringList &header) const
{
    OrderColumns filled = *this;
    for (const QString &field : fields())
        filled.headers.insert(field, columnFor(field, header));
    return filled;
}

QByteArray OrderColumns::toJson() const
{
    QJsonObject columns;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        if (!it.value().isEmpty())
            columns.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("currency"), currency}, {QStringLiteral("columns"), columns}})
        .toJson(QJsonDocument::Compact);
}

OrderColumns OrderColumns::fromJson(const QString &channel, const QByteArray &json)
{
    OrderColumns c;
    c.channel = channel;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    c.currency = o.value(QStringLiteral("currency")).toString(QStringLiteral("CNY"));
    const QJsonObject columns = o.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        c.headers.insert(it.key(), it.value().toString());
    return c;
}

} // namespace shopdesk
