#pragma once

// What every benchmark shares: a FIGURE line, the best of several timings, and the sqlite3
// tool's own timing of the same query as the reference measured in the same run.
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

#include <cstdio>
#include <functional>

namespace shopdesk::bench {

inline void figure(const char *name, const QString &value)
{
    std::printf("FIGURE %s %s\n", name, qPrintable(value));
    std::fflush(stdout);
}

// The best of `runs` timings in milliseconds (the first run warms the page cache like a clerk's
// first look would, then the best is what the code itself costs).
inline double bestMs(int runs, const std::function<void()> &work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = qMin(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

// The sqlite3 tool's own timing of `sql` (its `.timer`, so no process start-up is counted), the
// best of `runs`.
inline double sqliteMs(const QString &db, const QString &sql, int runs)
{
    QString script = QStringLiteral(".output /dev/null\n.timer on\n");
    for (int i = 0; i < runs; ++i)
        script += sql + QLatin1Char('\n');
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db});
    p.waitForStarted();
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    double best = 1e300;
    for (auto it = real.globalMatch(out); it.hasNext();)
        best = qMin(best, it.next().captured(1).toDouble() * 1000);
    return best;
}

// What one run of `sql` costs the sqlite3 tool, for queries under its .timer's millisecond: the
// tool timed running it once and 1 + `repeats` times (the best of three each); the difference
// per repeat leaves the tool's start-up and the file's opening out.
inline double sqlitePerQueryMs(const QString &db, const QString &sql, int repeats)
{
    auto timed = [&](int copies) {
        QString script = QStringLiteral(".output /dev/null\n");
        for (int i = 0; i < copies; ++i)
            script += sql + QLatin1Char('\n');
        return bestMs(3, [&] {
            QProcess p;
            p.start(QStringLiteral("sqlite3"), {db});
            p.waitForStarted();
            p.write(script.toUtf8());
            p.closeWriteChannel();
            p.waitForFinished(-1);
        });
    };
    return qMax(0.001, (timed(1 + repeats) - timed(1)) / repeats);
}

} // namespace shopdesk::bench
