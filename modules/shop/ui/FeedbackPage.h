#pragma once

#include "domain/CustomerFeedback.h"
#include "ui/Module.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;

// RULE CS-02: customer feedback, taken down while the customer is on the line: one row of fields
// for the keyboard alone (Tab between them, Enter records, and the form is ready for the next
// call), linked to the order by its number; the feedback of a period below, its outcome added
// later.
class FeedbackPage : public QWidget
{
    Q_OBJECT
public:
    FeedbackPage(const AppContext &context, QWidget *parent = nullptr);
    QComboBox *channel() const { return m_channel; }
    QComboBox *kind() const { return m_kind; }
    QLineEdit *orderNumber() const { return m_order; }
    QLineEdit *customer() const { return m_customer; }
    QLineEdit *phone() const { return m_phone; }
    QLineEdit *said() const { return m_said; }
    QLineEdit *outcome() const { return m_outcome; }
    QCheckBox *resolved() const { return m_resolved; }
    QTableWidget *table() const { return m_table; }
    void refresh();
    // Records what the fields say; false with the reason shown and the fields kept.
    bool record();
    // Asks the selected one's outcome, and whether it is resolved.
    void setOutcome();
    QString lastError() const;

private:
    AppContext m_context;
    QComboBox *m_channel, *m_kind;
    QLineEdit *m_order, *m_customer, *m_phone, *m_said, *m_outcome;
    QCheckBox *m_resolved;
    QDateEdit *m_from, *m_to;
    QTableWidget *m_table;
    QList<Feedback> m_rows;
    ErrorLabel *m_error;
};

} // namespace shopdesk
