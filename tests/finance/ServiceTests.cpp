// The finance area's services on a real database file.
#include <QGuiApplication>
#include <QStandardPaths>

int runCashJournalTest(int argc, char **argv);
int runExpensesTest(int argc, char **argv);
int runMonthCloseTest(int argc, char **argv);
int runFinanceCliTest(int argc, char **argv);
int runGroupsTest(int argc, char **argv);

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return runCashJournalTest(argc, argv) + runExpensesTest(argc, argv) + runMonthCloseTest(argc, argv)
        + runGroupsTest(argc, argv) + runFinanceCliTest(argc, argv);
}
