#include "ReimbursementDialog.h"

#include "ExpenseDesk.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
enum Column { Number, IssuedOn, Amount, Scan };
}

ReimbursementDialog::ReimbursementDialog(const AppContext &context, const ExpenseRequest &request, QWidget *parent)
    : QDialog(parent), m_context(context), m_request(request)
{
    setWindowTitle(tr("Reimburse %1").arg(request.number()));
    auto *form = new QFormLayout;
    auto *what =
        new QLabel(tr("%1, %2: %3 approved, %4 lent")
                       .arg(request.requesterName, request.purpose, Money::fromFen(request.amountFen).toString(),
                            Money::fromFen(request.advancedFen).toString()),
                   this);
    what->setWordWrap(true);
    form->addRow(tr("Request:"), what);
    m_settledOn = new QDateEdit(context.clock->nowUtc().toLocalTime().date(), this);
    m_settledOn->setCalendarPopup(true);
    m_settledOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Settled on:"), m_settledOn);
    m_invoices = new QTableWidget(0, 4, this);
    m_invoices->setHorizontalHeaderLabels(
        {tr("Invoice number"), tr("Issued on (YYYY-MM-DD)"), tr("Amount"), tr("Scan")});
    m_invoices->horizontalHeader()->setStretchLastSection(true);
    m_invoices->verticalHeader()->hide();
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add invoice"), this);
    auto *scan = new QPushButton(tr("Attach s&can..."), this);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(scan);
    rowButtons->addStretch();
    m_settlement = new QLabel(this);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reimburse"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ReimbursementDialog::addInvoiceRow);
    connect(scan, &QPushButton::clicked, this, &ReimbursementDialog::attachScan);
    connect(m_invoices, &QTableWidget::itemChanged, this, &ReimbursementDialog::showSettlement);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_invoices, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_settlement);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    addInvoiceRow();
    resize(640, 420);
}

QString ReimbursementDialog::error() const
{
    return m_error->error();
}

void ReimbursementDialog::addInvoiceRow()
{
    const int row = m_invoices->rowCount();
    m_invoices->insertRow(row);
    m_invoices->setItem(row, Number, new QTableWidgetItem);
    m_invoices->setItem(row, Amount, new QTableWidgetItem);
    m_invoices->setItem(row, IssuedOn,
                        new QTableWidgetItem(m_context.clock->nowUtc().toLocalTime().date().toString(Qt::ISODate)));
    auto *scan = new QTableWidgetItem;
    scan->setFlags(scan->flags() & ~Qt::ItemIsEditable);
    m_invoices->setItem(row, Scan, scan);
    m_scans.append(QPair<QString, QByteArray>());
    m_invoices->setCurrentCell(row, Number);
    m_invoices->setFocus();
}

void ReimbursementDialog::attachScan()
{
    const int row = m_invoices->currentRow();
    if (row < 0)
        return;
    const QString path = FileDialog::openFileName(this, tr("Invoice scan"),
                                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                  tr("Scans (*.pdf *.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->showError(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_scans[row] = {QFileInfo(path).fileName(), file.readAll()};
    m_invoices->item(row, Scan)->setText(m_scans[row].first);
}

void ReimbursementDialog::showSettlement()
{
    qint64 total = 0;
    for (int r = 0; r < m_invoices->rowCount(); ++r) {
        const QTableWidgetItem *amount = m_invoices->item(r, Amount);
        if (const auto money = amount ? Money::parse(amount->text()) : std::nullopt)
            total += money->fen();
    }
    const qint64 settlement = ExpenseRules::settlementFen(total, m_request.advancedFen);
    m_settlement->setText(settlement >= 0
                              ? tr("Invoices %1: pay out %2.")
                                    .arg(Money::fromFen(total).toString(), Money::fromFen(settlement).toString())
                              : tr("Invoices %1: %2 comes back to the cash box.")
                                    .arg(Money::fromFen(total).toString(), Money::fromFen(-settlement).toString()));
}

qint64 ReimbursementDialog::send()
{
    QList<ExpenseInvoice> invoices;
    for (int r = 0; r < m_invoices->rowCount(); ++r) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_invoices->item(r, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(Number).isEmpty() && text(Amount).isEmpty())
            continue; // an empty row
        const auto money = Money::parse(text(Amount));
        if (!money) {
            m_error->showError(tr("Row %1, amount: \"%2\" is not an amount of money.").arg(r + 1).arg(text(Amount)));
            return 0;
        }
        const QDate issued = QDate::fromString(text(IssuedOn), Qt::ISODate);
        if (!issued.isValid()) {
            m_error->showError(
                tr("Row %1, issued on: \"%2\" is not a date (YYYY-MM-DD).").arg(r + 1).arg(text(IssuedOn)));
            return 0;
        }
        invoices.append({text(Number), issued, money->fen(), m_scans.value(r).first, m_scans.value(r).second});
    }
    auto id = ExpenseDesk(*m_context.database, *m_context.clock)
                  .reimburse(m_context.actor, m_request.id, invoices, m_settledOn->date());
    if (!id) {
        m_error->showError(id.error());
        return 0;
    }
    return *id;
}

} // namespace shopdesk
