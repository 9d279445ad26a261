#include "ClockFile.h"

#include "domain/DingTalkRecords.h"
#include "domain/ZkTimeExport.h"
#include "imports/XlsxSheet.h"

#include <QRegularExpression>

namespace shopdesk {

QString ClockFile::formatKey(ClockFileFormat format)
{
    switch (format) {
    case ClockFileFormat::Auto: return QStringLiteral("auto");
    case ClockFileFormat::ZkTeco: return QStringLiteral("zkteco");
    case ClockFileFormat::ZkTime: return QStringLiteral("zktime");
    case ClockFileFormat::DingTalk: return QStringLiteral("dingtalk");
    }
    return {};
}

std::optional<ClockFileFormat> ClockFile::formatFromKey(const QString &key)
{
    for (ClockFileFormat f :
         {ClockFileFormat::Auto, ClockFileFormat::ZkTeco, ClockFileFormat::ZkTime, ClockFileFormat::DingTalk})
        if (formatKey(f) == key)
            return f;
    return std::nullopt;
}

QString ClockFile::formatTitle(ClockFileFormat format)
{
    switch (format) {
    case ClockFileFormat::Auto: return tr("Detect");
    case ClockFileFormat::ZkTeco: return tr("ZKTeco USB log (attlog.dat)");
    case ClockFileFormat::ZkTime: return tr("ZKTime export");
    case ClockFileFormat::DingTalk: return tr("DingTalk raw records");
    }
    return {};
}

Result<ClockFile> ClockFile::read(const QByteArray &bytes, const QString &fileName, ClockFileFormat format,
                                  TextDecoding::Encoding encoding)
{
    ClockFile file;
    file.encoding = encoding;
    const bool xlsx = bytes.startsWith("PK\x03\x04");
    if (format == ClockFileFormat::Auto) {
        if (xlsx) {
            format = ClockFileFormat::DingTalk;
        } else {
            // The first 4 KB decide; a wrong guess is the user's to override.
            const QString head = TextDecoding::decode(bytes.left(4096), encoding);
            static const QRegularExpression zkLine(QStringLiteral("^\\s*\\w+\\t\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}"),
                                                   QRegularExpression::MultilineOption);
            if (head.startsWith(QLatin1String("SN=")) || zkLine.match(head).hasMatch())
                format = ClockFileFormat::ZkTeco;
            else if (head.contains(QStringLiteral("考勤号码")))
                format = ClockFileFormat::ZkTime;
            else if (head.contains(QStringLiteral("打卡时间")) || head.contains(QStringLiteral("考勤日期")))
                format = ClockFileFormat::DingTalk;
            else
                return fail(
                    tr("%1 is not a time-clock file ShopDesk knows (ZKTeco log, ZKTime export, DingTalk records); "
                       "choose the format by hand if it is one.")
                        .arg(fileName));
        }
    }
    file.format = format;
    switch (format) {
    case ClockFileFormat::ZkTeco: file.log = ZkTecoAttlog::parse(bytes); break;
    case ClockFileFormat::ZkTime: file.log = ZkTimeExport::parse(bytes, encoding); break;
    case ClockFileFormat::DingTalk:
        if (xlsx) {
            auto sheet = XlsxSheet::readFirstSheet(bytes);
            if (!sheet)
                return fail(tr("%1: %2").arg(fileName, sheet.error()));
            file.log = DingTalkRecords::parseTable(*sheet);
        } else {
            file.log = DingTalkRecords::parseCsv(bytes, encoding);
        }
        break;
    case ClockFileFormat::Auto: break;
    }
    if (file.log.punches.isEmpty() && !file.log.problems.isEmpty())
        return fail(tr("%1: no line could be read as %2; the first problem is on line %3: %4")
                        .arg(fileName, formatTitle(format))
                        .arg(file.log.problems.first().line)
                        .arg(file.log.problems.first().reason));
    return file;
}

} // namespace shopdesk
