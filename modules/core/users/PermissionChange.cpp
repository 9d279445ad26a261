#include "users/PermissionChange.h"

#include "users/data/UserRepository.h"

#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "database/data/Database.h"
#include "users/ServerLogin.h"
#include "users/UserService.h"

#include <QJsonArray>

namespace shopdesk::PermissionChange {

namespace {
const QSet<QString> kSpecialRoles = {Role::GeneralManager, Role::SeniorManager, Role::ChiefAccountant,
                                     Role::CashAccountant};
const QSet<QString> kSpecialScopes = {QStringLiteral("export"), QStringLiteral("phone_approvals")};

QJsonArray sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return QJsonArray::fromStringList(list);
}

QSet<QString> toSet(const QJsonValue &v)
{
    QSet<QString> set;
    for (const QJsonValue &e : v.toArray())
        set.insert(e.toString());
    return set;
}

QJsonObject permissionsOf(const UserRecord &u)
{
    return {{QStringLiteral("level"), levelKey(u.level)},
            {QStringLiteral("scopes"), sorted(u.scopes)},
            {QStringLiteral("roles"), sorted(u.roles)}};
}

Status apply(const OutcomeContext &context, const ApprovalRequest &request, bool approved)
{
    Database &db = context.db;
    if (!approved)
        return success();
    const QJsonObject p = request.payload;
    UserRepository users(db);
    auto found = users.findById(p.value(QStringLiteral("userId")).toInteger());
    if (!found)
        return found.failure();
    if (found->id == 0)
        return fail(QCoreApplication::translate("PermissionChange", "The user of this request no longer exists."));
    UserRecord after = *found;
    after.level = levelFromKey(p.value(QStringLiteral("level")).toString());
    after.scopes = toSet(p.value(QStringLiteral("scopes")));
    after.roles = toSet(p.value(QStringLiteral("roles")));
    if (const QString roles = UserService::roleSeparationProblem(db, after); !roles.isEmpty())
        return fail(roles);
    Status keeps = UserService::keepsAnAdministrator(db, *found, after);
    if (!keeps)
        return keeps;
    auto saved = users.update(after);
    if (!saved)
        return saved.failure();
    Status s = users.setScopes(after.id, after.scopes);
    if (s)
        s = users.setRoles(after.id, after.roles);
    if (s)
        s = ServerLogin::keep(db, after.userName); // issue 20: the login's group follows the level
    if (s) {
        s = AuditTrail(db, context.clock)
                .record(context.decider, QStringLiteral("user.permissions"), QStringLiteral("user"),
                        QString::number(after.id), permissionsOf(*found), permissionsOf(after));
    }
    return s;
}
// "Clerk -> Database administrator; areas +Finance -Shop; roles +Custodian", in the reader's language.
QString describeChange(const ApprovalRequest &request)
{
    const QJsonObject before = request.payload.value(QStringLiteral("before")).toObject();
    const QJsonObject &after = request.payload;
    QStringList parts;
    const QString levelBefore = before.value(QStringLiteral("level")).toString();
    const QString levelAfter = after.value(QStringLiteral("level")).toString();
    if (levelBefore != levelAfter)
        parts.append(
            QStringLiteral("%1 → %2").arg(levelTitle(levelFromKey(levelBefore)), levelTitle(levelFromKey(levelAfter))));
    auto diff = [&](const QString &key, QString (*title)(const QString &), const char *label) {
        const QSet<QString> was = toSet(before.value(key)), now = toSet(after.value(key));
        QStringList changes;
        for (const QString &k : now - was)
            changes.append(QLatin1Char('+') + title(k));
        for (const QString &k : was - now)
            changes.append(QLatin1Char('-') + title(k));
        changes.sort();
        if (!changes.isEmpty())
            parts.append(QCoreApplication::translate("PermissionChange", label) + QLatin1Char(' ')
                         + changes.join(QLatin1Char(' ')));
    };
    diff(QStringLiteral("scopes"), &Scope::title, QT_TRANSLATE_NOOP("PermissionChange", "work areas"));
    diff(QStringLiteral("roles"), &Role::title, QT_TRANSLATE_NOOP("PermissionChange", "roles"));
    return parts.join(QStringLiteral("; "));
}
} // namespace

bool changesPermissions(const UserRecord &before, const UserRecord &after)
{
    return before.level != after.level || before.scopes != after.scopes || before.roles != after.roles;
}

bool isSpecial(const UserRecord &before, const UserRecord &after)
{
    if ((before.level == Level::DatabaseAdmin) != (after.level == Level::DatabaseAdmin))
        return true;
    const QSet<QString> rolesChanged = (before.roles - after.roles) + (after.roles - before.roles);
    const QSet<QString> scopesChanged = (before.scopes - after.scopes) + (after.scopes - before.scopes);
    return rolesChanged.intersects(kSpecialRoles) || scopesChanged.intersects(kSpecialScopes);
}

NewApproval request(const UserRecord &before, const UserRecord &after)
{
    NewApproval n;
    n.type = TypeId;
    n.subjectModule = QStringLiteral("admin");
    n.subjectId = QString::number(after.id);
    n.title = QCoreApplication::translate("PermissionChange", "Permissions of %1").arg(after.userName);
    n.figures = {{QStringLiteral("special"), isSpecial(before, after)}};
    QJsonObject payload = permissionsOf(after);
    payload.insert(QStringLiteral("userId"), after.id);
    payload.insert(QStringLiteral("before"), permissionsOf(before));
    n.payload = payload;
    n.aboutEmployeeId = after.employeeId;
    n.aboutUserId = after.id;
    return n;
}

const ApprovalType &type()
{
    static const ApprovalType t{TypeId, QT_TRANSLATE_NOOP("ApprovalType", "Permission change"),
                                [](const QJsonObject &figures) {
                                    QList<ApproverKind> kinds{ApproverKind::DepartmentHead};
                                    if (figures.value(QStringLiteral("special")).toBool())
                                        kinds.append(ApproverKind::GeneralManager);
                                    return kinds;
                                },
                                &apply, &describeChange};
    return t;
}

} // namespace shopdesk::PermissionChange
