#pragma once

#include <QLineEdit>

namespace shopdesk {

// The field a USB barcode scanner types into: it sends the code and Enter. Enter here means
// "this code", never the dialog's default button, so a scan cannot book a form by accident.
class ScanLine : public QLineEdit
{
    Q_OBJECT
public:
    using QLineEdit::QLineEdit;

signals:
    void scanned(const QString &code);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace shopdesk
