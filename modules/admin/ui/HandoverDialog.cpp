#include "HandoverDialog.h"

#include "ui/ErrorLabel.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace shopdesk {

HandoverDialog::HandoverDialog(const QString &userName, QWidget *parent)
    : QDialog(parent), m_workedBy(new QLineEdit(this)), m_reason(new QLineEdit(this)), m_consentBy(new QLineEdit(this)),
      m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("Record a handover of %1").arg(userName));
    auto *intro = new QLabel(tr("Someone else worked under the name %1. %1 must change the password "
                                "at the next login.")
                                 .arg(userName),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Who worked under the name:"), m_workedBy);
    form->addRow(tr("Why:"), m_reason);
    form->addRow(tr("Department head who agreed:"), m_consentBy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoverDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString HandoverDialog::workedBy() const
{
    return m_workedBy->text();
}
QString HandoverDialog::reason() const
{
    return m_reason->text();
}
QString HandoverDialog::consentBy() const
{
    return m_consentBy->text();
}

void HandoverDialog::showError(const QString &message)
{
    m_error->showError(message);
}

} // namespace shopdesk
