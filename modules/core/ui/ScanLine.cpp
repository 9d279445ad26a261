#include "ScanLine.h"

#include <QKeyEvent>

namespace shopdesk {

void ScanLine::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept(); // not passed on to the dialog
        emit scanned(text().trimmed());
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace shopdesk
