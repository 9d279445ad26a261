#pragma once

#include <QString>

namespace shopdesk::AuditActionTitles {

// What an audit record's action or entity code means, in the user's language ("user.create" ->
// "New user"). Core's codes are known; a module adds its own with define(), giving a source
// text marked with QT_TRANSLATE_NOOP("AuditAction", ...). Unknown codes show as they are.
void define(const QString &code, const char *sourceText);
QString title(const QString &code);

} // namespace shopdesk::AuditActionTitles
