#pragma once

#include "domain/ProductRequestState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace shopdesk {

// A competitor's price for the same article, as the product manager found it (PRD-01).
struct CompetitorPrice
{
    QString shop; // 京东自营, 天猫旗舰店 ...
    qint64 priceFen = 0;
};

// RULE PRD-01: a new price: proposed by the product manager with the competitors' prices
// analysed, approved by the leader, published by the web editor.
struct PriceChange
{
    qint64 id = 0;
    qint64 productId = 0;
    QString productCode;
    QString productTitle;
    qint64 currentFen = 0; // the price when it was asked for
    qint64 proposedFen = 0;
    QList<CompetitorPrice> competitors;
    QString reason;
    QString requestedBy;
    QDateTime requestedAt; // UTC
    qint64 approvalId = 0;
    RequestState approvalState = RequestState::Pending;
    QDateTime appliedAt; // invalid: not published
    QString appliedBy;

    ProductRequestState state() const { return productRequestState(approvalState, appliedAt.isValid()); }
};

// The analysis the leader reads beside the proposal.
struct CompetitorAnalysis
{
    int count = 0;
    qint64 lowestFen = 0;
    qint64 highestFen = 0;
    qint64 averageFen = 0; // rounded to the fen
    int cheaperThanProposed = 0; // competitors selling for less than the proposed price
};

// One applied price of a SKU, for its history.
struct PricePoint
{
    qint64 productId = 0;
    QString productCode;
    QString productTitle;
    qint64 oldFen = 0;
    qint64 newFen = 0;
    QDateTime at; // UTC
    QString by; // the web editor
    qint64 priceChangeId = 0; // 0: the first price, set when the product was created
};

namespace PriceRules {
// Why the change cannot be asked for, translated; empty when it can.
QString requestProblem(const PriceChange &change);
CompetitorAnalysis analyse(const QList<CompetitorPrice> &competitors, qint64 proposedFen);
// Stored form of the competitors' prices, and back.
QJsonArray competitorsJson(const QList<CompetitorPrice> &competitors);
QList<CompetitorPrice> competitorsFromJson(const QJsonArray &json);
// "京东自营 ¥99.00; 拼多多 ¥95.00", for lists and the inbox.
QString competitorsText(const QList<CompetitorPrice> &competitors);
} // namespace PriceRules

} // namespace shopdesk
