#include "PcKey.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

namespace shopdesk {

namespace {
constexpr auto kFileName = "pc-key.bin";

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

PcKey PcKey::thisPc()
{
    return PcKey(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
}

Result<QByteArray> PcKey::keyPair() const
{
    if (!ready())
        return fail(tr("The encryption library could not start."));
    constexpr qsizetype size = crypto_box_PUBLICKEYBYTES + crypto_box_SECRETKEYBYTES;
    const QString path = QDir(m_folder).filePath(QLatin1String(kFileName));
    QFile kept(path);
    if (kept.open(QIODevice::ReadOnly)) {
        const QByteArray pair = kept.readAll();
        if (pair.size() != size)
            return fail(tr("This PC's key %1 is damaged.").arg(QDir::toNativeSeparators(path)));
        return pair;
    }
    if (kept.exists())
        return fail(tr("Cannot read this PC's key %1: %2").arg(QDir::toNativeSeparators(path), kept.errorString()));
    QByteArray pair(size, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(pair.data()),
                       reinterpret_cast<unsigned char *>(pair.data()) + crypto_box_PUBLICKEYBYTES);
    QSaveFile file(path);
    if (!QDir().mkpath(m_folder) || !file.open(QIODevice::WriteOnly) || file.write(pair) != size || !file.commit())
        return fail(tr("Cannot keep this PC's key in %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return pair;
}

Result<QByteArray> PcKey::publicKey() const
{
    auto pair = keyPair();
    if (!pair)
        return pair.failure();
    return pair->left(crypto_box_PUBLICKEYBYTES);
}

QByteArray PcKey::seal(const QByteArray &plain, const QByteArray &publicKey)
{
    if (!ready() || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                    reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
                    reinterpret_cast<const unsigned char *>(publicKey.constData()));
    return sealed;
}

Result<QByteArray> PcKey::open(const QByteArray &sealed) const
{
    auto pair = keyPair();
    if (!pair)
        return pair.failure();
    if (sealed.size() < crypto_box_SEALBYTES)
        return fail(tr("The sealed secret is damaged."));
    QByteArray plain(sealed.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    const auto *keys = reinterpret_cast<const unsigned char *>(pair->constData());
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                             reinterpret_cast<const unsigned char *>(sealed.constData()), quint64(sealed.size()), keys,
                             keys + crypto_box_PUBLICKEYBYTES)
        != 0)
        return fail(tr("The secret was sealed for another PC, or changed since."));
    return plain;
}

} // namespace shopdesk
