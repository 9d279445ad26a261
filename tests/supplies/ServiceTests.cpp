// The supplies area's services on a real database file, and shopdeskctl supplies as other PCs.
#include <QCoreApplication>
#include <QStandardPaths>

int runStockLedgerTest(int argc, char **argv);
int runSuppliesCliTest(int argc, char **argv);
int runPurchasingTest(int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int failures = runStockLedgerTest(argc, argv);
    failures += runPurchasingTest(argc, argv);
    failures += runSuppliesCliTest(argc, argv);
    return failures;
}
