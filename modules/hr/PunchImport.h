#pragma once

#include "ClockFile.h"
#include "domain/Punches.h"
#include "users/domain/Permissions.h"

#include <QMap>

#include <functional>

namespace shopdesk {

class Clock;
class Database;

// What an import would do, before anything is written (issue 4: punches).
struct PunchImportPreview
{
    QString fileName;
    ClockFileFormat format = ClockFileFormat::Auto;
    QByteArray sha256;
    int rowsRead = 0;
    int newPunches = 0; // of known people
    int duplicates = 0; // RULE ATT-12: within 60 s of a punch kept (this file or stored)
    int unmatchedPunches = 0; // new punches of unknown PINs, kept as unmatched
    int lockedPunches = 0; // in a month HR confirmed: not imported
    QMap<QString, int> unknownPeople; // PIN or staff number -> new punches
    QHash<QString, QString> unknownNames; // when the file names them
    QList<ImportProblem> problems;
    QString keyKind; // pin or staff_no
    QList<PunchRow> rows; // sorted by person and time
    QList<UnmatchedRow> unmatchedRows;

    // What the preview checked against, so that the import checks again inside its transaction:
    // another PC may confirm a month or import the same punches in between (issue 11).
    QList<int> openMonths; // months of the file (year * 12 + month - 1) not confirmed
    QList<qint64> people; // employees of the file
    QHash<QString, qint64> keyOwners; // PIN or staff number -> person (negative: unknown)
    qint64 nearbyFrom = 0, nearbyTo = 0; // the stored punches ATT-12 looked at
    QByteArray nearbyFingerprint; // ... and what they were
};

// Progress in percent; returns false when the user cancels. Called on the working thread.
using ImportProgress = std::function<bool(int percent)>;

// Reads a time-clock file, maps PINs (or staff numbers) to employees, applies ATT-12's 60-second
// rule against this file and what is stored, and writes everything in one transaction. Importing
// the same file again adds nothing.
class PunchImport
{
    Q_DECLARE_TR_FUNCTIONS(PunchImport)
public:
    PunchImport(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<PunchImportPreview> preview(const Actor &actor, const QByteArray &bytes, const QString &fileName,
                                       ClockFileFormat format = ClockFileFormat::Auto,
                                       TextDecoding::Encoding encoding = TextDecoding::Encoding::Auto,
                                       const ImportProgress &progress = {}) const;
    Result<PunchImportPreview> previewFile(const Actor &actor, const QString &path,
                                           ClockFileFormat format = ClockFileFormat::Auto,
                                           TextDecoding::Encoding encoding = TextDecoding::Encoding::Auto,
                                           const ImportProgress &progress = {}) const;
    // One transaction; a cancel (progress returning false) rolls everything back.
    Result<PunchImportRecord> import(const Actor &actor, const PunchImportPreview &preview,
                                     const ImportProgress &progress = {});

    // Punches kept for PINs nobody has yet, per PIN: what to give to whom.
    Result<QList<UnmatchedSummary>> unmatched(const Actor &actor) const;

    static QString cancelledMessage();
    // The preview's figures, a line each, as the dialog and shopdeskctl show them.
    static QStringList summary(const PunchImportPreview &preview);

private:
    // The preview's rows less what became duplicates since (ATT-12); fails when a month of the
    // file was confirmed since. Inside the import's transaction.
    Result<QPair<QList<PunchRow>, QList<UnmatchedRow>>> recheck(const PunchImportPreview &preview) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
