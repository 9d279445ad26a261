#include "common/domain/Money.h"

namespace shopdesk {

std::optional<Money> Money::parse(const QString &text)
{
    // [-]digits[.d[d]], the yuan signs, thousands commas and spaces people type skipped: a scan, not
    // a regular expression (an import of 100,000 orders reads 300,000 amounts).
    const QStringView t = QStringView(text).trimmed();
    bool negative = false;
    bool point = false;
    bool started = false;
    int wholeDigits = 0;
    int fenDigits = 0;
    qint64 yuan = 0;
    qint64 fen = 0;
    for (const QChar c : t) {
        if (c == u'¥' || c == u'￥' || c == u',' || c == u' ')
            continue;
        if (c == u'-' && !started) {
            negative = started = true;
        } else if (c == u'.' && !point) {
            point = started = true;
        } else if (c >= u'0' && c <= u'9') {
            started = true;
            if (point ? ++fenDigits > 2 : ++wholeDigits > 15)
                return std::nullopt;
            (point ? fen : yuan) = (point ? fen : yuan) * 10 + (c.unicode() - u'0');
        } else {
            return std::nullopt;
        }
    }
    if (wholeDigits == 0 || (point && fenDigits == 0))
        return std::nullopt;
    const qint64 amount = yuan * 100 + (fenDigits == 1 ? fen * 10 : fen);
    return Money(negative ? -amount : amount);
}

QString Money::toString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    QString yuan = QString::number(a / 100);
    for (int i = yuan.size() - 3; i > 0; i -= 3)
        yuan.insert(i, u',');
    return QStringLiteral("%1¥%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString(), yuan)
        .arg(a % 100, 2, 10, QChar(u'0'));
}

QString Money::toPlainString() const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace shopdesk
