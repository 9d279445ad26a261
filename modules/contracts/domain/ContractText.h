#pragma once

#include <QString>
#include <QStringList>

namespace shopdesk {

// RULE CON-04: how the text of a contract's scans is searched in Chinese. SQLite's FTS5 breaks no
// Chinese words and its trigram tokenizer finds nothing shorter than three characters, so the
// index holds overlapping pairs of characters instead (ARCHITECTURE.md, "a column of overlapping
// bigrams"): "上海物流" is indexed as "上海 海物 物流 流", and a query of any length becomes pairs
// that must stand next to each other, or, for one character, a pair that begins with it.
namespace ContractText {

// The index terms of `text`, separated by spaces: each run of letters and digits (a Chinese
// word wrapped onto the next line, or spaced out, is one run; lower case,
// everyday forms: full-width ＡＢＣ as ABC, a radical a PDF put for 页 as 页) as its overlapping
// pairs followed by its last character alone.
QString grams(const QString &text);
// The FTS5 query that finds pages holding every word of `query` (words split at spaces and
// punctuation, as in grams()); empty when the query has no letter or digit.
QString matchQuery(const QString &query);
// Issue 20, the same for PostgreSQL: grams() as the text of a tsvector, each term at its place
// ('物流':1 '流':2; a term past place 16383, PostgreSQL's last, is put there), and matchQuery() as
// the text of a tsquery ('物流' <-> '流有' for pairs next to each other, '物':* for one character,
// & between words). Terms are letters and digits only, so nothing in them needs escaping.
QString gramsVector(const QString &text);
QString tsQuery(const QString &query);
// The words of `query` as grams() sees them: runs of letters and digits, lower case.
QStringList words(const QString &query);

// A PDF's own text as it is stored: the radicals that PDFs made with CJK fonts carry in place of
// the character drawn the same (第2⻚, 违约⾦) as that character (第2页, 违约金).
QString everydayCharacters(const QString &text);

// Recognised text as it is stored: Tesseract puts a space between Chinese characters, which no
// one typed, and an empty line between blocks; those go, and every line loses its trailing
// spaces. Latin words keep theirs.
QString tidyRecognised(const QString &text);

// Where on a page `query` was found: the 1-based number of the first line holding its first
// word and that line, trimmed; line 0 when no line holds it.
struct LineHit
{
    int line = 0;
    QString text;
};
LineHit firstLine(const QString &pageText, const QString &query);

} // namespace ContractText

} // namespace shopdesk
