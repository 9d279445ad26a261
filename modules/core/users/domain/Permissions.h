#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace shopdesk {

// RULE DB-01: three levels; each adds to the one below.
enum class Level { Reader = 0, Clerk = 1, DatabaseAdmin = 2 };

QString levelKey(Level level); // stored form: reader, clerk, dbadmin
Level levelFromKey(const QString &key);
QString levelTitle(Level level); // translated

// Business roles from RULES.md "Who is who".
namespace Role {
inline const QString GeneralManager = QStringLiteral("general_manager");
inline const QString SeniorManager = QStringLiteral("senior_manager");
inline const QString DepartmentHead = QStringLiteral("department_head");
inline const QString Hr = QStringLiteral("hr");
inline const QString ChiefAccountant = QStringLiteral("chief_accountant");
inline const QString CashAccountant = QStringLiteral("cash_accountant");
inline const QString Custodian = QStringLiteral("custodian");
inline const QString SiteManager = QStringLiteral("site_manager");
inline const QString ProductManager = QStringLiteral("product_manager");
inline const QString WebEditor = QStringLiteral("web_editor");
inline const QString Planner = QStringLiteral("planner");
inline const QString ServiceSupervisor = QStringLiteral("service_supervisor");
QStringList all();
QString title(const QString &role); // translated
// RULE FIN-02: cash and books are kept by different people: the cash accountant is never also
// the chief accountant. Why these roles cannot go together, translated; empty when they can.
QString separationProblem(const QSet<QString> &roles);
} // namespace Role

// Module scopes: the areas a clerk may work in (RULE DB-01 "within their scope"); "export" is
// the right to take data out of the program (RULE DB-04); "phone_approvals" the right to record
// an approval given by phone (FIN-04).
namespace Scope {
QStringList all();
QString title(const QString &scope); // translated
} // namespace Scope

// Who is asking: enough of a user for the permission check, loaded once at login.
struct Actor
{
    qint64 userId = 0;
    QString userName;
    Level level = Level::Reader;
    bool disabled = false;
    qint64 employeeId = 0;
    QSet<QString> scopes; // module ids the user may work in
    QSet<QString> roles; // business roles
    QSet<qint64> managedEmployeeIds; // people this user supervises or heads
};

// What is being acted on, when the rule depends on it ("only the person's own managers").
struct Subject
{
    qint64 employeeId = 0;
};

struct Permission
{
    QString action; // "admin.users.manage"
    Level minLevel = Level::DatabaseAdmin;
    QString scope; // module scope required below database administrator; empty: none
    bool personalData = false; // RULE DB-04: only HR, the person and their own managers
};

// RULE DB-01, DB-04: one place answers every "may this user do this?". Deny by default.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static void define(const Permission &permission);
    static bool isDefined(const QString &action);
    static bool can(const Actor &actor, const QString &action, const Subject &subject = {});
    // The translated refusal a service returns.
    static QString refusal(const QString &action);
    // A service's first line: success, or the refusal as an error.
    static Status require(const Actor &actor, const QString &action, const Subject &subject = {});
};

// Actions core defines; modules define their own in the same way.
namespace Action {
inline const QString HomeView = QStringLiteral("home.view");
inline const QString ManageUsers = QStringLiteral("admin.users.manage");
inline const QString ManageSettings = QStringLiteral("admin.settings.manage");
inline const QString ViewAudit = QStringLiteral("audit.view");
inline const QString Backup = QStringLiteral("db.backup");
inline const QString ManageCalendar = QStringLiteral("calendar.manage");
inline const QString Export = QStringLiteral("data.export");
inline const QString RecordPhoneApproval = QStringLiteral("approval.phone.record"); // FIN-04, issue 11
inline const QString ViewPersonalData = QStringLiteral("people.personal.view");
// Core's meeting points with finance (ARCHITECTURE.md): budget lines (FIN-01), and paying the
// payment vouchers areas issue (SUP-04).
inline const QString ManageBudgets = QStringLiteral("budgets.manage");
inline const QString PayVouchers = QStringLiteral("payments.pay");
} // namespace Action

} // namespace shopdesk
