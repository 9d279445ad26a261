#include "backups/data/DatabaseCopy.h"

#include "database/data/Database.h"

#include <QSqlError>

namespace shopdesk {

Status vacuumInto(Database &db, const QString &targetFile)
{
    QSqlQuery q = db.query();
    // VACUUM INTO takes its file name as an expression; a bound value works since SQLite 3.27.
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return Database::failure(q);
    q.addBindValue(targetFile);
    return Database::exec(q);
}

} // namespace shopdesk
