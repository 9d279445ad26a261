// The hr area's services on a real database file.
#include <QGuiApplication>
#include <QStandardPaths>

int runPunchImportTest(int argc, char **argv);
int runAttendanceMonthTest(int argc, char **argv);
int runMakeUpAndSwapTest(int argc, char **argv);
int runTimeRequestsTest(int argc, char **argv);
int runDisciplineTest(int argc, char **argv);
int runPeopleTest(int argc, char **argv);

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the report's PDF needs fonts
    QStandardPaths::setTestModeEnabled(true);
    int failures = 0;
    failures += runPunchImportTest(argc, argv);
    failures += runAttendanceMonthTest(argc, argv);
    failures += runMakeUpAndSwapTest(argc, argv);
    failures += runTimeRequestsTest(argc, argv);
    failures += runDisciplineTest(argc, argv);
    failures += runPeopleTest(argc, argv);
    return failures;
}
