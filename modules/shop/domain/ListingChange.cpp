#include "domain/ListingChange.h"

#include <QCoreApplication>

namespace shopdesk {

QString listingKindKey(ListingKind kind)
{
    return kind == ListingKind::List ? QStringLiteral("list") : QStringLiteral("delist");
}

std::optional<ListingKind> listingKindFromKey(const QString &key)
{
    if (key == QStringLiteral("list"))
        return ListingKind::List;
    if (key == QStringLiteral("delist"))
        return ListingKind::Delist;
    return std::nullopt;
}

QString listingKindTitle(ListingKind kind)
{
    return kind == ListingKind::List ? QCoreApplication::translate("ListingKind", "Put on sale")
                                     : QCoreApplication::translate("ListingKind", "Take off sale");
}

QString ListingRules::requestProblem(ListingKind kind, ProductStatus status, const QString &reason)
{
    if (kind == ListingKind::List && status == ProductStatus::Listed)
        return QCoreApplication::translate("ListingRules", "The product is on sale already.");
    if (kind == ListingKind::Delist && status != ProductStatus::Listed)
        return QCoreApplication::translate("ListingRules", "The product is not on sale.");
    if (reason.trimmed().isEmpty())
        return kind == ListingKind::List
            ? QCoreApplication::translate("ListingRules", "Say why the product should go on sale.")
            : QCoreApplication::translate("ListingRules",
                                          "Say why the product should be taken off sale while it "
                                          "is still in stock (PRD-02).");
    return {};
}

QString ListingRules::carryOutProblem(ListingKind kind, ProductStatus status, qint64 onHand, qint64 priceFen)
{
    if (alreadyDone(kind, status))
        return {};
    if (const QString problem = requestProblem(kind, status, QStringLiteral("-")); !problem.isEmpty())
        return problem;
    if (kind == ListingKind::List && onHand <= 0)
        return QCoreApplication::translate("ListingRules",
                                           "Nothing is in stock: book the receipt first, or the "
                                           "product would be taken off sale at once (PRD-02).");
    if (kind == ListingKind::List && priceFen <= 0)
        return QCoreApplication::translate("ListingRules",
                                           "The product has no price yet: it is not put on sale "
                                           "for nothing.");
    return {};
}

bool ListingRules::alreadyDone(ListingKind kind, ProductStatus status)
{
    return kind == ListingKind::Delist && status == ProductStatus::Delisted;
}

ProductStatus ListingRules::statusAfter(ListingKind kind)
{
    return kind == ListingKind::List ? ProductStatus::Listed : ProductStatus::Delisted;
}

} // namespace shopdesk
