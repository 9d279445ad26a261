#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace shopdesk {

// A channel without a reader of its own (JD, Pinduoduo, Douyin, WooCommerce ...): which column of
// its export, by header, holds each field of an order; set once per channel and used again for
// every later file, whatever order its columns come in. One row per line item; the rows with the
// same order number are one order, its fields from the first.
struct OrderColumns
{
    Q_DECLARE_TR_FUNCTIONS(OrderColumns)
public:
    QString channel; // jd, pdd, douyin, woocommerce ...
    QString currency = QStringLiteral("CNY"); // every order of the file is in it
    QHash<QString, QString> headers; // field key -> the file's header

    // The fields, in the order the dialog shows them; the first three are required.
    static const QStringList &fields();
    static bool required(const QString &field);
    static QString title(const QString &field); // translated
    // The field's column among `header` as `headers` says, else by the names channels usually
    // give it ("订单号", "Order ID" ...); empty when none.
    QString columnFor(const QString &field, const QStringList &header) const;
    // Every field set to the column columnFor() finds in `header`.
    OrderColumns filledFrom(const QStringList &header) const;

    QByteArray toJson() const;
    static OrderColumns fromJson(const QString &channel, const QByteArray &json);
};

} // namespace shopdesk
