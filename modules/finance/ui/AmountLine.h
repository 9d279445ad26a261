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

} // namespace shopdesk
