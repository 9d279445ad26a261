#pragma once

#include <QCoreApplication>
#include <QMessageBox>

namespace shopdesk {

// The one way the program asks or tells the user something in a box. A test answers in advance
// (setNextAnswer) so GUI tests drive the real windows without blocking (STYLE 9).
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes
                                                    | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // Issue 6, behaviour 2: someone else saved first. The user reloads, or first copies their own
    // changes (as text, to the clipboard) so they can enter them again. A test answers Yes to copy.
    static void conflict(QWidget *parent, const QString &text, const QString &myChanges);

    // Tests: the next box returns this without showing; the text it would have shown is kept.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextAnswers(const QList<QMessageBox::StandardButton> &answers); // a run of boxes, in order
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

// File pickers, with the same seam.
class FileDialog
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static void setNextFileName(const QString &fileName);

private:
    static bool takeNext(QString &fileName);
};

// A line of text asked for (a reason), with the same seam: a test gives the next text.
class InputDialog
{
public:
    // `ok` false when the user cancelled.
    static QString text(QWidget *parent, const QString &title, const QString &label, bool *ok);
    // The same, typed unseen (a passphrase).
    static QString password(QWidget *parent, const QString &title, const QString &label, bool *ok);
    // A whole number from `minimum` to `maximum` (how many copies); a test gives it as the next text.
    static int number(QWidget *parent, const QString &title, const QString &label, int value, int minimum, int maximum,
                      bool *ok);
    // One of `items` (a person to name); a test gives the chosen item as the next text.
    static QString item(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                        bool *ok);
    static void setNextText(const QString &text);
    static void setNextTexts(const QStringList &texts); // for a run of questions, in order
};

} // namespace shopdesk
