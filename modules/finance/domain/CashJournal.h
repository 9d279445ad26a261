#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk {

// RULE FIN-02: money coming into the cash box or going out of it.
enum class CashDirection { Receipt, Payment };
QString cashDirectionKey(CashDirection direction); // stored form: receipt, payment
std::optional<CashDirection> cashDirectionFromKey(const QString &key);
QString cashDirectionTitle(CashDirection direction); // translated

// One line of the cash accountant's daily journal (FIN-02). Only ever added.
struct CashEntry
{
    qint64 id = 0;
    QDate day;
    CashDirection direction = CashDirection::Payment;
    qint64 amountFen = 0;
    QString counterparty;
    QString purpose;
    QString category;
    qint64 departmentId = 0;
    QString departmentName;
    QString source; // "advance 3" when another finance record wrote it; empty when typed in
    QString recordedBy;
    QDateTime recordedAt;

    qint64 signedFen() const { return direction == CashDirection::Receipt ? amountFen : -amountFen; }
};

// RULE FIN-02: a day of the cash box: what it opened with, what came and went, what was counted
// at the close, and the chief accountant's review.
struct CashDay
{
    QDate day;
    qint64 openingFen = 0;
    qint64 receiptsFen = 0;
    qint64 paymentsFen = 0;
    bool closed = false;
    qint64 countedFen = 0;
    QString closedBy;
    qint64 closedByUserId = 0;
    QDateTime closedAt;
    QString reviewedBy;
    QDateTime reviewedAt;
    QString reviewNote;

    qint64 expectedFen() const { return openingFen + receiptsFen - paymentsFen; }
    // Counted less expected: negative when cash is missing.
    qint64 differenceFen() const { return countedFen - expectedFen(); }
    bool reviewed() const { return reviewedAt.isValid(); }
};

namespace CashRules {
// The day's totals from its entries, opening with what the last closed day counted.
CashDay summarise(const QDate &day, qint64 openingFen, const QList<CashEntry> &entries);
// Where an entry came from, in the reader's language: "Advance 3" for "advance 3"; empty when
// it was typed in.
QString sourceTitle(const QString &source);
// Why an entry cannot be recorded as typed, translated; empty when it can.
QString entryProblem(const CashEntry &entry);
} // namespace CashRules

} // namespace shopdesk
