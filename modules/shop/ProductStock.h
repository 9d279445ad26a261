#pragma once

#include "common/Result.h"
#include "domain/ProductStock.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

#include <optional>

namespace shopdesk {

class Clock;
class Database;

// RULE PRD-04: the shop's product stock ledger (进销存). Every receipt, sale, customer return and
// adjustment is one appended row with who, when and why; stock per SKU is the ledger's sum. The
// check against stock runs inside the write, so two PCs selling the last unit cannot both
// succeed. RULE PRD-02: a listed product whose stock reaches zero is taken off sale in the same
// write ("normal delisting").
class ProductStock
{
    Q_DECLARE_TR_FUNCTIONS(ProductStock)
public:
    ProductStock(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Books `request`; returns the new row's id. `expectedOnHand`, when given, is the stock the
    // clerk saw: if another PC moved the product meanwhile, the booking is refused with what is
    // on hand now.
    Result<qint64> book(const Actor &actor, qint64 productId, const ProductMovementRequest &request,
                        std::optional<qint64> expectedOnHand = std::nullopt);
    // For a service inside Database::write (an order's sale, the import): appends the row with
    // who and when, its audit record, and the normal delisting when stock reaches zero.
    static Result<qint64> appendInTransaction(Database &db, const Clock &clock, const Actor &actor, qint64 productId,
                                              const ProductMovementRequest &request);
    Result<QList<ProductMovement>> movements(const Actor &actor, qint64 productId, int limit = 500) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
