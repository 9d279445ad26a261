#include "domain/TravellerList.h"

#include <QRegularExpression>

namespace shopdesk {

namespace {
const CsvColumns kColumns{{"name",
                           {QStringLiteral("姓名"), QStringLiteral("游客姓名"), QStringLiteral("旅客姓名"),
                            QStringLiteral("name"), QStringLiteral("traveller"), QStringLiteral("traveler")}},
                          {"phone",
                           {QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("手机号"),
                            QStringLiteral("联系电话"), QStringLiteral("phone"), QStringLiteral("mobile")}}};
} // namespace

QString TravellerRows::key(const GroupTraveller &traveller)
{
    QString name = traveller.name, phone = traveller.phone;
    return name.remove(QRegularExpression(QStringLiteral("\\s"))) + QLatin1Char('|')
        + phone.remove(QRegularExpression(QStringLiteral("[\\s-]")));
}

Result<TravellerList> TravellerRows::read(const QList<CsvRecord> &records)
{
    QHash<QString, int> column;
    const int header = CsvTable::findColumns(records, kColumns, {QStringLiteral("name")}, column);
    if (header < 0)
        return fail(tr("no header row names the traveller (姓名)"));
    static const QRegularExpression phoneShape(QStringLiteral("^\\+?[0-9][0-9 -]{4,19}$"));
    TravellerList list;
    QHash<QString, int> firstLine; // key -> the line it first appears on
    for (int i = header + 1; i < records.size(); ++i) {
        const CsvRow f{records.at(i), column};
        if (f.blank())
            continue;
        ++list.rowsRead;
        TravellerRow row{records.at(i).line, {0, f.text("name"), f.text("phone")}};
        QList<ImportProblem> problems;
        if (row.traveller.name.isEmpty())
            problems.append({row.line, tr("name"), {}, tr("required")});
        if (!row.traveller.phone.isEmpty() && !phoneShape.match(row.traveller.phone).hasMatch())
            problems.append({row.line, tr("phone"), row.traveller.phone, tr("not a phone number")});
        const QString key = TravellerRows::key(row.traveller);
        if (problems.isEmpty() && firstLine.contains(key))
            problems.append({row.line, tr("name"), row.traveller.name,
                             tr("appears twice in the file (first on line %1)").arg(firstLine[key])});
        if (problems.isEmpty()) {
            firstLine.insert(key, row.line);
            list.rows.append(row);
        }
        list.problems += problems;
    }
    return list;
}

} // namespace shopdesk
