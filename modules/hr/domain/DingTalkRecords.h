#pragma once

#include "domain/ZkTecoAttlog.h"
#include "imports/domain/CsvTable.h"
#include "imports/domain/TextDecoding.h"

namespace shopdesk {

// DingTalk raw punch records (原始记录) as CSV (issue 4): title rows before the header, columns
// found by name (姓名 部门 工号 考勤日期 打卡时间 ...), 考勤日期 like "26-10-12 星期一", 打卡时间 "HH:MM".
// The staff number (工号) stands where a time clock has its PIN.
class DingTalkRecords
{
    Q_DECLARE_TR_FUNCTIONS(DingTalkRecords)

public:
    static ClockLog parseCsv(const QByteArray &bytes, TextDecoding::Encoding encoding = TextDecoding::Encoding::Auto);
    // The same records from a table already read (CSV, or the first sheet of an .xlsx, where a
    // time is a fraction of a day and a staff number may have become a number).
    static ClockLog parseTable(const QList<CsvRecord> &records);
    static QDate parseDate(const QString &text); // "26-10-12 星期一", "2026-10-12", "2026/10/12"
};

} // namespace shopdesk
