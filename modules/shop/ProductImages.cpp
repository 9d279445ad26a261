#include "ProductImages.h"

#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/ProductImageRepository.h"
#include "data/ProductRepository.h"
#include "database/data/Database.h"
#include "domain/WebFileLimits.h"

#include <QCryptographicHash>

namespace shopdesk {

Result<qint64> ProductImages::add(const Actor &actor, qint64 productId, const QString &fileName,
                                  const QByteArray &bytes)
{
    if (Status allowed = Permissions::require(actor, ShopAction::ManageProducts); !allowed)
        return allowed.failure();
    // RULE WEB-04: a picture of at most 512,000 bytes.
    if (const QString problem = WebFileLimits::problem(WebFileKind::Picture, fileName, bytes.size());
        !problem.isEmpty())
        return fail(problem);
    if (WebFileLimits::pictureKind(bytes).isEmpty())
        return fail(tr("%1 is not a picture the web pages show (PNG, JPEG, GIF or WebP).").arg(fileName));
    return m_db.write([&]() -> Result<qint64> {
        auto product = ProductRepository(m_db).find(productId);
        if (!product)
            return product.failure();
        if (!*product)
            return fail(tr("The product no longer exists."));
        ProductImage image;
        image.productId = productId;
        image.fileName = fileName.trimmed();
        image.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        auto id = ProductImageRepository(m_db).add(image, bytes, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("shop.image.add"), QStringLiteral("product_images"),
                                   QString::number(*id), {},
                                   {{QStringLiteral("product"), (*product)->code},
                                    {QStringLiteral("file"), image.fileName},
                                    {QStringLiteral("size"), qint64(bytes.size())},
                                    {QStringLiteral("sha256"), image.sha256}});
            !s)
            return s.failure();
        return id;
    });
}

Status ProductImages::remove(const Actor &actor, qint64 imageId)
{
    if (Status allowed = Permissions::require(actor, ShopAction::ManageProducts); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        ProductImageRepository repo(m_db);
        auto image = repo.image(imageId);
        if (!image)
            return image.failure();
        if (!*image)
            return fail(tr("The picture was removed meanwhile."));
        if (Status s = repo.remove(imageId); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.image.remove"), QStringLiteral("product_images"),
                    QString::number(imageId),
                    {{QStringLiteral("file"), (*image)->fileName}, {QStringLiteral("sha256"), (*image)->sha256}}, {});
    });
}

Result<QList<ProductImage>> ProductImages::images(const Actor &actor, qint64 productId) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    return ProductImageRepository(m_db).images(productId);
}

Result<QByteArray> ProductImages::bytes(const Actor &actor, qint64 imageId) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    return ProductImageRepository(m_db).bytes(imageId);
}

} // namespace shopdesk
