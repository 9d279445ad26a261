#include "ui/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace shopdesk;

// The red line under a form: once the user changes a field, an old complaint no longer stands
// beside the corrected value (seen on the cash entry, the invoice and the requisition dialogs).
class ErrorLabelTest : public QObject
{
    Q_OBJECT

private slots:
    void anEditByTheUserDismissesTheComplaint()
    {
        QDialog form;
        auto *amount = new QLineEdit(&form);
        auto *count = new QSpinBox(&form);
        auto *kind = new QComboBox(&form);
        kind->addItems({QStringLiteral("a"), QStringLiteral("b")});
        auto *error = new ErrorLabel(&form);
        QVERIFY(error->error().isEmpty());

        error->showError(QStringLiteral("The amount \"ten\" is not an amount of money."));
        QCOMPARE(error->error(), QStringLiteral("The amount \"ten\" is not an amount of money."));
        amount->setText(QStringLiteral("ten")); // the program's own change: the complaint stays
        kind->setCurrentIndex(1);
        QVERIFY(!error->error().isEmpty());
        QTest::keyClicks(amount, QStringLiteral("36.50"));
        QVERIFY(error->error().isEmpty());

        error->showError(QStringLiteral("Say how many."));
        error->showError(QStringLiteral("Say how many.")); // shown twice: still one dismissal
        count->stepUp();
        QVERIFY(error->error().isEmpty());

        // A field added after the form was built counts too.
        auto *late = new QCheckBox(QStringLiteral("Paid"), &form);
        late->show();
        error->showError(QStringLiteral("Tick it."));
        QTest::mouseClick(late, Qt::LeftButton);
        QVERIFY(error->error().isEmpty());
    }

    void fieldsOutsideTheFormLeaveItAlone()
    {
        QWidget window;
        auto *form = new QWidget(&window);
        auto *other = new QLineEdit(&window);
        auto *error = new ErrorLabel(form);
        error->showError(QStringLiteral("Wrong."));
        QTest::keyClicks(other, QStringLiteral("x"));
        QCOMPARE(error->error(), QStringLiteral("Wrong."));
    }
};

int runErrorLabelTest(int argc, char **argv)
{
    ErrorLabelTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "ErrorLabelTest.moc"
