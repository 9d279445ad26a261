#include "domain/VaultEntry.h"

namespace shopdesk {

namespace {
struct Kind
{
    const char *key;
    const char *title;
};

// RULE ACC-01: site back office, community back office, payment accounts, online banking, domain
// registration, trademark, company mail, blog; and the site, server and database passwords.
constexpr Kind kKinds[] = {
    {"site_back_office", QT_TRANSLATE_NOOP("VaultEntry", "Site back office")},
    {"community_back_office", QT_TRANSLATE_NOOP("VaultEntry", "Community back office")},
    {"payment_account", QT_TRANSLATE_NOOP("VaultEntry", "Payment account")},
    {"online_banking", QT_TRANSLATE_NOOP("VaultEntry", "Online banking")},
    {"domain_registration", QT_TRANSLATE_NOOP("VaultEntry", "Domain registration")},
    {"trademark", QT_TRANSLATE_NOOP("VaultEntry", "Trademark")},
    {"company_mail", QT_TRANSLATE_NOOP("VaultEntry", "Company mail")},
    {"blog", QT_TRANSLATE_NOOP("VaultEntry", "Blog")},
    {"server", QT_TRANSLATE_NOOP("VaultEntry", "Server")},
    {"database", QT_TRANSLATE_NOOP("VaultEntry", "Database")},
    {"other", QT_TRANSLATE_NOOP("VaultEntry", "Other")},
};
} // namespace

QStringList VaultEntry::kinds()
{
    QStringList list;
    for (const Kind &k : kKinds)
        list << QString::fromLatin1(k.key);
    return list;
}

QString VaultEntry::kindTitle(const QString &kind)
{
    for (const Kind &k : kKinds)
        if (kind == QLatin1String(k.key))
            return QCoreApplication::translate("VaultEntry", k.title);
    return kind;
}

QString VaultEntry::problem() const
{
    if (!kinds().contains(kind))
        return QCoreApplication::translate("VaultEntry", "Choose what kind of account it is.");
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("VaultEntry", "Name the account.");
    if (keeperIds.isEmpty())
        return QCoreApplication::translate("VaultEntry", "Name at least one keeper of the account.");
    return {};
}

} // namespace shopdesk
