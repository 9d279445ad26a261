// shopdeskctl: ShopDesk's command-line companion.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"
#include "CommandLine.h"
#include "Language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPDESK_VERSION));
    shopdesk::Language::install(app);
    const shopdesk::Clock clock;
    return shopdesk::CommandLine(clock).run(QCoreApplication::arguments());
}
