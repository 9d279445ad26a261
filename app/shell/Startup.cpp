#include "Startup.h"

#include "AdminModule.h"
#include "ContractsModule.h"
#include "FinanceModule.h"
#include "FirstRunDialog.h"
#include "HomeModule.h"
#include "HrModule.h"
#include "InboxModule.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "PeopleModule.h"
#include "RequestsModule.h"
#include "ShopModule.h"
#include "SuppliesModule.h"
#include "audit/AuditTrail.h"
#include "backups/Restore.h"
#include "common/Clock.h"
#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "presence/Presence.h"
#include "ui/MessageBox.h"
#include "ui/NewPasswordDialog.h"
#include "users/AuthService.h"
#include "users/ServerLogin.h"
#include "users/domain/Permissions.h"

#include <QApplication>
#include <QSettings>

namespace shopdesk {

void registerModules()
{
    ModuleRegistry &registry = ModuleRegistry::instance();
    registry.add(std::make_unique<HomeModule>());
    registry.add(std::make_unique<InboxModule>());
    registry.add(std::make_unique<RequestsModule>());
    registry.add(std::make_unique<HrModule>());
    registry.add(std::make_unique<PeopleModule>());
    registry.add(std::make_unique<SuppliesModule>());
    registry.add(std::make_unique<FinanceModule>());
    registry.add(std::make_unique<ContractsModule>());
    registry.add(std::make_unique<ShopModule>());
    registry.add(std::make_unique<AdminModule>());
}

bool changeRequiredPassword(Database &db, const Clock &clock, const LoginOutcome &outcome)
{
    if (!outcome.mustChangePassword)
        return true;
    if (db.isReadOnly())
        return true; // nothing can be written; the banner says why
    NewPasswordDialog dialog(NewPasswordDialog::Mode::ChangeOwn, outcome.whyChange);
    QObject::connect(&dialog, &NewPasswordDialog::submitted, &dialog, [&] {
        Status s =
            AuthService(db, clock).changeOwnPassword(outcome.actor, dialog.currentPassword(), dialog.newPassword());
        if (!s)
            return dialog.showError(s.error());
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

int runShopDesk(QApplication &app, const QString &databaseOverride)
{
    static const Clock clock;
    QSettings settings;
    const QString key = QStringLiteral("database/path");
    const QString remembered = databaseOverride.isEmpty() ? settings.value(key).toString() : databaseOverride;
    std::shared_ptr<Database> db;
    QString problem;
    // Issue 20, step 12: a server whose people sign in as themselves opens at the sign-in.
    QString personalServer = ServerLogin::isPersonalAddress(remembered) ? remembered : QString();
    if (!remembered.isEmpty() && personalServer.isEmpty()) {
        auto opened = CompanyDatabase::open(remembered);
        if (opened)
            db = *opened;
        else
            problem = opened.error();
    }
    for (;;) {
        if (!db && personalServer.isEmpty()) {
            FirstRunDialog first(clock, problem);
            if (Database::isServerUrl(remembered) && !problem.isEmpty())
                first.showServer(remembered); // its password is asked again (FirstRunDialog)
            if (first.exec() != QDialog::Accepted)
                return 0;
            db = first.database();
            personalServer = first.personalServer();
        }
        if (db) {
            settings.setValue(key, db->path());
            ModuleRegistry::instance().databaseOpened(*db, clock); // e.g. HR-02: leavers' accounts close
        }
        LoginDialog login = db ? LoginDialog(db, clock) : LoginDialog(personalServer, clock);
        const int answer = login.exec();
        if (answer == LoginDialog::ChangeDatabase) {
            db.reset();
            personalServer.clear();
            problem.clear();
            continue;
        }
        if (answer != QDialog::Accepted)
            return 0;
        if (!db) {
            db = login.database();
            settings.setValue(key, personalServer);
            ModuleRegistry::instance().databaseOpened(*db, clock);
        }
        if (!changeRequiredPassword(*db, clock, login.outcome()))
            return 0;
        AuditAnchor::rememberNewest(*db);
        const Actor actor = login.outcome().actor;
        QString pendingRestore;
        int exitCode = 0;
        qint64 sessionId = 0;
        {
            auto session = Presence(*db, clock).announce(actor, QCoreApplication::applicationVersion());
            sessionId = session ? *session : 0;
            MainWindow window(AppContext{db, actor, &clock, sessionId});
            QObject::connect(&window, &MainWindow::restoreRequested, &window, [&](const QString &file) {
                pendingRestore = file;
                window.close();
            });
            window.show();
            exitCode = app.exec();
        }
        if (pendingRestore.isEmpty())
            return exitCode;
        // Every window is gone, so this is the last handle on the file: close it and restore.
        const QString path = db->path();
        db.reset();
        auto restored = Restore::run(path, pendingRestore, actor, sessionId, clock);
        if (restored) {
            db = *restored;
            MessageBox::information(
                nullptr, QCoreApplication::translate("Startup", "Restore"),
                QCoreApplication::translate("Startup", "The database was restored and checked. Sign in again."));
        } else {
            MessageBox::warning(nullptr, QCoreApplication::translate("Startup", "Restore"), restored.error());
            auto reopened = CompanyDatabase::open(path);
            db = reopened ? *reopened : nullptr;
            problem = reopened ? QString() : reopened.error();
        }
    }
}

} // namespace shopdesk
