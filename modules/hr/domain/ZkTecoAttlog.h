#pragma once

#include "imports/domain/ImportProblem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shopdesk {

// One line of a time clock's log, as the device wrote it (issue 4: punches).
struct ClockPunch
{
    int line = 0;
    QString pin; // the device's PIN, without padding
    QDateTime at; // the company's wall-clock time (domain/WallClock.h: no time zone)
    int device = 0;
    int state = 0; // 0 in, 1 out, 2/3 break, 4/5 overtime
    int verify = 0; // 1 fingerprint, 15 face, ...
    int workCode = 0;
    QString name; // when the export names the person (ZKTime, DingTalk)
    QString department;
};

struct ClockLog
{
    QString serialNumber; // from the extended variant's SN= line
    int rowsRead = 0;
    QList<ClockPunch> punches;
    QList<ImportProblem> problems;
};

// ZKTeco USB download (`N_attlog.dat`): PIN TAB date-time TAB device TAB state TAB verify TAB work
// code, CRLF, PIN padded with spaces; the extended variant has an `SN=` first line and a
// `CHECKSUM=` last line, whose algorithm is not public (skipped, not validated). Pure: bytes in.
class ZkTecoAttlog
{
    Q_DECLARE_TR_FUNCTIONS(ZkTecoAttlog)

public:
    static ClockLog parse(const QByteArray &bytes);
};

} // namespace shopdesk
