#pragma once

#include "domain/Promotion.h"
#include "ui/Module.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace shopdesk {

class ErrorLabel;

// RULE PRD-03: a promotion's form at its step: the planner proposes it (title, idea, the first
// and last day, the products by SKU code or barcode); the product manager then specifies the
// offer (a percentage off, a promotion price, or buy N pay for M), which sends it to the leader.
class PromotionDialog : public QDialog
{
    Q_OBJECT
public:
    // `promotion.id` 0: a proposal; otherwise its specification.
    PromotionDialog(const AppContext &context, const Promotion &promotion, QWidget *parent = nullptr);
    QLineEdit *title() const { return m_title; }
    QLineEdit *products() const { return m_products; }
    QDateEdit *startsOn() const { return m_startsOn; }
    QDateEdit *endsOn() const { return m_endsOn; }
    QComboBox *kind() const { return m_kind; }
    QSpinBox *percentOff() const { return m_percent; }
    // Proposes or specifies; false with the reason shown.
    bool send();
    QString error() const;

private:
    void showKind();
    AppContext m_context;
    Promotion m_promotion;
    QLineEdit *m_title = nullptr, *m_idea = nullptr, *m_products = nullptr, *m_fixedPrice = nullptr;
    QDateEdit *m_startsOn = nullptr, *m_endsOn = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_percent = nullptr, *m_buy = nullptr, *m_pay = nullptr;
    QFormLayout *m_form;
    ErrorLabel *m_error;
};

} // namespace shopdesk
