#include "common/domain/Money.h"

#include <QRegularExpression>

namespace shopdesk {

std::optional<Money> Money::parse(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QChar(u'¥')).remove(QChar(u'￥')).remove(QChar(u',')).remove(QChar(u' '));
    static const QRegularExpression shape(QStringLiteral("^(-?)(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const auto m = shape.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 fen = m.captured(2).toLongLong() * 100;
    QString cents = m.captured(3);
    if (!cents.isEmpty())
        fen += cents.leftJustified(2, u'0').toLongLong();
    return Money(m.captured(1).isEmpty() ? fen : -fen);
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
