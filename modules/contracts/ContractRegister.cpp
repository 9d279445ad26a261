#include "ContractRegister.h"

#include "ContractsActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "data/ContractRepository.h"
#include "database/data/Database.h"
#include "domain/ContractTally.h"

#include "organisation/data/OrgRepository.h"
#include <limits>

namespace shopdesk {

namespace {
QJsonObject contractJson(const Contract &c)
{
    return {{QStringLiteral("number"), c.number},
            {QStringLiteral("type_id"), c.typeId},
            {QStringLiteral("title"), c.title.trimmed()},
            {QStringLiteral("counterparties"), c.counterparties.trimmed()},
            {QStringLiteral("signed_on"), c.signedOn.toString(Qt::ISODate)},
            {QStringLiteral("starts_on"), c.startsOn.toString(Qt::ISODate)},
            {QStringLiteral("ends_on"), c.endsOn.toString(Qt::ISODate)},
            {QStringLiteral("value_fen"), c.valueFen},
            {QStringLiteral("status"), contractStatusKey(c.status)},
            {QStringLiteral("responsible_employee_id"), c.responsibleEmployeeId},
            {QStringLiteral("notes"), c.notes.trimmed()},
            {QStringLiteral("archive_id"), c.archiveId},
            {QStringLiteral("place"), QStringList{c.cabinet, c.shelf, c.box}.join(QLatin1Char('/'))}};
}
} // namespace

Result<QList<ContractType>> ContractRegister::types(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractRepository(m_db).types();
}

Result<qint64> ContractRegister::addType(const Actor &actor, const ContractType &type)
{
    if (Status s = Permissions::require(actor, ContractsAction::Manage); !s)
        return s.failure();
    const QString code = type.code.trimmed();
    if (const QString problem = ContractRules::typeCodeProblem(code); !problem.isEmpty())
        return fail(problem);
    if (type.name.trimmed().isEmpty())
        return fail(tr("Name the contract type."));
    return m_db.write([&]() -> Result<qint64> {
        ContractRepository repo(m_db);
        auto known = repo.types();
        if (!known)
            return known.failure();
        for (const ContractType &t : *known)
            if (t.code == code)
                return fail(tr("The code %1 is already the type \"%2\".").arg(code, t.name));
        auto id = repo.addType({0, code, type.name.trimmed()});
        if (!id)
            return id;
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("contracts.type.create"), QStringLiteral("contract_types"),
                                   QString::number(*id), {},
                                   {{QStringLiteral("code"), code}, {QStringLiteral("name"), type.name.trimmed()}});
            !s)
            return s.failure();
        return id;
    });
}

Result<QList<EmployeeSummary>> ContractRegister::people(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return OrgRepository(m_db).employees();
}

Result<QList<ContractArchive>> ContractRegister::archives(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractRepository(m_db).archives();
}

Result<qint64> ContractRegister::addArchive(const Actor &actor, const ContractArchive &archive)
{
    if (Status s = Permissions::require(actor, ContractsAction::Manage); !s)
        return s.failure();
    if (archive.name.trimmed().isEmpty())
        return fail(tr("Name the archive."));
    if (archive.custodianUserId == 0)
        return fail(tr("An archive has one custodian: name them (CON-06)."));
    return m_db.write([&]() -> Result<qint64> {
        auto id = ContractRepository(m_db).addArchive(archive);
        if (!id)
            return id;
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("contracts.archive.create"),
                                   QStringLiteral("contract_archives"), QString::number(*id), {},
                                   {{QStringLiteral("name"), archive.name.trimmed()},
                                    {QStringLiteral("location"), archive.location.trimmed()},
                                    {QStringLiteral("custodian_user_id"), archive.custodianUserId}});
            !s)
            return s.failure();
        return id;
    });
}

Result<Contract> ContractRegister::registerContract(const Actor &actor, const Contract &contract)
{
    if (Status s = Permissions::require(actor, ContractsAction::Register); !s)
        return s.failure();
    if (const QString problem = ContractRules::contractProblem(contract); !problem.isEmpty())
        return fail(problem);
    // The number carries the signing year: a day still to come is a typing slip.
    if (contract.signedOn > m_clock.nowUtc().toLocalTime().date())
        return fail(tr("It was signed on %1, a day still to come.").arg(contract.signedOn.toString(Qt::ISODate)));
    return m_db.write([&]() -> Result<Contract> {
        ContractRepository repo(m_db);
        if (Status s = requireCustodian(m_db, actor, contract.archiveId); !s)
            return s.failure();
        auto type = repo.type(contract.typeId);
        if (!type)
            return type.failure();
        if (!*type)
            return fail(tr("The contract type no longer exists."));
        const int year = contract.signedOn.year();
        auto serial = repo.takeSerial(year, contract.typeId);
        if (!serial)
            return serial.failure();
        Contract stored = contract;
        stored.number = ContractRules::number(year, (*type)->code, *serial);
        auto id = repo.insert(stored, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id.failure();
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("contracts.register"), QStringLiteral("contracts"),
                                   QString::number(*id), {}, contractJson(stored));
            !s)
            return s.failure();
        auto saved = repo.contract(*id);
        if (!saved)
            return saved.failure();
        return **saved;
    });
}

Result<QList<Contract>> ContractRegister::find(const Actor &actor, const ContractFilter &filter) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractRepository(m_db).find(filter);
}

Result<Report> ContractRegister::statistics(const Actor &actor, int year, const QString &companyName) const
{
    ContractFilter all;
    all.year = year;
    all.limit = std::numeric_limits<int>::max();
    auto contracts = find(actor, all);
    if (!contracts)
        return contracts.failure();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const ContractTally tally = ContractTally::of(*contracts, today);
    Report report;
    report.companyName = companyName;
    report.landscape = false;
    report.title = year > 0 ? tr("Contract statistics %1").arg(year) : tr("Contract statistics, all years");
    report.subtitle = tr("As of %1, from the register (CON-03)").arg(today.toString(Qt::ISODate));
    auto table = [&](const QString &title, const QString &keyTitle, const QList<TallyRow> &rows) {
        ReportTable t;
        t.title = title;
        t.header = {keyTitle, tr("Contracts"), tr("Value")};
        t.widths = {30, 10, 16};
        t.textColumns = {0};
        for (const TallyRow &r : rows)
            t.rows.append({r.key, QString::number(r.count), Money::fromFen(r.valueFen).toPlainString()});
        const TallyRow sum = ContractTally::total(rows);
        t.rows.append({tr("Total"), QString::number(sum.count), Money::fromFen(sum.valueFen).toPlainString()});
        report.tables.append(t);
    };
    table(tr("By year signed"), tr("Year"), tally.byYear);
    table(tr("By type"), tr("Type"), tally.byType);
    table(tr("By other party"), tr("Other party"), tally.byParty);
    table(tr("By status"), tr("Status"), tally.byStatus);
    ReportTable ending;
    ending.title = tr("In force and ending within 90 days");
    ending.header = {tr("Number"), tr("Title"), tr("Other party"), tr("Ends"), tr("Days left"), tr("Within")};
    ending.widths = {14, 18, 20, 11, 8, 8};
    ending.textColumns = {1, 2};
    for (const Contract &c : tally.expiring) {
        const int left = int(today.daysTo(c.endsOn));
        ending.rows.append({c.number, c.title, c.counterparties.section(QLatin1Char('\n'), 0, 0),
                            c.endsOn.toString(Qt::ISODate), QString::number(left),
                            left <= 30       ? tr("30 days")
                                : left <= 60 ? tr("60 days")
                                             : tr("90 days")});
    }
    report.tables.append(ending);
    return report;
}

Result<QStringList> ContractRegister::sameAs(const Actor &actor, const Contract &contract) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractRepository(m_db).sameAs(contract);
}

Status ContractRegister::requireCustodian(Database &db, const Actor &actor, qint64 archiveId)
{
    auto archive = ContractRepository(db).archive(archiveId);
    if (!archive)
        return archive.failure();
    if (!*archive)
        return fail(tr("The archive no longer exists."));
    // RULE CON-06: one custodian per archive, the only one who registers, lends and checks.
    if ((*archive)->custodianUserId != actor.userId)
        return fail(tr("Only %1, the custodian of %2, registers, lends and checks its contracts (CON-06).")
                        .arg((*archive)->custodianName, (*archive)->name));
    return success();
}

Result<QList<Contract>> ContractRegister::contracts(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    return ContractRepository(m_db).contracts();
}

Result<Contract> ContractRegister::contract(const Actor &actor, qint64 id) const
{
    if (Status s = Permissions::require(actor, ContractsAction::View); !s)
        return s.failure();
    auto found = ContractRepository(m_db).contract(id);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("The contract no longer exists."));
    return **found;
}

Result<Contract> ContractRegister::update(const Actor &actor, const Contract &contract)
{
    if (Status s = Permissions::require(actor, ContractsAction::Register); !s)
        return s.failure();
    if (const QString problem = ContractRules::contractProblem(contract); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Result<Contract> {
        ContractRepository repo(m_db);
        auto before = repo.contract(contract.id);
        if (!before)
            return before.failure();
        if (!*before)
            return fail(tr("The contract no longer exists."));
        const Contract &stored = **before;
        // RULE CON-06: the custodian of the archive it is kept in.
        if (Status s = requireCustodian(m_db, actor, stored.archiveId); !s)
            return s.failure();
        // RULE CON-01: the number carries the type and the signing year; the archive its custodian.
        if (contract.typeId != stored.typeId || contract.signedOn != stored.signedOn
            || contract.archiveId != stored.archiveId)
            return fail(tr("%1 keeps its type, signing day and archive, which its number and custodian stand "
                           "for: register the contract anew if those were wrong.")
                            .arg(stored.number));
        Contract changed = contract;
        changed.number = stored.number;
        auto saved = repo.update(changed);
        if (!saved)
            return saved.failure();
        if (!*saved)
            return fail(
                tr("%1 was changed on another PC after you opened it: close it and open it again.").arg(stored.number));
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("contracts.update"), QStringLiteral("contracts"),
                                   QString::number(stored.id), contractJson(stored), contractJson(changed));
            !s)
            return s.failure();
        auto now = repo.contract(stored.id);
        if (!now)
            return now.failure();
        return **now;
    });
}

} // namespace shopdesk
