#include "ContractLabels.h"

#include "ContractRegister.h"

#include <QMap>

namespace shopdesk {

QString ContractLabels::folderTitle()
{
    return tr("Contract folder labels");
}

QString ContractLabels::boxTitle()
{
    return tr("Archive box labels");
}

Result<QList<PrintedLabel>> ContractLabels::folders(const Actor &actor, const QList<qint64> &contractIds) const
{
    if (contractIds.isEmpty())
        return fail(tr("Choose one or more contracts in the list first."));
    ContractRegister book(m_db, m_clock);
    QList<PrintedLabel> labels;
    for (qint64 id : contractIds) {
        auto c = book.contract(actor, id);
        if (!c)
            return c.failure();
        labels.append({c->title,
                       {c->counterparties.section(QLatin1Char('\n'), 0, 0),
                        tr("Signed %1").arg(c->signedOn.toString(Qt::ISODate)), ContractRules::place(*c)},
                       c->number,
                       PrintedLabel::Symbol::Qr});
    }
    return labels;
}

Result<QList<PrintedLabel>> ContractLabels::boxes(const Actor &actor, qint64 archiveId) const
{
    auto all = ContractRegister(m_db, m_clock).contracts(actor);
    if (!all)
        return all.failure();
    QMap<QString, QList<Contract>> byPlace; // sorted by place, as the boxes stand
    for (const Contract &c : *all)
        if (c.archiveId == archiveId && !ContractRules::place(c).isEmpty())
            byPlace[ContractRules::place(c)].append(c);
    if (byPlace.isEmpty())
        return fail(tr("No contract of this archive says where it is kept (cabinet, shelf, box)."));
    QList<PrintedLabel> labels;
    for (auto it = byPlace.cbegin(); it != byPlace.cend(); ++it) {
        QStringList numbers;
        for (const Contract &c : it.value())
            numbers << c.number;
        numbers.sort();
        labels.append(
            {QString(it.key()).replace(QStringLiteral(" / "), QStringLiteral("/")),
             {it.value().first().archiveName, tr("%n contract(s)", nullptr, int(numbers.size())),
              numbers.size() == 1 ? numbers.first() : QStringLiteral("%1 … %2").arg(numbers.first(), numbers.last())},
             ContractRules::boxCode(it.value().first()),
             PrintedLabel::Symbol::Qr,
             false});
    }
    return labels;
}

} // namespace shopdesk
