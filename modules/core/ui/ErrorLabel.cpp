#include "ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextEdit>

namespace shopdesk {

ErrorLabel::ErrorLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b00020"));
    hide();
}

void ErrorLabel::showError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
    if (!message.isEmpty())
        dismissOnEdit();
}

// The form is the label's parent (a dialog, a page). Its fields are looked up when there is
// something to dismiss, so fields added since count too; a connection is made once.
void ErrorLabel::dismissOnEdit()
{
    QWidget *form = parentWidget();
    if (!form)
        return;
    // Signals the user's own edits send (typing, choosing, ticking), not the program's setText.
    for (QLineEdit *e : form->findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textEdited, this, &ErrorLabel::dismiss, Qt::UniqueConnection);
    for (QComboBox *c : form->findChildren<QComboBox *>())
        connect(c, &QComboBox::activated, this, &ErrorLabel::dismiss, Qt::UniqueConnection);
    for (QAbstractButton *b : form->findChildren<QCheckBox *>())
        connect(b, &QAbstractButton::clicked, this, &ErrorLabel::dismiss, Qt::UniqueConnection);
    for (QAbstractButton *b : form->findChildren<QRadioButton *>())
        connect(b, &QAbstractButton::clicked, this, &ErrorLabel::dismiss, Qt::UniqueConnection);
    // Arrows and the wheel change a spin box without typing in it.
    for (QSpinBox *s : form->findChildren<QSpinBox *>())
        connect(s, &QSpinBox::valueChanged, this, &ErrorLabel::dismiss, Qt::UniqueConnection);
    for (QDoubleSpinBox *s : form->findChildren<QDoubleSpinBox *>())
        connect(s, &QDoubleSpinBox::valueChanged, this, &ErrorLabel::dismiss, Qt::UniqueConnection);
    for (QDateTimeEdit *d : form->findChildren<QDateTimeEdit *>())
        connect(d, &QDateTimeEdit::dateTimeChanged, this, &ErrorLabel::dismiss, Qt::UniqueConnection);
    for (QPlainTextEdit *t : form->findChildren<QPlainTextEdit *>())
        if (!t->isReadOnly())
            connect(t, &QPlainTextEdit::textChanged, this, &ErrorLabel::dismiss, Qt::UniqueConnection);
    for (QTextEdit *t : form->findChildren<QTextEdit *>())
        if (!t->isReadOnly())
            connect(t, &QTextEdit::textChanged, this, &ErrorLabel::dismiss, Qt::UniqueConnection);
}

} // namespace shopdesk
