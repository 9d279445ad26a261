#include "DecisionDialog.h"

#include "ui/ErrorLabel.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk {

DecisionDialog::DecisionDialog(bool approve, const QStringList &titles, QWidget *parent)
    : QDialog(parent), m_approve(approve), m_comment(new QPlainTextEdit(this)), m_error(new ErrorLabel(this))
{
    setWindowTitle(approve ? tr("Approve") : tr("Reject"));
    build((approve ? tr("Approve %n request(s)?", nullptr, int(titles.size()))
                   : tr("Reject %n request(s)?", nullptr, int(titles.size())))
              + QStringLiteral("\n• ") + titles.mid(0, 8).join(QStringLiteral("\n• "))
              + (titles.size() > 8 ? QStringLiteral("\n…") : QString()),
          approve ? tr("Approve") : tr("Reject"));
}

DecisionDialog::DecisionDialog(const QString &title, const QList<QPair<qint64, QString>> &phoneApprovers,
                               QWidget *parent)
    : QDialog(parent), m_approve(true), m_comment(new QPlainTextEdit(this)), m_byPhone(new QComboBox(this)),
      m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("Record a phone approval"));
    for (const auto &p : phoneApprovers)
        m_byPhone->addItem(p.second, p.first);
    m_byPhone->setAccessibleName(tr("Approved by phone by"));
    build(tr("Record that this request was approved by phone?\n• %1\nThe approver is asked to confirm it afterwards.")
              .arg(title),
          tr("Record approval"));
}

void DecisionDialog::build(const QString &question, const QString &okText)
{
    auto *what = new QLabel(question, this);
    what->setWordWrap(true);
    m_comment->setPlaceholderText(m_approve ? tr("Comment (optional)") : tr("Reason (required)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    auto *form = new QFormLayout;
    if (m_byPhone)
        form->addRow(tr("Approved by phone by:"), m_byPhone);
    form->addRow(tr("Comment:"), m_comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString DecisionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

qint64 DecisionDialog::phoneApproverId() const
{
    return m_byPhone ? m_byPhone->currentData().toLongLong() : 0;
}

void DecisionDialog::submit()
{
    if (!m_approve && comment().isEmpty()) {
        m_error->showError(tr("Give a reason for the rejection."));
        return;
    }
    if (m_byPhone && phoneApproverId() == 0) {
        m_error->showError(tr("Nobody can approve this request by phone: its approver is you or the requester."));
        return;
    }
    accept();
}

} // namespace shopdesk
