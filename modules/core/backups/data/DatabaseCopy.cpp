#include "backups/data/DatabaseCopy.h"

#include "database/data/Database.h"

#include <QFile>
#include <QSqlError>
#include <QThread>

namespace shopdesk {

Status vacuumInto(Database &db, const QString &targetFile)
{
    // The copy reads the whole file in one transaction; while other PCs write one after another,
    // it may find the file locked past the busy timeout. It tries again a few times, as a write
    // does, before it gives up.
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        QSqlQuery q = db.query();
        // VACUUM INTO takes its file name as an expression; a bound value works since SQLite 3.27.
        if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
            return Database::failure(q);
        Database::addBindValues(q, {targetFile});
        if (q.exec())
            return success();
        if (!Database::isBusy(q.lastError()) || attempt == kAttempts)
            return Database::failure(q);
        q.finish();
        QFile::remove(targetFile); // VACUUM INTO writes only into a new (or empty) file
        QThread::msleep(200 * attempt);
    }
}

} // namespace shopdesk
