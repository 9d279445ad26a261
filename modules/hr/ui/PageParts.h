#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QLineEdit;
class QWidget;

namespace shopdesk {

// What the hr pages share: a month picker (YYYY-MM with a calendar) and a filter line that
// Ctrl+F reaches from anywhere on the page.
QDateEdit *monthPicker(QWidget *page, const QDate &month);
QLineEdit *filterLine(QWidget *page, const QString &placeholder);

} // namespace shopdesk
