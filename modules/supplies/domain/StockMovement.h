#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace shopdesk {

// RULE SUP-07: what moves stock. Every movement is an appended row of the stock ledger.
enum class MovementKind {
    Receipt, // delivered by a supplier against an order
    Issue, // to a department (SUP-05)
    Return, // a department brings unused supplies back
    LocalPurchase, // bought by a department itself, booked with its use by the department (SUP-05)
    Adjustment // the difference a stocktake found (SUP-07)
};
QString movementKindKey(MovementKind kind);
std::optional<MovementKind> movementKindFromKey(const QString &key);
QString movementKindTitle(MovementKind kind); // translated
QList<MovementKind> allMovementKinds();

// One row of the stock ledger: never edited, never deleted (the database refuses both).
struct StockMovement
{
    qint64 id = 0;
    qint64 itemId = 0;
    MovementKind kind = MovementKind::Receipt;
    qint64 quantity = 0; // signed: + into stock, - out of it
    qint64 valueFen = 0; // signed, at the cost it moved at
    qint64 departmentId = 0; // the department an issue, return or local purchase is for
    qint64 byUserId = 0; // SUP-08: who moved it
    QString byUserName;
    QDateTime at; // UTC
    QString reason; // SUP-08: why
    QString reference; // order number, request number, stocktake number
    QString departmentName;
};

} // namespace shopdesk
