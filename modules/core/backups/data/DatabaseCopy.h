#pragma once

#include "common/Result.h"

namespace shopdesk {

class Database;

// Copies a live database into a new file with VACUUM INTO: a consistent snapshot taken under
// one read transaction, so writers on other PCs wait at most for the copy, never for a dialog.
Status vacuumInto(Database &db, const QString &targetFile);

} // namespace shopdesk
