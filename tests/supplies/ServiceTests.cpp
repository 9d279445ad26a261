// The supplies area's services on a real database file, and shopdeskctl supplies as other PCs.
#include <QGuiApplication>
#include <QStandardPaths>

int runStockLedgerTest(int argc, char **argv);
int runSuppliesCliTest(int argc, char **argv);
int runPurchasingTest(int argc, char **argv);
int runReportsTest(int argc, char **argv);
int runStocktakeTest(int argc, char **argv);
int runInvoiceTest(int argc, char **argv);
int runRequisitionsTest(int argc, char **argv);
int runLabelsTest(int argc, char **argv);
int runSupplyImportTest(int argc, char **argv);

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // reports render with fonts
    QStandardPaths::setTestModeEnabled(true);
    int failures = runStockLedgerTest(argc, argv);
    failures += runPurchasingTest(argc, argv);
    failures += runReportsTest(argc, argv);
    failures += runStocktakeTest(argc, argv);
    failures += runInvoiceTest(argc, argv);
    failures += runRequisitionsTest(argc, argv);
    failures += runLabelsTest(argc, argv);
    failures += runSupplyImportTest(argc, argv);
    failures += runSuppliesCliTest(argc, argv);
    return failures;
}
