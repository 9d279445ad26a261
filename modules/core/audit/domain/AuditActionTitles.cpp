#include "audit/domain/AuditActionTitles.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace shopdesk::AuditActionTitles {

namespace {
QHash<QString, const char *> coreTitles()
{
    return {
        {QStringLiteral("company.create"), QT_TRANSLATE_NOOP("AuditAction", "Company database created")},
        {QStringLiteral("demo.create"), QT_TRANSLATE_NOOP("AuditAction", "Demo company filled")},
        {QStringLiteral("auth.login"), QT_TRANSLATE_NOOP("AuditAction", "Signed in")},
        {QStringLiteral("auth.locked"), QT_TRANSLATE_NOOP("AuditAction", "Account locked after wrong passwords")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("AuditAction", "New user")},
        {QStringLiteral("user.update"), QT_TRANSLATE_NOOP("AuditAction", "User changed")},
        {QStringLiteral("user.disable"), QT_TRANSLATE_NOOP("AuditAction", "User disabled")},
        {QStringLiteral("user.enable"), QT_TRANSLATE_NOOP("AuditAction", "User enabled")},
        {QStringLiteral("user.password_reset"), QT_TRANSLATE_NOOP("AuditAction", "Password reset")},
        {QStringLiteral("user.password_changed"), QT_TRANSLATE_NOOP("AuditAction", "Own password changed")},
        {QStringLiteral("user.handover"), QT_TRANSLATE_NOOP("AuditAction", "Handover recorded")},
        {QStringLiteral("settings.company"), QT_TRANSLATE_NOOP("AuditAction", "Company name changed")},
        {QStringLiteral("settings.password_policy"), QT_TRANSLATE_NOOP("AuditAction", "Password policy changed")},
        {QStringLiteral("settings.lockout"), QT_TRANSLATE_NOOP("AuditAction", "Lock-out policy changed")},
        {QStringLiteral("backup.create"), QT_TRANSLATE_NOOP("AuditAction", "Backup made")},
        {QStringLiteral("backup.automatic"), QT_TRANSLATE_NOOP("AuditAction", "Automatic backup made")},
        {QStringLiteral("backup.restore"), QT_TRANSLATE_NOOP("AuditAction", "Database restored from a backup")},
        {QStringLiteral("backup.policy"), QT_TRANSLATE_NOOP("AuditAction", "Backup policy changed")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("AuditAction", "Backup")},
        {QStringLiteral("approval.submit"), QT_TRANSLATE_NOOP("AuditAction", "Request submitted")},
        {QStringLiteral("approval.approve"), QT_TRANSLATE_NOOP("AuditAction", "Step approved")},
        {QStringLiteral("approval.reject"), QT_TRANSLATE_NOOP("AuditAction", "Step rejected")},
        {QStringLiteral("approval.approved"), QT_TRANSLATE_NOOP("AuditAction", "Request approved")},
        {QStringLiteral("approval.rejected"), QT_TRANSLATE_NOOP("AuditAction", "Request rejected")},
        {QStringLiteral("approval.withdraw"), QT_TRANSLATE_NOOP("AuditAction", "Request withdrawn")},
        {QStringLiteral("approval.deputy"), QT_TRANSLATE_NOOP("AuditAction", "Deputy named")},
        {QStringLiteral("approval.phone_confirmed"), QT_TRANSLATE_NOOP("AuditAction", "Phone approval confirmed")},
        {QStringLiteral("approval.phone_disputed"), QT_TRANSLATE_NOOP("AuditAction", "Phone approval disputed")},
        {QStringLiteral("approval"), QT_TRANSLATE_NOOP("AuditAction", "Request")},
        {QStringLiteral("user.permissions"), QT_TRANSLATE_NOOP("AuditAction", "Permissions changed")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("AuditAction", "User")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("AuditAction", "Company")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("AuditAction", "Settings")},
        {QStringLiteral("data.export"), QT_TRANSLATE_NOOP("AuditAction", "Data exported to a file")},
        {QStringLiteral("data.print"), QT_TRANSLATE_NOOP("AuditAction", "Report printed")},
        {QStringLiteral("data"), QT_TRANSLATE_NOOP("AuditAction", "Data")},
    };
}

QHash<QString, const char *> &table()
{
    static QHash<QString, const char *> t = coreTitles();
    return t;
}

QMutex &lock()
{
    static QMutex m;
    return m;
}
} // namespace

void define(const QString &code, const char *sourceText)
{
    QMutexLocker locker(&lock());
    table().insert(code, sourceText);
}

QString title(const QString &code)
{
    QMutexLocker locker(&lock());
    const char *source = table().value(code);
    return source ? QCoreApplication::translate("AuditAction", source) : code;
}

} // namespace shopdesk::AuditActionTitles
