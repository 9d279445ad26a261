// shopdeskctl: ShopDesk's command-line companion.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "common/Clock.h"
#include "settings/Language.h"

#include "ContractsArea.h"
#include "FinanceArea.h"
#include "HrActions.h"
#include "HrArea.h"
#include "ShopArea.h"
#include "SuppliesArea.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // A GUI application without windows: PDF reports need fonts. With no display (a server,
    // a script), Qt's offscreen platform serves.
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, ssh) Qt warns on every run that it has no runtime folder.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime =
            QDir::tempPath() + QStringLiteral("/runtime-") + qEnvironmentVariable("USER", QStringLiteral("shopdesk"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
#endif
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPDESK_VERSION));
    shopdesk::Language::install(app);
    shopdesk::HrArea::define();
    shopdesk::SuppliesArea::define();
    shopdesk::FinanceArea::define();
    shopdesk::ContractsArea::define();
    shopdesk::ShopArea::define();
    const shopdesk::Clock clock;
    return shopdesk::CommandLine(clock).run(QCoreApplication::arguments());
}
