#include "AmountLine.h"

#include "common/domain/Money.h"

namespace shopdesk {

AmountLine::AmountLine(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("yuan, such as 120.50"));
}

std::optional<qint64> AmountLine::fen() const
{
    const auto money = Money::parse(text());
    if (!money)
        return std::nullopt;
    return money->fen();
}

} // namespace shopdesk
