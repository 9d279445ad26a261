#include "data/PageGrams.h"

#include "domain/ContractText.h"

namespace shopdesk {

QString PageGrams::insert() const
{
    if (m_engine == SqlEngine::Postgres)
        return QStringLiteral("INSERT INTO contract_page_grams(page_id, grams) VALUES (?, CAST(? AS tsvector))");
    return QStringLiteral("INSERT INTO contract_page_grams(rowid, grams) VALUES (?, ?)");
}

QVariant PageGrams::indexed(const QString &pageText) const
{
    return m_engine == SqlEngine::Postgres ? ContractText::gramsVector(pageText) : ContractText::grams(pageText);
}

QString PageGrams::joinedToPages() const
{
    return m_engine == SqlEngine::Postgres
        ? QStringLiteral("contract_page_grams g JOIN contract_attachment_pages p ON p.id = g.page_id")
        : QStringLiteral("contract_page_grams g JOIN contract_attachment_pages p ON p.id = g.rowid");
}

QString PageGrams::matching() const
{
    return m_engine == SqlEngine::Postgres ? QStringLiteral("g.grams @@ CAST(? AS tsquery)")
                                           : QStringLiteral("contract_page_grams MATCH ?");
}

QString PageGrams::query(const QString &typed) const
{
    return m_engine == SqlEngine::Postgres ? ContractText::tsQuery(typed) : ContractText::matchQuery(typed);
}

} // namespace shopdesk
