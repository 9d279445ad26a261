#include "PriceChangeDialog.h"

#include "PriceChanges.h"
#include "ui/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

PriceChangeDialog::PriceChangeDialog(const AppContext &context, const Product &product, QWidget *parent)
    : QDialog(parent), m_context(context), m_product(product)
{
    setWindowTitle(tr("New price for %1").arg(product.code));
    m_price = new QLineEdit(this);
    m_price->setPlaceholderText(tr("yuan, such as 35.00"));
    m_competitors = new QTableWidget(4, 2, this);
    m_competitors->setHorizontalHeaderLabels({tr("Competitor's shop"), tr("Their price")});
    m_competitors->horizontalHeader()->setStretchLastSection(true);
    m_competitors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_competitors->verticalHeader()->hide();
    m_competitors->setTabKeyNavigation(true);
    auto *moreRows = new QPushButton(tr("&Another competitor"), this);
    m_analysis = new QLabel(this);
    m_analysis->setWordWrap(true);
    m_reason = new QLineEdit(this);
    auto *form = new QFormLayout;
    form->addRow(
        tr("Product:"),
        new QLabel(
            tr("%1 %2 %3, now %4").arg(product.code, product.title, product.specification, product.price().toString()),
            this));
    form->addRow(tr("&New price:"), m_price);
    form->addRow(tr("&Reason:"), m_reason);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("As&k the leader"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The competitors' prices for the same article (PRD-01):"), this));
    layout->addWidget(m_competitors, 1);
    layout->addWidget(moreRows, 0, Qt::AlignLeft);
    layout->addWidget(m_analysis);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(moreRows, &QPushButton::clicked, this,
            [this] { m_competitors->setRowCount(m_competitors->rowCount() + 1); });
    connect(m_competitors, &QTableWidget::itemChanged, this, &PriceChangeDialog::analyse);
    connect(m_price, &QLineEdit::textChanged, this, &PriceChangeDialog::analyse);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (ask())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    analyse();
    setMinimumSize(520, 420);
    m_price->setFocus();
}

QList<CompetitorPrice> PriceChangeDialog::typedCompetitors(QString *problem) const
{
    QList<CompetitorPrice> list;
    for (int r = 0; r < m_competitors->rowCount(); ++r) {
        const QString shop = m_competitors->item(r, 0) ? m_competitors->item(r, 0)->text().trimmed() : QString();
        const QString price = m_competitors->item(r, 1) ? m_competitors->item(r, 1)->text().trimmed() : QString();
        if (shop.isEmpty() && price.isEmpty())
            continue;
        const auto money = Money::parse(price);
        if (!money && problem && problem->isEmpty())
            *problem = tr("Row %1: \"%2\" is not a price in yuan.").arg(r + 1).arg(price);
        list.append({shop, money ? money->fen() : 0});
    }
    return list;
}

void PriceChangeDialog::analyse()
{
    const auto proposed = Money::parse(m_price->text());
    const auto list = typedCompetitors(nullptr);
    const CompetitorAnalysis a = PriceRules::analyse(list, proposed ? proposed->fen() : 0);
    if (a.count == 0) {
        m_analysis->setText(tr("No competitor's price yet."));
        return;
    }
    m_analysis->setText(
        tr("%n competitor(s): lowest %1, average %2, highest %3.", nullptr, a.count)
            .arg(Money::fromFen(a.lowestFen).toString(), Money::fromFen(a.averageFen).toString(),
                 Money::fromFen(a.highestFen).toString())
        + (proposed ? QLatin1Char(' ') + tr("%n sell(s) for less than the new price.", nullptr, a.cheaperThanProposed)
                    : QString()));
}

QString PriceChangeDialog::error() const
{
    return m_error->error();
}

qint64 PriceChangeDialog::ask()
{
    QString problem;
    PriceChange c;
    c.productId = m_product.id;
    c.competitors = typedCompetitors(&problem);
    if (!problem.isEmpty()) {
        m_error->showError(problem);
        return 0;
    }
    const auto proposed = Money::parse(m_price->text());
    if (!proposed) {
        m_error->showError(tr("Give the new price in yuan."));
        m_price->setFocus();
        return 0;
    }
    c.proposedFen = proposed->fen();
    c.reason = m_reason->text();
    auto id = PriceChanges(*m_context.database, *m_context.clock).ask(m_context.actor, c);
    if (!id) {
        m_error->showError(id.error());
        return 0;
    }
    return *id;
}

} // namespace shopdesk
