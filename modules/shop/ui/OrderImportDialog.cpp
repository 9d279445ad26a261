#include "OrderImportDialog.h"

#include "domain/ShopTime.h"
#include "imports/domain/ImportProblem.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

OrderImportDialog::OrderImportDialog(const AppContext &context, const QString &path, QWidget *parent)
    : QDialog(parent), m_context(context), m_path(path)
{
    setWindowTitle(tr("Import orders: %1").arg(QFileInfo(path).fileName()));
    m_format = new QComboBox(this);
    m_format->addItem(tr("Taobao / Tmall seller order report"), int(OrderExport::Taobao));
    m_format->addItem(tr("Shopify orders export"), int(OrderExport::Shopify));
    m_format->addItem(tr("Another channel, by its columns"), int(OrderExport::Mapped));
    m_channel = new QComboBox(this);
    m_channel->setEditable(true);
    m_channel->lineEdit()->setPlaceholderText(tr("jd, pdd, douyin, woocommerce ..."));
    m_currency = new QLineEdit(QStringLiteral("CNY"), this);
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(60);
    OrderImport importer(*context.database, *context.clock);
    if (auto saved = importer.savedColumns(context.actor))
        for (const OrderColumns &c : *saved)
            m_channel->addItem(c.channel);
    m_channel->setCurrentText(QString());

    auto *top = new QFormLayout;
    top->addRow(tr("The file &is:"), m_format);
    auto *channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel, 1);
    channelRow->addWidget(new QLabel(tr("Cu&rrency:"), this));
    channelRow->addWidget(m_currency);
    auto *channelLabel = new QLabel(tr("&Channel:"), this);
    channelLabel->setBuddy(m_channel);
    top->addRow(channelLabel, channelRow);

    m_mapping = new QGroupBox(tr("Columns"), this);
    auto *form = new QFormLayout(m_mapping);
    auto *hint = new QLabel(tr("Which of the file's columns holds what, by its header; saved for the channel's "
                               "next file."),
                            m_mapping);
    hint->setWordWrap(true);
    form->addRow(hint);
    for (const QString &field : OrderColumns::fields()) {
        auto *combo = new QComboBox(m_mapping);
        combo->setAccessibleName(OrderColumns::title(field));
        form->addRow(OrderColumns::required(field) ? tr("%1 *").arg(OrderColumns::title(field))
                                                   : OrderColumns::title(field),
                     combo);
        m_columns.insert(field, combo);
        connect(combo, &QComboBox::activated, this, &OrderImportDialog::updatePreview);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_mapping);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(360);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_orders = listTable(
        {tr("Order number"), tr("Created"), tr("Consignee"), tr("Lines"), tr("Total"), tr("At the channel")}, this);
    m_problems = importProblemsTable({}, this);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);

    auto *preview = new QVBoxLayout;
    preview->addWidget(m_summary);
    preview->addWidget(titled(tr("Orders the import adds"), m_orders, this), 2);
    preview->addWidget(titled(tr("Rows not imported"), m_problems, this), 1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(scroll);
    middle->addLayout(preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    } else {
        m_bytes = file.readAll();
        if (auto records = OrderImport::records(m_bytes, QFileInfo(path).fileName()))
            m_records = *records;
        else
            m_error->showError(records.error());
    }
    connect(m_format, &QComboBox::activated, this, &OrderImportDialog::updatePreview);
    connect(m_channel, &QComboBox::currentTextChanged, this, [this] {
        fillColumns();
        updatePreview();
    });
    connect(m_currency, &QLineEdit::editingFinished, this, &OrderImportDialog::updatePreview);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (import() >= 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A file named after a channel says which it is.
    const QString name = QFileInfo(path).fileName().toLower();
    m_format->setCurrentIndex(name.contains(u"shopify")                                               ? 1
                                  : name.contains(u"taobao") || name.contains(QStringLiteral("淘宝")) ? 0
                                                                                                      : 2);
    fillColumns();
    updatePreview();
    resize(1040, 640);
}

OrderExport OrderImportDialog::chosenFormat() const
{
    return OrderExport(m_format->currentData().toInt());
}

OrderColumns OrderImportDialog::chosenColumns() const
{
    OrderColumns c;
    c.channel = m_channel->currentText().trimmed().toLower();
    c.currency = m_currency->text().trimmed().toUpper();
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        c.headers.insert(it.key(), it.value()->currentData().toString());
    return c;
}

void OrderImportDialog::fillColumns()
{
    OrderColumns saved;
    saved.channel = m_channel->currentText().trimmed().toLower();
    if (auto found = OrderImport(*m_context.database, *m_context.clock).savedColumns(m_context.actor, saved.channel);
        found && !found->headers.isEmpty()) {
        saved = *found;
        m_currency->setText(saved.currency);
    }
    const QStringList header = ChannelOrderRows::headerOf(m_records, saved);
    const OrderColumns filled = saved.filledFrom(header);
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        QComboBox *combo = it.value();
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const QString &h : header)
            if (!h.isEmpty())
                combo->addItem(h, h);
        combo->setCurrentIndex(qMax(0, combo->findData(filled.headers.value(it.key()))));
    }
}

void OrderImportDialog::updatePreview()
{
    const bool mapped = chosenFormat() == OrderExport::Mapped;
    m_mapping->setEnabled(mapped);
    m_channel->setEnabled(mapped);
    m_currency->setEnabled(mapped);
    m_preview.reset();
    m_import->setEnabled(false);
    m_orders->setRowCount(0);
    m_problems->setRowCount(0);
    if (m_bytes.isEmpty())
        return;
    OrderImport importer(*m_context.database, *m_context.clock);
    const QString fileName = QFileInfo(m_path).fileName();
    auto preview = mapped ? importer.preview(m_context.actor, m_bytes, fileName, chosenColumns())
                          : importer.preview(m_context.actor, m_bytes, fileName, chosenFormat());
    if (!preview) {
        m_summary->clear();
        m_error->showError(preview.error());
        return;
    }
    m_error->showError({});
    m_preview = *preview;
    m_summary->setText(OrderImport::summary(*preview).join(QStringLiteral(" · ")));
    m_orders->setRowCount(int(preview->added.size()));
    for (int r = 0; r < preview->added.size(); ++r) {
        const Order &o = preview->added.at(r);
        setRowTexts(m_orders, r,
                    {o.number, ShopTime::text(o.createdAt), o.contactName, QString::number(o.lines.size()),
                     OrderRules::amountText(o.totalMinor, o.currency), o.channelStatus});
    }
    m_orders->resizeColumnsToContents();
    showImportProblems(m_problems, preview->problems);
    m_import->setEnabled(!m_context.readOnly() && (!preview->added.isEmpty() || !preview->statusChanges.isEmpty()));
}

int OrderImportDialog::import()
{
    if (!m_preview)
        return -1;
    OrderImport importer(*m_context.database, *m_context.clock);
    if (chosenFormat() == OrderExport::Mapped)
        if (Status saved = importer.saveColumns(m_context.actor, chosenColumns()); !saved) {
            m_error->showError(saved.error());
            return -1;
        }
    auto written = importer.import(m_context.actor, *m_preview);
    if (!written) {
        m_error->showError(written.error());
        return -1;
    }
    return *written;
}

QString OrderImportDialog::error() const
{
    return m_error->error();
}

} // namespace shopdesk
