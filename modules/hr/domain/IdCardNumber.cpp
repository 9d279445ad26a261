#include "IdCardNumber.h"

namespace shopdesk {

QChar IdCardNumber::checkCharacter(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char characters[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1Char(characters[sum % 11]);
}

Result<QDate> IdCardNumber::check(const QString &number)
{
    const QString n = number.trimmed().toUpper();
    if (n.size() != 18)
        return fail(tr("An ID card number has 18 characters; \"%1\" has %2.").arg(n).arg(n.size()));
    for (int i = 0; i < 17; ++i)
        if (!n.at(i).isDigit())
            return fail(tr("The ID card number \"%1\" has a non-digit at position %2.").arg(n).arg(i + 1));
    const QDate birth = QDate::fromString(n.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900)
        return fail(tr("The ID card number \"%1\" holds no valid birth date (%2).").arg(n, n.mid(6, 8)));
    if (checkCharacter(n.left(17)) != n.at(17))
        return fail(tr("The ID card number \"%1\" fails its check character: %2 expected at the end.")
                        .arg(n)
                        .arg(checkCharacter(n.left(17))));
    return birth;
}

} // namespace shopdesk
