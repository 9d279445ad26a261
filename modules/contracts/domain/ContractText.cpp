#include "ContractText.h"

#include <QHash>

#include <functional>

namespace shopdesk {

namespace {
// Chinese, Japanese and Korean ideographs and syllables: written without spaces between words.
bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xac00 && u <= 0xd7af)
        || (u >= 0x3040 && u <= 0x30ff);
}

// Simplified-form radicals that PDFs made with CJK fonts (Noto, Source Han) often carry in
// their text in place of the character drawn the same: 第2⻚ for 第2页. Unicode gives these no
// compatibility form, unlike the Kangxi radicals (⽅ is 方 under NFKC).
QString withoutRadicals(QString text)
{
    static const QHash<char16_t, char16_t> radicals{{0x2EC5, u'见'}, {0x2EC9, u'贝'}, {0x2ECB, u'车'}, {0x2ED3, u'长'},
                                                    {0x2ED4, u'门'}, {0x2EDA, u'页'}, {0x2EDB, u'风'}, {0x2EDC, u'飞'},
                                                    {0x2EDD, u'食'}, {0x2EE2, u'马'}, {0x2EE3, u'骨'}, {0x2EE5, u'鱼'},
                                                    {0x2EE6, u'鸟'}, {0x2EE7, u'卤'}, {0x2EE8, u'麦'}, {0x2EE9, u'黄'},
                                                    {0x2EEC, u'齐'}, {0x2EEE, u'齿'}, {0x2EF0, u'龙'}, {0x2EF3, u'龟'}};
    for (QChar &c : text) {
        if (const auto found = radicals.constFind(c.unicode()); found != radicals.cend())
            c = QChar(*found);
        else if (c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF) // Kangxi radicals: ⽅ is 方
            c = QString(c).normalized(QString::NormalizationForm_KC).at(0);
    }
    return text;
}

QString sameCharacters(const QString &text)
{
    // Full-width Latin and digits as their everyday characters too, for search only.
    return withoutRadicals(text).normalized(QString::NormalizationForm_KC);
}

// `acrossSpaces`: for stored text, where spaces and line ends between Chinese characters are
// layout; a query's spaces always separate its words.
QStringList runs(const QString &input, bool acrossSpaces)
{
    const QString text = sameCharacters(input);
    QStringList list;
    QString run;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            run += c;
            run += text.at(++i);
            continue;
        }
        if (c.isLetterOrNumber()) {
            run += c.toLower();
            continue;
        }
        // Chinese wraps between any two characters and a PDF may space them out to justify a
        // line: spaces and line ends between two of them do not end the word.
        if (acrossSpaces && c.isSpace() && !run.isEmpty() && isCjk(run.back())) {
            int next = i;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            if (next < text.size() && isCjk(text.at(next))) {
                i = next - 1;
                continue;
            }
        }
        if (!run.isEmpty()) {
            list << run;
            run.clear();
        }
    }
    if (!run.isEmpty())
        list << run;
    return list;
}

// The characters of a run, a surrogate pair being one.
QStringList characters(const QString &run)
{
    QStringList list;
    for (int i = 0; i < run.size(); ++i) {
        if (run.at(i).isHighSurrogate() && i + 1 < run.size() && run.at(i + 1).isLowSurrogate()) {
            list << run.mid(i, 2);
            ++i;
        } else {
            list << run.mid(i, 1);
        }
    }
    return list;
}

// The overlapping pairs of a run's characters: the index's terms for it, before its last alone.
QStringList pairsOf(const QStringList &chars)
{
    QStringList pairs;
    for (int i = 0; i + 1 < chars.size(); ++i)
        pairs << chars.at(i) + chars.at(i + 1);
    return pairs;
}

// Each word of `query` spelled for one engine's search: `alone` for a word of one character (a
// prefix), `together` for the pairs of a longer one (which must stand next to each other).
QStringList queryParts(const QString &query, const std::function<QString(const QString &)> &alone,
                       const std::function<QString(const QStringList &)> &together)
{
    QStringList parts;
    for (const QString &run : runs(query, false)) {
        const QStringList chars = characters(run);
        parts << (chars.size() == 1 ? alone(chars.first()) : together(pairsOf(chars)));
    }
    return parts;
}
} // namespace

QString ContractText::everydayCharacters(const QString &text)
{
    return withoutRadicals(text);
}

QStringList ContractText::words(const QString &query)
{
    return runs(query, false);
}

QString ContractText::grams(const QString &text)
{
    QStringList terms;
    for (const QString &run : runs(text, true)) {
        const QStringList chars = characters(run);
        terms << pairsOf(chars) << chars.last();
    }
    return terms.join(QLatin1Char(' '));
}

QString ContractText::matchQuery(const QString &query)
{
    return queryParts(
               query, [](const QString &c) { return QLatin1Char('"') + c + QStringLiteral("\"*"); },
               [](const QStringList &pairs) {
                   return QLatin1Char('"') + pairs.join(QLatin1Char(' ')) + QLatin1Char('"');
               })
        .join(QStringLiteral(" AND "));
}

QString ContractText::gramsVector(const QString &text)
{
    constexpr int kLastPlace = 16383;
    QStringList terms;
    int place = 0;
    for (const QString &term : grams(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        terms << QStringLiteral("'%1':%2").arg(term).arg(qMin(++place, kLastPlace));
    return terms.join(QLatin1Char(' '));
}

QString ContractText::tsQuery(const QString &query)
{
    return queryParts(
               query, [](const QString &c) { return QStringLiteral("'%1':*").arg(c); },
               [](const QStringList &pairs) {
                   return QStringLiteral("('%1')").arg(pairs.join(QStringLiteral("' <-> '")));
               })
        .join(QStringLiteral(" & "));
}

QString ContractText::tidyRecognised(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        QString tidy;
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == QLatin1Char(' ') && !tidy.isEmpty() && isCjk(tidy.back())) {
                int next = i;
                while (next < line.size() && line.at(next) == QLatin1Char(' '))
                    ++next;
                if (next < line.size() && isCjk(line.at(next))) {
                    i = next - 1;
                    continue;
                }
            }
            tidy += c;
        }
        while (!tidy.isEmpty() && tidy.back().isSpace())
            tidy.chop(1);
        line = tidy;
    }
    // Tesseract leaves an empty line between blocks: not a line anyone would count.
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

ContractText::LineHit ContractText::firstLine(const QString &pageText, const QString &query)
{
    const QStringList wanted = runs(query, false);
    if (wanted.isEmpty())
        return {};
    const QStringList lines = pageText.split(QLatin1Char('\n'));
    auto holds = [&](const QString &text) { return runs(text, true).join(QLatin1Char(' ')).contains(wanted.first()); };
    for (int i = 0; i < lines.size(); ++i) {
        // The word as a run of letters: "物流" is on a line reading "上海物流有限公司，", and a
        // Chinese word wrapped onto the next line is on the line where it starts.
        if (holds(lines.at(i))
            || (i + 1 < lines.size() && !holds(lines.at(i + 1))
                && holds(lines.at(i) + QLatin1Char('\n') + lines.at(i + 1))))
            return {i + 1, lines.at(i).trimmed()};
    }
    return {};
}

} // namespace shopdesk
