#include "PcKey.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

namespace shopdesk {

namespace {
constexpr auto kFileName = "pc-key.bin";
constexpr qsizetype kPairSize = crypto_box_PUBLICKEYBYTES + crypto_box_SECRETKEYBYTES;

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
    if (m_folder.isEmpty())
        return fail(tr("This PC has no folder of its own for its key."));
    const QString path = QDir(m_folder).filePath(QLatin1String(kFileName));
    if (auto kept = read(path); !kept || !kept->isEmpty())
        return kept;
    // None yet. The GUI and the command line may make it at the same first moment: one does.
    if (!QDir().mkpath(m_folder))
        return fail(tr("Cannot make the folder %1 for this PC's key.").arg(QDir::toNativeSeparators(m_folder)));
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(10'000))
        return fail(
            tr("This PC's key %1 is being made by another program; try again.").arg(QDir::toNativeSeparators(path)));
    if (auto kept = read(path); !kept || !kept->isEmpty())
        return kept; // the other made it meanwhile
    QByteArray pair(kPairSize, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(pair.data()),
                       reinterpret_cast<unsigned char *>(pair.data()) + crypto_box_PUBLICKEYBYTES);
    // Readable by this user alone from its first byte on (on Windows the user's own local
    // application data is that already).
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.write(pair) == kPairSize
        && file.commit();
    if (!written)
        return fail(tr("Cannot keep this PC's key in %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return pair;
}

Result<QByteArray> PcKey::read(const QString &path)
{
    QFile kept(path);
    if (!kept.exists())
        return QByteArray();
    if (!kept.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read this PC's key %1: %2").arg(QDir::toNativeSeparators(path), kept.errorString()));
    const QByteArray pair = kept.readAll();
    if (pair.size() != kPairSize)
        return fail(tr("This PC's key %1 is damaged.").arg(QDir::toNativeSeparators(path)));
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
    const bool opened = crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                                             reinterpret_cast<const unsigned char *>(sealed.constData()),
                                             quint64(sealed.size()), keys, keys + crypto_box_PUBLICKEYBYTES)
        == 0;
    sodium_memzero(pair->data(), size_t(pair->size()));
    if (!opened)
        return fail(tr("The secret was sealed for another PC, or changed since."));
    return plain;
}

} // namespace shopdesk
