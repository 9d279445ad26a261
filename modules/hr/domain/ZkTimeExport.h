#pragma once

#include "domain/ZkTecoAttlog.h"
#include "imports/domain/TextDecoding.h"

namespace shopdesk {

// ZKTime desktop export (issue 4): tab-separated, usually GB18030, columns found by header name
// (部门 姓名 考勤号码 日期时间 机器号 ...). Dates as 2026/10/12 7:57:44 or 2026-10-12 07:57:44.
class ZkTimeExport
{
    Q_DECLARE_TR_FUNCTIONS(ZkTimeExport)

public:
    static ClockLog parse(const QByteArray &bytes, TextDecoding::Encoding encoding = TextDecoding::Encoding::Auto);
    // The date forms exports use; invalid when none fits.
    static QDateTime parseDateTime(const QString &text);
};

} // namespace shopdesk
