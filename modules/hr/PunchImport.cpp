#include "PunchImport.h"

#include "data/PunchRepository.h"

#include "HrActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/WallClock.h"
#include "database/data/Database.h"
#include "domain/PunchDeduplication.h"
#include "ledgers/data/PeriodLockRepository.h"
#include "organisation/data/OrgRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace shopdesk {

namespace {
struct ReadPunch
{
    qint64 person = 0; // an employee id; negative for a PIN nobody has
    qint64 at = 0;
    int device = 0;
    int index = 0; // position in the file, for the PIN and name
};

int monthOf(qint64 at)
{
    const QDate d = fromWallSeconds(at).date();
    return d.year() * 12 + d.month() - 1;
}

QDate firstDayOf(int month)
{
    return QDate(month / 12, month % 12 + 1, 1);
}

// RULE ATT-12: the stored punches (and kept unmatched ones, as their owner's) near the file's time
// range, as the 60-second rule's starting point, and a fingerprint of them.
struct StoredNearby
{
    PunchDeduplication kept;
    QByteArray fingerprint;
};

Result<StoredNearby> storedNearby(Database &db, const PunchImportPreview &p)
{
    PunchRepository punches(db);
    auto stored = punches.storedTimes(p.people, p.nearbyFrom, p.nearbyTo);
    if (!stored)
        return stored.failure();
    auto storedUnknown = punches.storedUnmatchedTimes(p.keyKind, p.keyOwners.keys(), p.nearbyFrom, p.nearbyTo);
    if (!storedUnknown)
        return storedUnknown.failure();
    StoredNearby nearby;
    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    auto add = [&](qint64 person, const QList<qint64> &times) {
        for (qint64 at : times) {
            nearby.kept.addKept(person, at);
            const qint64 pair[2] = {person, at};
            fingerprint.addData(QByteArrayView(reinterpret_cast<const char *>(pair), sizeof pair));
        }
    };
    for (qint64 person : p.people)
        add(person, stored->value(person));
    QStringList keys = p.keyOwners.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys))
        add(p.keyOwners.value(key), storedUnknown->value(key));
    nearby.fingerprint = fingerprint.result();
    return nearby;
}

// The preview's heading: the file, its format and digest, what was read and what could not be.
PunchImportPreview startPreview(const ClockFile &file, const QByteArray &bytes, const QString &fileName)
{
    PunchImportPreview preview;
    preview.fileName = fileName;
    preview.format = file.format;
    preview.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    preview.rowsRead = file.log.rowsRead;
    preview.problems = file.log.problems;
    preview.keyKind = ClockFile::personKeyKind(file.format);
    return preview;
}

// A clock's PIN is the employee's clock PIN. DingTalk's 工号 is the staff number, or, where
// the company keyed DingTalk by the clock's numbers, the clock PIN.
QHash<QString, qint64> employeesByKey(const QList<EmployeeSummary> &employees, const QString &keyKind)
{
    QHash<QString, qint64> byKey;
    for (const EmployeeSummary &e : employees)
        if (!e.clockPin.isEmpty())
            byKey.insert(e.clockPin, e.id);
    if (keyKind == QLatin1String("staff_no"))
        for (const EmployeeSummary &e : employees)
            if (!e.staffNo.isEmpty())
                byKey.insert(e.staffNo, e.id);
    return byKey;
}

// The file's punches, each with its person, and the time they span.
struct FilePunches
{
    QList<ReadPunch> punches; // in file order
    QHash<QString, qint64> unknownIds; // PIN nobody has -> its negative number
    QSet<qint64> people; // the employees of the file
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
};

FilePunches readPunches(const ClockLog &log, const QHash<QString, qint64> &byKey)
{
    // Unknown PINs get negative numbers, so that one integer names every person below.
    FilePunches read;
    read.punches.reserve(log.punches.size());
    for (int i = 0; i < log.punches.size(); ++i) {
        const ClockPunch &p = log.punches.at(i);
        qint64 person = byKey.value(p.pin);
        if (person)
            read.people.insert(person);
        else
            person = *read.unknownIds.insert(p.pin, read.unknownIds.value(p.pin, -(read.unknownIds.size() + 1)));
        ReadPunch r{person, wallSeconds(p.at), p.device, i};
        read.first = std::min(read.first, r.at);
        read.last = std::max(read.last, r.at);
        read.punches.append(r);
    }
    return read;
}

// Months HR confirmed take no new clock punches (late corrections are make-up requests). The
// others are noted in the preview, for the import to check again.
Result<QSet<int>> lockedMonths(Database &db, const FilePunches &read, PunchImportPreview &preview)
{
    QSet<int> locked;
    for (int month = monthOf(read.first); month <= monthOf(read.last); ++month) {
        auto isLocked = PeriodLockRepository(db).isLocked(PeriodLockRepository::Attendance, firstDayOf(month));
        if (!isLocked)
            return isLocked.failure();
        if (*isLocked)
            locked.insert(month);
        else
            preview.openMonths.append(month);
    }
    return locked;
}

// RULE ATT-12: what is stored near the file's time range counts as kept. Unmatched punches
// already kept count too: for a PIN given to someone since, as theirs.
Result<PunchDeduplication> keptNearby(Database &db, const FilePunches &read, const QHash<QString, qint64> &byKey,
                                      PunchImportPreview &preview)
{
    preview.people = QList<qint64>(read.people.begin(), read.people.end());
    std::sort(preview.people.begin(), preview.people.end());
    for (auto it = read.unknownIds.constBegin(); it != read.unknownIds.constEnd(); ++it)
        preview.keyOwners.insert(it.key(), it.value());
    for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it)
        if (read.people.contains(it.value()))
            preview.keyOwners.insert(it.key(), it.value());
    preview.nearbyFrom = read.first - PunchDeduplication::kWindowSeconds;
    preview.nearbyTo = read.last + PunchDeduplication::kWindowSeconds;
    auto nearby = storedNearby(db, preview);
    if (!nearby)
        return nearby.failure();
    preview.nearbyFingerprint = nearby->fingerprint;
    return std::move(nearby->kept);
}

// Each punch of the file is in a confirmed month, a duplicate (ATT-12), a new punch, or a new
// punch of a PIN nobody has, kept as unmatched.
void decideEachPunch(FilePunches &read, const QSet<int> &locked, PunchDeduplication &dedup,
                     const QList<ClockPunch> &filePunches, PunchImportPreview &preview)
{
    // Sorted by person and time: the rows go in key order (fast inserts), and each person's
    // punches reach the 60-second rule in time order.
    std::sort(read.punches.begin(), read.punches.end(), [](const ReadPunch &a, const ReadPunch &b) {
        return a.person != b.person ? a.person < b.person : a.at < b.at;
    });
    for (const ReadPunch &r : std::as_const(read.punches)) {
        if (!locked.isEmpty() && locked.contains(monthOf(r.at))) {
            ++preview.lockedPunches;
            continue;
        }
        if (!dedup.keep(r.person, r.at)) {
            ++preview.duplicates;
            continue;
        }
        if (r.person > 0) {
            preview.rows.append({r.person, r.at, r.device});
        } else {
            const ClockPunch &p = filePunches.at(r.index);
            preview.unmatchedRows.append({p.pin, r.at, r.device, p.name});
            ++preview.unknownPeople[p.pin];
            if (!p.name.isEmpty())
                preview.unknownNames.insert(p.pin, p.name);
        }
    }
    preview.newPunches = int(preview.rows.size());
    preview.unmatchedPunches = int(preview.unmatchedRows.size());
}
} // namespace

QString PunchImport::cancelledMessage()
{
    return tr("Import cancelled; nothing was written.");
}

QStringList PunchImport::summary(const PunchImportPreview &p)
{
    QStringList lines{tr("%1: %2").arg(p.fileName, ClockFile::formatTitle(p.format)),
                      tr("Rows read: %1").arg(p.rowsRead),
                      tr("New punches: %1").arg(p.newPunches),
                      tr("Duplicates (less than 60 seconds apart, ATT-12): %1").arg(p.duplicates),
                      tr("Unknown people: %1, their %2 new punches kept as unmatched")
                          .arg(p.unknownPeople.size())
                          .arg(p.unmatchedPunches),
                      tr("Bad rows: %1").arg(p.problems.size())};
    if (p.lockedPunches > 0)
        lines << tr("In months HR confirmed (not imported): %1").arg(p.lockedPunches);
    return lines;
}

Result<QList<UnmatchedSummary>> PunchImport::unmatched(const Actor &actor) const
{
    if (!Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(HrAction::ViewAttendance));
    return PunchRepository(m_db).unmatched();
}

Result<PunchImportPreview> PunchImport::previewFile(const Actor &actor, const QString &path, ClockFileFormat format,
                                                    TextDecoding::Encoding encoding,
                                                    const ImportProgress &progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return preview(actor, file.readAll(), QFileInfo(path).fileName(), format, encoding, progress);
}

Result<PunchImportPreview> PunchImport::preview(const Actor &actor, const QByteArray &bytes, const QString &fileName,
                                                ClockFileFormat format, TextDecoding::Encoding encoding,
                                                const ImportProgress &progress) const
{
    if (!Permissions::can(actor, HrAction::ManageAttendance))
        return fail(Permissions::refusal(HrAction::ManageAttendance));
    auto step = [&](int percent) { return !progress || progress(percent); };
    if (!step(5))
        return fail(cancelledMessage());
    auto file = ClockFile::read(bytes, fileName, format, encoding);
    if (!file)
        return file.failure();
    if (!step(40))
        return fail(cancelledMessage());

    PunchImportPreview preview = startPreview(*file, bytes, fileName);
    auto employees = OrgRepository(m_db).employees();
    if (!employees)
        return employees.failure();
    const QHash<QString, qint64> byKey = employeesByKey(*employees, preview.keyKind);
    FilePunches read = readPunches(file->log, byKey);
    if (read.punches.isEmpty())
        return preview;
    auto locked = lockedMonths(m_db, read, preview);
    if (!locked)
        return locked.failure();
    auto dedup = keptNearby(m_db, read, byKey, preview);
    if (!dedup)
        return dedup.failure();
    if (!step(60))
        return fail(cancelledMessage());
    decideEachPunch(read, *locked, *dedup, file->log.punches, preview);
    if (!step(100))
        return fail(cancelledMessage());
    return preview;
}

Result<PunchImportRecord> PunchImport::import(const Actor &actor, const PunchImportPreview &preview,
                                              const ImportProgress &progress)
{
    if (!Permissions::can(actor, HrAction::ManageAttendance))
        return fail(Permissions::refusal(HrAction::ManageAttendance));
    PunchImportRecord record;
    record.fileName = preview.fileName;
    record.format = ClockFile::formatKey(preview.format);
    record.sha256 = QString::fromLatin1(preview.sha256);
    record.importedAt = toStoredInstant(m_clock.nowUtc());
    record.userId = actor.userId;
    record.rowsRead = preview.rowsRead;
    record.added = preview.newPunches;
    record.duplicates = preview.duplicates;
    record.unmatched = preview.unmatchedPunches;
    record.badRows = int(preview.problems.size());

    QList<PunchRow> rows;
    QList<UnmatchedRow> unmatchedRows;
    auto written = m_db.write([&]() -> Status {
        // Again inside the transaction: another PC may have confirmed a month or imported the
        // same punches since the preview.
        auto checked = recheck(preview);
        if (!checked)
            return checked.failure();
        rows = std::move(checked->first);
        unmatchedRows = std::move(checked->second);
        record.added = int(rows.size());
        record.unmatched = int(unmatchedRows.size());
        record.duplicates =
            preview.duplicates + (preview.newPunches - record.added) + (preview.unmatchedPunches - record.unmatched);
        PunchRepository punches(m_db);
        auto importId = punches.addImport(record);
        if (!importId)
            return importId.failure();
        // In slices, so that a long import shows progress and can be cancelled (rolled back).
        constexpr qsizetype kSlice = 50000;
        for (qsizetype start = 0; start < rows.size(); start += kSlice) {
            if (Status s = punches.insert(rows.mid(start, kSlice), *importId); !s)
                return s;
            if (progress && !progress(int(100 * (start + kSlice) / std::max<qsizetype>(1, rows.size()))))
                return fail(cancelledMessage());
        }
        if (Status s = punches.insertUnmatched(preview.keyKind, unmatchedRows, *importId); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("punches.import"), QStringLiteral("punch_imports"),
                    QString::number(*importId), {},
                    {{QStringLiteral("file"), record.fileName},
                     {QStringLiteral("sha256"), record.sha256},
                     {QStringLiteral("added"), record.added},
                     {QStringLiteral("duplicates"), record.duplicates},
                     {QStringLiteral("unmatched"), record.unmatched},
                     {QStringLiteral("bad_rows"), record.badRows}});
    });
    if (!written)
        return written.failure();
    return record;
}

Result<QPair<QList<PunchRow>, QList<UnmatchedRow>>> PunchImport::recheck(const PunchImportPreview &preview) const
{
    for (int month : preview.openMonths) {
        auto isLocked = PeriodLockRepository(m_db).isLocked(PeriodLockRepository::Attendance, firstDayOf(month));
        if (!isLocked)
            return isLocked.failure();
        if (*isLocked)
            return fail(
                tr("Attendance for %1 was confirmed on another PC after the preview of %2. Nothing was imported; "
                   "preview the file again.")
                    .arg(PeriodLockRepository::monthKey(firstDayOf(month)), preview.fileName));
    }
    auto nearby = storedNearby(m_db, preview);
    if (!nearby)
        return nearby.failure();
    if (nearby->fingerprint == preview.nearbyFingerprint)
        return qMakePair(preview.rows, preview.unmatchedRows);
    // RULE ATT-12: punches stored since the preview (the same file imported on another PC) make
    // some of the previewed ones duplicates.
    QList<PunchRow> rows;
    for (const PunchRow &r : preview.rows)
        if (nearby->kept.keep(r.employeeId, r.at))
            rows.append(r);
    QList<UnmatchedRow> unmatchedRows;
    for (const UnmatchedRow &r : preview.unmatchedRows)
        if (nearby->kept.keep(preview.keyOwners.value(r.personKey), r.at))
            unmatchedRows.append(r);
    return qMakePair(rows, unmatchedRows);
}

} // namespace shopdesk
