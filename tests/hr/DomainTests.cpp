// The hr area's pure rules and the clock files' formats: no database, no clock.
#include <QCoreApplication>

int runAttendanceRulesTest(int argc, char **argv);
int runLeaveRulesTest(int argc, char **argv);
int runZkTecoAttlogTest(int argc, char **argv);
int runZkTimeExportTest(int argc, char **argv);
int runDingTalkRecordsTest(int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runAttendanceRulesTest(argc, argv);
    failures += runLeaveRulesTest(argc, argv);
    failures += runZkTecoAttlogTest(argc, argv);
    failures += runZkTimeExportTest(argc, argv);
    failures += runDingTalkRecordsTest(argc, argv);
    return failures;
}
