#include "audit/AuditTrail.h"

#include "audit/data/AuditRepository.h"
#include "common/Clock.h"
#include "database/data/Database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>

namespace shopdesk {

namespace {
QString compact(const QJsonObject &content)
{
    return QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
}
} // namespace

namespace {
// What every record of one write says of who did what, now.
AuditRecord recordOf(const Clock &clock, const Actor &actor, const QString &action, const QString &entity)
{
    AuditRecord r;
    r.at = toStoredInstant(clock.nowUtc());
    r.userId = actor.userId;
    r.userName = actor.userName;
    r.action = action;
    r.entity = entity;
    return r;
}
} // namespace

Status AuditTrail::record(const Actor &actor, const QString &action, const QString &entity, const QString &entityId,
                          const QJsonObject &before, const QJsonObject &after)
{
    AuditRecord r = recordOf(m_clock, actor, action, entity);
    r.entityId = entityId;
    r.before = compact(before);
    r.after = compact(after);
    auto stored = AuditRepository(m_db).append(r);
    if (!stored)
        return stored.failure();
    return success();
}

AuditRecord AuditTrail::linked(const Clock &clock, const Actor &actor, const QString &action, const QString &entity,
                               const QString &entityId, const QString &afterJson, const AuditRecord &previous)
{
    AuditRecord r = recordOf(clock, actor, action, entity);
    r.entityId = entityId;
    r.before = compact({});
    r.after = afterJson;
    r.id = previous.id + 1;
    r.prevHash = previous.id ? previous.hash : AuditChain::kGenesis;
    r.hash = AuditChain::hashOf(r, r.prevHash);
    return r;
}

Status AuditTrail::append(const AuditRecord &record)
{
    auto stored = AuditRepository(m_db).append(record);
    if (!stored)
        return stored.failure();
    return success();
}

Result<AuditRecord> AuditTrail::chainEnd() const
{
    return AuditRepository(m_db).chainEnd();
}

namespace AuditAnchor {

namespace {
QString groupFor(const QString &databasePath)
{
    const QString canonical = QFileInfo(databasePath).absoluteFilePath().toLower();
    return QStringLiteral("auditAnchors/")
        + QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

Mark recall(const QString &databasePath)
{
    QSettings s;
    s.beginGroup(groupFor(databasePath));
    return {s.value(QStringLiteral("id")).toLongLong(), s.value(QStringLiteral("hash")).toByteArray()};
}

void remember(const QString &databasePath, const Mark &mark)
{
    if (mark.id > recall(databasePath).id)
        replace(databasePath, mark);
}

void replace(const QString &databasePath, const Mark &mark)
{
    QSettings s;
    s.beginGroup(groupFor(databasePath));
    s.setValue(QStringLiteral("path"), QFileInfo(databasePath).absoluteFilePath());
    s.setValue(QStringLiteral("id"), mark.id);
    s.setValue(QStringLiteral("hash"), mark.hash);
}

bool rememberNewest(Database &db)
{
    const Mark mark = recall(db.path());
    QByteArray previous = mark.id ? QByteArray() : AuditChain::kGenesis;
    qint64 last = mark.id;
    bool linked = true;
    Status walked = AuditRepository(db).forEach(
        [&](const AuditRecord &r) {
            if (r.id == mark.id)
                linked = r.hash == mark.hash;
            else
                linked = r.prevHash == previous && AuditChain::hashOf(r, previous) == r.hash;
            previous = r.hash;
            last = r.id;
            return linked;
        },
        qMax<qint64>(1, mark.id));
    if (!walked || !linked)
        return false;
    if (last > mark.id)
        remember(db.path(), {last, previous});
    return true;
}

} // namespace AuditAnchor
} // namespace shopdesk
