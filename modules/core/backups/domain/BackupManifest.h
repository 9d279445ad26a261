#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace shopdesk {

// What is written beside every backup (issue 6, behaviour 6): when, how big, its SHA-256, the
// schema version, and the newest audit record, which makes each backup an anchor of the chain.
struct BackupManifest
{
    QString fileName; // the backup's name inside its folder
    QDateTime madeAt; // UTC
    qint64 size = 0;
    QByteArray sha256; // hex
    int schemaVersion = 0;
    qint64 auditId = 0;
    QByteArray auditHash;
    QString madeBy;
    QString pcName;
    bool automatic = false;

    QJsonObject toJson() const;
    static BackupManifest fromJson(const QJsonObject &json);
};

} // namespace shopdesk
