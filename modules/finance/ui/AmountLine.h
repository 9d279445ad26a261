#pragma once

#include <QLineEdit>

#include <optional>

namespace shopdesk {

// An amount typed in yuan ("1234.5", "¥1,234.50"), read as integer fen; never a double.
class AmountLine : public QLineEdit
{
    Q_OBJECT
public:
    explicit AmountLine(QWidget *parent = nullptr);
    // nullopt when the text is not an amount.
    std::optional<qint64> fen() const;
};

// Asks in a box for an amount in yuan; nullopt when cancelled or not money (a second box says so).
std::optional<qint64> askAmount(QWidget *parent, const QString &title, const QString &label);

} // namespace shopdesk
