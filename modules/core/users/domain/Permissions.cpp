#include "users/domain/Permissions.h"

#include <QHash>
#include <QMutex>

namespace shopdesk {

namespace {
// Core's own actions are always defined; modules add theirs through the registry.
QHash<QString, Permission> coreActions()
{
    QHash<QString, Permission> c;
    for (const Permission &p :
         {Permission{Action::HomeView, Level::Reader, {}, false},
          Permission{Action::ManageUsers, Level::DatabaseAdmin, {}, false},
          Permission{Action::ManageSettings, Level::DatabaseAdmin, {}, false},
          Permission{Action::ViewAudit, Level::DatabaseAdmin, {}, false},
          Permission{Action::Backup, Level::DatabaseAdmin, {}, false},
          Permission{Action::ManageCalendar, Level::DatabaseAdmin, {}, false}, // HOL-01
          // RULE DB-04: exporting is a permission of its own, the "export" scope.
          Permission{Action::Export, Level::Clerk, QStringLiteral("export"), false},
          // RULE FIN-04 (issue 11): recording a phone approval is a right of its own.
          Permission{Action::RecordPhoneApproval, Level::Clerk, QStringLiteral("phone_approvals"), false},
          Permission{Action::ViewPersonalData, Level::Reader, {}, true},
          Permission{Action::ManageBudgets, Level::Clerk, QStringLiteral("finance"), false}, // FIN-01
          Permission{Action::PayVouchers, Level::Clerk, QStringLiteral("finance"), false}}) // SUP-04
        c.insert(p.action, p);
    return c;
}

QHash<QString, Permission> &catalogue()
{
    static QHash<QString, Permission> c = coreActions();
    return c;
}
QMutex &catalogueLock()
{
    static QMutex m;
    return m;
}
} // namespace

QString levelKey(Level level)
{
    switch (level) {
    case Level::Reader: return QStringLiteral("reader");
    case Level::Clerk: return QStringLiteral("clerk");
    case Level::DatabaseAdmin: return QStringLiteral("dbadmin");
    }
    return QStringLiteral("reader");
}

Level levelFromKey(const QString &key)
{
    if (key == u"dbadmin")
        return Level::DatabaseAdmin;
    if (key == u"clerk")
        return Level::Clerk;
    return Level::Reader;
}

QString levelTitle(Level level)
{
    switch (level) {
    case Level::Reader: return Permissions::tr("Reader");
    case Level::Clerk: return Permissions::tr("Clerk");
    case Level::DatabaseAdmin: return Permissions::tr("Database administrator");
    }
    return {};
}

QStringList Role::all()
{
    return {GeneralManager, SeniorManager, DepartmentHead, Hr,        ChiefAccountant, CashAccountant,
            Custodian,      SiteManager,   ProductManager, WebEditor, Planner,         ServiceSupervisor};
}

QString Role::title(const QString &role)
{
    static const QHash<QString, const char *> titles = {
        {GeneralManager, QT_TRANSLATE_NOOP("Permissions", "General manager")},
        {SeniorManager, QT_TRANSLATE_NOOP("Permissions", "Senior manager")},
        {DepartmentHead, QT_TRANSLATE_NOOP("Permissions", "Department head")},
        {Hr, QT_TRANSLATE_NOOP("Permissions", "Human resources")},
        {ChiefAccountant, QT_TRANSLATE_NOOP("Permissions", "Chief accountant")},
        {CashAccountant, QT_TRANSLATE_NOOP("Permissions", "Cash accountant")},
        {Custodian, QT_TRANSLATE_NOOP("Permissions", "Custodian")},
        {SiteManager, QT_TRANSLATE_NOOP("Permissions", "Site manager")},
        {ProductManager, QT_TRANSLATE_NOOP("Permissions", "Product manager")},
        {WebEditor, QT_TRANSLATE_NOOP("Permissions", "Web editor")},
        {Planner, QT_TRANSLATE_NOOP("Permissions", "Planner")},
        {ServiceSupervisor, QT_TRANSLATE_NOOP("Permissions", "Service supervisor")},
    };
    const char *t = titles.value(role);
    return t ? Permissions::tr(t) : role;
}

QString Role::separationProblem(const QSet<QString> &roles)
{
    if (roles.contains(CashAccountant) && roles.contains(ChiefAccountant))
        return Permissions::tr("One person cannot be both the cash accountant and the chief accountant: cash and "
                               "books are kept by different people (FIN-02).");
    return {};
}

QStringList Scope::all()
{
    return {
        QStringLiteral("hr"),   QStringLiteral("supplies"), QStringLiteral("contracts"),      QStringLiteral("finance"),
        QStringLiteral("shop"), QStringLiteral("export"),   QStringLiteral("phone_approvals")};
}

QString Scope::title(const QString &scope)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("hr"), QT_TRANSLATE_NOOP("Permissions", "People and attendance")},
        {QStringLiteral("supplies"), QT_TRANSLATE_NOOP("Permissions", "Office supplies")},
        {QStringLiteral("contracts"), QT_TRANSLATE_NOOP("Permissions", "Contract archive")},
        {QStringLiteral("finance"), QT_TRANSLATE_NOOP("Permissions", "Finance")},
        {QStringLiteral("shop"), QT_TRANSLATE_NOOP("Permissions", "Shop")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("Permissions", "Export data")},
        {QStringLiteral("phone_approvals"), QT_TRANSLATE_NOOP("Permissions", "Record phone approvals")},
    };
    const char *t = titles.value(scope);
    return t ? Permissions::tr(t) : scope;
}

void Permissions::define(const Permission &permission)
{
    QMutexLocker lock(&catalogueLock());
    catalogue().insert(permission.action, permission);
}

bool Permissions::isDefined(const QString &action)
{
    QMutexLocker lock(&catalogueLock());
    return catalogue().contains(action);
}

bool Permissions::can(const Actor &actor, const QString &action, const Subject &subject)
{
    Permission p;
    {
        QMutexLocker lock(&catalogueLock());
        const auto it = catalogue().constFind(action);
        if (it == catalogue().constEnd())
            return false; // deny by default: an undefined action is nobody's
        p = *it;
    }
    if (actor.userId == 0 || actor.disabled)
        return false;
    if (actor.level < p.minLevel)
        return false;
    // RULE DB-01: back-office administrators work "within their scope".
    if (!p.scope.isEmpty() && actor.level != Level::DatabaseAdmin && !actor.scopes.contains(p.scope))
        return false;
    if (p.personalData && subject.employeeId != 0) {
        return actor.roles.contains(Role::Hr) || actor.employeeId == subject.employeeId
            || actor.managedEmployeeIds.contains(subject.employeeId);
    }
    return true;
}

QString Permissions::refusal(const QString &action)
{
    return tr("You do not have permission for this (%1). Ask a database administrator.").arg(action);
}

Status Permissions::require(const Actor &actor, const QString &action, const Subject &subject)
{
    if (!can(actor, action, subject))
        return fail(refusal(action));
    return success();
}

} // namespace shopdesk
