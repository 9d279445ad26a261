// The supplies area's services on a real database file.
#include <QCoreApplication>
#include <QStandardPaths>

int runStockLedgerTest(int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return runStockLedgerTest(argc, argv);
}
