#include "ZkTecoAttlog.h"

namespace shopdesk {

ClockLog ZkTecoAttlog::parse(const QByteArray &bytes)
{
    ClockLog log;
    const QList<QByteArray> lines = bytes.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = QString::fromUtf8(lines[i]).remove(QLatin1Char('\r'));
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1String("SN="))) {
            log.serialNumber = line.mid(3).trimmed();
            continue;
        }
        if (line.startsWith(QLatin1String("CHECKSUM=")))
            continue;
        ++log.rowsRead;
        const QStringList f = line.split(QLatin1Char('\t'));
        auto problem = [&](const QString &field, const QString &value, const QString &reason) {
            log.problems.append({lineNo, field, value.left(80), reason});
        };
        if (f.size() < 2) {
            problem(tr("line"), line, tr("expected tab-separated PIN and time"));
            continue;
        }
        ClockPunch p;
        p.line = lineNo;
        p.pin = f[0].trimmed();
        if (p.pin.isEmpty() || p.pin.size() > 24) {
            problem(tr("PIN"), f[0], tr("empty or too long"));
            continue;
        }
        p.at = QDateTime::fromString(f[1].trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!p.at.isValid()) {
            problem(tr("time"), f[1], tr("not a date and time (YYYY-MM-DD HH:MM:SS)"));
            continue;
        }
        int *numbers[] = {&p.device, &p.state, &p.verify, &p.workCode};
        const char *names[] = {QT_TR_NOOP("device"), QT_TR_NOOP("state"), QT_TR_NOOP("verify"), QT_TR_NOOP("work code")};
        bool good = true;
        for (int k = 0; k < 4 && good; ++k) {
            if (k + 2 >= f.size())
                break; // older firmware writes fewer columns
            bool ok = false;
            *numbers[k] = f[k + 2].trimmed().toInt(&ok);
            if (!ok && !f[k + 2].trimmed().isEmpty()) {
                problem(tr(names[k]), f[k + 2], tr("not a number"));
                good = false;
            }
        }
        if (good)
            log.punches.append(p);
    }
    return log;
}

} // namespace shopdesk
