#pragma once

#include <QString>

#include <optional>

namespace shopdesk {

// Money is integer fen (ARCHITECTURE: the database); never a double.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }
    // "1234.5", "¥1,234.50", "-3" -> fen; nullopt when it is not an amount.
    static std::optional<Money> parse(const QString &text);

    constexpr qint64 fen() const { return m_fen; }
    QString toString() const; // ¥1,234.50
    QString toPlainString() const; // 1234.50, for tables and files

    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

} // namespace shopdesk
