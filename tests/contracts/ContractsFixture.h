#pragma once

#include "ContractRegister.h"
#include "ContractsArea.h"
#include "TestSupport.h"

namespace shopdesk::test {

// A small company with one contract type (CG) and the office's archive, kept by the clerk
// (given the contracts scope): what the contract tests start from.
struct ContractArchiveCompany
{
    Org org;
    Actor custodian = org.clerk;
    qint64 type = 0;
    qint64 archive = 0;

    ContractArchiveCompany()
    {
        ContractsArea::define();
        custodian.scopes = {QStringLiteral("contracts")};
        type = *book().addType(org.admin, {0, QStringLiteral("CG"), QStringLiteral("采购合同")});
        archive = *book().addArchive(org.admin,
                                     {0, QStringLiteral("行政部档案室"), QStringLiteral("三楼"), custodian.userId, {}});
    }
    Database &db() { return *org.company.db; }
    FixedClock &clock() { return org.company.clock; }
    QDate today() { return clock().nowUtc().toLocalTime().date(); }
    ContractRegister book() { return ContractRegister(db(), clock()); }
    // Registers a contract signed 2026-01-05 kept in `cabinet`; the contract as stored.
    Contract add(const QString &title, const QString &cabinet = {})
    {
        Contract c;
        c.typeId = type;
        c.archiveId = archive;
        c.title = title;
        c.counterparties = QStringLiteral("上海物流有限公司");
        c.signedOn = c.startsOn = QDate(2026, 1, 5);
        c.cabinet = cabinet;
        auto made = book().registerContract(custodian, c);
        if (!made)
            qFatal("contract: %s", qPrintable(made.error()));
        return *made;
    }
};

} // namespace shopdesk::test
