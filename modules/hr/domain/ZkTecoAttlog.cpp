#include "domain/ZkTecoAttlog.h"

#include "common/domain/WallClock.h"

namespace shopdesk {

namespace {
// "2026-10-12 07:57:44" exactly, digit by digit: a million lines are read in a second, where
// QDateTime::fromString takes several (and consults the time zone for every line).
QDateTime parseTime(QByteArrayView text)
{
    if (text.size() != 19 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':')
        return {};
    auto number = [&](int from, int length, bool *ok) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            if (text[i] < '0' || text[i] > '9')
                *ok = false;
            n = n * 10 + (text[i] - '0');
        }
        return n;
    };
    bool ok = true;
    const QDate date(number(0, 4, &ok), number(5, 2, &ok), number(8, 2, &ok));
    const QTime time(number(11, 2, &ok), number(14, 2, &ok), number(17, 2, &ok));
    return ok && date.isValid() && time.isValid() ? wallClock(date, time) : QDateTime();
}
} // namespace

ClockLog ZkTecoAttlog::parse(const QByteArray &bytes)
{
    ClockLog log;
    int lineNo = 0;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line(bytes.constData() + start, end - start);
        start = end + 1;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith("SN=")) {
            log.serialNumber = QString::fromUtf8(line.sliced(3)).trimmed();
            continue;
        }
        if (line.startsWith("CHECKSUM="))
            continue;
        ++log.rowsRead;
        QList<QByteArrayView> f;
        for (qsizetype from = 0;;) {
            const qsizetype tab = line.indexOf('\t', from);
            f.append(line.sliced(from, tab < 0 ? line.size() - from : tab - from));
            if (tab < 0)
                break;
            from = tab + 1;
        }
        auto problem = [&](const QString &field, QByteArrayView value, const QString &reason) {
            log.problems.append({lineNo, field, QString::fromUtf8(value).left(80), reason});
        };
        if (f.size() < 2) {
            problem(tr("line"), line, tr("expected tab-separated PIN and time"));
            continue;
        }
        ClockPunch p;
        p.line = lineNo;
        const QByteArrayView pin = f[0].trimmed();
        if (pin.isEmpty() || pin.size() > 24) {
            problem(tr("PIN"), f[0], tr("empty or too long"));
            continue;
        }
        p.pin = QString::fromUtf8(pin);
        p.at = parseTime(f[1].trimmed());
        if (!p.at.isValid()) {
            problem(tr("time"), f[1], tr("not a date and time (YYYY-MM-DD HH:MM:SS)"));
            continue;
        }
        int *numbers[] = {&p.device, &p.state, &p.verify, &p.workCode};
        const char *names[] = {QT_TR_NOOP("device"), QT_TR_NOOP("state"), QT_TR_NOOP("verify"),
                               QT_TR_NOOP("work code")};
        bool good = true;
        for (int k = 0; k < 4 && good; ++k) {
            if (k + 2 >= f.size())
                break; // older firmware writes fewer columns
            const QByteArrayView field = f[k + 2].trimmed();
            bool ok = false;
            *numbers[k] = field.toInt(&ok);
            if (!ok && !field.isEmpty()) {
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
