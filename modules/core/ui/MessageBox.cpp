#include "MessageBox.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>

namespace shopdesk {

namespace {
QList<QMessageBox::StandardButton> nextAnswers; // a test's answers, the first box first
QString lastShownText;
std::optional<QString> nextFileName;
QStringList nextTexts; // a test's answers, the first asked first
} // namespace

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    lastShownText = text;
    if (!nextAnswers.isEmpty())
        return nextAnswers.takeFirst();
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
    if (!nextAnswers.isEmpty()) {
        copy = nextAnswers.takeFirst() == QMessageBox::Yes;
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
    nextAnswers = {answer};
}

void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    nextAnswers = answers;
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
    if (!nextTexts.isEmpty()) {
        *ok = true;
        return nextTexts.takeFirst();
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, ok);
}

QString InputDialog::password(QWidget *parent, const QString &title, const QString &label, bool *ok)
{
    if (!nextTexts.isEmpty()) {
        *ok = true;
        return nextTexts.takeFirst();
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Password, {}, ok);
}

int InputDialog::number(QWidget *parent, const QString &title, const QString &label, int value, int minimum,
                        int maximum, bool *ok)
{
    if (!nextTexts.isEmpty()) {
        const int n = nextTexts.takeFirst().toInt(ok);
        *ok = *ok && n >= minimum && n <= maximum;
        return n;
    }
    return QInputDialog::getInt(parent, title, label, value, minimum, maximum, 1, ok);
}

QString InputDialog::item(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                          bool *ok)
{
    if (!nextTexts.isEmpty()) {
        const QString t = nextTexts.takeFirst();
        *ok = items.contains(t);
        return t;
    }
    return QInputDialog::getItem(parent, title, label, items, 0, false, ok);
}

void InputDialog::setNextText(const QString &text)
{
    nextTexts = {text};
}

void InputDialog::setNextTexts(const QStringList &texts)
{
    nextTexts = texts;
}

} // namespace shopdesk
