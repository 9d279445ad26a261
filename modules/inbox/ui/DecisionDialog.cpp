#include "DecisionDialog.h"

#include "ui/ErrorLabel.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk {

DecisionDialog::DecisionDialog(bool approve, const QStringList &titles, QWidget *parent)
    : QDialog(parent), m_approve(approve), m_comment(new QPlainTextEdit(this)), m_error(new ErrorLabel(this))
{
    setWindowTitle(approve ? tr("Approve") : tr("Reject"));
    auto *what = new QLabel((approve ? tr("Approve %n request(s)?", nullptr, int(titles.size()))
                                     : tr("Reject %n request(s)?", nullptr, int(titles.size())))
                                + QStringLiteral("\n• ") + titles.mid(0, 8).join(QStringLiteral("\n• "))
                                + (titles.size() > 8 ? QStringLiteral("\n…") : QString()),
                            this);
    what->setWordWrap(true);
    m_comment->setPlaceholderText(approve ? tr("Comment (optional)") : tr("Reason (required)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    auto *form = new QFormLayout;
    form->addRow(tr("Comment:"), m_comment);
    if (approve) {
        m_byPhone = new QLineEdit(this);
        m_byPhone->setPlaceholderText(tr("only when recording someone else's approval"));
        form->addRow(tr("Approved by phone by:"), m_byPhone);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(approve ? tr("Approve") : tr("Reject"));
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

QString DecisionDialog::byPhoneName() const
{
    return m_byPhone ? m_byPhone->text().trimmed() : QString();
}

void DecisionDialog::submit()
{
    if (!m_approve && comment().isEmpty()) {
        m_error->showError(tr("Give a reason for the rejection."));
        return;
    }
    accept();
}

} // namespace shopdesk
