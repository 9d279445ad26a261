#pragma once

#include <QDate>
#include <QList>

namespace shopdesk {

// A line of the comp-time ledger (OT-02): hours earned (positive) or taken or paid out
// (negative) on a day.
struct CompTimeEntry
{
    QDate at;
    double hours = 0;
    QString note;
};

// RULES OT-02, HOL-02 (issue 11): rest-day overtime is 200% unless comp time is given; comp
// time not taken within the policy's months is paid out. Time taken (and paid out) uses the
// oldest hours first, so what is left of the hours earned on or before `cutoff` has expired.
// Pure.
class CompTimeExpiry
{
public:
    static double expiredHours(const QList<CompTimeEntry> &ledger, const QDate &cutoff);
};

} // namespace shopdesk
