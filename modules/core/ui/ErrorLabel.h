#pragma once

#include <QLabel>

namespace shopdesk {

// The line under a form that says what is wrong: red, wrapped, hidden while there is nothing
// to say. Every dialog shows its errors the same way, and an old complaint goes once the user
// changes any field of the form (the next try says again what is still wrong).
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);
    // Shows the message; an empty one hides the line.
    void showError(const QString &message);
    // What is shown now; empty when hidden.
    QString error() const { return isHidden() ? QString() : text(); }

private:
    void dismissOnEdit();
    void dismiss() { showError(QString()); }
};

} // namespace shopdesk
