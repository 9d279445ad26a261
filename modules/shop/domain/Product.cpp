#include "domain/Product.h"

#include <QCoreApplication>

namespace shopdesk {

QString productStatusKey(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Draft: return QStringLiteral("draft");
    case ProductStatus::Listed: return QStringLiteral("listed");
    case ProductStatus::Delisted: return QStringLiteral("delisted");
    }
    return {};
}

std::optional<ProductStatus> productStatusFromKey(const QString &key)
{
    for (ProductStatus s : {ProductStatus::Draft, ProductStatus::Listed, ProductStatus::Delisted})
        if (productStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString productStatusTitle(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Draft: return QCoreApplication::translate("ProductStatus", "Draft");
    case ProductStatus::Listed: return QCoreApplication::translate("ProductStatus", "On sale");
    case ProductStatus::Delisted: return QCoreApplication::translate("ProductStatus", "Off sale");
    }
    return {};
}

QString ProductRules::barcodeProblem(const QString &barcode)
{
    if (barcode.isEmpty())
        return {};
    bool digits = true;
    for (QChar c : barcode) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return QCoreApplication::translate("ProductRules",
                                               "The barcode \"%1\" has a character a barcode cannot "
                                               "carry: use digits, letters and signs only.")
                .arg(barcode);
        digits = digits && c.isDigit();
    }
    if (barcode.size() > 32)
        return QCoreApplication::translate("ProductRules", "The barcode has %1 characters; at most 32 fit a label.")
            .arg(barcode.size());
    if (digits && (barcode.size() == 8 || barcode.size() == 13)) {
        // EAN: weights 3 and 1 from the right, the last digit makes the sum a multiple of 10.
        int sum = 0;
        for (int i = barcode.size() - 2, weight = 3; i >= 0; --i, weight = 4 - weight)
            sum += barcode.at(i).digitValue() * weight;
        const int check = (10 - sum % 10) % 10;
        if (barcode.back().digitValue() != check)
            return QCoreApplication::translate("ProductRules",
                                               "The EAN barcode %1 ends in %2, but its check digit is "
                                               "%3: a digit was mistyped.")
                .arg(barcode)
                .arg(barcode.back().digitValue())
                .arg(check);
    }
    return {};
}

QString ProductRules::problem(const Product &p)
{
    if (p.code.trimmed().isEmpty() || p.title.trimmed().isEmpty())
        return QCoreApplication::translate("ProductRules", "Give the product's SKU code and title.");
    if (p.category.trimmed().isEmpty())
        return QCoreApplication::translate("ProductRules", "Choose the product's category.");
    if (p.costFen < 0 || p.priceFen < 0)
        return QCoreApplication::translate("ProductRules", "The cost and the price cannot be negative.");
    if (p.lowStockAt < 0)
        return QCoreApplication::translate("ProductRules", "The low stock mark cannot be negative.");
    return barcodeProblem(p.barcode.trimmed());
}

} // namespace shopdesk
