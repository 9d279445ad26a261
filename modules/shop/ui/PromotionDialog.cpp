#include "PromotionDialog.h"

#include "ProductCatalogue.h"
#include "Promotions.h"
#include "common/Clock.h"
#include "ui/ErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shopdesk {

PromotionDialog::PromotionDialog(const AppContext &context, const Promotion &promotion, QWidget *parent)
    : QDialog(parent), m_context(context), m_promotion(promotion)
{
    const bool proposing = promotion.id == 0;
    auto *form = m_form = new QFormLayout;
    if (proposing) {
        setWindowTitle(tr("Propose a promotion"));
        const QDate today = context.clock->nowUtc().toLocalTime().date();
        m_title = new QLineEdit(this);
        m_idea = new QLineEdit(this);
        m_idea->setPlaceholderText(tr("what, for whom, why"));
        m_startsOn = new QDateEdit(today.addDays(14), this);
        m_endsOn = new QDateEdit(today.addDays(20), this);
        for (QDateEdit *d : {m_startsOn, m_endsOn}) {
            d->setCalendarPopup(true);
            d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        }
        m_products = new QLineEdit(this);
        m_products->setPlaceholderText(tr("SKU codes or barcodes, separated by commas or spaces"));
        form->addRow(tr("&Title:"), m_title);
        form->addRow(tr("&Idea:"), m_idea);
        form->addRow(tr("&First day:"), m_startsOn);
        form->addRow(tr("&Last day:"), m_endsOn);
        form->addRow(tr("&Products:"), m_products);
    } else {
        setWindowTitle(tr("Specify \"%1\"").arg(promotion.title));
        QString about =
            tr("%1, %2 to %3")
                .arg(promotion.title, promotion.startsOn.toString(Qt::ISODate), promotion.endsOn.toString(Qt::ISODate));
        if (!promotion.idea.isEmpty())
            about += QLatin1Char('\n') + promotion.idea;
        auto *aboutLabel = new QLabel(about, this);
        aboutLabel->setWordWrap(true);
        form->addRow(tr("Promotion:"), aboutLabel);
        m_kind = new QComboBox(this);
        for (PromotionKind k : {PromotionKind::PercentOff, PromotionKind::FixedPrice, PromotionKind::BuyNPayM})
            m_kind->addItem(promotionKindTitle(k), int(k));
        m_percent = new QSpinBox(this);
        m_percent->setRange(1, 90);
        m_percent->setSuffix(QStringLiteral("%"));
        m_percent->setValue(10);
        m_fixedPrice = new QLineEdit(this);
        m_fixedPrice->setPlaceholderText(tr("yuan, under every product's price"));
        m_buy = new QSpinBox(this);
        m_buy->setRange(2, 99);
        m_buy->setValue(3);
        m_pay = new QSpinBox(this);
        m_pay->setRange(1, 98);
        m_pay->setValue(2);
        form->addRow(tr("&Offer:"), m_kind);
        form->addRow(tr("&Percentage off:"), m_percent);
        form->addRow(tr("Promotion p&rice:"), m_fixedPrice);
        form->addRow(tr("&Buy:"), m_buy);
        form->addRow(tr("Pay for:"), m_pay);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &PromotionDialog::showKind);
    }
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(proposing ? tr("&Propose") : tr("Send to the &leader"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!proposing)
        showKind();
    setMinimumWidth(480);
}

void PromotionDialog::showKind()
{
    const auto kind = PromotionKind(m_kind->currentData().toInt());
    const QList<std::pair<QWidget *, bool>> rows{{m_percent, kind == PromotionKind::PercentOff},
                                                 {m_fixedPrice, kind == PromotionKind::FixedPrice},
                                                 {m_buy, kind == PromotionKind::BuyNPayM},
                                                 {m_pay, kind == PromotionKind::BuyNPayM}};
    for (auto [field, shown] : rows) {
        field->setVisible(shown);
        if (QWidget *label = m_form->labelForField(field))
            label->setVisible(shown);
    }
}

QString PromotionDialog::error() const
{
    return m_error->error();
}

bool PromotionDialog::send()
{
    Promotions promotions(*m_context.database, *m_context.clock);
    Promotion p = m_promotion;
    if (p.id == 0) {
        p.title = m_title->text();
        p.idea = m_idea->text();
        p.startsOn = m_startsOn->date();
        p.endsOn = m_endsOn->date();
        ProductCatalogue catalogue(*m_context.database, *m_context.clock);
        static const QRegularExpression separators(QStringLiteral("[,，;；\\s]+"));
        for (const QString &code : m_products->text().split(separators, Qt::SkipEmptyParts)) {
            auto product = catalogue.byCodeOrBarcode(m_context.actor, code);
            if (!product) {
                m_error->showError(product.error());
                m_products->setFocus();
                return false;
            }
            p.productIds.append(product->id);
        }
        auto id = promotions.propose(m_context.actor, p);
        m_error->showError(id ? QString() : id.error());
        return bool(id);
    }
    p.kind = PromotionKind(m_kind->currentData().toInt());
    p.percentOff = m_percent->value();
    p.buyQuantity = m_buy->value();
    p.payQuantity = m_pay->value();
    if (p.kind == PromotionKind::FixedPrice) {
        const auto price = Money::parse(m_fixedPrice->text());
        if (!price) {
            m_error->showError(tr("Give the promotion price in yuan."));
            m_fixedPrice->setFocus();
            return false;
        }
        p.fixedPriceFen = price->fen();
    }
    Status done = promotions.specify(m_context.actor, p);
    m_error->showError(done ? QString() : done.error());
    return bool(done);
}

} // namespace shopdesk
