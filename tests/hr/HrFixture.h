#pragma once

#include "HrActions.h"
#include "HrArea.h"
#include "TestSupport.h"

#include <QFile>

namespace shopdesk::test {

// A company whose people carry the time-clock PINs of the shipped samples (1001-1008), in
// two departments, and a reader outside hr.
struct HrCompany
{
    Company company;
    QList<qint64> employees; // PIN 1001 + index
    qint64 office = 0, sales = 0;
    Actor reader;

    explicit HrCompany(int people = 8)
    {
        HrArea::define();
        Database &db = *company.db;
        auto made = db.write([&]() -> Status {
            OrgRepository org(db);
            office = *org.addDepartment(QStringLiteral("行政部"));
            sales = *org.addDepartment(QStringLiteral("电商运营部"));
            for (int i = 0; i < people; ++i) {
                EmployeeSummary e;
                e.staffNo = QStringLiteral("E%1").arg(i + 1);
                e.name = QStringLiteral("员工%1").arg(i + 1);
                e.departmentId = i < people / 2 ? office : sales;
                e.clockPin = QString::number(1001 + i);
                e.hireDate = QDate(2020, 1, 1);
                employees.append(*org.addEmployee(e));
            }
            return success();
        });
        if (!made)
            qFatal("hr company: %s", qPrintable(made.error()));
        reader.userId = 1;
        reader.userName = QStringLiteral("reader");
        reader.level = Level::Reader;
    }
    Database &db() { return *company.db; }
    const Clock &clock() { return company.clock; }
    const Actor &admin() { return company.admin; }
};

inline QByteArray sampleFile(const char *name)
{
    QFile f(QStringLiteral(SHOPDESK_TEST_DATA_DIR "/attendance/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sample %s missing", name);
    return f.readAll();
}

// ZKTeco USB log lines: "PIN<TAB>yyyy-MM-dd HH:mm:ss<TAB>1<TAB>0<TAB>1<TAB>0", CRLF, PIN padded.
inline QByteArray attlog(const QList<std::pair<int, QDateTime>> &punches)
{
    QByteArray out;
    for (const auto &[pin, at] : punches)
        out += QStringLiteral("%1\t%2\t1\t0\t1\t0\r\n")
                   .arg(pin, 9)
                   .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                   .toUtf8();
    return out;
}

} // namespace shopdesk::test
