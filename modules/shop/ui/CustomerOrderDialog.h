#pragma once

#include "PackingSlips.h"
#include "domain/Order.h"
#include "ui/Module.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;

// RULE ORD-05: one order as it was created (never editable) with everything that happened to it
// since, and a button for each step that may come next: accept (the ORD-02 clock starts), the
// customer contacted, confirmed (ORD-03 starts), handed over, packed, shipped, delivered,
// cancelled, a refund, a note. Each step is appended; the list behind refreshes when one is.
// The packing slip prints from here.
class CustomerOrderDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerOrderDialog(const AppContext &context, qint64 orderId, QWidget *parent = nullptr);
    // Records the step (asking for nothing); the state after it, or nullopt with the reason shown.
    std::optional<OrderState> record(OrderEventKind kind, const QString &text = {}, qint64 amountMinor = 0);
    QPushButton *button(OrderEventKind kind) const { return m_buttons.value(int(kind)); }
    QTableWidget *events() const { return m_events; }
    QString stateText() const;
    // Number, channel, buyer, address and amounts, a line each (rich text).
    QString headerText() const;
    // RULE CS-03: the confirmed bad-customer flags of this order's customer; empty when none.
    QString flagText() const;
    QString error() const;
    // The packing slip of this order: Qt's print preview.
    void previewSlip(SlipPaper paper);

signals:
    void changed();

private:
    void load();
    void ask(OrderEventKind kind); // asks for the reason, carrier or amount, then records

    AppContext m_context;
    qint64 m_orderId;
    Order m_order;
    QLabel *m_header, *m_state, *m_flag;
    QTableWidget *m_lines, *m_events;
    QHash<int, QPushButton *> m_buttons;
    ErrorLabel *m_error;
};

} // namespace shopdesk
