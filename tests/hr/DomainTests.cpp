// The hr area's pure rules: no database, no clock.
#include <QCoreApplication>

int runAttendanceRulesTest(int argc, char **argv);
int runLeaveRulesTest(int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runAttendanceRulesTest(argc, argv);
    failures += runLeaveRulesTest(argc, argv);
    return failures;
}
