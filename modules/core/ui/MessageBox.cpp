#include "MessageBox.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>

namespace shopdesk {

namespace {
std::optional<QMessageBox::StandardButton> nextAnswer;
QString lastShownText;
std::optional<QString> nextFileName;
std::optional<QString> nextText;
} // namespace

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    lastShownText = text;
    if (nextAnswer) {
        const auto answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::conflict(QWidget *parent, const QString &text, const QString &myChanges)
{
    lastShownText = text;
    bool copy = false;
    if (nextAnswer) {
        copy = *nextAnswer == QMessageBox::Yes;
        nextAnswer.reset();
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Saved by someone else"), text, QMessageBox::NoButton, parent);
        QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::AcceptRole);
        QPushButton *copyButton = box.addButton(tr("Copy my changes, then reload"), QMessageBox::ActionRole);
        box.setDefaultButton(reload);
        box.exec();
        copy = box.clickedButton() == copyButton;
    }
    if (copy)
        QGuiApplication::clipboard()->setText(myChanges);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return lastShownText;
}

bool FileDialog::takeNext(QString &fileName)
{
    if (!nextFileName)
        return false;
    fileName = *nextFileName;
    nextFileName.reset();
    return true;
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString f;
    if (takeNext(f))
        return f;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString f;
    if (takeNext(f))
        return f;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

QString InputDialog::text(QWidget *parent, const QString &title, const QString &label, bool *ok)
{
    if (nextText) {
        const QString t = *nextText;
        nextText.reset();
        *ok = true;
        return t;
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, ok);
}

int InputDialog::number(QWidget *parent, const QString &title, const QString &label, int value, int minimum,
                        int maximum, bool *ok)
{
    if (nextText) {
        const int n = nextText->toInt(ok);
        nextText.reset();
        *ok = *ok && n >= minimum && n <= maximum;
        return n;
    }
    return QInputDialog::getInt(parent, title, label, value, minimum, maximum, 1, ok);
}

QString InputDialog::item(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                          bool *ok)
{
    if (nextText) {
        const QString t = *nextText;
        nextText.reset();
        *ok = items.contains(t);
        return t;
    }
    return QInputDialog::getItem(parent, title, label, items, 0, false, ok);
}

void InputDialog::setNextText(const QString &text)
{
    nextText = text;
}

} // namespace shopdesk
