#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace shopdesk {

// RULE HR-03: kinds of disciplinary entries.
enum class DisciplineKind { Reminder, Warning, PublicNotice, Fine, DismissalReview };
QString disciplineKindKey(DisciplineKind kind);
std::optional<DisciplineKind> disciplineKindFromKey(const QString &key);
QString disciplineKindTitle(DisciplineKind kind);

// A rule an entry cites, with what it allows: the kinds of entry and the fine's range in fen
// (0 to 0: the rule names no range, any positive amount).
struct ConductRule
{
    QString id;
    QString title; // translated
    QList<DisciplineKind> kinds;
    qint64 minFen = 0, maxFen = 0;
    QString finding; // an attendance finding the entry also records (ATT-09, ABS-01 e)
    bool twoParties = false; // ATT-09: the finding names both people, and each is fined
};

// The rules a clerk records entries under (HR-03 a-e, OT-01, ATT-09, ABS-01 e); the attendance
// engine's own (ATT-05, ATT-06, ABS-02) arrive as proposals.
class ConductRules
{
    Q_DECLARE_TR_FUNCTIONS(ConductRules)
public:
    // `proxyPunchFen`: ATT-09's fine, from the attendance policy (issue 11: not a constant here).
    static QList<ConductRule> recordable(qint64 proxyPunchFen);
    static std::optional<ConductRule> find(const QString &id, qint64 proxyPunchFen);
    // The form's check: a kind the rule allows, a fine inside its range, no amount otherwise.
    static Status check(const ConductRule &rule, DisciplineKind kind, qint64 amountFen);
};

} // namespace shopdesk
