#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk {

// RULE CON-02: what the half-yearly check found of one contract.
enum class AuditMark { Unchecked, Present, Missing, Damaged };
QString auditMarkKey(AuditMark mark); // stored form: present, missing, damaged ("" unchecked)
std::optional<AuditMark> auditMarkFromKey(const QString &key);
QString auditMarkTitle(AuditMark mark); // translated

// One line of an audit's checklist: a contract that should be in the archive, and its mark.
struct AuditLine
{
    qint64 contractId = 0;
    QString number;
    QString title;
    QString place; // cabinet / shelf / box, the order the custodian walks
    QString originalOutWith; // CON-05: on loan, not lost
    AuditMark mark = AuditMark::Unchecked;
    QString note; // the investigation, for a missing or damaged one
    qint64 responsibleEmployeeId = 0;
    QString responsibleName;
};

// RULE CON-02: a check of one archive against its records.
struct ContractAuditSession
{
    qint64 id = 0;
    qint64 archiveId = 0;
    QString archiveName;
    QDate startedOn;
    QDate closedOn; // invalid: still open
    QList<AuditLine> lines;

    bool closed() const { return closedOn.isValid(); }
    int count(AuditMark mark) const;
};

namespace AuditRules {
// Every six months (CON-02).
constexpr int kMonthsBetween = 6;
// Why a mark cannot be given as typed, translated; empty when it can. A missing or damaged
// contract may be marked before its investigation is written; the close asks for it.
QString markProblem(AuditMark mark);
// Why the session cannot close: contracts not yet checked (an original out on loan is accounted
// for by its loan), or missing and damaged ones without their investigation note or responsible
// person, each named; empty when it can.
QStringList closeProblems(const ContractAuditSession &session);
// When the archive is next due for its check: six months after the last closed one; invalid
// (at once) when it was never checked.
QDate nextDue(const QDate &lastClosedOn);
} // namespace AuditRules

} // namespace shopdesk
