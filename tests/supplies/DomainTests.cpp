// The supplies area's pure rules: no database, no clock.
#include <QCoreApplication>

int runSuppliesRulesTest(int argc, char **argv);
int runPurchasingRulesTest(int argc, char **argv);
int runSupplyListRowsTest(int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return runSuppliesRulesTest(argc, argv) + runPurchasingRulesTest(argc, argv) + runSupplyListRowsTest(argc, argv);
}
