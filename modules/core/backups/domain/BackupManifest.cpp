#include "backups/domain/BackupManifest.h"

namespace shopdesk {

QJsonObject BackupManifest::toJson() const
{
    return {{QStringLiteral("file"), fileName},
            {QStringLiteral("madeAt"), madeAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("size"), size},
            {QStringLiteral("sha256"), QString::fromLatin1(sha256)},
            {QStringLiteral("schemaVersion"), schemaVersion},
            {QStringLiteral("auditId"), auditId},
            {QStringLiteral("auditHash"), QString::fromLatin1(auditHash)},
            {QStringLiteral("madeBy"), madeBy},
            {QStringLiteral("pc"), pcName},
            {QStringLiteral("automatic"), automatic}};
}

BackupManifest BackupManifest::fromJson(const QJsonObject &json)
{
    BackupManifest m;
    m.fileName = json.value(QStringLiteral("file")).toString();
    m.madeAt = QDateTime::fromString(json.value(QStringLiteral("madeAt")).toString(), Qt::ISODate);
    m.madeAt.setTimeSpec(Qt::UTC);
    m.size = json.value(QStringLiteral("size")).toInteger();
    m.sha256 = json.value(QStringLiteral("sha256")).toString().toLatin1();
    m.schemaVersion = json.value(QStringLiteral("schemaVersion")).toInt();
    m.auditId = json.value(QStringLiteral("auditId")).toInteger();
    m.auditHash = json.value(QStringLiteral("auditHash")).toString().toLatin1();
    m.madeBy = json.value(QStringLiteral("madeBy")).toString();
    m.pcName = json.value(QStringLiteral("pc")).toString();
    m.automatic = json.value(QStringLiteral("automatic")).toBool();
    return m;
}

} // namespace shopdesk
