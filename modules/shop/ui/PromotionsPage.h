#pragma once

#include "domain/Promotion.h"
#include "ui/Module.h"

#include <QWidget>

class QDateEdit;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;
class PromotionDialog;

// RULE PRD-03: the promotions of a period, each at its step; the planner proposes, the product
// manager specifies the offer, the leader approves in the inbox, the web editor publishes; a
// proposal or an approved promotion not yet published can be withdrawn.
class PromotionsPage : public QWidget
{
    Q_OBJECT
public:
    PromotionsPage(const AppContext &context, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QDateEdit *from() const { return m_from; }
    QDateEdit *to() const { return m_to; }
    void refresh();
    PromotionDialog *propose();
    PromotionDialog *specify();
    void publish();
    void withdraw();
    QString lastError() const;

private:
    const Promotion *selected();
    AppContext m_context;
    QDateEdit *m_from, *m_to;
    QTableWidget *m_table;
    QList<Promotion> m_rows;
    ErrorLabel *m_error;
};

} // namespace shopdesk
