#include "PromotionsPage.h"

#include "PromotionDialog.h"
#include "Promotions.h"
#include "ShopActions.h"
#include "common/Clock.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

PromotionsPage::PromotionsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    const QDate today = context.clock->nowUtc().toLocalTime().date();
    const QDate month(today.year(), today.month(), 1);
    m_from = new QDateEdit(month.addMonths(-1), this);
    m_to = new QDateEdit(month.addMonths(3).addDays(-1), this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    const bool writable = !context.readOnly() && Permissions::can(context.actor, ShopAction::Propose);
    const auto &roles = context.actor.roles;
    auto *propose = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Pr&opose..."), this);
    propose->setEnabled(writable && roles.contains(Role::Planner));
    auto *specify = new QPushButton(tr("Sp&ecify the offer..."), this);
    specify->setEnabled(writable && roles.contains(Role::ProductManager));
    auto *publish = new QPushButton(QIcon(QStringLiteral(":/icons/approve.svg")), tr("Pu&blish"), this);
    publish->setEnabled(!context.readOnly() && Permissions::can(context.actor, ShopAction::Publish)
                        && roles.contains(Role::WebEditor));
    auto *withdraw = new QPushButton(QIcon(QStringLiteral(":/icons/reject.svg")), tr("&Withdraw"), this);
    withdraw->setEnabled(writable && (roles.contains(Role::Planner) || roles.contains(Role::ProductManager)));
    propose->setToolTip(tr("The planner proposes (PRD-03)."));
    specify->setToolTip(tr("The product manager specifies the offer and sends it to the leader (PRD-03)."));
    publish->setToolTip(tr("The web editor publishes what the leader approved (PRD-03)."));
    m_table = listTable({tr("From"), tr("To"), tr("Promotion"), tr("Offer"), tr("Products"), tr("Proposed by"),
                         tr("Specified by"), tr("Stage"), tr("Published by")},
                        this);
    EmptyListHint::install(
        m_table, tr("No promotions in these dates. The planner proposes one with Propose...; or change the dates."));
    makeSortable(m_table);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Promotions running between"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("and"), this));
    top->addWidget(m_to);
    top->addStretch(1);
    for (QPushButton *b : {propose, specify, publish, withdraw})
        top->addWidget(b);
    m_error = new ErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    connect(m_from, &QDateEdit::dateChanged, this, &PromotionsPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &PromotionsPage::refresh);
    connect(propose, &QPushButton::clicked, this, &PromotionsPage::propose);
    connect(specify, &QPushButton::clicked, this, &PromotionsPage::specify);
    connect(publish, &QPushButton::clicked, this, &PromotionsPage::publish);
    connect(withdraw, &QPushButton::clicked, this, &PromotionsPage::withdraw);
    refresh();
}

QString PromotionsPage::lastError() const
{
    return m_error->error();
}

void PromotionsPage::refresh()
{
    auto list = Promotions(*m_context.database, *m_context.clock).during(m_context.actor, m_from->date(), m_to->date());
    m_error->showError(list ? QString() : list.error());
    m_rows = list ? *list : QList<Promotion>();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const Promotion &p = m_rows[r];
        setRowTexts(m_table, r,
                    {p.startsOn.toString(Qt::ISODate), p.endsOn.toString(Qt::ISODate), p.title,
                     p.specifiedBy.isEmpty() ? QString() : PromotionRules::offerText(p),
                     p.productCodes.join(QStringLiteral(", ")), p.proposedBy, p.specifiedBy,
                     promotionStageTitle(p.stage()), p.publishedBy});
        m_table->item(r, 0)->setData(Qt::UserRole, r);
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
}

const Promotion *PromotionsPage::selected()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item) {
        m_error->showError(tr("Choose a promotion first."));
        return nullptr;
    }
    return &m_rows.at(item->data(Qt::UserRole).toInt());
}

PromotionDialog *PromotionsPage::propose()
{
    auto *dialog = new PromotionDialog(m_context, Promotion{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &PromotionsPage::refresh);
    dialog->open();
    return dialog;
}

PromotionDialog *PromotionsPage::specify()
{
    const Promotion *p = selected();
    if (!p)
        return nullptr;
    auto *dialog = new PromotionDialog(m_context, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &PromotionsPage::refresh);
    dialog->open();
    return dialog;
}

void PromotionsPage::publish()
{
    const Promotion *p = selected();
    if (!p)
        return;
    Status done = Promotions(*m_context.database, *m_context.clock).publish(m_context.actor, p->id);
    refresh();
    m_error->showError(done ? QString() : done.error());
}

void PromotionsPage::withdraw()
{
    const Promotion *p = selected();
    if (!p)
        return;
    // Copied: the list may be read again (another PC's change) while the question is open.
    const qint64 id = p->id;
    if (MessageBox::question(this, tr("Withdraw"), tr("Withdraw the promotion \"%1\"?").arg(p->title))
        != QMessageBox::Yes)
        return;
    Status done = Promotions(*m_context.database, *m_context.clock).withdraw(m_context.actor, id);
    refresh();
    m_error->showError(done ? QString() : done.error());
}

} // namespace shopdesk
