// Core services against a real database file: sign-in, users, settings, the audit trail, budgets and payment vouchers.
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

int runAuthTest(int argc, char **argv);
int runUserServiceTest(int argc, char **argv);
int runAuditTest(int argc, char **argv);
int runBackupTest(int argc, char **argv);
int runApprovalTest(int argc, char **argv);
int runLedgersTest(int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDeskTest"));
    QStandardPaths::setTestModeEnabled(true);
    int failures = 0;
    failures += runAuthTest(argc, argv);
    failures += runUserServiceTest(argc, argv);
    failures += runAuditTest(argc, argv);
    failures += runBackupTest(argc, argv);
    failures += runApprovalTest(argc, argv);
    failures += runLedgersTest(argc, argv);
    return failures;
}
