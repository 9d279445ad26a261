#include "ContractDialog.h"

#include "ContractRegister.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
// A form label whose shortcut reaches `buddy`, for a row that holds more than one field.
QLabel *labelFor(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QDateEdit *dayEdit(const QDate &day, QWidget *parent)
{
    auto *edit = new QDateEdit(day, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

ContractDialog::ContractDialog(const AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Register a contract"));
    ContractRegister book(*context.database, *context.clock);
    const QDate today = context.clock->nowUtc().toLocalTime().date();
    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    if (auto types = book.types(context.actor))
        for (const ContractType &t : *types)
            m_type->addItem(QStringLiteral("%1  %2").arg(t.code, t.name), t.id);
    form->addRow(tr("&Type:"), m_type);
    m_title = new QLineEdit(this);
    form->addRow(tr("T&itle:"), m_title);
    m_parties = new QPlainTextEdit(this);
    m_parties->setTabChangesFocus(true);
    m_parties->setPlaceholderText(tr("one party per line"));
    m_parties->setFixedHeight(m_parties->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Other parties:"), m_parties);
    m_signed = dayEdit(today, this);
    form->addRow(tr("&Signed on:"), m_signed);
    m_starts = dayEdit(today, this);
    form->addRow(tr("St&arts on:"), m_starts);
    m_ends = dayEdit(today.addYears(1).addDays(-1), this);
    m_openEnded = new QCheckBox(tr("Open-ended"), this);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_ends, 1);
    endRow->addWidget(m_openEnded);
    form->addRow(labelFor(tr("&Ends on:"), m_ends), endRow);
    connect(m_openEnded, &QCheckBox::toggled, m_ends, &QWidget::setDisabled);
    m_value = new QLineEdit(this);
    m_value->setPlaceholderText(tr("yuan, such as 120000.00"));
    form->addRow(tr("&Value:"), m_value);
    m_responsible = new QComboBox(this);
    m_responsible->addItem(tr("(nobody named)"), 0);
    if (auto people = book.people(context.actor))
        for (const EmployeeSummary &e : *people)
            m_responsible->addItem(QStringLiteral("%1 %2").arg(e.staffNo, e.name), e.id);
    form->addRow(tr("Res&ponsible:"), m_responsible);
    m_archive = new QComboBox(this);
    if (auto archives = book.archives(context.actor))
        for (const ContractArchive &a : *archives)
            m_archive->addItem(tr("%1 (custodian %2)").arg(a.name, a.custodianName), a.id);
    form->addRow(tr("Arc&hive:"), m_archive);
    m_cabinet = new QLineEdit(this);
    m_shelf = new QLineEdit(this);
    m_box = new QLineEdit(this);
    m_cabinet->setPlaceholderText(tr("cabinet"));
    m_shelf->setPlaceholderText(tr("shelf"));
    m_box->setPlaceholderText(tr("box"));
    auto *place = new QHBoxLayout;
    for (QLineEdit *e : {m_cabinet, m_shelf, m_box})
        place->addWidget(e);
    form->addRow(labelFor(tr("&Kept in:"), m_cabinet), place);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Notes:"), m_notes);
    m_status = new QComboBox(this);
    for (ContractStatus st : {ContractStatus::Active, ContractStatus::Completed, ContractStatus::Terminated})
        m_status->addItem(contractStatusTitle(st), contractStatusKey(st));
    form->addRow(tr("Stat&us:"), m_status);
    // A contract is registered in force; its status changes once it is.
    m_status->hide();
    form->labelForField(m_status)->hide();
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!send().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_title->setFocus();
    setMinimumWidth(520);
}

void ContractDialog::edit(const Contract &c)
{
    m_editing = c;
    setWindowTitle(tr("Contract %1").arg(c.number));
    m_ok->setText(tr("&Save"));
    m_type->setCurrentIndex(qMax(0, m_type->findData(c.typeId)));
    m_archive->setCurrentIndex(qMax(0, m_archive->findData(c.archiveId)));
    m_signed->setDate(c.signedOn);
    for (QWidget *fixed : std::initializer_list<QWidget *>{m_type, m_archive, m_signed}) {
        fixed->setEnabled(false);
        fixed->setToolTip(tr("Fixed with the number %1 (CON-01)").arg(c.number));
    }
    m_title->setText(c.title);
    m_parties->setPlainText(c.counterparties);
    m_starts->setDate(c.startsOn);
    m_openEnded->setChecked(!c.endsOn.isValid());
    if (c.endsOn.isValid())
        m_ends->setDate(c.endsOn);
    m_value->setText(Money::fromFen(c.valueFen).toPlainString());
    m_responsible->setCurrentIndex(qMax(0, m_responsible->findData(c.responsibleEmployeeId)));
    m_cabinet->setText(c.cabinet);
    m_shelf->setText(c.shelf);
    m_box->setText(c.box);
    m_notes->setPlainText(c.notes);
    m_status->setCurrentIndex(qMax(0, m_status->findData(contractStatusKey(c.status))));
    m_status->show();
    if (auto *form = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout()))
        if (QWidget *label = form->labelForField(m_status))
            label->show();
}

QString ContractDialog::error() const
{
    return m_error->error();
}

QString ContractDialog::send()
{
    Contract c;
    if (!m_value->text().trimmed().isEmpty()) {
        const auto value = Money::parse(m_value->text());
        if (!value || value->fen() < 0) {
            m_error->showError(tr("The value \"%1\" is not an amount of money.").arg(m_value->text()));
            m_value->setFocus();
            return {};
        }
        c.valueFen = value->fen();
    }
    c.typeId = m_type->currentData().toLongLong();
    c.archiveId = m_archive->currentData().toLongLong();
    c.title = m_title->text();
    c.counterparties = m_parties->toPlainText();
    c.signedOn = m_signed->date();
    c.startsOn = m_starts->date();
    c.endsOn = m_openEnded->isChecked() ? QDate() : m_ends->date();
    c.responsibleEmployeeId = m_responsible->currentData().toLongLong();
    c.cabinet = m_cabinet->text();
    c.shelf = m_shelf->text();
    c.box = m_box->text();
    c.notes = m_notes->toPlainText();
    ContractRegister book(*m_context.database, *m_context.clock);
    if (const QString problem = ContractRules::contractProblem(c); !problem.isEmpty()) {
        m_error->showError(problem);
        return {};
    }
    if (m_editing) {
        c.id = m_editing->id;
        c.version = m_editing->version;
        c.status = contractStatusFromKey(m_status->currentData().toString()).value_or(ContractStatus::Active);
        auto saved = book.update(m_context.actor, c);
        if (!saved) {
            m_error->showError(saved.error());
            return {};
        }
        m_number = saved->number;
        return m_number;
    }
    auto same = book.sameAs(m_context.actor, c);
    if (same && !same->isEmpty()
        && MessageBox::question(this, windowTitle(),
                                tr("%1 is already registered with this party, title and signing day. Register "
                                   "this one as another contract?")
                                    .arg(same->join(QStringLiteral(", "))))
            != QMessageBox::Yes)
        return {};
    auto made = book.registerContract(m_context.actor, c);
    if (!made) {
        m_error->showError(made.error());
        return {};
    }
    m_number = made->number;
    return m_number;
}

} // namespace shopdesk
