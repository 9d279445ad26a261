#include "AmountLine.h"

#include "common/domain/Money.h"
#include "ui/MessageBox.h"

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

std::optional<qint64> askAmount(QWidget *parent, const QString &title, const QString &label)
{
    bool ok = false;
    const QString text = InputDialog::text(parent, title, label, &ok);
    if (!ok)
        return std::nullopt;
    const auto money = Money::parse(text);
    if (!money) {
        MessageBox::warning(parent, title, AmountLine::tr("\"%1\" is not an amount of money.").arg(text));
        return std::nullopt;
    }
    return money->fen();
}

} // namespace shopdesk
