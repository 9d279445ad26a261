#pragma once

#include "AllowanceDesk.h"
#include "CashDesk.h"
#include "ExpenseDesk.h"
#include "FinanceArea.h"
#include "MonthEnd.h"
#include "TestSupport.h"
#include "approval/Approvals.h"

#include <QSqlQuery>

namespace shopdesk::test {

// The Org company with finance defined: the office clerk is the cash accountant, the second
// clerk the chief accountant (both in the finance scope), the admin the general manager.
struct FinanceCompany
{
    Org org;
    Actor cashier, chief, gm;
    qint64 office = 0, sales = 0;

    FinanceCompany()
    {
        FinanceArea::define();
        cashier = org.clerk;
        cashier.scopes = {QStringLiteral("finance")};
        cashier.roles = {Role::CashAccountant};
        chief = org.clerk2;
        chief.scopes = {QStringLiteral("finance")};
        chief.roles = {Role::ChiefAccountant};
        gm = org.admin;
        QSqlQuery q = db().query();
        q.exec(QStringLiteral("SELECT id, name FROM departments"));
        while (q.next())
            (q.value(1).toString() == QStringLiteral("行政部") ? office : sales) = q.value(0).toLongLong();
    }

    Database &db() { return *org.company.db; }
    FixedClock &clock() { return org.company.clock; }
    QDate today() { return clock().nowUtc().toLocalTime().date(); }
    CashDesk cash() { return CashDesk(db(), clock()); }
    ExpenseDesk expenses() { return ExpenseDesk(db(), clock()); }
    AllowanceDesk allowances() { return AllowanceDesk(db(), clock()); }
    MonthEnd monthEnd() { return MonthEnd(db(), clock()); }
    Approvals approvals() { return Approvals(db(), clock()); }

    CashEntry entry(const QDate &day, CashDirection direction, qint64 fen, const char *purpose = "零星支出")
    {
        CashEntry e;
        e.day = day;
        e.direction = direction;
        e.amountFen = fen;
        e.counterparty = QStringLiteral("顺丰快递");
        e.purpose = QString::fromUtf8(purpose);
        e.category = QStringLiteral("快递费");
        e.departmentId = office;
        return e;
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q = db().query();
        if (!q.exec(sql) || !q.next())
            qFatal("count: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    // An expense request of the office clerk, approved by the head and the general manager.
    qint64 approvedExpense(qint64 fen, bool business = false)
    {
        ExpenseRequest r;
        r.departmentId = office;
        r.category = business ? QStringLiteral("招待费") : QStringLiteral("办公费");
        r.purpose = business ? QStringLiteral("客户午餐") : QStringLiteral("打印机硒鼓");
        r.amountFen = fen;
        r.businessExpense = business;
        r.neededOn = today();
        auto id = expenses().request(org.clerk, r);
        if (!id)
            qFatal("expense: %s", qPrintable(id.error()));
        const qint64 approval = expenses().find(org.clerk, *id)->approvalId;
        for (const Actor &a : {org.head, org.admin})
            if (Status s = approvals().decide(a, approval, true, {}); !s)
                qFatal("approve: %s", qPrintable(s.error()));
        return *id;
    }
};

} // namespace shopdesk::test
