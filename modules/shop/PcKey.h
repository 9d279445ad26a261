#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace shopdesk {

// This PC's own key pair (libsodium), kept in the user's local application data on this PC,
// never on the shared drive: what is sealed to its public key in the company file only this PC,
// signed in as this Windows user, can open. The web shop's API secret is kept so (issue 17: never
// in the database file in plain text).
class PcKey
{
    Q_DECLARE_TR_FUNCTIONS(PcKey)
public:
    // The key pair kept in `folder` (made at the first use); thisPc() is the user's local
    // application data folder.
    explicit PcKey(QString folder) : m_folder(std::move(folder)) {}
    static PcKey thisPc();

    Result<QByteArray> publicKey() const;
    // `plain` sealed to `publicKey` (crypto_box_seal): anyone may seal, only its owner opens.
    static QByteArray seal(const QByteArray &plain, const QByteArray &publicKey);
    // What was sealed to this PC's key; fails when it was sealed to another's or was changed.
    Result<QByteArray> open(const QByteArray &sealed) const;

private:
    Result<QByteArray> keyPair() const; // public key, then secret key
    static Result<QByteArray> read(const QString &path); // empty: there is none yet
    QString m_folder;
};

} // namespace shopdesk
