#pragma once

#include "ui/Module.h"

#include <QWidget>

class QSpinBox;
class QTableWidget;

namespace shopdesk {

// The national holiday calendar (HOL-01): the year's holidays, in-lieu rest days and make-up
// working days; an administrator marks a day or imports a new year from the shipped JSON shape.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    CalendarPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *days() const { return m_days; }

private:
    void markDay();
    void clearDay();
    void importYear();

    AppContext m_context;
    QSpinBox *m_year;
    QTableWidget *m_days;
};

} // namespace shopdesk
