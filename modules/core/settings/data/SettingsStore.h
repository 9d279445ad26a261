#pragma once

#include "common/Result.h"

#include <QString>

namespace shopdesk {

class Database;

// The company's policy settings (RULES.md: "a policy setting that an administrator can change"),
// kept in the database so that every PC follows the same policy.
class SettingsStore
{
public:
    explicit SettingsStore(Database &db) : m_db(db) {}
    QString value(const QString &key, const QString &fallback = {}) const;
    int intValue(const QString &key, int fallback) const;
    // Call inside Database::write.
    Status set(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace shopdesk
