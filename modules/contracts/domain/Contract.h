#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace shopdesk {

// Where a contract stands in the archive (CON-01, CON-03).
enum class ContractStatus { Active, Completed, Terminated };
QString contractStatusKey(ContractStatus status); // stored form: active, completed, terminated
std::optional<ContractStatus> contractStatusFromKey(const QString &key);
QString contractStatusTitle(ContractStatus status); // translated

// RULE CON-01: a kind of contract the administrator keeps (purchase, sales, lease...), with the
// short code its numbers carry.
struct ContractType
{
    qint64 id = 0;
    QString code; // "CG": 2 to 6 capital letters or digits, starting with a letter
    QString name;
};

// RULE CON-06: an archive: where its contracts are kept (fire- and damp-proof) and its one
// custodian, the only person who registers and lends its contracts.
struct ContractArchive
{
    qint64 id = 0;
    QString name;
    QString location;
    qint64 custodianUserId = 0;
    QString custodianName;
};

// RULE CON-01: a contract in the archive. Its number is given on registration and never changes.
struct Contract
{
    qint64 id = 0;
    QString number; // YYYY-CODE-NNNN
    qint64 typeId = 0;
    QString typeName;
    QString title;
    QString counterparties; // one per line
    QDate signedOn;
    QDate startsOn;
    QDate endsOn; // invalid: open-ended
    qint64 valueFen = 0;
    qint64 responsibleEmployeeId = 0;
    QString responsibleName;
    ContractStatus status = ContractStatus::Active;
    qint64 archiveId = 0;
    QString archiveName;
    QString cabinet, shelf, box; // CON-06: where the paper original is
    QString notes;
    QString originalOutWith; // CON-05: who has the original now; empty: it is in the archive
    QDate originalDueOn;
    int version = 1;
};

// RULE CON-04: what the custodian looks for: words in the number, title, parties, notes or the
// text of its files, and the type, status, signing year, other party, value and end (0, empty
// or none: any).
struct ContractFilter
{
    QString text;
    qint64 typeId = 0;
    std::optional<ContractStatus> status;
    int year = 0;
    QString party; // part of an other party's name
    std::optional<qint64> minFen, maxFen;
    QDate endingFrom, endingBy; // in force and ending between these days (CON-03: 30/60/90 days)
    int limit = 1000; // the newest first
};

namespace ContractRules {
// RULE CON-01: the number of the `serial`-th contract of a type in a year: 2026-CG-0007.
QString number(int year, const QString &typeCode, int serial);
// RULE CON-02: where a paper contract is kept, as its box label says: "1号柜 / 第2层 / 2026-03".
QString place(const Contract &contract);
// What a box label's QR code carries: "BOX " and the place, never taken for a contract number.
QString boxCode(const Contract &contract);
bool isBoxCode(const QString &scanned);
// Why a type code cannot be used, translated; empty when it can.
QString typeCodeProblem(const QString &code);
// Why a contract cannot be registered or saved as typed, translated; empty when it can.
QString contractProblem(const Contract &contract);
} // namespace ContractRules

} // namespace shopdesk
