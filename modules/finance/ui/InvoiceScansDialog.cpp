#include "InvoiceScansDialog.h"

#include "ExpenseDesk.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ui/FilePreview.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

InvoiceScansDialog::InvoiceScansDialog(const AppContext &context, const ExpenseRequest &request, QWidget *parent)
    : QDialog(parent), m_context(context), m_request(request)
{
    setWindowTitle(tr("Invoices of %1 %2").arg(request.number(), request.purpose));
    m_invoices = listTable({tr("Line"), tr("Invoice"), tr("Issued"), tr("Amount"), tr("Scan")}, this);
    m_preview = new FilePreview(this);
    auto *split = new QSplitter(this);
    split->addWidget(m_invoices);
    split->addWidget(m_preview);
    split->setSizes({420, 660});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save the scan..."), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &InvoiceScansDialog::saveSelected);
    connect(m_invoices, &QTableWidget::itemSelectionChanged, this, &InvoiceScansDialog::showSelected);

    auto list = ExpenseDesk(*context.database, *context.clock).invoices(context.actor, request.id);
    if (!list)
        MessageBox::warning(this, windowTitle(), list.error());
    const QList<ExpenseInvoice> invoices = list ? *list : QList<ExpenseInvoice>();
    m_invoices->setRowCount(int(invoices.size()));
    for (int r = 0; r < invoices.size(); ++r) {
        const ExpenseInvoice &i = invoices.at(r);
        setRowTexts(m_invoices, r,
                    {QString::number(r + 1), i.number, i.issuedOn.toString(Qt::ISODate), QString(), i.fileName});
        m_invoices->setItem(r, 3, numberCell(i.amountFen, Money::fromFen(i.amountFen).toString()));
    }
    m_invoices->resizeColumnsToContents();
    m_save->setEnabled(false);
    resize(1100, 720);
    if (!invoices.isEmpty())
        m_invoices->selectRow(0);
    else
        m_preview->showFile(tr("this reimbursement"), {});
}

void InvoiceScansDialog::showSelected()
{
    const int row = m_invoices->currentRow();
    m_shown = {};
    if (row >= 0) {
        auto found = ExpenseDesk(*m_context.database, *m_context.clock).invoice(m_context.actor, m_request.id, row + 1);
        if (found)
            m_shown = *found;
        else
            MessageBox::warning(this, windowTitle(), found.error());
    }
    m_preview->showFile(m_shown.fileName.isEmpty() ? m_shown.number : m_shown.fileName, m_shown.content);
    m_save->setEnabled(!m_shown.content.isEmpty());
}

void InvoiceScansDialog::saveSelected()
{
    if (m_shown.content.isEmpty())
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Save the scan"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(m_shown.fileName),
        tr("All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_shown.content) < 0 || !out.commit())
        MessageBox::warning(this, windowTitle(),
                            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
}

} // namespace shopdesk
