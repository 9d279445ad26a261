#pragma once

#include "common/Result.h"
#include "report/LabelPainter.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE CON-02: the labels of the archive: each contract folder's, with its number as a QR code
// (scanned during the half-yearly check, it marks the contract present), and each box's, with
// where it stands and the numbers it holds.
class ContractLabels
{
    Q_DECLARE_TR_FUNCTIONS(ContractLabels)
public:
    ContractLabels(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The folders of these contracts, in the order given: number (QR and text), title, other
    // party, signing day and place.
    Result<QList<PrintedLabel>> folders(const Actor &actor, const QList<qint64> &contractIds) const;
    // One label per box of the archive that holds contracts, by place: the place (its QR code
    // says it is a box, ContractRules::boxCode), how many contracts and their first and last numbers.
    Result<QList<PrintedLabel>> boxes(const Actor &actor, qint64 archiveId) const;

    static QString folderTitle();
    static QString boxTitle();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
