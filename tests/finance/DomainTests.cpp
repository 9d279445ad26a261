// The finance area's pure rules: no database, no clock.
#include <QCoreApplication>

int runFinanceRulesTest(int argc, char **argv);
int runGroupRulesTest(int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return runFinanceRulesTest(argc, argv) + runGroupRulesTest(argc, argv);
}
