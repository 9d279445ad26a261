// The domain rules: pure functions, no database, no clock.
#include <QCoreApplication>
#include <QTest>

int runMoneyTest(int argc, char **argv);
int runPasswordPolicyTest(int argc, char **argv);
int runPermissionsTest(int argc, char **argv);
int runHolidayCalendarTest(int argc, char **argv);
int runTextDecodingTest(int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runMoneyTest(argc, argv);
    failures += runPasswordPolicyTest(argc, argv);
    failures += runPermissionsTest(argc, argv);
    failures += runHolidayCalendarTest(argc, argv);
    failures += runTextDecodingTest(argc, argv);
    return failures;
}
