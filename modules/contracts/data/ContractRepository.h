#pragma once

#include "common/Result.h"
#include "domain/Contract.h"

#include <QList>
#include <optional>

namespace shopdesk {

class Database;

// The contract types, archives and contracts (CON-01, CON-06), and the serials behind numbers.
class ContractRepository
{
public:
    explicit ContractRepository(Database &db) : m_db(db) {}

    Result<QList<ContractType>> types() const;
    Result<std::optional<ContractType>> type(qint64 id) const;
    Result<qint64> addType(const ContractType &type);
    Result<QList<ContractArchive>> archives() const;
    Result<std::optional<ContractArchive>> archive(qint64 id) const;
    Result<qint64> addArchive(const ContractArchive &archive);

    // Inside Database::write: the next serial of `typeId` in `year`, counted up and kept.
    Result<int> takeSerial(int year, qint64 typeId);
    Result<qint64> insert(const Contract &contract, qint64 userId, const QString &at);
    Result<std::optional<Contract>> contract(qint64 id) const;
    // Inside Database::write: what may change of a registered contract (not its number, type,
    // signing day or archive), when it is still at `contract.version`; false: someone saved first.
    Result<bool> update(const Contract &contract);
    Result<QList<Contract>> contracts() const; // newest number first
    Result<QList<Contract>> find(const ContractFilter &filter) const; // newest first
    // The numbers of contracts with this party, title and signing day (a duplicate, probably).
    Result<QStringList> sameAs(const Contract &contract) const;

private:
    Result<QList<Contract>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
