#pragma once

#include "common/Result.h"
#include "domain/ZkTecoAttlog.h"
#include "imports/domain/TextDecoding.h"

namespace shopdesk {

// The time-clock files the office has (issue 4: punches), read into one shape.
enum class ClockFileFormat { Auto, ZkTeco, ZkTime, DingTalk };

struct ClockFile
{
    Q_DECLARE_TR_FUNCTIONS(ClockFile)
public:
    ClockFileFormat format = ClockFileFormat::Auto;
    TextDecoding::Encoding encoding = TextDecoding::Encoding::Auto;
    ClockLog log;

    static QString formatKey(ClockFileFormat format); // auto, zkteco, zktime, dingtalk
    static std::optional<ClockFileFormat> formatFromKey(const QString &key);
    static QString formatTitle(ClockFileFormat format); // translated
    // Whose punches a format names: a time clock's PIN, or DingTalk's staff number (工号).
    static QString personKeyKind(ClockFileFormat format)
    {
        return format == ClockFileFormat::DingTalk ? QStringLiteral("staff_no") : QStringLiteral("pin");
    }

    // Reads `bytes` (named `fileName` in messages). Auto tells the format from the content: an
    // XLSX is DingTalk's, `SN=` or "PIN TAB date" lines are ZKTeco's, a 考勤号码 column ZKTime's,
    // 打卡时间 DingTalk's CSV. An error names the file when nothing fits.
    static Result<ClockFile> read(const QByteArray &bytes, const QString &fileName, ClockFileFormat format,
                                  TextDecoding::Encoding encoding);
};

} // namespace shopdesk
