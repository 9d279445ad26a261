#pragma once

#include <QDateTime>
#include <QString>

namespace shopdesk {

// A picture of a product for the shop pages, within WEB-04's limit; its bytes are read apart.
struct ProductImage
{
    qint64 id = 0;
    qint64 productId = 0;
    QString fileName;
    qint64 sizeBytes = 0;
    QString sha256;
    QString addedBy;
    QDateTime addedAt; // UTC
};

} // namespace shopdesk
