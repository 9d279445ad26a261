#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk {

class Database;

// A web shop's row (sql/0034_web_shops.sql): its secret only as sealed to the pulling PC's key.
struct WebShopRow
{
    QString channel;
    QString kind; // woocommerce, shopify
    QString url;
    QByteArray sealedSecret;
    QByteArray pcKey; // the public key of the PC that pulls
    QString pcName;
    QDateTime pulledUntil; // invalid: never pulled
};

class WebShopRepository
{
public:
    explicit WebShopRepository(Database &db) : m_db(db) {}
    Result<QList<WebShopRow>> all() const;
    Result<std::optional<WebShopRow>> find(const QString &channel) const;
    // Inserts or replaces the channel's shop (not its pulled_until), saved at `at` by `byUserId`.
    Status save(const WebShopRow &row, const QString &at, qint64 byUserId);
    Result<bool> remove(const QString &channel); // false: there was none
    Status setPulledUntil(const QString &channel, const QDateTime &until);

private:
    Database &m_db;
};

} // namespace shopdesk
