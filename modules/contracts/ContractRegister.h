#pragma once

#include "common/Result.h"
#include "domain/Contract.h"
#include "organisation/domain/Organisation.h"
#include "report/Report.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE CON-01, CON-06: the contract archive's register: the types and archives the administrator
// keeps, and contracts registered by their archive's custodian, each numbered YYYY-CODE-NNNN by
// its signing year and type, in the transaction that stores it, so two PCs never get one number.
class ContractRegister
{
    Q_DECLARE_TR_FUNCTIONS(ContractRegister)
public:
    ContractRegister(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<ContractType>> types(const Actor &actor) const;
    Result<qint64> addType(const Actor &actor, const ContractType &type);
    Result<QList<ContractArchive>> archives(const Actor &actor) const;
    Result<qint64> addArchive(const Actor &actor, const ContractArchive &archive);

    // Who can be named responsible for a contract: staff number and name.
    Result<QList<EmployeeSummary>> people(const Actor &actor) const;
    // The contract as stored, with its number.
    Result<Contract> registerContract(const Actor &actor, const Contract &contract);
    Result<QList<Contract>> contracts(const Actor &actor) const;
    Result<Contract> contract(const Actor &actor, qint64 id) const;
    // RULE CON-01, CON-06: the custodian corrects a registered contract or records that it was
    // completed or terminated; its number, type, signing day and archive stay. Refused when
    // another PC saved it after `contract.version` was read. The contract as stored now.
    Result<Contract> update(const Actor &actor, const Contract &contract);

    // RULE CON-06: inside a write, refused unless `actor` is the archive's one custodian.
    static Status requireCustodian(Database &db, const Actor &actor, qint64 archiveId);
    // RULE CON-04: the contracts matching `filter`, newest first.
    Result<QList<Contract>> find(const Actor &actor, const ContractFilter &filter) const;
    // RULE CON-03: the statistics of the contracts signed in `year` (0: all years), with those
    // ending within 30, 60 and 90 days of today; every total is the sum of its rows.
    Result<Report> statistics(const Actor &actor, int year, const QString &companyName) const;
    // The numbers already registered for this party, title and signing day: asked about before
    // registering what is probably the same contract again.
    Result<QStringList> sameAs(const Actor &actor, const Contract &contract) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
