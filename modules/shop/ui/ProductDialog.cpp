#include "ProductDialog.h"

#include "ProductCatalogue.h"
#include "ProductImages.h"
#include "ShopActions.h"
#include "common/Clock.h"
#include "domain/WebFileLimits.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

ProductDialog::ProductDialog(const AppContext &context, const Product &product, QWidget *parent)
    : QDialog(parent), m_context(context), m_product(product)
{
    const bool isNew = product.id == 0;
    setWindowTitle(isNew ? tr("New product") : tr("Product %1").arg(product.code));
    m_code = new QLineEdit(product.code, this);
    m_code->setMaxLength(40);
    m_code->setReadOnly(!isNew); // a SKU code is never changed
    m_title = new QLineEdit(product.title, this);
    m_specification = new QLineEdit(product.specification, this);
    m_specification->setPlaceholderText(tr("colour, size, weight ..."));
    m_barcode = new QLineEdit(product.barcode, this);
    m_barcode->setPlaceholderText(tr("EAN-13 from the package, or the shop's own code"));
    m_category = new QComboBox(this);
    m_category->setEditable(true);
    if (auto list = ProductCatalogue(*context.database, *context.clock).categories(context.actor))
        m_category->addItems(*list);
    m_category->setCurrentText(product.category);
    m_cost = new QLineEdit(isNew ? QString() : product.cost().toPlainString(), this);
    m_cost->setPlaceholderText(tr("yuan, such as 15.00"));
    m_price = new QLineEdit(isNew ? QString() : product.price().toPlainString(), this);
    m_price->setPlaceholderText(tr("yuan, such as 39.00"));
    m_price->setReadOnly(!isNew);
    if (!isNew)
        m_price->setToolTip(tr("A price changes through a price change the leader approves (PRD-01)."));
    m_lowStockAt = new QSpinBox(this);
    m_lowStockAt->setRange(0, 1'000'000);
    m_lowStockAt->setValue(int(product.lowStockAt));

    auto *form = new QFormLayout;
    form->addRow(tr("&SKU code:"), m_code);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Specificatio&n:"), m_specification);
    form->addRow(tr("&Barcode:"), m_barcode);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("C&ost:"), m_cost);
    form->addRow(isNew ? tr("&Price:") : tr("Price (PRD-01):"), m_price);
    form->addRow(tr("&Low stock at:"), m_lowStockAt);
    if (!isNew)
        form->addRow(
            tr("Status:"),
            new QLabel(tr("%1, %2 on hand").arg(productStatusTitle(product.status)).arg(product.onHand), this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (!isNew) {
        m_history = listTable({tr("Published"), tr("Old price"), tr("New price"), tr("By")}, this);
        if (auto points = ProductCatalogue(*context.database, *context.clock).priceHistory(context.actor, product.id)) {
            m_history->setRowCount(int(points->size()));
            for (int r = 0; r < points->size(); ++r) {
                const PricePoint &p = points->at(r);
                setRowTexts(m_history, r,
                            {localMinuteText(p.at),
                             p.priceChangeId ? Money::fromFen(p.oldFen).toString() : tr("first price"),
                             Money::fromFen(p.newFen).toString(), p.by});
            }
            m_history->resizeColumnsToContents();
        }
        layout->addWidget(titled(tr("Price history (PRD-01)"), m_history, this), 1);
        // The pictures for the shop pages (WEB-04).
        m_pictures = new QListWidget(this);
        m_pictures->setViewMode(QListView::IconMode);
        m_pictures->setIconSize(QSize(96, 96));
        m_pictures->setGridSize(QSize(140, 140));
        m_pictures->setWordWrap(true);
        m_pictures->setFixedHeight(156);
        auto *addPictureButton = new QPushButton(tr("Add a &picture..."), this);
        auto *removePictureButton = new QPushButton(tr("&Remove the picture"), this);
        const bool manage = !context.readOnly() && Permissions::can(context.actor, ShopAction::ManageProducts);
        addPictureButton->setEnabled(manage);
        removePictureButton->setEnabled(manage);
        auto *pictureButtons = new QHBoxLayout;
        pictureButtons->addWidget(addPictureButton);
        pictureButtons->addWidget(removePictureButton);
        pictureButtons->addStretch(1);
        layout->addWidget(titled(tr("Pictures for the shop pages (at most 500 KB each, WEB-04)"), m_pictures, this));
        layout->addLayout(pictureButtons);
        connect(addPictureButton, &QPushButton::clicked, this, [this] {
            const QString path = FileDialog::openFileName(this, tr("Add a picture"), QString(),
                                                          tr("Pictures (*.png *.jpg *.jpeg *.gif *.webp)"));
            if (!path.isEmpty())
                addPicture(path);
        });
        connect(removePictureButton, &QPushButton::clicked, this, &ProductDialog::removePicture);
        showPictures();
    }
    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)
        ->setEnabled(!context.readOnly() && Permissions::can(context.actor, ShopAction::ManageProducts));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    (isNew ? m_code : m_title)->setFocus();
}

void ProductDialog::showPictures()
{
    m_pictures->clear();
    ProductImages images(*m_context.database, *m_context.clock);
    auto list = images.images(m_context.actor, m_product.id);
    if (!list) {
        m_error->showError(list.error());
        return;
    }
    for (const ProductImage &image : *list) {
        QPixmap picture;
        if (auto bytes = images.bytes(m_context.actor, image.id))
            picture.loadFromData(*bytes);
        auto *item = new QListWidgetItem(
            QIcon(picture), tr("%1\n%2 KB").arg(image.fileName).arg((image.sizeBytes + 1023) / 1024), m_pictures);
        item->setData(Qt::UserRole, image.id);
    }
}

bool ProductDialog::addPicture(const QString &path)
{
    // RULE WEB-04: a file over the limit is refused before it is read.
    const QFileInfo info(path);
    if (const QString problem = WebFileLimits::problem(WebFileKind::Picture, info.fileName(), info.size());
        !problem.isEmpty()) {
        m_error->showError(problem);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    auto added = ProductImages(*m_context.database, *m_context.clock)
                     .add(m_context.actor, m_product.id, QFileInfo(path).fileName(), file.readAll());
    m_error->showError(added ? QString() : added.error());
    showPictures();
    return bool(added);
}

bool ProductDialog::removePicture()
{
    const QListWidgetItem *item = m_pictures->currentItem();
    if (!item) {
        m_error->showError(tr("Choose a picture first."));
        return false;
    }
    if (MessageBox::question(
            this, tr("Remove the picture"),
            tr("Remove %1 from the product's pictures?").arg(item->text().section(QLatin1Char('\n'), 0, 0)))
        != QMessageBox::Yes)
        return false;
    Status removed = ProductImages(*m_context.database, *m_context.clock)
                         .remove(m_context.actor, item->data(Qt::UserRole).toLongLong());
    m_error->showError(removed ? QString() : removed.error());
    showPictures();
    return bool(removed);
}

QString ProductDialog::error() const
{
    return m_error->error();
}

qint64 ProductDialog::save()
{
    Product p = m_product;
    p.code = m_code->text();
    p.title = m_title->text();
    p.specification = m_specification->text();
    p.barcode = m_barcode->text().trimmed();
    p.category = m_category->currentText();
    p.lowStockAt = m_lowStockAt->value();
    for (auto [line, into] : {std::pair{m_cost, &p.costFen}, std::pair{m_price, &p.priceFen}}) {
        if (line->isReadOnly())
            continue;
        const QString text = line->text().trimmed();
        const auto money = text.isEmpty() ? std::optional<Money>(Money()) : Money::parse(text);
        if (!money || money->fen() < 0) {
            m_error->showError(tr("\"%1\" is not an amount in yuan.").arg(text));
            line->setFocus();
            return 0;
        }
        *into = money->fen();
    }
    auto saved = ProductCatalogue(*m_context.database, *m_context.clock).save(m_context.actor, p);
    if (!saved) {
        m_error->showError(saved.error());
        return 0;
    }
    return *saved;
}

} // namespace shopdesk
