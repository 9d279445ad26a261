#include "ErrorLabel.h"

namespace shopdesk {

ErrorLabel::ErrorLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b00020"));
    hide();
}

void ErrorLabel::showError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace shopdesk
